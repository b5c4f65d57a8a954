import { describeCount, formatCount, formatNumber, formatPercent, platformName } from '../../lib/i18n/format';
import { english, localeTag, say, t, type MessageKey } from '../../lib/i18n';
import type { Snapshot } from '../../lib/schema/snapshot';
import { confidenceLabel, statisticLabel, tierShortName, yearLabel, type Assessment, type Benchmark, type Metric } from '../../lib/scoring';
import { CountNotes } from './CountNotes';
import { FlagList } from './FlagList';
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

/** A metric's value with its unit, in the UI language. */
export function formatMetricValue(metric: Metric, value: number): string {
  switch (metric.unit) {
    case 'ratio':
      return formatPercent(value);
    case 'days':
      return t('pop_days', { n: Math.round(value) });
    case 'per-week':
      return t('pop_perWeek', { n: new Intl.NumberFormat(localeTag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value) });
    case 'multiple':
      return `${value.toFixed(2)}×`;
    default:
      return formatNumber(value);
  }
}

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

function benchmarkSentence(benchmark: Benchmark): string {
  const value = `${formatPercent(benchmark.value)}${benchmark.high !== undefined ? `–${formatPercent(benchmark.high)}` : ''}`;
  const params = {
    source: benchmark.source,
    year: say(yearLabel(benchmark.year)),
    value,
    statistic: say(statisticLabel(benchmark.statistic)),
    measure: say(benchmark.measure),
    platform: platformName(benchmark.platform),
  };
  return benchmark.tiers
    ? t('pop_benchmarkTiers', { ...params, tiers: benchmark.tiers.map((tier) => say(tierShortName(tier))).join('/') })
    : t('pop_benchmark', params);
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
        <strong>{shown}</strong>
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

export function Components({ assessment }: { assessment: Assessment }) {
  return (
    <section aria-label={t('pop_howMade')}>
      <h3>{t('pop_howMade')}</h3>
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
              </td>
              <td className="num">{part.points === null ? t('pop_na') : part.points}</td>
              <td className="num">{Math.round(part.weight * 100)}%</td>
              <td className="num">{part.points === null || assessment.score === null ? '–' : `+${part.contribution.toFixed(1)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{t('pop_howMadeNote', { version: assessment.scoringVersion })}</p>
    </section>
  );
}

export function ScoreCard({ snapshot, assessment }: { snapshot: Snapshot; assessment: Assessment }) {
  const { creator } = snapshot;
  const gradeClass = assessment.grade ? `grade grade-${assessment.grade}` : 'grade';
  const unknownMetrics = assessment.metrics.filter((metric) => metric.value === null);
  // One line per distinct reason (several fields often share one); a Text is compared by its English words.
  const notRead = snapshot.missing.filter((missing, index, all) => all.findIndex((other) => english(other.reason) === english(missing.reason)) === index);
  const confidence = say(confidenceLabel(assessment.confidence));
  const stats = [
    { id: 'followers', label: t('pop_statFollowers'), count: creator.followers },
    ...(snapshot.platform === 'youtube' ? [] : [{ id: 'following', label: t('pop_statFollowing'), count: creator.following }]),
    ...(snapshot.platform === 'tiktok' ? [{ id: 'likes', label: t('pop_statLikes'), count: creator.totalLikes }] : []),
    snapshot.platform === 'tiktok'
      ? { id: 'videos', label: t('pop_statVideos'), count: creator.postCount }
      : { id: 'posts', label: t('pop_statPosts'), count: creator.postCount },
  ];
  return (
    <article className="score-card" aria-label={t('pop_scoreCard')}>
      <header className="card-head">
        <div className="identity">
          <h2 data-testid="creator-name">{creator.displayName ?? `@${creator.handle}`}</h2>
          <div className="muted">
            {`@${creator.handle} · ${platformName(snapshot.platform)}`}
            {creator.verified ? <span className="verified" title={t('pop_verifiedTitle')}> · ✓ {t('pop_verified')}</span> : null}
            {creator.privateAccount ? ` · ${t('pop_privateAccount')}` : null}
          </div>
        </div>
        <div className="grade-box">
          <span className={gradeClass} data-testid="grade" role="img" aria-label={assessment.grade ? t('pop_grade', { grade: assessment.grade }) : t('pop_gradeNone')}>
            {assessment.grade ?? '–'}
          </span>
          <div className="small">
            {assessment.score === null ? t('pop_notScored') : <><strong data-testid="score">{assessment.score}</strong>/100</>}
          </div>
        </div>
      </header>

      <div className="chips small">
        {assessment.tier ? (
          <span className="chip" title={say(assessment.tier.range)}>
            {assessment.tier.uncertain ? t('pop_nearBoundary', { tier: say(assessment.tier.label) }) : say(assessment.tier.label)}
          </span>
        ) : (
          <span className="chip">{t('pop_tierUnknown')}</span>
        )}
        {assessment.creatorClass ? (
          <span className="chip class-chip" title={say(assessment.creatorClass.reason)} data-testid="creator-class">
            {assessment.creatorClass.id}
          </span>
        ) : null}
        <span className={`chip confidence-${assessment.confidence}`} data-testid="confidence">
          {t('pop_confidence', { level: confidence })}
        </span>
      </div>
      {assessment.creatorClass ? <p className="small muted class-reason">{say(assessment.creatorClass.reason)}</p> : null}

      {snapshot.pageKind === 'post' && snapshot.posts[0] ? <PostFigures post={snapshot.posts[0]} /> : null}

      <div className="stats">
        {stats.map((stat) => (
          <Stat key={stat.id} {...stat} />
        ))}
      </div>
      <CountNotes figures={stats} />

      {assessment.unscoredReason ? <p className="notice">{say(assessment.unscoredReason)}</p> : null}

      <section aria-label={t('pop_flags')}>
        <h3>{t('pop_flags')}</h3>
        <FlagList assessment={assessment} />
      </section>

      <PostChart posts={assessment.posts} />

      {assessment.components.length > 0 ? <Components assessment={assessment} /> : null}

      <section aria-label={t('pop_metrics')}>
        <h3>{t('pop_metrics')}</h3>
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
      </section>

      <section className="small" aria-label={t('pop_whatWasRead')}>
        <h3>{t('pop_whatWasRead')}</h3>
        <p className="muted" data-testid="sources">
          {snapshot.sources.length > 0 ? t('pop_readFrom', { sources: sourceNames(snapshot.sources) }) : t('pop_readNothing')}
        </p>
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
      </section>
    </article>
  );
}
