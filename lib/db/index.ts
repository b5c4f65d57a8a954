// The one database. It lives in the extension's origin (background and extension pages);
// a content script opening IndexedDB would write into the website's storage instead.
// Schema versions are only ever added, never edited; migrations go in upgrade().
import Dexie, { type EntityTable } from 'dexie';
import { getLocale, say, text, TextError, type Locale, type Text } from '../i18n';
import { PostSchema, SnapshotSchema, type Platform, type Post, type Snapshot } from '../schema/snapshot';
import { TEXT_LIMITS } from '../schema/limits';
import type { CreatorSummary } from '../shortlist/summary';
import { newCreator } from './creators';

export interface Note {
  text: string;
  at: number;
}

/** The outreach pipeline, in order. */
export const STATUSES = ['to-review', 'shortlisted', 'contacted', 'negotiating', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];
/** Each status in words: show it with say() (or statusName). The stored value is always the id. */
export const STATUS_LABELS: Record<Status, Text> = {
  'to-review': text('data_statusToReview'),
  shortlisted: text('data_statusShortlisted'),
  contacted: text('data_statusContacted'),
  negotiating: text('data_statusNegotiating'),
  approved: text('data_statusApproved'),
  rejected: text('data_statusRejected'),
};

/** A status in words, in the UI language or the one given. */
export function statusName(status: Status, locale: Locale = getLocale()): string {
  return say(STATUS_LABELS[status], locale);
}

export interface CreatorRecord {
  /** `${platform}:${handle in lower case}` */
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  profileUrl: string;
  notes: Note[];
  createdAt: number;
  /** When the newest snapshot was taken. */
  lastSeenAt: number;
  // v3: the vetting work on a creator.
  tags: string[];
  status: Status;
  /** Every status the creator had, oldest first, with when it was set. */
  statusHistory: Array<{ status: Status; at: number }>;
  /** A grade the user set by hand, shown instead of the computed one, with why. */
  gradeOverride: { grade: 'S' | 'A' | 'B' | 'C' | 'D'; reason: string; at: number } | null;
  /** The price the creator quoted per post. */
  price: { amount: number; currency: string } | null;
  /** Contact e-mail as the user keeps it (the bio's address is in the snapshot). */
  email: string | null;
  targetMarket: string | null;
  doNotWork: { reason: string; at: number } | null;
  /** When the user last changed any of the fields above, for merging imports. */
  updatedAt: number;
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
}

/** One post of a creator seen on its own page, kept so its likes and comments join the sample. */
export interface PostSampleRecord {
  /** `${creatorId}|${postId}` */
  id: string;
  creatorId: string;
  seenAt: number;
  post: Post;
}

export type CreatorLensDatabase = Dexie & {
  creators: EntityTable<CreatorRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  postSamples: EntityTable<PostSampleRecord, 'id'>;
  summaries: EntityTable<CreatorSummary, 'creatorId'>;
};

/** Posts kept per creator: the newest seen, enough for medians over the last 30 posts. */
export const MAX_SAMPLE_POSTS = 60;

export const DATABASE_NAME = 'creator-lens';

export function openDatabase(name = DATABASE_NAME): CreatorLensDatabase {
  const db = new Dexie(name) as CreatorLensDatabase;
  db.version(1).stores({
    creators: 'id, platform, handle, lastSeenAt',
    snapshots: '++id, creatorId, [creatorId+capturedAt]',
  });
  // v2: posts seen on their own pages (likes and comments the profile grid hides).
  db.version(2).stores({
    postSamples: 'id, creatorId, [creatorId+seenAt]',
  });
  // v3: the vetting work (status pipeline, tags, price, overrides), indexed for filters.
  db.version(3)
    .stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt' })
    .upgrade((tx) =>
      tx
        .table<CreatorRecord>('creators')
        .toCollection()
        .modify((creator) => {
          const created = creator.createdAt ?? creator.lastSeenAt ?? 0;
          creator.tags ??= [];
          creator.status ??= 'to-review';
          creator.statusHistory ??= [{ status: creator.status, at: created }];
          creator.gradeOverride ??= null;
          creator.price ??= null;
          creator.email ??= null;
          creator.targetMarket ??= null;
          creator.doNotWork ??= null;
          creator.updatedAt ??= creator.lastSeenAt ?? created;
        }),
    );
  // v4: each creator's list figures and score, derived from its readings (see lib/summary.ts);
  // nothing to migrate, a missing summary is computed when the list needs it.
  db.version(4).stores({ summaries: 'creatorId' });
  return db;
}

export function creatorId(platform: Platform, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}

/**
 * A storage failure put in words a user can act on; nothing saved before is touched. Show it with
 * problem(error) (lib/i18n); `message` is the English words, for logs. A plain string is shown as is.
 */
export class StorageError extends TextError {
  constructor(message: Text | string, options?: { cause?: unknown }) {
    super(typeof message === 'string' ? text('data_plainMessage', { message }) : message);
    this.name = 'StorageError';
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

export function explainStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Dexie.DexieError && error.inner instanceof Error ? error.inner.name : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError(text('data_storageQuota'), { cause: error });
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'VersionError' || name === 'BlockedError') {
    return new StorageError(text('data_storageBusy'), { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(text('data_storageFailed', { detail }), { cause: error });
}

export interface SaveResult {
  creator: CreatorRecord;
  snapshotCount: number;
}

/**
 * Saves one reading of a creator: adds the snapshot, creates the creator on first save,
 * appends the note when one was typed. Earlier notes and snapshots are kept.
 */
export async function saveSnapshot(
  db: CreatorLensDatabase,
  snapshot: Snapshot,
  note: string,
  now: number,
  assessedWith?: SavedAssessment,
): Promise<SaveResult> {
  const checked = SnapshotSchema.parse(snapshot);
  const id = creatorId(checked.platform, checked.creator.handle);
  const trimmed = note.trim().slice(0, TEXT_LIMITS.note);
  try {
    return await db.transaction('rw', db.creators, db.snapshots, db.summaries, async () => {
      const existing = await db.creators.get(id);
      const base =
        existing ??
        newCreator({ id, platform: checked.platform, handle: checked.creator.handle, displayName: null, profileUrl: checked.url }, now);
      const creator: CreatorRecord = {
        ...base,
        handle: checked.creator.handle,
        displayName: checked.creator.displayName ?? base.displayName,
        // A post page's address is the post, not the profile.
        profileUrl: checked.pageKind === 'profile' || !existing ? checked.url : base.profileUrl,
        notes: [...base.notes, ...(trimmed ? [{ text: trimmed, at: now }] : [])],
        lastSeenAt: Math.max(existing?.lastSeenAt ?? 0, checked.capturedAt),
      };
      await db.creators.put(creator);
      await db.snapshots.add({
        creatorId: id,
        capturedAt: checked.capturedAt,
        snapshot: checked,
        ...(assessedWith ? { assessedWith } : {}),
      });
      await db.summaries.delete(id);
      const snapshotCount = await db.snapshots.where('creatorId').equals(id).count();
      return { creator, snapshotCount };
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * Adds the posts a post page showed to the creator's sample (newest reading wins) and trims
 * the sample to the newest MAX_SAMPLE_POSTS; resolves with the sample's size. Profile pages add
 * nothing (their grid is in the snapshot itself) and write nothing.
 */
export async function recordPosts(db: CreatorLensDatabase, snapshot: Snapshot, now: number): Promise<number> {
  const id = creatorId(snapshot.platform, snapshot.creator.handle);
  try {
    // The sample only grows here, and is trimmed as it grows: a profile page has nothing to trim.
    if (snapshot.pageKind !== 'post') return Math.min(await samplesNewestFirst(db, id).count(), MAX_SAMPLE_POSTS);
    return await db.transaction('rw', db.postSamples, db.summaries, async () => {
      await db.postSamples.bulkPut(snapshot.posts.map((post) => ({ id: `${id}|${post.id}`, creatorId: id, seenAt: now, post })));
      await db.summaries.delete(id);
      const keys = await samplesNewestFirst(db, id).primaryKeys();
      await db.postSamples.bulkDelete(keys.slice(MAX_SAMPLE_POSTS));
      return Math.min(keys.length, MAX_SAMPLE_POSTS);
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

function samplesNewestFirst(db: CreatorLensDatabase, id: string) {
  return db.postSamples.where('[creatorId+seenAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse();
}

/**
 * The creator's sampled posts, newest seen first, each dated by when it was seen: the newest
 * MAX_SAMPLE_POSTS, even when a restored backup holds more.
 */
export async function loadSample(db: CreatorLensDatabase, id: string): Promise<Array<{ seenAt: number; post: Post }>> {
  const records = await samplesNewestFirst(db, id).limit(MAX_SAMPLE_POSTS).toArray();
  return records.flatMap((record) => {
    const post = PostSchema.safeParse(record.post);
    return post.success ? [{ seenAt: record.seenAt, post: post.data }] : [];
  });
}

/** The creator's valid snapshots, oldest first. */
export async function loadHistory(db: CreatorLensDatabase, id: string): Promise<Snapshot[]> {
  const records = await db.snapshots.where('[creatorId+capturedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
  return records.flatMap((record) => {
    const parsed = SnapshotSchema.safeParse(record.snapshot);
    return parsed.success ? [parsed.data] : [];
  });
}
