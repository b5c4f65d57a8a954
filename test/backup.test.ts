import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase, backupFileName, backupToJson, parseBackup, restoreBackup, BACKUP_FORMAT } from '../lib/db/backup';
import { openDatabase, recordPosts, saveSnapshot, StorageError, type CreatorLensDatabase } from '../lib/db';
import { addNote, editCreator } from '../lib/db/creators';
import { listShortlist } from '../lib/db/summaries';
import { makePosts, makeSnapshot } from './helpers/snapshots';

const NOW = new Date(2026, 0, 10, 12, 0, 0, 456).getTime();
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
  return db;
}

describe('JSON backup', () => {
  it('backup, restore into an empty database, backup again: identical JSON', async () => {
    const source = await filled();
    const first = backupToJson(await backupDatabase(source, NOW));
    const parsed = parseBackup(first, source.verno);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 4, exportedAt: NOW });
    expect(parsed.backup.creators).toHaveLength(2);
    expect(parsed.backup.snapshots).toHaveLength(4);
    expect(parsed.backup.postSamples).toHaveLength(1);
    const target = freshDb();
    expect(await restoreBackup(target, parsed.backup)).toEqual({ creators: 2, snapshots: 4, postSamples: 1 });
    const second = backupToJson(await backupDatabase(target, NOW));
    expect(second).toBe(first);
  });

  it('restore replaces everything that was there', async () => {
    const backup = await backupDatabase(await filled(), NOW);
    const target = freshDb();
    await saveSnapshot(target, makeSnapshot({ creator: { handle: 'someone_else' } }), 'x', NOW);
    await listShortlist(target);
    await restoreBackup(target, backup);
    expect((await target.creators.toArray()).map((creator) => creator.id).sort()).toEqual(['tiktok:bo', 'tiktok:lena']);
    // The scores listed are those of the restored readings, none left from before.
    expect(await target.summaries.get('tiktok:someone_else')).toBeUndefined();
    const rows = await listShortlist(target);
    expect(rows.find((row) => row.creator.id === 'tiktok:lena')?.summary).toMatchObject({ snapshotCount: 2, followers: null });
  });

  it.each([
    ['', /empty/],
    ['{"creators": [', /not JSON/],
    ['[1,2,3]', /not a Creator Lens backup/],
    ['{"format":"something-else","creators":[]}', /not a Creator Lens backup/],
  ])('a broken or foreign file (%j) gives a clear message', (text, message) => {
    const result = parseBackup(text, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/unchanged/);
    }
  });

  it('a damaged backup says where, and restoring nothing changes nothing', async () => {
    const db = await filled();
    const before = backupToJson(await backupDatabase(db, NOW));
    const damaged = JSON.parse(before) as { creators: Array<Record<string, unknown>> };
    damaged.creators[1]!.status = 'famous';
    const result = parseBackup(JSON.stringify(damaged), db.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/damaged \(at creators\.1\.status/);
    expect(backupToJson(await backupDatabase(db, NOW))).toBe(before);
  });

  it('a backup from a newer version is refused', () => {
    const result = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 99 }), 3);
    expect(!result.ok && result.error).toMatch(/newer version/);
  });

  it('a restore whose write fails rolls back: the database is as it was', async () => {
    const db = await filled();
    const before = backupToJson(await backupDatabase(db, NOW));
    const backup = await backupDatabase(await filled(), NOW);
    // Two snapshots with the same id: the second add fails after everything was cleared.
    const broken = { ...backup, snapshots: [...backup.snapshots, backup.snapshots[0]!] };
    await expect(restoreBackup(db, broken)).rejects.toBeInstanceOf(StorageError);
    expect(backupToJson(await backupDatabase(db, NOW))).toBe(before);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 10, 23, 23, 59).getTime())).toBe('creator-lens-backup-2026-11-23.json');
  });
});
