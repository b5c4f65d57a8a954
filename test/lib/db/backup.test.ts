import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase, backupFileName, backupToJsonParts, parseBackup, restoreBackup, BACKUP_FORMAT, type Backup } from '../../../lib/db/backup';

/** The backup file's text, as the dashboard writes it in pieces. */
const backupToJson = (backup: Backup): string => backupToJsonParts(backup).join('');
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { StorageError } from '../../../lib/db/errors';
import { addNote, editCreator } from '../../../lib/db/creators';
import { english, problem, say } from '../../../lib/i18n';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { makePosts, makeSnapshot } from '../../helpers/snapshots';
import { listShortlist } from '../../helpers/shortlist';

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
    expect(parsed.backup).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 5, exportedAt: NOW });
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
      expect(english(result.error)).toMatch(message);
      expect(english(result.error)).toMatch(/unchanged/);
    }
  });

  it('a damaged backup says where, and restoring nothing changes nothing', async () => {
    const db = await filled();
    const before = backupToJson(await backupDatabase(db, NOW));
    const damaged = JSON.parse(before) as { creators: Array<Record<string, unknown>> };
    damaged.creators[1]!.status = 'famous';
    const result = parseBackup(JSON.stringify(damaged), db.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toBe('This backup is damaged (at creators.1.status: a value that is not allowed). Nothing was restored; your shortlist is unchanged.');
    expect(backupToJson(await backupDatabase(db, NOW))).toBe(before);
  });

  it('keeps the parts of a saved grade, and refuses a part the scoring does not have', async () => {
    const db = freshDb();
    const parts = [{ id: 'reach' as const, points: 86 }, { id: 'engagement' as const, points: null }];
    await saveSnapshot(db, makeSnapshot(), '', NOW, { scoringVersion: '2.0.0', score: 73, grade: 'B', provisional: false, parts });
    const json = backupToJson(await backupDatabase(db, NOW));
    const parsed = parseBackup(json, db.verno);
    expect(parsed.ok && parsed.backup.snapshots[0]!.assessedWith).toEqual({ scoringVersion: '2.0.0', score: 73, grade: 'B', provisional: false, parts });
    const damaged = JSON.parse(json) as { snapshots: Array<{ assessedWith: { parts: Array<{ id: string }> } }> };
    damaged.snapshots[0]!.assessedWith.parts[0]!.id = 'charm';
    const refused = parseBackup(JSON.stringify(damaged), db.verno);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(english(refused.error)).toContain('at snapshots.0.assessedWith.parts.0.id');
  });

  it('a backup from a newer version is refused', () => {
    const result = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 99 }), 3);
    expect(!result.ok && english(result.error)).toMatch(/newer version/);
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

describe('backup messages in Chinese', () => {
  useLocale('zh_CN');

  /** English words (3+ Latin letters) a Chinese reader would find in the text, besides `allowed`. */
  function englishIn(words: string, allowed: readonly string[] = []): string[] {
    const element = document.createElement('p');
    element.textContent = words;
    return englishLeft(element, allowed);
  }

  async function damaged(change: (backup: Record<string, unknown> & { creators: Array<Record<string, unknown>> }) => void): Promise<string> {
    const backup = JSON.parse(backupToJson(await backupDatabase(await filled(), NOW))) as Record<string, unknown> & { creators: Array<Record<string, unknown>> };
    change(backup);
    return JSON.stringify(backup);
  }

  it('a damaged backup says where and what in Chinese', async () => {
    const result = parseBackup(await damaged((backup) => (backup.creators[1]!.status = 'famous')), 5);
    expect(!result.ok && say(result.error)).toBe('此备份已损坏（位置 creators.1.status：值不在允许范围内）。未恢复任何内容，你的候选名单保持不变。');
  });

  it.each([
    ['', [], '文件是空的'],
    ['{"creators": [', [], '不是 JSON 格式'],
    ['{"format":"something-else"}', ['creator', 'lens', 'backup'], '缺少“creator-lens-backup”标识'],
    [JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 99 }), [], '更新版本'],
  ] as const)('%j is refused in Chinese', (file, allowed, words) => {
    const result = parseBackup(file, 5);
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
    const result = parseBackup(await damaged(change), 5);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(say(result.error)).toContain(words);
    expect(englishIn(say(result.error), ['creators', 'handle', 'tags', 'createdAt'])).toEqual([]);
  });

  it('a restore that cannot be written is explained in Chinese', async () => {
    const db = await filled();
    const backup = await backupDatabase(db, NOW);
    const failure = await restoreBackup(db, { ...backup, snapshots: [...backup.snapshots, backup.snapshots[0]!] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect(problem(failure)).toMatch(/^未保存：候选名单无法写入（.*）。之前保存的内容没有任何改动。$/s);
  });
});
