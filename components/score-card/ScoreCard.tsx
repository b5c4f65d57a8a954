// The score card, shared by the popup and the creator detail: its first screen (./CardSummary), then
// everything else folded under clear headings (native <details>: the keyboard opens them, screen
// readers announce them): flags and checks, how the score is made, every metric with its formula
// and source, the post of a post page, and what was read.
import type { ReactNode } from 'react';
import { describeCount, formatCount } from '../../lib/i18n/format';
import { english, say, t, type MessageKey, type Text } from '../../lib/i18n';
import type { Snapshot } from '../../lib/schema/snapshot';
import { confidenceLabel, type Assessment, type Metric } from '../../lib/scoring';
import { CardSummary } from './CardSummary';
import { CountNotes } from './CountNotes';
import { FlagList } from './FlagList';
import { benchmarkSentence, formatMetricValue, metricValueInFull } from './metric-words';
import { Figure } from '../shared/Figure';
import { PostChart } from './PostChart';
import { PostFigures } from './PostFigures';
import './ScoreCard.css';

// Where a reading came from, by the part of a source id before the colon ("embedded-json:universal").
const SOURCE_NAMES: Record<string, MessageKey> = {
  'embedded-json': 'pop_srcJson',
  'json-ld': 'pop_srcJsonLd',
  meta: 'pop_srcMeta',
  dom: 'pop_srcDom',
};

/** "What was read" lists each distinct source once, in the UI language's list style. */
function sourceNames(sources: readonly string[]): string {
  const names = sources.map((source) => {
    const key = SOURCE_NAMES[source.split(':')[0] ?? ''];
    return key ? t(key) : source;
  });
  return [...new Set(names)].join(t('pop_listSeparator'));
}

function metricBasis(metric: Metric, range: string): string {
  const formula = say(metric.formula);
  return metric.id === 'likesPerVideoPerFollower'
    ? t('pop_metricBasisVideos', { formula, count: metric.sampleSize, range })
    : t('pop_metricBasis', { formula, count: metric.sampleSize, range });
}

function MetricRow({ metric }: { metric: Metric }) {
  const shown = metric.value === null ? t('unknown') : formatMetricValue(metric, metric.value);
  const low = metric.range ? formatMetricValue(metric, metric.range.min) : null;
  const high = metric.range ? formatMetricValue(metric, metric.range.max) : null;
  // Only when the rounding changes what is shown.
  const range = low !== null && high !== null && low !== high ? t('pop_roundingRange', { low, high }) : '';
  const benchmark = metric.benchmark;
  return (
    <div className="metric" data-metric={metric.id}>
      <div className="metric-head">
        <span>{say(metric.label)}</span>
        <strong>{metric.value === null ? shown : <Figure text={shown} note={metricValueInFull(metric, metric.value)} />}</strong>
      </div>
      <div className="muted small">
        {metric.value === null ? t('pop_metricUnknown', { reason: say(metric.unknownReason) }) : metricBasis(metric, range)}
        {benchmark && metric.value !== null ? (
          <span data-benchmark={benchmark.id}>
            {' '}
            {benchmarkSentence(benchmark)}
          </span>
        ) : null}
        {metric.placement && metric.value !== null ? <strong className="placement"> {t('pop_sentence', { sentence: say(metric.placement) })}</strong> : null}
      </div>
    </div>
  );
}

/** A figure; its tooltip (for a mouse) says how exact it is, as CountNotes does for everyone. */
function Stat({ id, label, count }: { id: string; label: string; count: Snapshot['creator']['followers'] }) {
  return (
    <div className="stat" title={describeCount(count)}>
      <strong data-stat={id}>{formatCount(count)}</strong>
      <span className="muted small">{label}</span>
    </div>
  );
}

/** A part's points as measured, when little evidence pulled them toward the neutral 50; and how many of its rules ran. */
function partNotes(part: Assessment['components'][number]): string[] {
  const notes: string[] = [];
  if (part.points !== null && part.measured !== null && part.measured !== part.points) {
    notes.push(t('pop_partShrunk', { measured: part.measured, points: part.points, evidence: part.evidence }));
  }
  if (part.checks) notes.push(t('pop_partChecks', { run: part.checks.run, total: part.checks.total }));
  return notes;
}

/** The parts of the score with their points, weights and what each adds. `heading`: false where a fold's summary names it. */
export function Components({ assessment, heading = true }: { assessment: Assessment; heading?: boolean }) {
  return (
    <section aria-label={t('pop_howMade')}>
      {heading ? <h3>{t('pop_howMade')}</h3> : null}
      <table className="components-table">
        <thead>
          <tr>
            <th scope="col">{t('pop_colComponent')}</th>
            <th scope="col" className="num">{t('pop_colPoints')}</th>
            <th scope="col" className="num">{t('pop_colWeight')}</th>
            <th scope="col" className="num">{t('pop_colAdds')}</th>
          </tr>
        </thead>
        <tbody>
          {assessment.components.map((part) => (
            <tr key={part.id} data-component={part.id} title={say(part.explanation)}>
              <td>
                {say(part.label)}
                <div className="muted">{say(part.explanation)}</div>
                {partNotes(part).map((note) => (
                  <div key={note} className="muted part-note">
                    {note}
                  </div>
                ))}
              </td>
              <td className="num">{part.points === null ? t('pop_na') : part.points}</td>
              <td className="num">{Math.round(part.weight * 100)}%</td>
              {/* A part not measured holds the neutral 50: it adds its share of that too. */}
              <td className="num">{assessment.score === null ? '–' : `+${part.contribution.toFixed(1)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{t('pop_howMadeNote', { version: assessment.scoringVersion })}</p>
    </section>
  );
}

/** One folded part of the card: its heading is the summary, always visible. */
function Fold({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details className="fold" data-fold={id}>
      <summary>
        <h3 className="fold-title">{title}</h3>
      </summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}

/** The counts as the page shows them; YouTube's are subscribers and videos. */
function countStats(snapshot: Snapshot) {
  const { creator, platform } = snapshot;
  return [
    { id: 'followers', label: t(platform === 'youtube' ? 'pop_statSubscribers' : 'pop_statFollowers'), count: creator.followers },
    ...(platform === 'youtube' ? [] : [{ id: 'following', label: t('pop_statFollowing'), count: creator.following }]),
    ...(platform === 'tiktok' ? [{ id: 'likes', label: t('pop_statLikes'), count: creator.totalLikes }] : []),
    platform === 'instagram'
      ? { id: 'posts', label: t('pop_statPosts'), count: creator.postCount }
      : { id: 'videos', label: t('pop_statVideos'), count: creator.postCount },
  ];
}

function WhatWasRead({ snapshot, assessment, extra }: { snapshot: Snapshot; assessment: Assessment; extra: ReactNode }) {
  // One line per distinct reason (several fields often share one); a Text is compared by its English words.
  const notRead = snapshot.missing.filter((missing, index, all) => all.findIndex((other) => english(other.reason) === english(missing.reason)) === index);
  const confidence = say(confidenceLabel(assessment.confidence));
  const stats = countStats(snapshot);
  return (
    <div className="small">
      <div className="stats">
        {stats.map((stat) => (
          <Stat key={stat.id} {...stat} />
        ))}
      </div>
      <CountNotes figures={stats} />
      <p className="muted" data-testid="sources">
        {snapshot.sources.length > 0 ? t('pop_readFrom', { sources: sourceNames(snapshot.sources) }) : t('pop_readNothing')}
      </p>
      {extra}
      {assessment.confidenceReasons.length + assessment.improve.length + notRead.length + snapshot.notices.length > 0 ? (
        <ul className="plain" aria-label={t('pop_whatWasNotRead')}>
          {snapshot.notices.map((notice, index) => (
            <li key={`notice-${index}`}>{say(notice)}</li>
          ))}
          {notRead.map((missing) => (
            <li key={missing.field} data-missing={missing.field}>
              {say(missing.reason)}
            </li>
          ))}
          {assessment.confidenceReasons.map((reason, index) => (
            <li key={`confidence-${index}`}>{t('pop_confidenceIs', { level: confidence, reason: say(reason) })}</li>
          ))}
          {assessment.improve.map((tip, index) => (
            <li key={`improve-${index}`} data-testid="improve">
              {t('pop_toImprove', { tip: say(tip) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The card. `children` go right after its first screen (the popup's shortlist line); `readExtra`
 * into "What was read" (the popup's word on a post page's sample).
 */
export function ScoreCard({
  snapshot,
  assessment,
  sinceSaved,
  children,
  readExtra,
}: {
  snapshot: Snapshot;
  assessment: Assessment;
  /** "Was S 87 on Dec 3: …" when the grade differs from the one saved last. */
  sinceSaved?: Text | undefined;
  children?: ReactNode;
  readExtra?: ReactNode;
}) {
  const unknownMetrics = assessment.metrics.filter((metric) => metric.value === null);
  const post = snapshot.pageKind === 'post' ? snapshot.posts[0] : undefined;
  return (
    <article className="score-card" aria-label={t('pop_scoreCard')}>
      <CardSummary snapshot={snapshot} assessment={assessment} sinceSaved={sinceSaved} />
      {children}
      <div className="folds">
        <Fold id="flags" title={t('pop_foldFlags')}>
          <FlagList assessment={assessment} noFlagsLine={false} />
        </Fold>
        {assessment.components.length > 0 ? (
          <Fold id="parts" title={t('pop_howMade')}>
            <Components assessment={assessment} heading={false} />
          </Fold>
        ) : null}
        <Fold id="metrics" title={t('pop_foldMetrics')}>
          <PostChart posts={assessment.posts} />
          {assessment.metrics
            .filter((metric) => metric.value !== null)
            .map((metric) => (
              <MetricRow key={metric.id} metric={metric} />
            ))}
          {unknownMetrics.length > 0 ? (
            <details className="small unknown-metrics">
              <summary>{t('pop_moreMetrics', { count: unknownMetrics.length })}</summary>
              {unknownMetrics.map((metric) => (
                <MetricRow key={metric.id} metric={metric} />
              ))}
            </details>
          ) : null}
        </Fold>
        {post ? (
          <Fold id="post" title={t('pop_thisPost')}>
            <PostFigures post={post} />
          </Fold>
        ) : null}
        <Fold id="read" title={t('pop_whatWasRead')}>
          <WhatWasRead snapshot={snapshot} assessment={assessment} extra={readExtra} />
        </Fold>
      </div>
    </article>
  );
}
