// The readings of a creator: snapshots saved from its pages, and the posts seen on their own pages
// (the sample whose likes and comments a profile grid hides).
import Dexie from 'dexie';
import { TEXT_LIMITS } from '../schema/limits';
import { PostSchema, SnapshotSchema, type Post, type Snapshot } from '../schema/snapshot';
import { newCreator } from './creators';
import { explainStorageError } from './errors';
import type { CreatorLensDatabase } from './index';
import { creatorId, type CreatorRecord, type SavedAssessment } from './records';

/** Posts kept per creator: the newest seen, enough for medians over the last 30 posts. */
export const MAX_SAMPLE_POSTS = 60;

export interface SaveResult {
  creator: CreatorRecord;
  snapshotCount: number;
}

/**
 * Saves one reading of a creator: adds the snapshot, creates the creator on first save,
 * appends the note when one was typed. Earlier notes and snapshots are kept. With
 * `worthKeeping`, the snapshot is added only when it says so of the creator's newest snapshot
 * (asked in the same transaction, so two readings at once cannot both pass); `added` says whether
 * it was. Turned down, the creator is still marked as seen.
 */
export async function saveSnapshot(
  db: CreatorLensDatabase,
  snapshot: Snapshot,
  note: string,
  now: number,
  assessedWith?: SavedAssessment,
  worthKeeping?: (snapshot: Snapshot, newest: Snapshot | null) => boolean,
): Promise<SaveResult & { added: boolean }> {
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
      if (worthKeeping && !worthKeeping(checked, await newestSnapshot(db, id))) {
        return { creator, snapshotCount: await db.snapshots.where('creatorId').equals(id).count(), added: false };
      }
      await db.snapshots.add({
        creatorId: id,
        capturedAt: checked.capturedAt,
        snapshot: checked,
        ...(assessedWith ? { assessedWith } : {}),
      });
      await db.summaries.delete(id);
      const snapshotCount = await db.snapshots.where('creatorId').equals(id).count();
      return { creator, snapshotCount, added: true };
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

/** What the popup showed when the creator was last saved, and when: null when never saved with it. */
export async function lastSaved(db: CreatorLensDatabase, id: string): Promise<(SavedAssessment & { at: number }) | null> {
  // Newest first, stopping at the first saved with one: the popup asks on every scoring.
  const saved = await db.snapshots
    .where('[creatorId+capturedAt]')
    .between([id, Dexie.minKey], [id, Dexie.maxKey])
    .reverse()
    .filter((record) => record.assessedWith !== undefined)
    .first();
  return saved ? { ...saved.assessedWith!, at: saved.capturedAt } : null;
}

/** The creator's newest valid snapshot, null when it has none. */
async function newestSnapshot(db: CreatorLensDatabase, id: string): Promise<Snapshot | null> {
  const records = db.snapshots.where('[creatorId+capturedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse();
  let newest: Snapshot | null = null;
  await records
    .until(() => newest !== null)
    .each((record) => {
      const parsed = SnapshotSchema.safeParse(record.snapshot);
      if (parsed.success) newest = parsed.data;
    });
  return newest;
}

/** The creator's valid snapshots, oldest first. */
export async function loadHistory(db: CreatorLensDatabase, id: string): Promise<Snapshot[]> {
  const records = await db.snapshots.where('[creatorId+capturedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
  return records.flatMap((record) => {
    const parsed = SnapshotSchema.safeParse(record.snapshot);
    return parsed.success ? [parsed.data] : [];
  });
}
