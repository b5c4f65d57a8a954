// A JSON backup of the whole database (creators, snapshots, post samples; the list summaries are
// derived from those and left out) and its restore.
// Restore checks the whole file first and then replaces everything in one transaction, so a
// broken or foreign file changes nothing.
import * as z from 'zod/mini';
import { text, type Text } from '../i18n';
import { explainStorageError } from './errors';
import type { CreatorLensDatabase } from './index';
import { CreatorRecordSchema, PostSampleRecordSchema, SnapshotRecordSchema, type CreatorRecord, type PostSampleRecord, type SnapshotRecord } from './records';
import { boundOf, MomentSchema } from '../schema/bounds';

export const BACKUP_FORMAT = 'creator-lens-backup';
/** The version of this file format (not of the database schema). */
export const BACKUP_FORMAT_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The database schema version (Dexie `verno`) the records follow. */
  schemaVersion: number;
  /** Unix ms, and the same moment as ISO 8601 for people reading the file. */
  exportedAt: number;
  exportedAtIso: string;
  creators: CreatorRecord[];
  snapshots: SnapshotRecord[];
  postSamples: PostSampleRecord[];
}

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.int().check(z.minimum(3)),
  exportedAt: MomentSchema,
  exportedAtIso: z.string(),
  creators: z.array(CreatorRecordSchema),
  snapshots: z.array(SnapshotRecordSchema),
  postSamples: z.array(PostSampleRecordSchema),
});

/** Everything in the database, in primary-key order. */
export async function backupDatabase(db: CreatorLensDatabase, now: number): Promise<Backup> {
  return db.transaction('r', db.creators, db.snapshots, db.postSamples, async () => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt: now,
    exportedAtIso: new Date(now).toISOString(),
    creators: await db.creators.toArray(),
    snapshots: await db.snapshots.toArray(),
    postSamples: await db.postSamples.toArray(),
  }));
}

/**
 * The backup as JSON in pieces, one record per line: a database of 100,000 readings is a few
 * hundred megabytes, more than one string may hold, while a Blob takes the pieces as they are.
 */
export function backupToJsonParts(backup: Backup): string[] {
  const { creators, snapshots, postSamples, ...header } = backup;
  const parts = [JSON.stringify(header).slice(0, -1)];
  const lists: Array<[string, readonly unknown[]]> = [
    ['creators', creators],
    ['snapshots', snapshots],
    ['postSamples', postSamples],
  ];
  for (const [name, list] of lists) {
    parts.push(`,\n"${name}":[`);
    list.forEach((record, index) => parts.push(`${index === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`));
    parts.push('\n]');
  }
  parts.push('}\n');
  return parts;
}


export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `creator-lens-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** A failed read says why in a Text (show it with say()); nothing is restored. */
export type BackupReadResult = { ok: true; backup: Backup } | { ok: false; error: Text };

type Issue = z.core.$ZodIssue;

/** The value at an issue's path, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What is wrong, in our words (zod's own messages are English only). */
function describeIssue(issue: Issue | undefined, data: unknown): Text {
  if (!issue) return text('data_backupIssueUnreadable');
  const bound = boundOf(issue);
  if (bound) return text(bound);
  if (issue.code === 'invalid_type') return text(valueAt(data, issue.path) === undefined ? 'data_backupIssueMissing' : 'data_backupIssueType');
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return text('data_backupIssueValue');
  if (issue.code === 'too_small') return text('data_backupIssueSmall');
  if (issue.code === 'too_big') return text('data_backupIssueBig');
  return text('data_backupIssueOther');
}

/**
 * Reads a backup file's text. The records are returned exactly as they are in the file (the
 * schema only checks them), so that restoring and backing up again gives the same file.
 */
export function parseBackup(json: string, currentSchemaVersion: number): BackupReadResult {
  const body = json.startsWith('\uFEFF') ? json.slice(1) : json;
  if (body.trim() === '') return { ok: false, error: text('data_backupEmpty') };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: text('data_backupNotJson') };
  }
  const tag = typeof data === 'object' && data !== null && 'format' in data ? data.format : undefined;
  if (tag !== BACKUP_FORMAT) return { ok: false, error: text('data_backupNoTag', { format: BACKUP_FORMAT }) };
  const version = 'schemaVersion' in (data as object) ? (data as { schemaVersion: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > currentSchemaVersion) return { ok: false, error: text('data_backupNewer') };
  const checked = BackupSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    const what = describeIssue(issue, data);
    return { ok: false, error: where ? text('data_backupDamagedAt', { where, issue: what }) : text('data_backupDamaged', { issue: what }) };
  }
  return { ok: true, backup: data as Backup };
}

export interface RestoreResult {
  creators: number;
  snapshots: number;
  postSamples: number;
}

/** Replaces the whole database with the backup, in one transaction: all of it or none. */
export async function restoreBackup(db: CreatorLensDatabase, backup: Backup): Promise<RestoreResult> {
  try {
    await db.transaction('rw', [db.creators, db.snapshots, db.postSamples, db.summaries], async () => {
      // Summaries are derived from the readings: dropped here, computed again for the new ones.
      await db.summaries.clear();
      await db.creators.clear();
      await db.snapshots.clear();
      await db.postSamples.clear();
      await db.creators.bulkAdd(backup.creators);
      await db.snapshots.bulkAdd(backup.snapshots);
      await db.postSamples.bulkAdd(backup.postSamples);
    });
  } catch (error) {
    throw explainStorageError(error);
  }
  return { creators: backup.creators.length, snapshots: backup.snapshots.length, postSamples: backup.postSamples.length };
}
