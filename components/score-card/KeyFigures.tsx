// The figures a marketer reads first, by the platform's conventions: engagement as the platform
// measures it, view rate, median views and posts per week, each placed among the published figures
// for the creator's tier where there are any. On a post page the post itself comes first, against
// the creator's typical.
import { describeCount, formatCount, formatDecimal, formatPercent } from '../../lib/i18n/format';
import { say, t, type MessageKey } from '../../lib/i18n';
import type { Post, Snapshot } from '../../lib/schema/snapshot';
import { engagementByConvention, type Assessment, type Metric, type MetricId, type ThisPost } from '../../lib/scoring';
import { formatMetricValue, metricValueInFull } from './metric-words';
import { Figure } from '../shared/Figure';

const REACH: readonly MetricId[] = ['viewRate', 'medianViews', 'postsPerWeek'];

/** The key figures of an assessment, engagement first; on a post page only those known (the creator's are mostly not). */
export function keyMetrics(snapshot: Snapshot, assessment: Assessment): Metric[] {
  const byId = (id: MetricId) => assessment.metrics.find((metric) => metric.id === id);
  const first = engagementByConvention(snapshot, assessment);
  const figures = [first, ...REACH.map(byId)].filter((metric): metric is Metric => metric !== undefined);
  return snapshot.pageKind === 'post' ? figures.filter((metric) => metric.value !== null) : figures;
}

/** Where it stands among the published figures; when unknown, why (said once for figures unknown for the same reason). */
function notesOf(figures: readonly Metric[]): Array<string | null> {
  let previous: string | null = null;
  return figures.map((metric) => {
    if (metric.value !== null) {
      previous = null;
      return metric.placement ? say(metric.placement) : null;
    }
    const reason = metric.unknownReason ? say(metric.unknownReason) : null;
    const note = reason === previous ? null : reason;
    previous = reason;
    return note;
  });
}

function FigureRow({ metric, note }: { metric: Metric; note: string | null }) {
  const known = metric.value !== null;
  return (
    <li className={`key-figure${known ? '' : ' unknown'}`} data-key-figure={metric.id} title={say(metric.formula)}>
      <span className="kf-label">{say(metric.label)}</span>
      <strong className="kf-value">{known ? <Figure text={formatMetricValue(metric, metric.value!)} note={metricValueInFull(metric, metric.value!)} /> : t('unknown')}</strong>
      {note ? <span className="kf-note small muted">{note}</span> : null}
    </li>
  );
}

const POST_COUNTS: ReadonlyArray<readonly ['views' | 'likes' | 'comments' | 'shares', MessageKey]> = [
  ['views', 'pop_views'],
  ['likes', 'pop_likes'],
  ['comments', 'pop_comments'],
  ['shares', 'pop_shares'],
];

/** Below this share of the creator's typical engagement per view, the post stands out (the bought-views fingerprint's 30%). */
const WELL_BELOW_TYPICAL = 0.7;

function againstTypical(thisPost: ThisPost): { words: string; low: boolean } {
  const { perView, typical, typicalPosts, typicalNeeds } = thisPost;
  if (typical === null || typical <= 0 || perView === null) return { words: t('pop_postTypicalUnknown', { need: typicalNeeds, count: typicalPosts }), low: false };
  const multiple = perView / typical;
  return {
    words: t('pop_postAgainstTypical', { multiple: formatDecimal(multiple), typical: formatPercent(typical), count: typicalPosts }),
    low: multiple < WELL_BELOW_TYPICAL,
  };
}

/** The post a post page shows: its counts, and its engagement per view against the creator's typical. */
function ThisPostFigures({ post, thisPost }: { post: Post; thisPost: ThisPost }) {
  const read = POST_COUNTS.filter(([key]) => post[key] !== null);
  const counts = read.map(([key, label]) => t('pop_postFigure', { label: t(label), count: formatCount(post[key]) }));
  // The post's figures below say the same for the keyboard and screen readers.
  const inFull = read.map(([key, label]) => t('pop_countNote', { label: t(label), description: describeCount(post[key]) })).join('\n');
  const typical = thisPost.perView === null ? null : againstTypical(thisPost);
  return (
    <li className="key-figure this-post" data-key-figure="thisPost">
      <span className="kf-label">{t('pop_postPerView')}</span>
      <strong className="kf-value" data-testid="post-per-view">
        {thisPost.perView === null ? t('unknown') : formatPercent(thisPost.perView)}
      </strong>
      {counts.length > 0 ? <span className="kf-note small muted" data-testid="post-counts" title={inFull}>{counts.join(' · ')}</span> : null}
      <span className={`kf-note small${typical?.low ? ' below-typical' : ' muted'}`} data-testid="post-against-typical">
        {typical ? typical.words : t('pop_postPerViewUnknown')}
      </span>
    </li>
  );
}

export function KeyFigures({ snapshot, assessment }: { snapshot: Snapshot; assessment: Assessment }) {
  const post = snapshot.pageKind === 'post' ? snapshot.posts[0] : undefined;
  const figures = keyMetrics(snapshot, assessment);
  const notes = notesOf(figures);
  return (
    <ul className="key-figures" aria-label={t('pop_keyFigures')} data-testid="key-figures">
      {post && assessment.thisPost ? <ThisPostFigures post={post} thisPost={assessment.thisPost} /> : null}
      {figures.map((metric, index) => (
        <FigureRow key={metric.id} metric={metric} note={notes[index]!} />
      ))}
    </ul>
  );
}
