import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { explainStorageError, StorageError } from '../../../lib/db/errors';
import { loadHistory, recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { statusName } from '../../../lib/shortlist/status';
import { STATUSES } from '../../../lib/db/records';
import { english, problem } from '../../../lib/i18n';
import { removeCreators, restoreCreators } from '../../../lib/db/creators';
import { listFirstRows, listRows, loadReadingSet, refreshSummaries } from '../../../lib/shortlist/listing';
import { SUMMARY_VERSION } from '../../../lib/shortlist/summary';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { CAPTURED_AT, exact, makeSnapshot } from '../../helpers/snapshots';
import { listShortlist } from '../../helpers/shortlist';

const NOW = CAPTURED_AT + 60_000;
let db: CreatorLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  db = openDatabase(`creator-lens-test-${counter}-${Math.random().toString(36).slice(2)}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('saveSnapshot', () => {
  it('creates a creator keyed tiktok:<lower-case handle> with the note and its time', async () => {
    const snapshot = makeSnapshot({ creator: { handle: 'Lena.Skin', displayName: '莉娜 Lena' } });
    const result = await saveSnapshot(db, snapshot, 'good fit for spring', NOW);

    expect(result.snapshotCount).toBe(1);
    expect(result.creator.id).toBe('tiktok:lena.skin');
    const stored = await db.creators.get('tiktok:lena.skin');
    expect(stored).toEqual({
      id: 'tiktok:lena.skin',
      platform: 'tiktok',
      handle: 'Lena.Skin',
      displayName: '莉娜 Lena',
      profileUrl: 'https://www.tiktok.com/@Lena.Skin',
      notes: [{ text: 'good fit for spring', at: NOW }],
      createdAt: NOW,
      lastSeenAt: CAPTURED_AT,
      // A new creator enters the pipeline "to review", with nothing else decided.
      tags: [],
      status: 'to-review',
      statusHistory: [{ status: 'to-review', at: NOW }],
      gradeOverride: null,
      price: null,
      email: null,
      targetMarket: null,
      doNotWork: null,
      updatedAt: NOW,
    });
    const snapshots = await db.snapshots.toArray();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ creatorId: 'tiktok:lena.skin', capturedAt: CAPTURED_AT, snapshot });
  });

  it('saving the same creator again, in another handle case, adds a snapshot and appends the note', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lena' } }), 'first look', NOW);
    const later = makeSnapshot({ creator: { handle: 'LENA', followers: exact(51_000) }, capturedAt: CAPTURED_AT + 86_400_000 });
    const result = await saveSnapshot(db, later, 'asked for rates', NOW + 86_400_000);

    expect(result.snapshotCount).toBe(2);
    expect(await db.creators.count()).toBe(1);
    expect(await db.snapshots.count()).toBe(2);
    const stored = await db.creators.get('tiktok:lena');
    expect(stored?.notes).toEqual([
      { text: 'first look', at: NOW },
      { text: 'asked for rates', at: NOW + 86_400_000 },
    ]);
    expect(stored?.createdAt).toBe(NOW);
    expect(stored?.lastSeenAt).toBe(CAPTURED_AT + 86_400_000);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t '],
  ])('an %s note adds no note and keeps earlier ones', async (_kind, note) => {
    await saveSnapshot(db, makeSnapshot(), 'keep me', NOW);
    const result = await saveSnapshot(db, makeSnapshot(), note, NOW + 1);
    expect(result.snapshotCount).toBe(2);
    expect((await db.creators.get('tiktok:lena'))?.notes).toEqual([{ text: 'keep me', at: NOW }]);
  });

  it('trims the note the user typed', async () => {
    await saveSnapshot(db, makeSnapshot(), '  call next week \n', NOW);
    expect((await db.creators.get('tiktok:lena'))?.notes).toEqual([{ text: 'call next week', at: NOW }]);
  });

  it('keeps a known display name when a later reading could not read it', async () => {
    await saveSnapshot(db, makeSnapshot(), '', NOW);
    await saveSnapshot(db, makeSnapshot({ creator: { displayName: null } }), '', NOW + 1);
    expect((await db.creators.get('tiktok:lena'))?.displayName).toBe('Lena');
  });

  it('rejects a snapshot that fails validation and writes nothing', async () => {
    const invalid = makeSnapshot({ creator: { followers: { value: -5, min: -5, max: -5, source: 'text' } } });
    await expect(saveSnapshot(db, invalid, 'should not be stored', NOW)).rejects.toThrow();
    const noHandle = makeSnapshot({ creator: { handle: '' } });
    await expect(saveSnapshot(db, noHandle, 'should not be stored', NOW)).rejects.toThrow();
    expect(await db.creators.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('the scoring version on saved snapshots', () => {
  it('records what the popup showed and which scoring version computed it, and loads history oldest first', async () => {
    await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT }), '', NOW, { scoringVersion: '1.0.0', score: 87, grade: 'S' });
    await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT + 1000 }), '', NOW);
    const records = await db.snapshots.orderBy('id').toArray();
    expect(records.map((record) => record.assessedWith)).toEqual([{ scoringVersion: '1.0.0', score: 87, grade: 'S' }, undefined]);
    expect((await loadHistory(db, 'tiktok:lena')).map((snapshot) => snapshot.capturedAt)).toEqual([CAPTURED_AT, CAPTURED_AT + 1000]);
  });
});

describe('listShortlist', () => {
  it('lists the newest-seen creator first, each with its newest snapshot and snapshot count', async () => {
    const day = 86_400_000;
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'anna' }, capturedAt: CAPTURED_AT }), '', NOW);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'bo' }, capturedAt: CAPTURED_AT + day }), '', NOW);
    await saveSnapshot(
      db,
      makeSnapshot({ creator: { handle: 'anna', followers: exact(60_000) }, capturedAt: CAPTURED_AT + 2 * day }),
      '',
      NOW,
    );
    // An older reading saved last must not become the latest.
    await saveSnapshot(
      db,
      makeSnapshot({ creator: { handle: 'anna', followers: exact(40_000) }, capturedAt: CAPTURED_AT - day }),
      '',
      NOW,
    );

    const rows = await listShortlist(db);
    expect(rows.map((row) => [row.creator.id, row.summary?.snapshotCount])).toEqual([
      ['tiktok:anna', 3],
      ['tiktok:bo', 1],
    ]);
    expect(rows[0]?.summary?.followers?.value).toBe(60_000);
    expect(rows[0]?.summary?.asOf).toBe(CAPTURED_AT + 2 * day);
    expect(rows[0]?.creator.lastSeenAt).toBe(CAPTURED_AT + 2 * day);
    expect((await loadReadingSet(db, 'tiktok:anna')).latest?.capturedAt).toBe(CAPTURED_AT + 2 * day);
  });

  it('is empty for a new database', async () => {
    expect(await listShortlist(db)).toEqual([]);
  });

  it('skips a stored snapshot that was corrupted and falls back to an older valid one', async () => {
    await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT }), '', NOW);
    await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT + 1_000, creator: { followers: exact(99_000) } }), '', NOW);
    const target = (await db.snapshots.toArray()).find((r) => r.capturedAt === CAPTURED_AT + 1_000);
    if (target?.id === undefined) throw new Error('the newer snapshot was not stored');
    const corrupted = { ...makeSnapshot(), creator: { handle: 42 }, posts: 'lost' } as unknown as Snapshot;
    await db.snapshots.update(target.id, { snapshot: corrupted });

    const set = await loadReadingSet(db, 'tiktok:lena');
    expect(set.snapshotCount).toBe(2);
    expect(set.latest?.capturedAt).toBe(CAPTURED_AT);
    const [row] = await listShortlist(db);
    expect(row?.summary?.followers?.value).toBe(50_000);
  });

  it('gives latest null when no stored snapshot is valid', async () => {
    await saveSnapshot(db, makeSnapshot(), '', NOW);
    const [record] = await db.snapshots.toArray();
    if (record?.id === undefined) throw new Error('the snapshot was not stored');
    await db.snapshots.update(record.id, { snapshot: { version: 99 } as unknown as Snapshot });
    expect((await loadReadingSet(db, 'tiktok:lena')).latest).toBeNull();
    const [row] = await listShortlist(db);
    expect(row?.creator.id).toBe('tiktok:lena');
    expect(row?.summary).toMatchObject({ snapshotCount: 1, score: null, grade: null, followers: null });
    expect(english(row?.summary?.unscoredReason)).toMatch(/No saved reading can be read/);
  });
});

describe('removeCreators', () => {
  it('removes the creator and its snapshots, and nobody else', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'anna' } }), 'a', NOW);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'anna' } }), 'b', NOW);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'bo' } }), 'c', NOW);

    await removeCreators(db, ['tiktok:anna']);

    expect(await db.creators.get('tiktok:anna')).toBeUndefined();
    expect(await db.snapshots.where('creatorId').equals('tiktok:anna').count()).toBe(0);
    expect(await db.snapshots.where('creatorId').equals('tiktok:bo').count()).toBe(1);
    const entries = await listShortlist(db);
    expect(entries.map((e) => e.creator.id)).toEqual(['tiktok:bo']);
    expect(await db.summaries.get('tiktok:anna')).toBeUndefined();
  });

  it('undo puts the creator back with its score at once', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'anna' } }), 'a', NOW);
    const [before] = await listShortlist(db);
    const removed = await removeCreators(db, ['tiktok:anna']);
    await restoreCreators(db, removed);
    const listing = await listRows(db);
    expect(listing.stale).toEqual([]);
    expect(listing.rows).toEqual([before]);
  });
});

describe('list summaries', () => {
  it('a creator saved but not yet summarised is listed as pending, then with its figures', async () => {
    await saveSnapshot(db, makeSnapshot(), 'first note', NOW);
    const first = await listRows(db);
    expect(first.stale).toEqual(['tiktok:lena']);
    expect(first.rows[0]).toMatchObject({ pending: true, summary: null, creator: { handle: 'lena' } });
    expect(await refreshSummaries(db, first.stale)).toBe(1);
    const second = await listRows(db);
    expect(second.stale).toEqual([]);
    expect(second.rows[0]?.summary).toMatchObject({ followers: { value: 50_000 }, snapshotCount: 1, version: SUMMARY_VERSION });
    expect(second.rows[0]?.summary?.score).toEqual(expect.any(Number));
  });

  it('a new reading drops the stored summary, so the list never shows the older figures', async () => {
    await saveSnapshot(db, makeSnapshot(), '', NOW);
    await listShortlist(db);
    await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT + 1_000, creator: { followers: exact(70_000) } }), '', NOW);
    expect((await listRows(db)).stale).toEqual(['tiktok:lena']);
    const [row] = await listShortlist(db);
    expect(row?.summary).toMatchObject({ followers: { value: 70_000 }, snapshotCount: 2 });
  });

  it('a post seen on its own page drops the summary too (its likes join the sample)', async () => {
    await saveSnapshot(db, makeSnapshot(), '', NOW);
    await listShortlist(db);
    await recordPosts(db, makeSnapshot({ pageKind: 'post', url: 'https://www.tiktok.com/@lena/video/1' }), NOW);
    expect((await listRows(db)).stale).toEqual(['tiktok:lena']);
  });

  it('a shortlist above the listed size lists its newest-seen creators with their summaries, and counts them all', async () => {
    // Two seen at the same moment, on the edge of the listed ones.
    for (const [handle, at] of [['old', NOW], ['mid', NOW + 1_000], ['tie', NOW + 1_000], ['new', NOW + 2_000]] as const) {
      await saveSnapshot(db, makeSnapshot({ creator: { handle }, capturedAt: at }), '', at);
    }
    await listShortlist(db);
    const whole = await listRows(db);
    expect(whole.total).toBe(4);
    expect(whole.rows.map((row) => row.creator.handle)).toEqual(['new', 'tie', 'mid', 'old']);
    const listing = await listRows(db, 2);
    expect(listing.total).toBe(4);
    expect(listing.rows).toEqual(whole.rows.slice(0, 2));
    expect(listing.rows.every((row) => row.summary?.version === SUMMARY_VERSION)).toBe(true);
    expect(listing.stale).toEqual([]);
    expect((await listRows(db, 3)).rows).toEqual(whole.rows.slice(0, 3));
  });

  it('a summary made by another scoring version is computed again', async () => {
    await saveSnapshot(db, makeSnapshot(), '', NOW);
    await listShortlist(db);
    await db.summaries.update('tiktok:lena', { version: '0.9.0/1', score: 1 });
    expect((await listRows(db)).stale).toEqual(['tiktok:lena']);
    const [row] = await listShortlist(db);
    expect(row?.summary?.version).toBe(SUMMARY_VERSION);
    expect(row?.summary?.score).not.toBe(1);
  });

  it('the first screen lists the newest-seen creators with their stored scores', async () => {
    for (const [index, handle] of ['ann', 'bea', 'cid'].entries()) {
      await saveSnapshot(db, makeSnapshot({ creator: { handle }, capturedAt: CAPTURED_AT + index * 1_000 }), '', NOW);
    }
    await refreshSummaries(db, ['tiktok:cid']);
    const first = await listFirstRows(db, 2);
    expect(first.map((row) => [row.creator.handle, row.pending ?? false])).toEqual([['cid', false], ['bea', true]]);
    expect(first[0]?.summary?.followers?.value).toBe(50_000);
  });

  it('skips creators deleted before their summary was computed', async () => {
    await saveSnapshot(db, makeSnapshot(), '', NOW);
    expect(await refreshSummaries(db, ['tiktok:lena', 'tiktok:gone'])).toBe(1);
    expect(await db.summaries.get('tiktok:gone')).toBeUndefined();
  });
});

describe('storage errors', () => {
  async function saveFirst() {
    await saveSnapshot(db, makeSnapshot(), 'first note', NOW);
    return listShortlist(db);
  }

  it('a full disk while adding the snapshot: StorageError saying nothing was saved, earlier data intact', async () => {
    const before = await saveFirst();
    vi.spyOn(db.snapshots, 'add').mockRejectedValue(quotaError());

    const attempt = saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT + 5_000 }), 'second note', NOW + 5_000);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/^Not saved: the browser has no storage space left/);
    await expect(attempt).rejects.toThrow(/Your shortlist is unchanged/);

    vi.restoreAllMocks();
    // The creator record written earlier in the same transaction was rolled back.
    expect(await listShortlist(db)).toEqual(before);
    expect((await db.creators.get('tiktok:lena'))?.notes).toEqual([{ text: 'first note', at: NOW }]);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('a quota error reported by the transaction (Dexie AbortError wrapping it) is explained the same way', async () => {
    const before = await saveFirst();
    vi.spyOn(db, 'transaction').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quotaError()));

    const attempt = saveSnapshot(db, makeSnapshot(), 'second note', NOW + 5_000);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/Your shortlist is unchanged/);

    vi.restoreAllMocks();
    expect(await listShortlist(db)).toEqual(before);
  });

  it('a database held by another tab is explained as such', async () => {
    await saveFirst();
    vi.spyOn(db, 'transaction').mockRejectedValue(new Dexie.DatabaseClosedError('closed'));
    const attempt = saveSnapshot(db, makeSnapshot(), '', NOW);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/busy in another Creator Lens tab/);
  });

  it('an unknown storage failure still says nothing saved before was changed', async () => {
    await saveFirst();
    vi.spyOn(db.creators, 'put').mockRejectedValue(new Error('disk on fire'));
    const attempt = saveSnapshot(db, makeSnapshot(), 'x', NOW);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow('Not saved: the shortlist could not be written (disk on fire). Nothing saved before was changed.');
    vi.restoreAllMocks();
    expect(await db.snapshots.count()).toBe(1);
  });

  it('a failing delete rejects with a StorageError and keeps the creator', async () => {
    await saveFirst();
    vi.spyOn(db.creators, 'bulkDelete').mockRejectedValue(quotaError());
    await expect(removeCreators(db, ['tiktok:lena'])).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect(await db.creators.get('tiktok:lena')).toBeDefined();
    expect(await db.snapshots.count()).toBe(1);
  });
});

describe('storage errors in Chinese', () => {
  useLocale('zh_CN');

  /** English words (3+ Latin letters) a Chinese reader would find in the text, besides `allowed`. */
  function englishIn(words: string, allowed: readonly string[] = []): string[] {
    const element = document.createElement('p');
    element.textContent = words;
    return englishLeft(element, allowed);
  }

  it('a full disk while saving is explained in Chinese; the English words stay in the error for logs', async () => {
    vi.spyOn(db.snapshots, 'add').mockRejectedValue(quotaError());
    const failure = await saveSnapshot(db, makeSnapshot(), 'note', NOW).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect(problem(failure)).toBe('未保存：浏览器已没有可供 Creator Lens 使用的存储空间。你的候选名单没有变化；请释放一些磁盘空间或删除不再需要的达人，然后重新保存。');
    expect((failure as StorageError).message).toMatch(/^Not saved: the browser has no storage space left/);
    expect(await db.snapshots.count()).toBe(0);
  });

  it.each([
    ['quota', quotaError(), []],
    ['quota inside a Dexie abort', new Dexie.AbortError('Transaction aborted', quotaError()), []],
    ['another tab', new Dexie.DatabaseClosedError('closed'), []],
    ['blocked upgrade', Object.assign(new Error('blocked'), { name: 'BlockedError' }), []],
    ['anything else', new Error('disk on fire'), ['disk', 'fire']],
  ] as const)('%s: the explanation has no English words but the browser’s own detail', (_, error, detail) => {
    const explained = explainStorageError(error);
    const words = problem(explained);
    expect(words).toMatch(/^未保存：/);
    expect(englishIn(words, detail), words).toEqual([]);
    expect(explained.cause).toBe(error);
    expect(english(explained.text)).toBe(explained.message);
  });

  it('a plain sentence given to StorageError is shown as it is', () => {
    expect(problem(new StorageError('Not saved: custom'))).toBe('Not saved: custom');
  });

  it('status names are in Chinese', () => {
    expect(STATUSES.map((status) => statusName(status))).toEqual(['待评估', '已入围', '已联系', '洽谈中', '已通过', '已拒绝']);
    expect(statusName('to-review', 'en')).toBe('To review');
  });
});
