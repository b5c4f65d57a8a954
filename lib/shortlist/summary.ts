// What the shortlist shows of a creator without its readings: a few figures and the score of
// the newest reading, computed once and stored, so that 10,000 creators list in a blink. It is
// derived data: any write that changes a creator's readings drops it, and it is computed again
// (by the same `assess` the popup uses) the next time the list needs it.
import type { Count, Post, Snapshot } from '../schema/snapshot';
import { medianEngagementsOf, medianViewsOf } from './pricing';
import { assess, SCORING_VERSION, type Assessment, type ComponentId, type Confidence, type Grade, type Severity, type TierId } from '../scoring';
import { text, type Text } from '../i18n/text';

/** Changes when the scoring or the summary's own shape changes: older summaries are recomputed. */
export const SUMMARY_VERSION = `${SCORING_VERSION}/2`;

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

export interface CreatorSummary {
  creatorId: string;
  version: string;
  snapshotCount: number;
  /** The moment of the newest reading (snapshot or post seen): the score is as of then. */
  asOf: number | null;
  followers: Count | null;
  following: Count | null;
  totalLikes: Count | null;
  postCount: Count | null;
  /** The e-mail address the bio shows, if any. */
  bioEmail: string | null;
  score: number | null;
  grade: Grade | null;
  confidence: Confidence | null;
  /** Why there is no score (no readable reading, or too little on the page). */
  unscoredReason: Text | null;
  tier: { id: TierId; label: Text; range: Text } | null;
  creatorClass: { id: 'KOL' | 'KOC'; reason: Text } | null;
  components: Array<{ id: ComponentId; points: number | null }>;
  flags: Array<{ severity: Severity; message: Text }>;
  viewRate: number | null;
  engagementRate: number | null;
  medianViews: number | null;
  likesPerVideoPerFollower: number | null;
  /** Median likes + comments (+ shares where shown) per recent post, for CPE. */
  medianEngagements: number | null;
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

const finite = (value: number | null | undefined): number | null => (value !== null && value !== undefined && Number.isFinite(value) ? value : null);

export function summarise(creatorId: string, set: ReadingSet, assessment: Assessment | null = assessReadings(set)): CreatorSummary {
  const fields = set.latest?.creator;
  const metric = (id: string) => finite(assessment?.metrics.find((m) => m.id === id)?.value);
  const posts = [...(set.latest?.posts ?? []), ...set.sample.map((seen) => seen.post)];
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
    unscoredReason: assessment ? (assessment.unscoredReason ?? null) : text(set.snapshotCount > 0 ? 'sc_summaryUnreadable' : 'sc_summaryNotRead'),
    tier: assessment?.tier ? { id: assessment.tier.id, label: assessment.tier.label, range: assessment.tier.range } : null,
    creatorClass: assessment?.creatorClass ? { id: assessment.creatorClass.id, reason: assessment.creatorClass.reason } : null,
    components: assessment?.components.map((part) => ({ id: part.id, points: part.points })) ?? [],
    flags: assessment?.flags.map((flag) => ({ severity: flag.severity, message: flag.message })) ?? [],
    viewRate: metric('viewRate'),
    engagementRate: metric('engagementRate'),
    medianViews: medianViewsOf(assessment),
    likesPerVideoPerFollower: metric('likesPerVideoPerFollower'),
    medianEngagements: finite(medianEngagementsOf(assessment, posts)),
  };
}
