import { describeCount, formatCount, formatNumber, formatPercent, platformName } from '../lib/format';
import type { Snapshot } from '../lib/schema';
import type { Assessment, Metric } from '../lib/scoring';
import { FlagList } from './FlagList';
import { PostChart } from './PostChart';
import { PostFigures } from './PostFigures';
import './ScoreCard.css';

const SOURCE_NAMES: Record<string, string> = {
  'embedded-json': "the page's embedded data",
  'json-ld': "the page's structured data",
  meta: "the page's description",
  dom: 'the visible page',
};

export function formatMetricValue(metric: Metric, value: number): string {
  switch (metric.unit) {
    case 'ratio':
      return formatPercent(value);
    case 'days':
      return `${formatNumber(value)} day${Math.round(value) === 1 ? '' : 's'}`;
    case 'per-week':
      return `${value.toFixed(1)} a week`;
    case 'multiple':
      return `${value.toFixed(2)}×`;
    default:
      return formatNumber(value);
  }
}

function MetricRow({ metric }: { metric: Metric }) {
  const shown = metric.value === null ? 'unknown' : formatMetricValue(metric, metric.value);
  const low = metric.range ? formatMetricValue(metric, metric.range.min) : null;
  const high = metric.range ? formatMetricValue(metric, metric.range.max) : null;
  // Only when the rounding changes what is shown.
  const range = low !== null && high !== null && low !== high ? ` (${low}–${high} given the rounding)` : '';
  const benchmark = metric.benchmark;
  return (
    <div className="metric" data-metric={metric.id}>
      <div className="metric-head">
        <span>{metric.label}</span>
        <strong>{shown}</strong>
      </div>
      <div className="muted small">
        {metric.value === null
          ? `Unknown: ${metric.unknownReason}`
          : `${metric.formula}; ${metric.sampleSize} ${metric.id === 'likesPerVideoPerFollower' ? 'videos in total' : metric.sampleSize === 1 ? 'post' : 'posts'}${range}.`}
        {benchmark && metric.value !== null ? (
          <span data-benchmark={benchmark.id}>
            {' '}
            Compared with {benchmark.source} {benchmark.year}: {formatPercent(benchmark.value)}
            {benchmark.high !== undefined ? `–${formatPercent(benchmark.high)}` : ''} ({benchmark.statistic} {benchmark.measure}, {platformName(benchmark.platform)}
            {benchmark.tiers ? `, ${benchmark.tiers.join('/')}` : ''}).
          </span>
        ) : null}
        {metric.placement && metric.value !== null ? <strong className="placement"> {metric.placement}.</strong> : null}
      </div>
    </div>
  );
}

function Stat({ label, count }: { label: string; count: Snapshot['creator']['followers'] }) {
  return (
    <div className="stat" title={describeCount(count)}>
      <strong data-stat={label.toLowerCase()}>{formatCount(count)}</strong>
      <span className="muted small">{label}</span>
    </div>
  );
}

export function Components({ assessment }: { assessment: Assessment }) {
  return (
    <section aria-label="How the score is made">
      <h3>How the score is made</h3>
      <table className="components-table">
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col" className="num">Points</th>
            <th scope="col" className="num">Weight</th>
            <th scope="col" className="num">Adds</th>
          </tr>
        </thead>
        <tbody>
          {assessment.components.map((part) => (
            <tr key={part.id} data-component={part.id} title={part.explanation}>
              <td>
                {part.label}
                <div className="muted">{part.explanation}</div>
              </td>
              <td className="num">{part.points === null ? 'n/a' : part.points}</td>
              <td className="num">{Math.round(part.weight * 100)}%</td>
              <td className="num">{part.points === null || assessment.score === null ? '–' : `+${part.contribution.toFixed(1)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Components that cannot be measured on this page are left out and the others' weights scaled up. Grades: S ≥ 85, A ≥ 70, B ≥ 55, C ≥
        40, D below. Scoring v{assessment.scoringVersion}.
      </p>
    </section>
  );
}

export function ScoreCard({ snapshot, assessment }: { snapshot: Snapshot; assessment: Assessment }) {
  const { creator } = snapshot;
  const gradeClass = assessment.grade ? `grade grade-${assessment.grade}` : 'grade';
  const unknownMetrics = assessment.metrics.filter((metric) => metric.value === null);
  const notRead = snapshot.missing.filter((missing, index, all) => all.findIndex((other) => other.reason === missing.reason) === index);
  return (
    <article className="score-card" aria-label="Score card">
      <header className="card-head">
        <div className="identity">
          <h2 data-testid="creator-name">{creator.displayName ?? `@${creator.handle}`}</h2>
          <div className="muted">
            @{creator.handle} · {platformName(snapshot.platform)}
            {creator.verified ? <span className="verified" title="Verified account"> · ✓ Verified</span> : null}
            {creator.privateAccount ? ' · Private account' : null}
          </div>
        </div>
        <div className="grade-box">
          <span className={gradeClass} data-testid="grade" aria-label={`Grade ${assessment.grade ?? 'not available'}`}>
            {assessment.grade ?? '–'}
          </span>
          <div className="small">
            {assessment.score === null ? 'not scored' : <><strong data-testid="score">{assessment.score}</strong>/100</>}
          </div>
        </div>
      </header>

      <div className="chips small">
        {assessment.tier ? (
          <span className="chip" title={assessment.tier.range}>
            {assessment.tier.label}
            {assessment.tier.uncertain ? ' (near a tier boundary)' : ''}
          </span>
        ) : (
          <span className="chip">Tier unknown</span>
        )}
        {assessment.creatorClass ? (
          <span className="chip class-chip" title={assessment.creatorClass.reason} data-testid="creator-class">
            {assessment.creatorClass.id}
          </span>
        ) : null}
        <span className={`chip confidence-${assessment.confidence}`} data-testid="confidence">
          Confidence: {assessment.confidence}
        </span>
      </div>
      {assessment.creatorClass ? <p className="small muted class-reason">{assessment.creatorClass.reason}</p> : null}

      {snapshot.pageKind === 'post' && snapshot.posts[0] ? <PostFigures post={snapshot.posts[0]} /> : null}

      <div className="stats">
        <Stat label="Followers" count={creator.followers} />
        {snapshot.platform === 'youtube' ? null : <Stat label="Following" count={creator.following} />}
        {snapshot.platform === 'tiktok' ? <Stat label="Likes" count={creator.totalLikes} /> : null}
        <Stat label={snapshot.platform === 'tiktok' ? 'Videos' : 'Posts'} count={creator.postCount} />
      </div>

      {assessment.unscoredReason ? <p className="notice">{assessment.unscoredReason}</p> : null}

      <section aria-label="Flags">
        <h3>Flags</h3>
        <FlagList flags={assessment.flags} />
      </section>

      <PostChart posts={assessment.posts} />

      {assessment.components.length > 0 ? <Components assessment={assessment} /> : null}

      <section aria-label="Metrics">
        <h3>Metrics</h3>
        {assessment.metrics
          .filter((metric) => metric.value !== null)
          .map((metric) => (
            <MetricRow key={metric.id} metric={metric} />
          ))}
        {unknownMetrics.length > 0 ? (
          <details className="small unknown-metrics">
            <summary>
              {unknownMetrics.length} more metric{unknownMetrics.length === 1 ? '' : 's'} need data this page does not show
            </summary>
            {unknownMetrics.map((metric) => (
              <MetricRow key={metric.id} metric={metric} />
            ))}
          </details>
        ) : null}
      </section>

      <section className="small" aria-label="What was read">
        <h3>What was read</h3>
        <p className="muted" data-testid="sources">
          {snapshot.sources.length > 0
            ? `From ${[...new Set(snapshot.sources.map((source) => SOURCE_NAMES[source.split(':')[0] ?? ''] ?? source))].join(', ')}. Hover a figure to see whether it is exact or rounded.`
            : 'Nothing on this page could be matched to the creator in its address.'}
        </p>
        {assessment.confidenceReasons.length + assessment.improve.length + notRead.length + snapshot.notices.length > 0 ? (
          <ul className="plain" aria-label="What was not read">
            {snapshot.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
            {notRead.map((missing) => (
              <li key={missing.field} data-missing={missing.field}>
                {missing.reason}
              </li>
            ))}
            {assessment.confidenceReasons.map((reason) => (
              <li key={reason}>Confidence is {assessment.confidence}: {reason}.</li>
            ))}
            {assessment.improve.map((tip) => (
              <li key={tip} data-testid="improve">
                To improve: {tip}.
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  );
}
