// Snapshot (+ what was seen before) -> Assessment. Pure: the same inputs always give the same
// assessment, so scores are recomputed from stored snapshots and a better heuristic needs no migration.
import { text, type Text } from '../i18n/text';
import type { Snapshot } from '../schema/snapshot';
import { flagsOf } from './check';
import { runChecks } from './flags';
import { scoreComponents } from './components';
import { confidenceOf } from './confidence';
import { creatorClassOf } from './creator-class';
import { MIN_POSTS_FOR_SCORE } from './metric';
import { computeMetrics, metricList } from './metrics';
import { postMarks } from './post-marks';
import { thisPostOf } from './this-post';
import { buildSample } from './sample';
import { tierFor } from './tiers';
import { RECENT_WINDOW, type Assessment, type Confidence, type Flag, type GradeCap, type MetricId, type ScoreComponent, type ScoringContext } from './types';
import type { Sample } from './sample';
import type { Grade } from '../schema/assessment';
import { joinTexts, unique } from './words';
import { applyCaps, capsOf, checksRunOf, provisionalOf } from './gates';
import { componentName } from './labels';
import type { MetricSet } from './metric';

export * from './types';
export { tierRank } from './tiers';
export { engagementByConvention, type EngagementMetricId } from './engagement-convention';
export { componentLabel, confidenceLabel, evidenceLabel, severityLabel, statisticLabel, tierLabel, tierShortName, yearLabel } from './labels';

export const SCORING_VERSION = '2.0.0';

const GRADE_BANDS: ReadonlyArray<[Grade, number]> = [
  ['S', 85],
  ['A', 70],
  ['B', 55],
  ['C', 40],
  ['D', 0],
];

export function gradeFor(score: number): Grade {
  return GRADE_BANDS.find(([, floor]) => score >= floor)![0];
}


export function assess(snapshot: Snapshot, context: Partial<ScoringContext> = {}): Assessment {
  const settings = context.settings ? { ...RECENT_WINDOW, ...context.settings } : RECENT_WINDOW;
  // `now` defaults to the moment of the reading, never the clock: the assessment stays reproducible.
  const now = context.now ?? snapshot.capturedAt;
  const sample = buildSample(snapshot, context.seenPosts ?? [], settings, now);
  const tier = tierFor(snapshot.creator.followers);
  const metrics = computeMetrics(sample, tier);
  const checks = runChecks({ sample, metrics, tier, history: context.history ?? [] });
  const components = scoreComponents(metrics, checks, sample);
  const measured = components.filter((part) => part.points !== null);
  // Without reach or engagement a score would rest on the absence of red flags alone.
  const core = measured.some((part) => part.id === 'reach' || part.id === 'engagement');
  const hidden = snapshot.creator.privateAccount === true;
  const { confidence, reasons, improve } = confidenceOf(sample, metrics, components, checks, core && !hidden);
  const flags = flagsOf(checks);
  const ran = checksRunOf(checks);
  const unscored = hidden ? text('sc_unscoredPrivate') : core ? null : unscoredReason(snapshot, metrics);
  const scored = unscored === null ? gradeOf(components, flags, metrics, confidence, sample) : null;
  const thisPost = thisPostOf(sample);
  return {
    scoringVersion: SCORING_VERSION,
    tier,
    creatorClass: creatorClassOf(snapshot, tier),
    metrics: metricList(metrics, snapshot.platform),
    flags,
    components,
    confidence,
    confidenceReasons: reasons,
    // A private account has nothing to open: its posts are hidden.
    improve: hidden ? [] : improve,
    posts: postMarks(sample, metrics),
    checksRun: ran.run,
    checksTotal: ran.total,
    checksSummary: ran.summary,
    ...(thisPost ? { thisPost } : {}),
    ...(scored ?? { score: null, grade: null, caps: [], provisional: false, unscoredReason: unscored!, verdict: unscored! }),
  };
}

/** The score, its grade after the caps, whether it is provisional, and the verdict in one line. */
function gradeOf(components: ScoreComponent[], flags: Flag[], metrics: MetricSet, confidence: Confidence, sample: Sample) {
  // Weights add up to 1 and a part not measured holds the neutral value: nothing is scaled up.
  const score = Math.round(components.reduce((sum, part) => sum + part.contribution, 0));
  const { grade, applied } = applyCaps(gradeFor(score), capsOf(flags, metrics, confidence, sample));
  const { provisional, firmUp } = provisionalOf(sample, metrics, components);
  const measured = components.filter((part) => part.points !== null);
  return {
    score,
    grade,
    caps: applied,
    provisional,
    ...(firmUp ? { firmUp } : {}),
    verdict: verdictOf(grade, applied, measured),
  };
}

function unscoredReason(snapshot: Snapshot, metrics: MetricSet): Text {
  const why = [metrics.viewRate, metrics.medianViews, metrics.engagementRate, ...(snapshot.platform === 'tiktok' ? [metrics.likesPerVideoPerFollower] : [])]
    .map((metric) => metric.unknownReason)
    .filter((reason): reason is Text => reason !== undefined);
  if (snapshot.posts.length === 0 && why.length === 0) return text('sc_unscoredNoPosts');
  const reasons = unique(why);
  return text('sc_unscored', {
    reasons: reasons.length > 0 ? joinTexts(reasons, 'semicolon') : text('sc_reasonTooFewPosts', { need: MIN_POSTS_FOR_SCORE }),
  });
}

/** The grade in one line: what holds it down, else its strongest and weakest measured parts. Whether it is provisional is `firmUp`'s to say. */
function verdictOf(grade: Grade, caps: readonly GradeCap[], measured: readonly ScoreComponent[]): Text {
  if (caps.length > 0) return text('sc_verdictCapped', { grade, reason: text('sc_capReason', { reason: caps[0]!.reason.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) }) });
  const ranked = [...measured].sort((a, b) => (b.points ?? 0) - (a.points ?? 0));
  return ranked.length > 1
    ? text('sc_verdictParts', { best: componentName(ranked[0]!.id), worst: componentName(ranked.at(-1)!.id) })
    : text('sc_verdictOnePart', { part: componentName(ranked[0]!.id) });
}

/** A metric's value when the assessment has it as a finite number; null when it is unknown. */
export function metricValue(assessment: Assessment | null, id: MetricId): number | null {
  const value = assessment?.metrics.find((metric) => metric.id === id)?.value ?? null;
  return value !== null && Number.isFinite(value) ? value : null;
}
