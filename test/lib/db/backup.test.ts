import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, BACKUP_FORMAT } from '../../../lib/db/backup';
import { checkBackupFile, restoreBackup, type CheckResult } from '../../../lib/db/backup-read';
import { writeBackup, type WriteOptions } from '../../../lib/db/backup-write';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { putCampaign } from '../../../lib/db/campaigns';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { addPoint, attachDeliverable } from '../../../lib/db/deliverables';
import { putOutreach } from '../../../lib/db/outreach';
import { putResults } from '../../../lib/db/results';
import { resultId, type ResultRecord } from '../../../lib/db/result-record';
import type { CampaignRecord } from '../../../lib/db/campaign-record';
import { recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { StorageError } from '../../../lib/db/errors';
import { addNote, editCreator } from '../../../lib/db/creators';
import { english, problem, say } from '../../../lib/i18n';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { makePosts, makeSnapshot } from '../../helpers/snapshots';
import { listShortlist } from '../../helpers/shortlist';

const NOW = new Date(2026, 0, 10, 12, 0, 0, 456).getTime();
const SPRING: CampaignRecord = {
  id: 'c1',
  name: '春季护肤 Spring',
  goal: 'awareness',
  startDate: '2026-03-01',
  endDate: null,
  targetMarkets: ['US'],
  languages: ['en'],
  keywords: ['skincare'],
  platforms: [],
  budget: { amount: 5000, currency: 'CNY', perUsd: 7.2 },
  minTier: null,
  kpiTargets: { cpm: 40, cpe: null, cpa: null, roas: null, totalViews: 1_000_000 },
  archivedAt: null,
  createdAt: NOW - 6000,
  updatedAt: NOW - 6000,
};
const dbs: CreatorLensDatabase[] = [];
function freshDb(): CreatorLensDatabase {
  const db = openDatabase(`backup-${dbs.length}-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function filled(): Promise<CreatorLensDatabase> {
  const db = freshDb();
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'Lena', displayName: '莉娜 😀 "Lena", =1+1' } }), '报价 $300\nline two', NOW - 5000, { scoringVersion: 'v1', score: 90, grade: 'S' });
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'Lena', followers: null } }), '', NOW - 4000);
  const post = makeSnapshot({ pageKind: 'post', posts: makePosts([1234]), url: 'https://www.tiktok.com/@bo/video/7000000000000000000', creator: { handle: 'bo' } });
  await saveSnapshot(db, post, '', NOW - 3000);
  await recordPosts(db, post, NOW - 3000);
  await editCreator(db, 'tiktok:lena', { status: 'contacted', tags: ['护肤', 'spring'], price: { amount: 300.5, currency: 'USD' }, gradeOverride: { grade: 'A', reason: 'fit' } }, NOW - 2000);
  await addNote(db, 'tiktok:bo', '@brand', NOW - 1000);
  // A snapshot the reader no longer accepts is kept as stored.
  await db.snapshots.add({ creatorId: 'tiktok:bo', capturedAt: NOW, snapshot: { version: 0, legacy: true } as never });
  await putCampaign(db, SPRING);
  await addToCampaign(db, 'c1', ['tiktok:lena'], NOW - 900);
  await putDeal(db, {
    ...newDeal('c1', 'tiktok:lena', NOW - 900),
    fee: { amount: 300, currency: 'USD' },
    discountCode: 'LENA10',
    promised: [{ count: 2, format: 'video', dueDate: '2026-03-10' }],
    contractNotes: '=cmd 备注',
    updatedAt: NOW - 800,
  });
  await putOutreach(db, { id: 'o1', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'email', sentAt: NOW - 700, outcome: 'replied', answeredAt: NOW - 600, note: '', updatedAt: NOW - 600 });
  await attachDeliverable(db, { ...DELIVERED, ...DELIVERED_WHEN });
  await addPoint(db, { deliverableId: 'd1', at: NOW - 400, views: 1000, likes: 90, comments: 4, shares: null, saves: null, disclosure: 'clear', available: true });
  await addPoint(db, { deliverableId: 'd1', at: NOW - 300, views: 5000, likes: 400, comments: 20, shares: 3, saves: 1, disclosure: 'clear', available: true });
  await putResults(db, [LENA_RESULT]);
  return db;
}

const LENA_RESULT: ResultRecord = {
  id: resultId('c1', 'manual', 'post:d1'),
  campaignId: 'c1',
  creatorId: 'tiktok:lena',
  deliverableId: 'd1',
  source: 'manual',
  matchedBy: 'post:d1',
  clicks: 420,
  orders: 31,
  itemsSold: 40,
  newCustomers: null,
  revenue: { amount: 1240.5, currency: 'USD' },
  refunds: { amount: 80, currency: 'USD' },
  commission: null,
  fileName: null,
  at: NOW - 200,
};

const DELIVERED = { id: 'd1', campaignId: 'c1', creatorId: 'tiktok:lena', platform: 'tiktok', postKey: 'tiktok:7301', url: 'https://www.tiktok.com/@lena/video/7301' } as const;
const DELIVERED_WHEN = { dueDate: '2026-03-10', postedAt: NOW - 500, attachedAt: NOW - 500, attachedBy: 'typed' } as const;

/** What filled() holds, list by list. */
const FILLED = { creators: 2, snapshots: 4, postSamples: 1, campaigns: 1, deals: 1, outreach: 1, deliverables: 1, deliverablePoints: 2, results: 1 };
const WORK = ['deals', 'outreach', 'deliverables', 'deliverablePoints', 'results'] as const;

/** The file as a version that did not back up `sections` wrote it: without their lists and counts. */
function without(file: string, sections: readonly string[], schemaVersion: number): string {
  let before = file.replace(/"schemaVersion":\d+/, `"schemaVersion":${schemaVersion}`);
  for (const section of sections) before = before.replace(new RegExp(`,\n"${section}":\\[(\n[^\n]*)*?\n\\]`), '').replace(new RegExp(`,"${section}":\\d+`), '');
  return before;
}

/** The backup file's text, written in pieces as the dashboard writes it. */
async function backupText(db: CreatorLensDatabase, options: Partial<WriteOptions> = {}): Promise<string> {
  const chunks: Uint8Array[] = [];
  await writeBackup(db, { write: async (chunk) => void chunks.push(chunk) }, { now: NOW, ...options });
  return new TextDecoder().decode(concat(chunks));
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return all;
}

/** A file whose stream hands out `size` bytes at a time, cutting lines and characters (达, 😀) in two. */
function chunkedFile(text: string, size: number): Blob {
  const bytes = new TextEncoder().encode(text);
  const file = new Blob([bytes]);
  return Object.assign(file, {
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.byteLength; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
  });
}

const check = (text: string, version = 8): Promise<CheckResult> => checkBackupFile(new Blob([text]), version);

/** The check's message in English, or 'ok'. */
async function checked(text: string, version = 8): Promise<string> {
  const result = await check(text, version);
  return result.ok ? 'ok' : english(result.error);
}

async function restoreText(db: CreatorLensDatabase, text: string, options: Parameters<typeof restoreBackup>[2] = {}) {
  const result = await check(text, db.verno);
  if (!result.ok) throw new Error(english(result.error));
  return restoreBackup(db, result.backup, options);
}

/** The file a version 1 backup (before the end mark) held for the same records. */
function asVersion1(text: string): string {
  return text.replace('"formatVersion":2', '"formatVersion":1').replace(/,\n"end":\{[^}]*\}\n\}\n$/, '}\n');
}

describe('JSON backup', () => {
  it('backup, restore into an empty database, backup again: identical file, one record per line, with the end mark', async () => {
    const source = await filled();
    const first = await backupText(source);
    const lines = first.split('\n');
    expect(JSON.parse(`${lines[0]!.slice(0, -1)}}`)).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 2, schemaVersion: 8, exportedAt: NOW });
    expect(lines.slice(-4)).toEqual([
      '],',
      '"end":{"creators":2,"snapshots":4,"postSamples":1,"campaigns":1,"deals":1,"outreach":1,"deliverables":1,"deliverablePoints":2,"results":1}',
      '}',
      '',
    ]);
    const parsed = JSON.parse(first) as Record<string, unknown>;
    expect(parsed).toMatchObject({ end: FILLED, campaigns: [SPRING], deliverables: [{ ...DELIVERED, ...DELIVERED_WHEN }] });
    expect(parsed.deals).toMatchObject([{ id: 'c1|tiktok:lena', fee: { amount: 300, currency: 'USD' }, contractNotes: '=cmd 备注' }]);
    expect(parsed.deliverablePoints).toMatchObject([
      { id: 1, views: 1000 },
      { id: 2, views: 5000 },
    ]);
    expect(parsed.results).toEqual([LENA_RESULT]);
    const target = freshDb();
    expect(await restoreText(target, first)).toEqual(FILLED);
    expect(await target.campaigns.toArray()).toEqual([SPRING]);
    expect(await target.results.toArray()).toEqual([LENA_RESULT]);
    expect(await target.outreach.toArray()).toMatchObject([{ id: 'o1', outcome: 'replied', answeredAt: NOW - 600 }]);
    expect(await backupText(target)).toBe(first);
  });

  it('keeps the figures of a delivered post in step after a restore: a new reading gets a number of its own', async () => {
    const target = freshDb();
    // The target had readings of its own, numbered past those of the file: the restore replaces them.
    for (let i = 0; i < 5; i += 1) await addPoint(target, { deliverableId: 'other', at: NOW - i, views: i, likes: null, comments: null, shares: null, saves: null, disclosure: null, available: true });
    await restoreText(target, await backupText(await filled()));
    expect((await target.deliverablePoints.toArray()).map((point) => [point.id, point.views])).toEqual([
      [1, 1000],
      [2, 5000],
    ]);
    await addPoint(target, { deliverableId: 'd1', at: NOW, views: 9000, likes: null, comments: null, shares: null, saves: null, disclosure: 'clear', available: true });
    const points = await target.deliverablePoints.where('deliverableId').equals('d1').toArray();
    expect(points.map((point) => point.views)).toEqual([1000, 5000, 9000]);
    expect(new Set(points.map((point) => point.id)).size).toBe(3);
  });

  it('restores a file from before the work in campaigns was backed up, keeping the deals, attempts and posts already here', async () => {
    const source = await filled();
    await putCampaign(source, { ...SPRING, id: 'c2', name: 'Summer' });
    const version6 = without(await backupText(source), WORK, 6);
    expect(version6).not.toMatch(/deals|outreach|deliverable/);
    for (const file of [version6, JSON.stringify(JSON.parse(version6))]) {
      const target = await filled();
      await putCampaign(target, { ...SPRING, id: 'c-gone' });
      const before = { deals: await target.deals.toArray(), outreach: await target.outreach.toArray(), deliverables: await target.deliverables.toArray(), points: await target.deliverablePoints.toArray() };
      expect(await restoreText(target, file)).toEqual({ ...FILLED, campaigns: 2, deals: 0, outreach: 0, deliverables: 0, deliverablePoints: 0, results: 0 });
      // The campaigns are the file's; the work in them stays as it was.
      expect((await target.campaigns.toArray()).map((campaign) => campaign.id)).toEqual(['c1', 'c2']);
      expect({ deals: await target.deals.toArray(), outreach: await target.outreach.toArray(), deliverables: await target.deliverables.toArray(), points: await target.deliverablePoints.toArray() }).toEqual(before);
    }
  });

  it.each([
    ['a deal with a fee of -5', (file: string) => file.replace('"fee":{"amount":300', '"fee":{"amount":-5'), /deals\.0\.fee\.amount/],
    ['an answer before its message went', (file: string) => file.replace('"answeredAt":' + String(NOW - 600), '"answeredAt":' + String(NOW - 800)), /outreach\.0\.answeredAt/],
    ['a post on another site', (file: string) => file.replace('https://www.tiktok.com/@lena/video/7301', 'https://evil.example/@lena/video/7301'), /deliverables\.0\.url/],
    ['a reading with -1 views', (file: string) => file.replace('"views":5000', '"views":-1'), /deliverablePoints\.1\.views/],
    ['a result with -5 clicks', (file: string) => file.replace('"clicks":420', '"clicks":-5'), /results\.0\.clicks/],
    ['a result from an unknown source', (file: string) => file.replace('"source":"manual"', '"source":"guess"'), /results\.0\.source/],
  ])('refuses a file holding %s, naming where, and restores nothing', async (_case, damage, where) => {
    const file = damage(await backupText(await filled()));
    for (const shape of [file, JSON.stringify(JSON.parse(file))]) expect(await checked(shape, 8)).toMatch(where);
    const target = await filled();
    const before = await backupText(target);
    await expect(restoreText(target, file)).rejects.toThrow(/damaged/);
    expect(await backupText(target)).toBe(before);
  });

  it('restores a file from before results were backed up, keeping the results already here', async () => {
    const version7 = without(await backupText(await filled()), ['results'], 7);
    expect(version7).not.toMatch(/"results"/);
    for (const file of [version7, JSON.stringify(JSON.parse(version7))]) {
      const target = await filled();
      expect(await restoreText(target, file)).toEqual({ ...FILLED, results: 0 });
      expect(await target.results.toArray()).toEqual([LENA_RESULT]);
      expect(await target.deals.count()).toBe(1);
    }
  });

  it('an end mark that lists other counts of a campaign list is refused, naming the list', async () => {
    const file = await backupText(await filled());
    expect(await checked(file.replace('"deliverablePoints":2,', '"deliverablePoints":3,'), 8)).toBe('This backup is incomplete: its end mark lists 3 records in deliverablePoints, but the file holds 2. Nothing was restored; your shortlist is unchanged.');
    expect(await checked(file.replace('"results":1}', '"results":2}'), 8)).toBe('This backup is incomplete: its end mark lists 2 records in results, but the file holds 1. Nothing was restored; your shortlist is unchanged.');
  });

  it('restores a file from before campaigns were backed up, laid out in lines or whole, keeping the campaigns it never held', async () => {
    const source = await filled();
    const withCampaigns = await backupText(source);
    const before = without(withCampaigns, ['campaigns', ...WORK], 5);
    expect(before).not.toMatch(/campaigns|deals|deliverable/);
    for (const file of [before, JSON.stringify(JSON.parse(before))]) {
      const target = freshDb();
      await putCampaign(target, { ...SPRING, id: 'c-old' });
      expect(await restoreText(target, file)).toEqual({ ...FILLED, campaigns: 0, deals: 0, outreach: 0, deliverables: 0, deliverablePoints: 0, results: 0 });
      expect(await target.creators.count()).toBe(2);
      expect((await target.campaigns.toArray()).map((campaign) => campaign.id)).toEqual(['c-old']);
    }
  });

  it('refuses a file whose campaign has a budget of -5, naming where, and restores nothing', async () => {
    const source = await filled();
    const file = (await backupText(source)).replace('"amount":5000', '"amount":-5');
    expect(await checked(file, 8)).toMatch(/campaigns\.0\.budget\.amount/);
  });

  it('writes the same file whatever the page and chunk sizes, and reads it back from pieces cut anywhere', async () => {
    const source = await filled();
    const whole = await backupText(source);
    expect(await backupText(source, { pageSize: 1, chunkChars: 1 })).toBe(whole);
    // Characters the pieces cut in two (达, 😀) come back whole: the restored database writes the same file.
    expect(whole).toContain('莉娜 😀');
    for (const size of [1, 3, 7, 64]) {
      const result = await checkBackupFile(chunkedFile(whole, size), 8);
      expect(result.ok && result.backup.counts).toEqual(FILLED);
      if (!result.ok) continue;
      const target = freshDb();
      await restoreBackup(target, { ...result.backup, kind: 'lines', file: chunkedFile(whole, size) });
      expect(await backupText(target)).toBe(whole);
    }
  });

  it('lets the page answer while a large file is checked, even when every piece of it is at hand', async () => {
    const whole = await backupText(await filled());
    const lines = whole.split('\n');
    const creator = lines.indexOf('"creators":[') + 1;
    // Many creators (the check counts, it does not look for repeats), the file in pieces already read.
    const many = [...lines.slice(0, creator), ...Array.from({ length: 20_000 }, () => `${lines[creator]!.replace(/,$/, '')},`), ...lines.slice(creator + 1)]
      .join('\n')
      .replace('"end":{"creators":2', '"end":{"creators":20001');
    let answered = false;
    setTimeout(() => (answered = true), 0);
    const result = await checkBackupFile(chunkedFile(many, 64 * 1024), 8);
    expect(result.ok && result.backup.counts.creators).toBe(20_001);
    expect(answered).toBe(true);
  });

  it('reports its progress as records written of all of them', async () => {
    const seen: Array<[number, number]> = [];
    await backupText(await filled(), { pageSize: 2, onProgress: ({ done, total }) => seen.push([done, total]) });
    // 2 creators, 4 readings, 1 post, 1 campaign, 1 deal, 1 attempt, 1 deliverable with 2 readings, 1 result.
    expect(seen[0]).toEqual([0, 14]);
    expect(seen.at(-1)).toEqual([14, 14]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('a backup cancelled mid-way stops with an AbortError, before the end mark', async () => {
    const db = await filled();
    const controller = new AbortController();
    const chunks: Uint8Array[] = [];
    const writing = writeBackup(db, { write: async (chunk) => void chunks.push(chunk) }, { now: NOW, pageSize: 1, chunkChars: 1, signal: controller.signal, onProgress: ({ done }) => done === 3 && controller.abort() });
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expect(new TextDecoder().decode(concat(chunks))).not.toContain('"end"');
  });

  it('an edit made during a backup waits for it: the file holds the database as it was when the backup began', async () => {
    const db = await filled();
    const before = await backupText(db);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const chunks: Uint8Array[] = [];
    let writes = 0;
    const sink = {
      async write(chunk: Uint8Array) {
        chunks.push(chunk);
        writes += 1;
        if (writes === 1) await held;
      },
    };
    const writing = writeBackup(db, sink, { now: NOW, pageSize: 1, chunkChars: 1 });
    await vi.waitFor(() => expect(writes).toBe(1));
    const editing = addNote(db, 'tiktok:bo', 'written during the backup', NOW + 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await writing;
    await editing;
    expect(new TextDecoder().decode(concat(chunks))).toBe(before);
    expect((await db.creators.get('tiktok:bo'))?.notes.map((note) => note.text)).toContain('written during the backup');
  });

  it('restore replaces everything that was there', async () => {
    const file = await backupText(await filled());
    const target = freshDb();
    await saveSnapshot(target, makeSnapshot({ creator: { handle: 'someone_else' } }), 'x', NOW);
    await listShortlist(target);
    await restoreText(target, file);
    expect((await target.creators.toArray()).map((creator) => creator.id).sort()).toEqual(['tiktok:bo', 'tiktok:lena']);
    // The scores listed are those of the restored readings, none left from before.
    expect(await target.summaries.get('tiktok:someone_else')).toBeUndefined();
    const rows = await listShortlist(target);
    expect(rows.find((row) => row.creator.id === 'tiktok:lena')?.summary).toMatchObject({ snapshotCount: 2, followers: null });
  });

  it('a version 1 backup (no end mark), line by line or on a single line, still restores', async () => {
    const source = await filled();
    const current = await backupText(source);
    const version1 = asVersion1(current);
    expect(version1).not.toContain('"end"');
    for (const file of [version1, JSON.stringify(JSON.parse(version1))]) {
      const target = freshDb();
      expect(await restoreText(target, file)).toEqual(FILLED);
      expect(await backupText(target)).toBe(current);
    }
  });

  it('a file cut short is refused, naming what it holds; a version 1 file cut short too', async () => {
    const file = await backupText(await filled());
    const lines = file.split('\n');
    // Cut after the first snapshot line, as an interrupted download leaves it.
    const cut = lines.slice(0, lines.indexOf('"snapshots":[') + 2).join('\n');
    expect(await checked(cut)).toBe(
      'This backup was cut short: it stops after 2 creators, 1 reading and 0 sampled posts without its end mark. Nothing was restored; your shortlist is unchanged.',
    );
    expect(await checked(file.replace(/,\n"end":.*\n\}\n$/, '\n'))).toMatch(/^This backup was cut short: it stops after 2 creators, 4 readings and 1 sampled post without its end mark/);
    expect(await checked(asVersion1(cut))).toMatch(/not JSON, or it was cut short/);
  });

  it('an end mark whose counts differ from the records is refused, naming both', async () => {
    const file = await backupText(await filled());
    const lines = file.split('\n');
    // One reading line dropped: the end mark still lists 4.
    const dropped = lines.filter((_, index) => index !== lines.indexOf('"snapshots":[') + 1).join('\n');
    expect(await checked(dropped)).toBe(
      'This backup is incomplete: its end mark lists 2 creators, 4 readings and 1 sampled post, but the file holds 2, 3 and 1. Nothing was restored; your shortlist is unchanged.',
    );
    expect(await checked(file.replace('"end":{"creators":2', '"end":{"creators":-2'))).toMatch(/damaged \(at end\.creators: a value that is too small/);
  });

  it.each([
    ['', /empty/],
    ['{"creators": [', /not JSON/],
    ['[1,2,3]', /not a Creator Lens backup/],
    ['{"format":"something-else","creators":[]}', /not a Creator Lens backup/],
    ['{"format":"something-else",\n"creators":[\n]}\n', /not a Creator Lens backup/],
  ])('a broken or foreign file (%j) gives a clear message', async (text, message) => {
    expect(await checked(text, 3)).toMatch(message);
    expect(await checked(text, 3)).toMatch(/unchanged/);
  });

  it('a damaged backup says where, and restoring nothing changes nothing', async () => {
    const db = await filled();
    const before = await backupText(db);
    const damaged = before.replace('"status":"contacted"', '"status":"famous"');
    expect(damaged).not.toBe(before);
    expect(await checked(damaged)).toBe('This backup is damaged (at creators.1.status: a value that is not allowed). Nothing was restored; your shortlist is unchanged.');
    // The same record on a single line, read whole, is named the same way.
    expect(await checked(JSON.stringify(JSON.parse(damaged)))).toBe('This backup is damaged (at creators.1.status: a value that is not allowed). Nothing was restored; your shortlist is unchanged.');
    expect(await backupText(db)).toBe(before);
  });

  it('keeps the parts of a saved grade, and refuses a part the scoring does not have', async () => {
    const db = freshDb();
    const parts = [{ id: 'reach' as const, points: 86 }, { id: 'engagement' as const, points: null }];
    await saveSnapshot(db, makeSnapshot(), '', NOW, { scoringVersion: '2.0.0', score: 73, grade: 'B', provisional: false, parts });
    const file = await backupText(db);
    const target = freshDb();
    await restoreText(target, file);
    expect((await target.snapshots.toArray())[0]!.assessedWith).toEqual({ scoringVersion: '2.0.0', score: 73, grade: 'B', provisional: false, parts });
    expect(await checked(file.replace('"id":"reach"', '"id":"charm"'))).toContain('at snapshots.0.assessedWith.parts.0.id');
  });

  it('a backup from a newer version is refused', async () => {
    expect(await checked(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 99 }), 3)).toMatch(/newer version/);
    const file = await backupText(await filled());
    expect(await checked(file.replace('"formatVersion":2', '"formatVersion":3'))).toMatch(/newer version/);
  });

  it('a restore whose write fails rolls back: the database is as it was', async () => {
    const db = await filled();
    const before = await backupText(db);
    const lines = before.split('\n');
    // Two snapshots with the same id: the second add fails after everything was cleared.
    const first = lines.indexOf('"snapshots":[') + 1;
    const twice = [...lines.slice(0, first + 1), lines[first]!, ...lines.slice(first + 1)].join('\n').replace('"snapshots":4', '"snapshots":5');
    await expect(restoreText(db, twice)).rejects.toBeInstanceOf(StorageError);
    expect(await backupText(db)).toBe(before);
  });

  it('a restore cancelled mid-way leaves the database as it was', async () => {
    const db = await filled();
    const before = await backupText(db);
    const other = await backupText(await filledWith(['nora', 'max', 'ida']));
    const controller = new AbortController();
    // Cancelled once the creators are written, before the readings.
    const restoring = restoreText(db, other, { signal: controller.signal, onProgress: ({ done }) => done > 0 && controller.abort() });
    await expect(restoring).rejects.toMatchObject({ name: 'AbortError' });
    expect(await backupText(db)).toBe(before);
    expect(await db.summaries.count()).toBe(0);
  });

  it('a file that changed after its check restores nothing', async () => {
    const db = await filled();
    const before = await backupText(db);
    const result = await check(before);
    if (!result.ok) throw new Error('not ok');
    const changed = before.replace('"end":{"creators":2', '"end":{"creators":3');
    await expect(restoreBackup(db, { ...result.backup, kind: 'lines', file: new Blob([changed]) })).rejects.toThrow(/changed after it was checked/);
    expect(await backupText(db)).toBe(before);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 10, 23, 23, 59).getTime())).toBe('creator-lens-backup-2026-11-23.json');
  });
});

async function filledWith(handles: readonly string[]): Promise<CreatorLensDatabase> {
  const db = freshDb();
  for (const handle of handles) await saveSnapshot(db, makeSnapshot({ creator: { handle } }), '', NOW);
  return db;
}

describe('backup messages in Chinese', () => {
  useLocale('zh_CN');

  /** English words (3+ Latin letters) a Chinese reader would find in the text, besides `allowed`. */
  function englishIn(words: string, allowed: readonly string[] = []): string[] {
    const element = document.createElement('p');
    element.textContent = words;
    return englishLeft(element, allowed);
  }

  async function damaged(change: (backup: Record<string, unknown> & { creators: Array<Record<string, unknown>> }) => void): Promise<string> {
    const backup = JSON.parse(await backupText(await filled())) as Record<string, unknown> & { creators: Array<Record<string, unknown>> };
    change(backup);
    return JSON.stringify(backup);
  }

  it('a damaged backup says where and what in Chinese', async () => {
    const result = await check(await damaged((backup) => (backup.creators[1]!.status = 'famous')));
    expect(!result.ok && say(result.error)).toBe('此备份已损坏（位置 creators.1.status：值不在允许范围内）。未恢复任何内容，你的候选名单保持不变。');
  });

  it('a backup cut short says so in Chinese', async () => {
    const file = await backupText(await filled());
    const result = await check(file.slice(0, file.indexOf('"snapshots":[')));
    expect(!result.ok && say(result.error)).toBe('此备份不完整：它在 2 位达人、0 个快照和 0 条抽样作品之后中断，没有结束标记。未恢复任何内容，你的候选名单保持不变。');
  });

  it.each([
    ['', [], '文件是空的'],
    ['{"creators": [', [], '不是 JSON 格式'],
    ['{"format":"something-else"}', ['creator', 'lens', 'backup'], '缺少“creator-lens-backup”标识'],
    [JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 99 }), [], '更新版本'],
  ] as const)('%j is refused in Chinese', async (file, allowed, words) => {
    const result = await check(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(say(result.error)).toContain(words);
    expect(say(result.error)).toMatch(/你的候选名单保持不变。$/);
    expect(englishIn(say(result.error), allowed)).toEqual([]);
  });

  it.each([
    ['a missing field', (backup: { creators: Array<Record<string, unknown>> }) => delete backup.creators[0]!.handle, 'creators.0.handle：缺少必需的值'],
    ['a field of the wrong type', (backup: { creators: Array<Record<string, unknown>> }) => (backup.creators[0]!.tags = 'beauty'), 'creators.0.tags：值的类型不对'],
    ['an empty id', (backup: { creators: Array<Record<string, unknown>> }) => (backup.creators[0]!.id = ''), 'creators.0.id：值过小或过短'],
    ['a negative date', (backup: { creators: Array<Record<string, unknown>> }) => (backup.creators[0]!.createdAt = -1), 'creators.0.createdAt：早于 2005 年或晚于明天的日期'],
  ])('%s is named in Chinese', async (_, change, words) => {
    const result = await check(await damaged(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(say(result.error)).toContain(words);
    expect(englishIn(say(result.error), ['creators', 'handle', 'tags', 'createdAt'])).toEqual([]);
  });

  it('a restore that cannot be written is explained in Chinese', async () => {
    const db = await filled();
    const file = await backupText(db);
    const lines = file.split('\n');
    const first = lines.indexOf('"snapshots":[') + 1;
    const twice = [...lines.slice(0, first + 1), lines[first]!, ...lines.slice(first + 1)].join('\n').replace('"snapshots":4', '"snapshots":5');
    const failure = await restoreText(db, twice).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect(problem(failure)).toMatch(/^未保存：候选名单无法写入（.*）。之前保存的内容没有任何改动。$/s);
  });
});
