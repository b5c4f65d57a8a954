// Saving the edit form: only the fields the user changed are written, against the record as it is
// now; a field also changed elsewhere since the form opened is reported, and nothing is written.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, addTag, editableValues, editCreator, saveEdits, setStatus, type EditableValues } from '../../../lib/db/creators';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import type { CreatorRecord } from '../../../lib/db/records';
import { makeSnapshot } from '../../helpers/snapshots';

const ID = 'tiktok:lena';
let db: CreatorLensDatabase;
let opened: EditableValues;

const stored = async (): Promise<CreatorRecord> => (await db.creators.get(ID))!;
const typed = (changes: Partial<EditableValues>): EditableValues => ({ ...opened, ...changes });

beforeEach(async () => {
  db = openDatabase(`creators-edits-${Math.random()}`);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lena' } }), 'first look', 1_000);
  await editCreator(db, ID, { tags: ['beauty'], email: 'old@example.com' }, 1_100);
  // The form opens here.
  opened = editableValues(await stored());
});
afterEach(async () => {
  await db.delete();
});

describe('saveEdits writes only what the user changed', () => {
  it('keeps a bulk status and a bulk tag set while the form was open, and adds the typed price', async () => {
    await setStatus(db, [ID], 'approved', 2_000);
    await addTag(db, [ID], 'spring', 2_100);
    const outcome = await saveEdits(db, ID, opened, typed({ price: { amount: 300, currency: 'USD' } }), 3_000);
    expect(outcome.kind).toBe('saved');
    const lena = await stored();
    expect(lena).toMatchObject({ status: 'approved', tags: ['beauty', 'spring'], price: { amount: 300, currency: 'USD' }, email: 'old@example.com', updatedAt: 3_000 });
    expect(lena.statusHistory).toEqual([{ status: 'to-review', at: 1_000 }, { status: 'approved', at: 2_000 }]);
  });

  it('keeps price, tag and e-mail another dashboard saved when this one changes only the status', async () => {
    const other = editableValues(await stored());
    await saveEdits(db, ID, other, { ...other, price: { amount: 500, currency: 'EUR' }, tags: [...other.tags, 'vip'], email: 'new@example.com' }, 2_000);
    const outcome = await saveEdits(db, ID, opened, typed({ status: 'negotiating' }), 3_000);
    expect(outcome.kind).toBe('saved');
    expect(await stored()).toMatchObject({ status: 'negotiating', price: { amount: 500, currency: 'EUR' }, tags: ['beauty', 'vip'], email: 'new@example.com' });
    expect((await stored()).statusHistory.at(-1)).toEqual({ status: 'negotiating', at: 3_000 });
  });

  it('merges tags: the ones the user removed go, the ones added elsewhere stay', async () => {
    await addTag(db, [ID], 'spring', 2_000);
    await saveEdits(db, ID, opened, typed({ tags: ['summer'] }), 3_000);
    expect((await stored()).tags).toEqual(['spring', 'summer']);
  });

  it('keeps notes added meanwhile, and writes nothing (not even the date) when nothing was changed', async () => {
    await addNote(db, ID, 'called her', 2_000);
    const outcome = await saveEdits(db, ID, opened, typed({ email: '  old@example.com ' }), 3_000);
    expect(outcome).toMatchObject({ kind: 'saved', creator: { updatedAt: 2_000 } });
    expect((await stored()).notes.map((note) => note.text)).toEqual(['first look', 'called her']);
  });

  it('sets and clears a grade override and do-not-work, dated, without touching the rest', async () => {
    await setStatus(db, [ID], 'contacted', 2_000);
    await saveEdits(db, ID, opened, typed({ gradeOverride: { grade: 'B', reason: 'met in person' }, doNotWork: { reason: 'late twice' } }), 3_000);
    expect(await stored()).toMatchObject({ status: 'contacted', gradeOverride: { grade: 'B', reason: 'met in person', at: 3_000 }, doNotWork: { reason: 'late twice', at: 3_000 } });
    const now = editableValues(await stored());
    await saveEdits(db, ID, now, { ...now, gradeOverride: null, doNotWork: null }, 4_000);
    expect(await stored()).toMatchObject({ status: 'contacted', gradeOverride: null, doNotWork: null });
  });
});

describe('saveEdits reports a field changed on both sides', () => {
  it('stops before writing anything and names the field with both values', async () => {
    await setStatus(db, [ID], 'approved', 2_000);
    const before = await stored();
    const outcome = await saveEdits(db, ID, opened, typed({ status: 'negotiating', price: { amount: 300, currency: 'USD' } }), 3_000);
    expect(outcome).toEqual({ kind: 'conflicts', conflicts: [{ field: 'status', mine: 'negotiating', theirs: 'approved' }] });
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['price', { price: { amount: 400, currency: 'USD' } }, { price: { amount: 300, currency: 'USD' } }],
    ['email', { email: 'theirs@example.com' }, { email: 'mine@example.com' }],
    ['targetMarket', { targetMarket: 'US' }, { targetMarket: 'DE' }],
    ['gradeOverride', { gradeOverride: { grade: 'A', reason: 'theirs' } }, { gradeOverride: { grade: 'C', reason: 'mine' } }],
    ['doNotWork', { doNotWork: { reason: 'theirs' } }, { doNotWork: { reason: 'mine' } }],
  ] as const)('%s', async (field, theirs, mine) => {
    const other = editableValues(await stored());
    await saveEdits(db, ID, other, { ...other, ...theirs }, 2_000);
    const before = await stored();
    const outcome = await saveEdits(db, ID, opened, typed(mine), 3_000);
    expect(outcome).toMatchObject({ kind: 'conflicts', conflicts: [{ field }] });
    expect(await stored()).toEqual(before);
  });

  it('is no conflict when both sides set the same value', async () => {
    await setStatus(db, [ID], 'approved', 2_000);
    const outcome = await saveEdits(db, ID, opened, typed({ status: 'approved', email: 'b@example.com' }), 3_000);
    expect(outcome.kind).toBe('saved');
    expect((await stored()).statusHistory.filter((change) => change.status === 'approved')).toHaveLength(1);
  });

  it('saves the choice once the form starts again from the value it showed', async () => {
    await setStatus(db, [ID], 'approved', 2_000);
    const outcome = await saveEdits(db, ID, opened, typed({ status: 'negotiating', price: { amount: 300, currency: 'USD' } }), 3_000);
    if (outcome.kind !== 'conflicts') throw new Error('expected a conflict');
    // "Use yours": the field now starts from what the user was shown.
    const shown = { ...opened, status: outcome.conflicts[0]!.theirs as EditableValues['status'] };
    expect((await saveEdits(db, ID, shown, { ...shown, status: 'negotiating', price: { amount: 300, currency: 'USD' } }, 4_000)).kind).toBe('saved');
    expect(await stored()).toMatchObject({ status: 'negotiating', price: { amount: 300, currency: 'USD' } });
    expect((await stored()).statusHistory.map((change) => change.status)).toEqual(['to-review', 'approved', 'negotiating']);
  });

  it('says the creator is gone when it was deleted meanwhile', async () => {
    await db.creators.delete(ID);
    expect(await saveEdits(db, ID, opened, typed({ status: 'approved' }), 3_000)).toEqual({ kind: 'gone' });
    expect(await db.creators.count()).toBe(0);
  });
});
