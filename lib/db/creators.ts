// The vetting work on creators: status, tags, notes, price, overrides. Every change reads the record
// as it is now and writes only the fields it changes, inside one transaction, so the popup, the
// background, the bulk bar and dashboards open in other tabs never lose each other's changes.
import { TEXT_LIMITS } from '../schema/limits';
import type { Platform } from '../schema/snapshot';
import { explainStorageError } from './errors';
import type { CreatorLensDatabase } from './index';
import type { Grade } from '../schema/assessment';
import { creatorId, type CreatorRecord, type CreatorSummary, type PostSampleRecord, type SnapshotRecord, type Status, type Price } from './records';

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
const cleanTags = (tags: readonly string[]) => [...new Set(tags.map(cleanTag).filter(Boolean))];
const cleanEmail = (email: string | null) => email?.trim().slice(0, 254) || null;
const cleanMarket = (market: string | null) => market?.trim().slice(0, 100) || null;
const cleanReason = (reason: string) => reason.slice(0, TEXT_LIMITS.note);

/** What an edit changes in a record: only the fields it names, dated; a status change joins the dated history. */
function editChanges(creator: CreatorRecord, edit: CreatorEdit, now: number): Partial<CreatorRecord> {
  const changes: Partial<CreatorRecord> = { updatedAt: now };
  if (edit.displayName !== undefined) changes.displayName = edit.displayName?.slice(0, TEXT_LIMITS.name) || null;
  if (edit.tags !== undefined) changes.tags = cleanTags(edit.tags);
  if (edit.status !== undefined && edit.status !== creator.status) {
    changes.status = edit.status;
    changes.statusHistory = [...creator.statusHistory, { status: edit.status, at: now }];
  }
  if (edit.gradeOverride !== undefined) changes.gradeOverride = edit.gradeOverride && { ...edit.gradeOverride, reason: cleanReason(edit.gradeOverride.reason), at: now };
  if (edit.price !== undefined) changes.price = edit.price;
  if (edit.email !== undefined) changes.email = cleanEmail(edit.email);
  if (edit.targetMarket !== undefined) changes.targetMarket = cleanMarket(edit.targetMarket);
  if (edit.doNotWork !== undefined) changes.doNotWork = edit.doNotWork && { reason: cleanReason(edit.doNotWork.reason), at: now };
  return changes;
}

/** Applies an edit to a record in memory; the status change is dated in the history. */
export function applyEdit(creator: CreatorRecord, edit: CreatorEdit, now: number): CreatorRecord {
  return { ...creator, ...editChanges(creator, edit, now) };
}

async function storing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * Writes an edit against the record as it is now: the fields the edit names, nothing else, so what
 * another tab, the popup or the bulk bar changed meanwhile stays. Null when the creator is gone.
 */
export function editCreator(db: CreatorLensDatabase, id: string, edit: CreatorEdit, now: number): Promise<CreatorRecord | null> {
  return storing(() =>
    db.transaction('rw', db.creators, async () => {
      const creator = await db.creators.get(id);
      if (!creator) return null;
      const changes = editChanges(creator, edit, now);
      await db.creators.update(id, changes);
      return { ...creator, ...changes };
    }),
  );
}

/** The fields the edit form keeps, as compared: without the dates the record adds to them. */
export interface EditableValues {
  status: Status;
  tags: string[];
  price: Price | null;
  email: string | null;
  targetMarket: string | null;
  gradeOverride: { grade: Grade; reason: string } | null;
  doNotWork: { reason: string } | null;
}

/** The fields one value replaces the other in (tags are merged instead). */
export const SINGLE_FIELDS = ['status', 'price', 'email', 'targetMarket', 'gradeOverride', 'doNotWork'] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

export function editableValues(creator: CreatorRecord): EditableValues {
  const { price, gradeOverride, doNotWork } = creator;
  return {
    status: creator.status,
    tags: [...creator.tags],
    price: price && { amount: price.amount, currency: price.currency },
    email: creator.email,
    targetMarket: creator.targetMarket,
    gradeOverride: gradeOverride && { grade: gradeOverride.grade, reason: gradeOverride.reason },
    doNotWork: doNotWork && { reason: doNotWork.reason },
  };
}

/** The values as they would be stored, so that what the user typed compares with what is kept. */
function cleaned(values: EditableValues): EditableValues {
  const { gradeOverride, doNotWork } = values;
  return {
    ...values,
    tags: cleanTags(values.tags),
    email: cleanEmail(values.email),
    targetMarket: cleanMarket(values.targetMarket),
    gradeOverride: gradeOverride && { grade: gradeOverride.grade, reason: cleanReason(gradeOverride.reason) },
    doNotWork: doNotWork && { reason: cleanReason(doNotWork.reason) },
  };
}

/** Whether two editable values are equal: they are plain data built field by field in the same order, so their JSON compares them. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The current tags with the user's own changes (`mine` against the `opened` tags) merged in: the ones
 * they removed go, the ones they added join, and the ones added elsewhere meanwhile stay.
 */
export function mergeTags(current: readonly string[], opened: readonly string[], mine: readonly string[]): string[] {
  const removed = new Set(opened.filter((tag) => !mine.includes(tag)));
  const added = mine.filter((tag) => !opened.includes(tag) && !current.includes(tag));
  return [...current.filter((tag) => !removed.has(tag)), ...added];
}

/** A field the user changed that was also changed elsewhere since the form opened. */
export type EditConflict = { [F in SingleField]: { field: F; mine: EditableValues[F]; theirs: EditableValues[F] } }[SingleField];

export type EditOutcome = { kind: 'saved'; creator: CreatorRecord } | { kind: 'conflicts'; conflicts: EditConflict[] } | { kind: 'gone' };

/**
 * Saves what the user changed in the form: each field whose value differs from the one the form
 * opened with (`opened`), tags as added and removed ones merged into the current tags. A changed
 * field that was also changed elsewhere since (stored value no longer the opened one, nor the
 * user's) stops the save before anything is written, and comes back as a conflict; the form then
 * asks which to keep and saves again from the value it showed.
 */
export function saveEdits(db: CreatorLensDatabase, id: string, opened: EditableValues, mine: EditableValues, now: number): Promise<EditOutcome> {
  const from = cleaned(opened);
  const to = cleaned(mine);
  const changed = SINGLE_FIELDS.filter((field) => !same(from[field], to[field]));
  return storing(() =>
    db.transaction('rw', db.creators, async (): Promise<EditOutcome> => {
      const creator = await db.creators.get(id);
      if (!creator) return { kind: 'gone' };
      const current = editableValues(creator);
      const stored = cleaned(current);
      const conflicts = changed
        .filter((field) => !same(current[field], opened[field]) && !same(stored[field], to[field]))
        .map((field) => ({ field, mine: to[field], theirs: current[field] }) as EditConflict);
      if (conflicts.length > 0) return { kind: 'conflicts', conflicts };
      const edit: CreatorEdit = Object.fromEntries(changed.filter((field) => !same(stored[field], to[field])).map((field) => [field, to[field]]));
      const tags = mergeTags(current.tags, from.tags, to.tags);
      if (!same(tags, current.tags)) edit.tags = tags;
      // Nothing left to change: the record stays as it is, its date included.
      if (Object.keys(edit).length === 0) return { kind: 'saved', creator };
      return { kind: 'saved', creator: (await editCreator(db, id, edit, now))! };
    }),
  );
}

/**
 * Notes the grade the detail shows as seen, so the list stops marking it as changed. Not a vetting
 * edit: `updatedAt` (which import merges go by) stays.
 */
export function markGradeSeen(db: CreatorLensDatabase, id: string, seen: { grade: Grade | null; score: number | null }, now: number): Promise<void> {
  return storing(async () => {
    await db.creators.update(id, { gradeSeen: { ...seen, at: now } });
  });
}

/** Applies one edit to each of several creators, each against its record as it is now. */
function editEach(db: CreatorLensDatabase, ids: readonly string[], edit: (creator: CreatorRecord) => CreatorEdit, now: number): Promise<number> {
  return storing(() =>
    db.creators
      .where(':id')
      .anyOf([...ids])
      .modify((creator) => {
        Object.assign(creator, applyEdit(creator, edit(creator), now));
      }),
  );
}

export function setStatus(db: CreatorLensDatabase, ids: readonly string[], status: Status, now: number): Promise<number> {
  return editEach(db, ids, () => ({ status }), now);
}

export function addTag(db: CreatorLensDatabase, ids: readonly string[], tag: string, now: number): Promise<number> {
  return editEach(db, ids, (creator) => ({ tags: [...creator.tags, tag] }), now);
}

/** Adds a dated note to the creator's notes as they are now. */
export function addNote(db: CreatorLensDatabase, id: string, text: string, now: number): Promise<CreatorRecord | null> {
  const note = text.trim().slice(0, TEXT_LIMITS.note);
  if (!note) return Promise.resolve(null);
  return storing(() =>
    db.transaction('rw', db.creators, async () => {
      const creator = await db.creators.get(id);
      if (!creator) return null;
      const changes = { notes: [...creator.notes, { text: note, at: now }], updatedAt: now };
      await db.creators.update(id, changes);
      return { ...creator, ...changes };
    }),
  );
}

/** Everything deleted with some creators, kept by the caller so the deletion can be undone. */
export interface RemovedCreators {
  creators: CreatorRecord[];
  snapshots: SnapshotRecord[];
  postSamples: PostSampleRecord[];
  /** Their list summaries, put back with them so Undo shows the rows at once. */
  summaries: CreatorSummary[];
}

export function removeCreators(db: CreatorLensDatabase, ids: readonly string[]): Promise<RemovedCreators> {
  return storing(() =>
    db.transaction('rw', [db.creators, db.snapshots, db.postSamples, db.summaries], async () => {
      const creators = (await db.creators.bulkGet([...ids])).filter((creator): creator is CreatorRecord => creator !== undefined);
      const snapshots = await db.snapshots.where('creatorId').anyOf([...ids]).toArray();
      const postSamples = await db.postSamples.where('creatorId').anyOf([...ids]).toArray();
      const summaries = (await db.summaries.bulkGet([...ids])).filter((summary): summary is CreatorSummary => summary !== undefined);
      await db.snapshots.bulkDelete(snapshots.map((record) => record.id!));
      await db.postSamples.bulkDelete(postSamples.map((record) => record.id));
      await db.summaries.bulkDelete([...ids]);
      await db.creators.bulkDelete([...ids]);
      return { creators, snapshots, postSamples, summaries };
    }),
  );
}

/** Undo of removeCreators: puts everything back as it was, ids included. */
export function restoreCreators(db: CreatorLensDatabase, removed: RemovedCreators): Promise<void> {
  return storing(() =>
    db.transaction('rw', [db.creators, db.snapshots, db.postSamples, db.summaries], async () => {
      await db.creators.bulkPut(removed.creators);
      await db.snapshots.bulkPut(removed.snapshots);
      await db.postSamples.bulkPut(removed.postSamples);
      await db.summaries.bulkPut(removed.summaries);
    }),
  );
}

/** Deletes records the upgrade set aside (lib/db/repair): the user saw them, and may have exported them first. */
export async function deleteDamaged(db: CreatorLensDatabase, keys: readonly string[]): Promise<void> {
  try {
    await db.damaged.bulkDelete([...keys]);
  } catch (error) {
    throw explainStorageError(error);
  }
}
