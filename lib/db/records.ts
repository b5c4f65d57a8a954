// What the database keeps, one schema or type per record kind. A creator record's schema is also
// what a backup file is checked against (./backup).
import * as z from 'zod/mini';
import type { Text } from '../i18n/text';
import { COMPONENT_IDS, GRADES, type ComponentId, type Confidence, type Grade, type Severity, type TierId } from '../schema/assessment';
import { EmailSchema, MomentSchema, onPlatform, PriceSchema, type Price } from '../schema/bounds';
import { PLATFORMS, TEXT_LIMITS, type SellerMark } from '../schema/limits';
import type { Count, Platform, Post, Snapshot } from '../schema/snapshot';
import type { EngagementMetricId } from '../scoring';

/** The outreach pipeline, in order. */
/** At most this many tags on a creator. */
export const MAX_TAGS = 100;
/** A target market's longest name. */
export const TARGET_MARKET_LIMIT = 100;

export const STATUSES = ['to-review', 'shortlisted', 'contacted', 'negotiating', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

const ms = MomentSchema;
const status = z.enum(STATUSES);
const reason = z.string().check(z.maxLength(TEXT_LIMITS.note));
export type { Price };

const NoteSchema = z.object({ text: z.string().check(z.maxLength(TEXT_LIMITS.note)), at: ms });
export type Note = z.infer<typeof NoteSchema>;

export const CreatorRecordSchema = z.object({
  /** `${platform}:${handle in lower case}` */
  id: z.string().check(z.minLength(1)),
  platform: z.enum(PLATFORMS),
  handle: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.handle)),
  displayName: z.nullable(z.string().check(z.maxLength(TEXT_LIMITS.name))),
  profileUrl: z.string().check(z.maxLength(TEXT_LIMITS.url)),
  notes: z.array(NoteSchema),
  createdAt: ms,
  /** When the newest snapshot was taken. */
  lastSeenAt: ms,
  // v3: the vetting work on a creator.
  tags: z.array(z.string().check(z.maxLength(TEXT_LIMITS.tag))).check(z.maxLength(MAX_TAGS)),
  status,
  /** Every status the creator had, oldest first, with when it was set. */
  statusHistory: z.array(z.object({ status, at: ms })),
  /** A grade the user set by hand, shown instead of the computed one, with why. */
  gradeOverride: z.nullable(z.object({ grade: z.enum(GRADES), reason, at: ms })),
  /** The price the creator quoted per post. */
  price: z.nullable(PriceSchema),
  /** Contact e-mail as the user keeps it (the bio's address is in the snapshot). */
  email: z.nullable(EmailSchema),
  targetMarket: z.nullable(z.string().check(z.maxLength(TARGET_MARKET_LIMIT))),
  doNotWork: z.nullable(z.object({ reason, at: ms })),
  /** When the user last changed any of the fields above, for merging imports. */
  updatedAt: ms,
  /** The grade the creator's detail showed when it was last opened: the list marks a change since. */
  gradeSeen: z.optional(z.object({ grade: z.nullable(z.enum(GRADES)), score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))), at: ms })),
}).check(
  // The profile address is on the creator's own platform: a row of a file cannot point a creator
  // at a look-alike site.
  z.superRefine((creator, ctx) => {
    if (!onPlatform(creator.platform, creator.profileUrl)) ctx.issues.push({ code: 'custom', message: 'bound_profileUrl', input: creator.profileUrl, path: ['profileUrl'] });
  }),
);
export type CreatorRecord = z.infer<typeof CreatorRecordSchema>;


// A reading's record and a post's record as a backup carries them and the repair on upgrade
// checks them. Snapshots are kept as stored, even ones the current reader no longer accepts (the shortlist
// shows those creators without a reading): only the record around them is checked.
export const SnapshotRecordSchema = z.object({
  id: z.int().check(z.minimum(1)),
  creatorId: z.string().check(z.minLength(1)),
  capturedAt: ms,
  snapshot: z.record(z.string(), z.unknown()),
  assessedWith: z.optional(
    z.object({
      scoringVersion: z.string(),
      score: z.nullable(z.number()),
      grade: z.nullable(z.string()),
      provisional: z.optional(z.boolean()),
      parts: z.optional(z.array(z.object({ id: z.enum(COMPONENT_IDS), points: z.nullable(z.number().check(z.minimum(0), z.maximum(100))) }))),
    }),
  ),
});

export const PostSampleRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  creatorId: z.string().check(z.minLength(1)),
  seenAt: ms,
  post: z.record(z.string(), z.unknown()),
});

export function creatorId(platform: Platform, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}

export interface SnapshotRecord {
  id?: number;
  creatorId: string;
  capturedAt: number;
  snapshot: Snapshot;
  /**
   * What the popup showed when the user saved, with the scoring version that computed it.
   * Only a record: scores are recomputed from `snapshot` whenever they are shown.
   */
  assessedWith?: SavedAssessment;
}

export interface SavedAssessment {
  scoringVersion: string;
  score: number | null;
  grade: string | null;
  /** Since scoring 2.0: whether the grade was provisional, and the points of each part. */
  provisional?: boolean;
  parts?: Array<{ id: ComponentId; points: number | null }>;
}

/** One post of a creator seen on its own page, kept so its likes and comments join the sample. */
export interface PostSampleRecord {
  /** `${creatorId}|${postId}` */
  id: string;
  creatorId: string;
  seenAt: number;
  post: Post;
}

/**
 * What the shortlist shows of a creator without its readings: a few figures and the score of the
 * newest reading, computed once (lib/shortlist/summary) and stored, so that 10,000 creators list in
 * a blink. Derived data: any write that changes a creator's readings drops it.
 */
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
  /** The grade rests on too little evidence (scoring 2.0): the list marks it so. */
  provisional: boolean;
  /** Why there is no score (no readable reading, or too little on the page). */
  unscoredReason: Text | null;
  tier: { id: TierId; label: Text; range: Text } | null;
  creatorClass: { id: 'KOL' | 'KOC'; reason: Text } | null;
  components: Array<{ id: ComponentId; points: number | null }>;
  /** The rule's id (lib/scoring's checks) names the flag in a few words; the message says it in full. */
  flags: Array<{ id: string; severity: Severity; message: Text }>;
  viewRate: number | null;
  /** Why the view rate is unknown; null when it is known. */
  viewRateUnknown: Text | null;
  /** (likes + comments) ÷ followers: the Instagram feed's convention, measured on every platform. */
  engagementRate: number | null;
  /** Engagement as the creator's platform measures it (per view on TikTok, YouTube, Reels): which figure, and its value or why it is unknown. */
  engagement: { metric: EngagementMetricId; value: number | null; formula: Text; unknownReason: Text | null } | null;
  medianViews: number | null;
  /** Why the median views are unknown; null when they are known. */
  medianViewsUnknown: Text | null;
  likesPerVideoPerFollower: number | null;
  /** Median likes + comments (+ shares where shown) per recent post, for CPE. */
  medianEngagements: number | null;
  /** What a seller asks first, from the newest reading: null where it does not say (or predates them). */
  joinedAt: number | null;
  sellerMarks: SellerMark[] | null;
  category: string | null;
  country: string | null;
}
