// The vetting work on creators: status, tags, notes, price, overrides. Every change is a
// read-modify-write inside one transaction, so the popup, the background and the dashboard
// writing at the same time never lose each other's changes.
import { TEXT_LIMITS } from '../schema/limits';
import type { Platform } from '../schema/snapshot';
import { explainStorageError } from './errors';
import type { CreatorLensDatabase } from './index';
import type { Grade } from '../schema/assessment';
import { creatorId, type CreatorRecord, type CreatorSummary, type PostSampleRecord, type SnapshotRecord, type Status } from './records';

/** A new creator with nothing decided yet. */
export function newCreator(
  fields: { id: string; platform: Platform; handle: string; displayName: string | null; profileUrl: string },
  now: number,
): CreatorRecord {
  return {
    ...fields,
    notes: [],
    createdAt: now,
    lastSeenAt: now,
    tags: [],
    status: 'to-review',
    statusHistory: [{ status: 'to-review', at: now }],
    gradeOverride: null,
    price: null,
    email: null,
    targetMarket: null,
    doNotWork: null,
    updatedAt: now,
  };
}

/** The creator's record on the shortlist; null when they are not on it. */
export async function findCreator(db: CreatorLensDatabase, platform: Platform, handle: string): Promise<CreatorRecord | null> {
  return (await db.creators.get(creatorId(platform, handle))) ?? null;
}

/** The fields a user edits in the dashboard; absent ones stay as they are. */
export interface CreatorEdit {
  displayName?: string | null;
  tags?: string[];
  status?: Status;
  gradeOverride?: { grade: Grade; reason: string } | null;
  price?: CreatorRecord['price'];
  email?: string | null;
  targetMarket?: string | null;
  doNotWork?: { reason: string } | null;
}

const cleanTag = (tag: string) => tag.trim().slice(0, TEXT_LIMITS.tag);

/** Applies an edit to a record in memory; the status change is dated in the history. */
export function applyEdit(creator: CreatorRecord, edit: CreatorEdit, now: number): CreatorRecord {
  const next: CreatorRecord = { ...creator, updatedAt: now };
  if (edit.displayName !== undefined) next.displayName = edit.displayName?.slice(0, TEXT_LIMITS.name) || null;
  if (edit.tags !== undefined) next.tags = [...new Set(edit.tags.map(cleanTag).filter(Boolean))];
  if (edit.status !== undefined && edit.status !== creator.status) {
    next.status = edit.status;
    next.statusHistory = [...creator.statusHistory, { status: edit.status, at: now }];
  }
  if (edit.gradeOverride !== undefined) next.gradeOverride = edit.gradeOverride && { ...edit.gradeOverride, reason: edit.gradeOverride.reason.slice(0, TEXT_LIMITS.note), at: now };
  if (edit.price !== undefined) next.price = edit.price;
  if (edit.email !== undefined) next.email = edit.email?.trim().slice(0, 254) || null;
  if (edit.targetMarket !== undefined) next.targetMarket = edit.targetMarket?.trim().slice(0, 100) || null;
  if (edit.doNotWork !== undefined) next.doNotWork = edit.doNotWork && { reason: edit.doNotWork.reason.slice(0, TEXT_LIMITS.note), at: now };
  return next;
}

async function modify(db: CreatorLensDatabase, ids: readonly string[], change: (creator: CreatorRecord) => CreatorRecord): Promise<CreatorRecord[]> {
  try {
    return await db.transaction('rw', db.creators, async () => {
      const found = (await db.creators.bulkGet([...ids])).filter((creator): creator is CreatorRecord => creator !== undefined);
      const changed = found.map(change);
      await db.creators.bulkPut(changed);
      return changed;
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

export async function editCreator(db: CreatorLensDatabase, id: string, edit: CreatorEdit, now: number): Promise<CreatorRecord | null> {
  const [changed] = await modify(db, [id], (creator) => applyEdit(creator, edit, now));
  return changed ?? null;
}

/**
 * Notes the grade the detail shows as seen, so the list stops marking it as changed. Not a vetting
 * edit: `updatedAt` (which import merges go by) stays.
 */
export async function markGradeSeen(db: CreatorLensDatabase, id: string, seen: { grade: Grade | null; score: number | null }, now: number): Promise<void> {
  try {
    await db.creators.update(id, { gradeSeen: { ...seen, at: now } });
  } catch (error) {
    throw explainStorageError(error);
  }
}

export function setStatus(db: CreatorLensDatabase, ids: readonly string[], status: Status, now: number) {
  return modify(db, ids, (creator) => applyEdit(creator, { status }, now));
}

export function addTag(db: CreatorLensDatabase, ids: readonly string[], tag: string, now: number) {
  return modify(db, ids, (creator) => applyEdit(creator, { tags: [...creator.tags, tag] }, now));
}


export async function addNote(db: CreatorLensDatabase, id: string, text: string, now: number): Promise<CreatorRecord | null> {
  const note = text.trim().slice(0, TEXT_LIMITS.note);
  if (!note) return null;
  const [changed] = await modify(db, [id], (creator) => ({ ...creator, notes: [...creator.notes, { text: note, at: now }], updatedAt: now }));
  return changed ?? null;
}

/** Everything deleted with some creators, kept by the caller so the deletion can be undone. */
export interface RemovedCreators {
  creators: CreatorRecord[];
  snapshots: SnapshotRecord[];
  postSamples: PostSampleRecord[];
  /** Their list summaries, put back with them so Undo shows the rows at once. */
  summaries: CreatorSummary[];
}

export async function removeCreators(db: CreatorLensDatabase, ids: readonly string[]): Promise<RemovedCreators> {
  try {
    return await db.transaction('rw', [db.creators, db.snapshots, db.postSamples, db.summaries], async () => {
      const creators = (await db.creators.bulkGet([...ids])).filter((creator): creator is CreatorRecord => creator !== undefined);
      const snapshots = await db.snapshots.where('creatorId').anyOf([...ids]).toArray();
      const postSamples = await db.postSamples.where('creatorId').anyOf([...ids]).toArray();
      const summaries = (await db.summaries.bulkGet([...ids])).filter((summary): summary is CreatorSummary => summary !== undefined);
      await db.snapshots.bulkDelete(snapshots.map((record) => record.id!));
      await db.postSamples.bulkDelete(postSamples.map((record) => record.id));
      await db.summaries.bulkDelete([...ids]);
      await db.creators.bulkDelete([...ids]);
      return { creators, snapshots, postSamples, summaries };
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

/** Undo of removeCreators: puts everything back as it was, ids included. */
export async function restoreCreators(db: CreatorLensDatabase, removed: RemovedCreators): Promise<void> {
  try {
    await db.transaction('rw', [db.creators, db.snapshots, db.postSamples, db.summaries], async () => {
      await db.creators.bulkPut(removed.creators);
      await db.snapshots.bulkPut(removed.snapshots);
      await db.postSamples.bulkPut(removed.postSamples);
      await db.summaries.bulkPut(removed.summaries);
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

/** Deletes records the upgrade set aside (lib/db/repair): the user saw them, and may have exported them first. */
export async function deleteDamaged(db: CreatorLensDatabase, keys: readonly string[]): Promise<void> {
  try {
    await db.damaged.bulkDelete([...keys]);
  } catch (error) {
    throw explainStorageError(error);
  }
}
