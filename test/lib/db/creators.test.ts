// The vetting work on a creator: every edit is dated and kept; deletion can be undone whole.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, addTag, applyEdit, editCreator, findCreator, newCreator, removeCreators, restoreCreators, setStatus } from '../../../lib/db/creators';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { emptyPost } from '../../../lib/platforms/common';
import { makeSnapshot } from '../../helpers/snapshots';

let db: CreatorLensDatabase;
beforeEach(async () => {
  db = openDatabase(`creators-${Math.random()}`);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lena' } }), 'hello', 1_000);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'kai' } }), '', 1_000);
});
afterEach(async () => {
  await db.delete();
});

const base = newCreator({ id: 'tiktok:x', platform: 'tiktok', handle: 'x', displayName: 'X', profileUrl: 'https://www.tiktok.com/@x' }, 10);

describe('applyEdit', () => {
  it.each([
    ['a status change is appended to the dated history', { status: 'approved' as const }, { status: 'approved', statusHistory: [{ status: 'to-review', at: 10 }, { status: 'approved', at: 50 }] }],
    ['the same status again adds no history', { status: 'to-review' as const }, { statusHistory: [{ status: 'to-review', at: 10 }] }],
    ['tags are trimmed and kept once', { tags: [' spring ', 'spring', '', 'beauty'] }, { tags: ['spring', 'beauty'] }],
    ['a grade override keeps its reason and date', { gradeOverride: { grade: 'B' as const, reason: 'met in person' } }, { gradeOverride: { grade: 'B', reason: 'met in person', at: 50 } }],
    ['an empty e-mail is no e-mail', { email: '   ' }, { email: null }],
    ['do-not-work is dated', { doNotWork: { reason: 'late twice' } }, { doNotWork: { reason: 'late twice', at: 50 } }],
  ])('%s', (_label, edit, expected) => {
    expect(applyEdit(base, edit, 50)).toMatchObject({ ...expected, updatedAt: 50 });
  });
});

describe('findCreator', () => {
  it('finds a saved creator by platform and handle, whatever its case; null for one not saved', async () => {
    await setStatus(db, ['tiktok:lena'], 'contacted', 2_000);
    expect(await findCreator(db, 'tiktok', 'Lena')).toMatchObject({ id: 'tiktok:lena', status: 'contacted', createdAt: 1_000 });
    expect(await findCreator(db, 'instagram', 'lena')).toBeNull();
    expect(await findCreator(db, 'tiktok', 'nobody')).toBeNull();
  });
});

describe('bulk changes and undo', () => {
  it('sets the status of several creators, adds and removes a tag', async () => {
    await setStatus(db, ['tiktok:lena', 'tiktok:kai'], 'shortlisted', 2_000);
    await addTag(db, ['tiktok:lena', 'tiktok:kai'], 'spring', 2_100);
    await editCreator(db, 'tiktok:kai', { tags: [] }, 2_200);
    const [lena, kai] = await db.creators.bulkGet(['tiktok:lena', 'tiktok:kai']);
    expect(lena).toMatchObject({ status: 'shortlisted', tags: ['spring'], updatedAt: 2_100 });
    expect(kai).toMatchObject({ status: 'shortlisted', tags: [], updatedAt: 2_200 });
    expect(kai?.statusHistory).toEqual([{ status: 'to-review', at: 1_000 }, { status: 'shortlisted', at: 2_000 }]);
  });

  it('adds a dated note, ignores an empty one, and edits unknown creators not at all', async () => {
    await addNote(db, 'tiktok:lena', '  asked for rates  ', 3_000);
    expect(await addNote(db, 'tiktok:lena', '   ', 3_100)).toBeNull();
    expect(await editCreator(db, 'tiktok:nobody', { status: 'approved' }, 3_200)).toBeNull();
    expect((await db.creators.get('tiktok:lena'))?.notes).toEqual([{ text: 'hello', at: 1_000 }, { text: 'asked for rates', at: 3_000 }]);
    expect(await db.creators.count()).toBe(2);
  });

  it('deletes creators with their snapshots and samples, and undo puts back everything exactly', async () => {
    const url = 'https://www.tiktok.com/@lena/video/7301';
    await recordPosts(db, makeSnapshot({ pageKind: 'post', url, creator: { handle: 'lena' }, posts: [emptyPost('7301', url)] }), 1_500);
    const before = { creators: await db.creators.toArray(), snapshots: await db.snapshots.toArray(), samples: await db.postSamples.toArray() };
    const removed = await removeCreators(db, ['tiktok:lena']);
    expect(await db.creators.count()).toBe(1);
    expect(await db.snapshots.where('creatorId').equals('tiktok:lena').count()).toBe(0);
    expect(await db.postSamples.count()).toBe(0);
    await restoreCreators(db, removed);
    expect({ creators: await db.creators.toArray(), snapshots: await db.snapshots.toArray(), samples: await db.postSamples.toArray() }).toEqual(before);
  });
});
