import { describeCount, formatCount, formatNumber, formatPercent, platformName } from '../lib/format';
import type { Snapshot } from '../lib/schema';
import type { Assessment, Metric } from '../lib/scoring';
import { FlagList } from './FlagList';
import { PostFigures } from './PostFigures';
import './ScoreCard.css';

const SOURCE_NAMES: Record<string, string> = {
  'embedded-json': "the page's embedded data",
  'json-ld': "the page's structured data",
  meta: "the page's description",
  dom: 'the visible page',
};

function MetricRow({ metric }: { metric: Metric }) {
  const shown = metric.value === null ? 'unknown' : metric.unit === 'ratio' ? formatPercent(metric.value) : formatNumber(metric.value);
  const format = (value: number) => (metric.unit === 'ratio' ? formatPercent(value) : formatNumber(value));
  const low = metric.range ? format(metric.range.min) : null;
  const high = metric.range ? format(metric.range.max) : null;
  // Only when the rounding changes what is shown.
  const range = low !== null && high !== null && low !== high ? ` (${low}–${high} given the rounding)` : '';
  return (
    <div className="metric" data-metric={metric.id}>
      <div className="metric-head">
        <span>{metric.label}</span>
        <strong>{shown}</strong>
      </div>
      <div className="muted small">
        {metric.value === null
          ? `Unknown: ${metric.unknownReason}`
          : `${metric.formula}; ${metric.sampleSize} ${metric.id === 'likesPerVideoPerFollower' ? 'videos in total' : metric.sampleSize === 1 ? 'post' : 'posts'}${range}`}
        {metric.benchmark && metric.value !== null
          ? `. ${metric.benchmark.source} ${metric.benchmark.year}: ${formatPercent(metric.benchmark.value)} ${metric.benchmark.measure} on ${platformName(metric.benchmark.platform)}.`
          : ''}
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

export function ScoreCard({ snapshot, assessment }: { snapshot: Snapshot; assessment: Assessment }) {
  const { creator } = snapshot;
  const gradeClass = assessment.grade ? `grade grade-${assessment.grade}` : 'grade';
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
        <span className={`chip confidence-${assessment.confidence}`} data-testid="confidence">
          Confidence: {assessment.confidence}
        </span>
      </div>

      {snapshot.pageKind === 'post' && snapshot.posts[0] ? <PostFigures post={snapshot.posts[0]} /> : null}

      <div className="stats">
        <Stat label="Followers" count={creator.followers} />
        {snapshot.platform === 'youtube' ? null : <Stat label="Following" count={creator.following} />}
        {snapshot.platform === 'tiktok' ? <Stat label="Likes" count={creator.totalLikes} /> : null}
        <Stat label={snapshot.platform === 'tiktok' ? 'Videos' : 'Posts'} count={creator.postCount} />
      </div>

      {assessment.unscoredReason ? <p className="notice">{assessment.unscoredReason}</p> : null}

      <section aria-label="Metrics">
        {assessment.metrics.map((metric) => (
          <MetricRow key={metric.id} metric={metric} />
        ))}
      </section>

      {assessment.components.length > 0 ? (
        <details className="small components">
          <summary>How the score is made</summary>
          <ul>
            {assessment.components.map((part) => (
              <li key={part.id}>
                <strong>{part.label}</strong> {part.points}/100 × weight {part.weight}: {part.explanation}
              </li>
            ))}
            {assessment.penalty > 0 ? <li>Flags: −{assessment.penalty} (warning −5, risk −15 each)</li> : null}
            <li>Grades: S ≥ 85, A ≥ 70, B ≥ 55, C ≥ 40, D below. Scoring v{assessment.scoringVersion}.</li>
          </ul>
        </details>
      ) : null}

      <section aria-label="Flags">
        <h3>Flags</h3>
        <FlagList flags={assessment.flags} />
      </section>

      <section className="small" aria-label="What was read">
        <h3>What was read</h3>
        <p className="muted" data-testid="sources">
          {snapshot.sources.length > 0
            ? `From ${[...new Set(snapshot.sources.map((source) => SOURCE_NAMES[source.split(':')[0] ?? ''] ?? source))].join(', ')}. Hover a figure to see whether it is exact or rounded.`
            : 'Nothing on this page could be matched to the creator in its address.'}
        </p>
        {assessment.confidenceReasons.length + assessment.improve.length + snapshot.missing.length + snapshot.notices.length > 0 ? (
          <ul className="plain" aria-label="What was not read">
            {snapshot.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
            {snapshot.missing
              // Several fields often share one reason ("likes and comments are hidden"): say it once.
              .filter((missing, index, all) => all.findIndex((other) => other.reason === missing.reason) === index)
              .map((missing) => (
                <li key={missing.field} data-missing={missing.field}>
                  {missing.reason}
                </li>
              ))}
            {assessment.confidenceReasons.map((reason) => (
              <li key={reason}>Confidence is {assessment.confidence}: {reason}.</li>
            ))}
            {assessment.improve.map((tip) => (
              <li key={tip}>To improve: {tip}.</li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  );
}
