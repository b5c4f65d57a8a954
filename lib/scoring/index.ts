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
import { buildSample } from './sample';
import { tierFor } from './tiers';
import { RECENT_WINDOW, type Assessment, type MetricId, type ScoringContext } from './types';
import type { Grade } from '../schema/assessment';
import { joinTexts, unique } from './words';

export * from './types';
export { tierRank } from './tiers';
export { componentLabel, confidenceLabel, evidenceLabel, severityLabel, statisticLabel, tierLabel, tierShortName, yearLabel } from './labels';

export const SCORING_VERSION = '1.0.0';

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
  const { confidence, reasons, improve } = confidenceOf(sample, metrics, components, checks, core);
  const assessment: Assessment = {
    scoringVersion: SCORING_VERSION,
    tier,
    creatorClass: creatorClassOf(snapshot, tier),
    metrics: metricList(metrics, snapshot.platform),
    flags: flagsOf(checks),
    components,
    confidence,
    confidenceReasons: reasons,
    improve,
    posts: postMarks(sample, metrics),
    score: null,
    grade: null,
  };
  if (!core) {
    const why = [metrics.viewRate, metrics.medianViews, metrics.engagementRate, ...(snapshot.platform === 'tiktok' ? [metrics.likesPerVideoPerFollower] : [])]
      .map((metric) => metric.unknownReason)
      .filter((reason): reason is Text => reason !== undefined);
    const reasons = unique(why);
    assessment.unscoredReason = text('sc_unscored', {
      reasons: reasons.length > 0 ? joinTexts(reasons, 'semicolon') : text('sc_reasonTooFewPosts', { need: MIN_POSTS_FOR_SCORE }),
    });
    return assessment;
  }
  const weight = measured.reduce((sum, part) => sum + part.weight, 0);
  const score = Math.round(measured.reduce((sum, part) => sum + (part.points ?? 0) * part.weight, 0) / weight);
  assessment.score = score;
  assessment.grade = gradeFor(score);
  return assessment;
}

/** A metric's value when the assessment has it as a finite number; null when it is unknown. */
export function metricValue(assessment: Assessment | null, id: MetricId): number | null {
  const value = assessment?.metrics.find((metric) => metric.id === id)?.value ?? null;
  return value !== null && Number.isFinite(value) ? value : null;
}
