// A creator's list summary (lib/db/records' CreatorSummary) computed from its readings by the same
// `assess` the popup uses: again whenever a write drops it or the scoring version changes.
import type { CreatorSummary } from '../db/records';
import { text, type Text } from '../i18n/text';
import type { Post, Snapshot } from '../schema/snapshot';
import { assess, engagementByConvention, metricValue, SCORING_VERSION, type Assessment, type MetricId } from '../scoring';
import { medianEngagementsOf } from './pricing';

/** Changes when the scoring or the summary's own shape changes: older summaries are recomputed. */
export const SUMMARY_VERSION = `${SCORING_VERSION}/5`;

/** A creator's newest readings, as the list and the detail view assess them. */
export interface ReadingSet {
  /** The newest valid profile reading among the newest readings, else the newest valid one. */
  latest: Snapshot | null;
  /** The other newest readings, oldest first (for a follower jump between readings). */
  history: Snapshot[];
  /** Posts seen on their own pages, newest first. */
  sample: Array<{ seenAt: number; post: Post }>;
  snapshotCount: number;
}

/** Readings ordered oldest first in, the list's choice of latest and history out. */
export function readingSet(readings: readonly Snapshot[], sample: ReadingSet['sample'], snapshotCount: number): ReadingSet {
  const newestFirst = [...readings].reverse();
  const latest = newestFirst.find((snapshot) => snapshot.pageKind === 'profile') ?? newestFirst[0] ?? null;
  return { latest, history: readings.filter((snapshot) => snapshot !== latest), sample, snapshotCount };
}

/** The newest moment anything was read of the creator: what "now" is for its assessment. */
export function readingTime(set: ReadingSet): number | null {
  if (!set.latest) return null;
  return Math.max(set.latest.capturedAt, ...set.sample.map((seen) => seen.seenAt));
}

/** The full assessment of the newest reading, as of when it was read; null without a reading. */
export function assessReadings(set: ReadingSet): Assessment | null {
  if (!set.latest) return null;
  return assess(set.latest, { seenPosts: set.sample.map((seen) => seen.post), history: set.history, now: readingTime(set)! });
}

/** Why a figure of the assessment is unknown: its own reason, else why nothing was assessed; null when it is known. */
function whyUnknown(assessment: Assessment | null, id: MetricId, unscored: Text): Text | null {
  if (metricValue(assessment, id) !== null) return null;
  return assessment?.metrics.find((metric) => metric.id === id)?.unknownReason ?? unscored;
}

/** Engagement by the platform's convention, as the card's key figures show it. */
function engagementOf(set: ReadingSet, assessment: Assessment | null): CreatorSummary['engagement'] {
  const metric = set.latest && assessment ? engagementByConvention(set.latest, assessment) : undefined;
  if (!metric) return null;
  const value = finite(metric.value);
  return {
    metric: metric.id,
    value,
    formula: metric.formula,
    unknownReason: value === null ? (metric.unknownReason ?? null) : null,
  };
}

const finite = (value: number | null | undefined): number | null => (value !== null && value !== undefined && Number.isFinite(value) ? value : null);

export function summarise(creatorId: string, set: ReadingSet, assessment: Assessment | null = assessReadings(set)): CreatorSummary {
  const fields = set.latest?.creator;
  const posts = [...(set.latest?.posts ?? []), ...set.sample.map((seen) => seen.post)];
  const unscoredReason = assessment ? (assessment.unscoredReason ?? null) : text(set.snapshotCount > 0 ? 'sc_summaryUnreadable' : 'sc_summaryNotRead');
  const nothingAssessed = unscoredReason ?? text('sc_summaryUnreadable');
  return {
    creatorId,
    version: SUMMARY_VERSION,
    snapshotCount: set.snapshotCount,
    asOf: readingTime(set),
    followers: fields?.followers ?? null,
    following: fields?.following ?? null,
    totalLikes: fields?.totalLikes ?? null,
    postCount: fields?.postCount ?? null,
    bioEmail: fields?.email ?? null,
    score: assessment?.score ?? null,
    grade: assessment?.grade ?? null,
    confidence: assessment?.confidence ?? null,
    provisional: assessment?.provisional ?? false,
    unscoredReason,
    tier: assessment?.tier ? { id: assessment.tier.id, label: assessment.tier.label, range: assessment.tier.range } : null,
    creatorClass: assessment?.creatorClass ? { id: assessment.creatorClass.id, reason: assessment.creatorClass.reason } : null,
    components: assessment?.components.map((part) => ({ id: part.id, points: part.points })) ?? [],
    flags: assessment?.flags.map((flag) => ({ id: flag.id, severity: flag.severity, message: flag.message })) ?? [],
    viewRate: metricValue(assessment, 'viewRate'),
    viewRateUnknown: whyUnknown(assessment, 'viewRate', nothingAssessed),
    engagementRate: metricValue(assessment, 'engagementRate'),
    engagement: engagementOf(set, assessment),
    medianViews: metricValue(assessment, 'medianViews'),
    medianViewsUnknown: whyUnknown(assessment, 'medianViews', nothingAssessed),
    likesPerVideoPerFollower: metricValue(assessment, 'likesPerVideoPerFollower'),
    medianEngagements: finite(medianEngagementsOf(assessment, posts)),
    joinedAt: fields?.joinedAt?.value ?? null,
    sellerMarks: fields?.sellerMarks ?? null,
    category: fields?.category ?? null,
    country: fields?.country ?? null,
  };
}
