// Snapshot (+ what was seen before) -> Assessment. Pure: the same inputs always give the same
// assessment, so scores are recomputed from stored snapshots and a better heuristic needs no migration.
import type { Snapshot } from '../schema';
import { runChecks } from './flags';
import { scoreComponents } from './components';
import { confidenceOf } from './confidence';
import { creatorClassOf } from './creator-class';
import { computeMetrics, metricList } from './metrics';
import { postMarks } from './post-marks';
import { buildSample } from './sample';
import { tierFor } from './tiers';
import { DEFAULT_SETTINGS, type Assessment, type Grade, type ScoringContext } from './types';

export * from './types';
export { BENCHMARKS } from './benchmarks';
export { DEDUCTION, WEIGHTS } from './components';
export { KOL_RULE } from './creator-class';
export { TIER_IDS, tierFor, tierRank } from './tiers';

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
  const settings = { ...DEFAULT_SETTINGS, ...context.settings };
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
  const base = {
    scoringVersion: SCORING_VERSION,
    tier,
    creatorClass: creatorClassOf(snapshot, tier),
    metrics: metricList(metrics, snapshot.platform),
    flags: checks.flatMap((check) => check.flags),
    components,
    confidence,
    confidenceReasons: reasons,
    improve,
    posts: postMarks(sample, metrics),
  };
  if (!core) {
    const why = [metrics.viewRate, metrics.medianViews, metrics.engagementRate, ...(snapshot.platform === 'tiktok' ? [metrics.likesPerVideoPerFollower] : [])]
      .map((metric) => metric.unknownReason)
      .filter((reason): reason is string => reason !== undefined);
    const unique = [...new Set(why)];
    return {
      ...base,
      score: null,
      grade: null,
      unscoredReason: `Cannot score: neither reach nor engagement could be measured: ${unique.length > 0 ? unique.join('; ') : 'too few recent posts have been read (3 needed)'}.`,
    };
  }
  const weight = measured.reduce((sum, part) => sum + part.weight, 0);
  const score = Math.round(measured.reduce((sum, part) => sum + (part.points ?? 0) * part.weight, 0) / weight);
  return { ...base, score, grade: gradeFor(score) };
}
