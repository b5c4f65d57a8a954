// The backup file: what it holds and how each part is checked. A backup is the whole database
// (creators, snapshots, post samples, campaigns; the list summaries are derived from those and left out) as
// JSON laid out one record per line, so that it can be written and read in pieces at any size
// (./backup-write, ./backup-read). The whole file is also one JSON document.
//
//   {"format":"creator-lens-backup","formatVersion":2,"schemaVersion":4,"exportedAt":…,"exportedAtIso":"…",
//   "creators":[
//   {…one creator…},
//   …
//   ],
//   "snapshots":[ … ],
//   "postSamples":[ … ],
//   "campaigns":[ … ],
//   "end":{"creators":N,"snapshots":M,"postSamples":K,"campaigns":C}
//   }
//
// The end mark (since format version 2) holds the record counts, so a file cut short is known.
// Campaigns came with database version 6: a file from before has no campaigns list and no count of them.
import * as z from 'zod/mini';
import { text, type Text } from '../i18n';
import { CampaignRecordSchema, type CampaignRecord } from './campaign-record';
import { CreatorRecordSchema, PostSampleRecordSchema, SnapshotRecordSchema, type CreatorRecord, type PostSampleRecord, type SnapshotRecord } from './records';
import { boundOf, MomentSchema } from '../schema/bounds';

export const BACKUP_FORMAT = 'creator-lens-backup';
/** The version of this file format (not of the database schema): 2 added the end mark. */
export const BACKUP_FORMAT_VERSION = 2;

/** The record lists of a backup, in the order the file holds them. */
export const BACKUP_SECTIONS = ['creators', 'snapshots', 'postSamples', 'campaigns'] as const;
/** The lists a file from an earlier version goes without: read as empty. */
export const LATER_SECTIONS: readonly BackupSection[] = ['campaigns'];
export type BackupSection = (typeof BACKUP_SECTIONS)[number];
export type BackupCounts = Record<BackupSection, number>;

const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(BACKUP_FORMAT_VERSION)]),
  /** The database schema version (Dexie `verno`) the records follow. */
  schemaVersion: z.int().check(z.minimum(3)),
  /** Unix ms, and the same moment as ISO 8601 for people reading the file. */
  exportedAt: MomentSchema,
  exportedAtIso: z.string(),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

const count = z.int().check(z.minimum(0));
const EndMarkSchema = z.object({ creators: count, snapshots: count, postSamples: count, campaigns: z.optional(count) });

/** An end mark's counts; one written before campaigns were backed up counts none. */
export function readEndMark(data: unknown): { success: true; data: BackupCounts } | { success: false; error: z.core.$ZodError } {
  const mark = EndMarkSchema.safeParse(data);
  return mark.success ? { success: true, data: { ...mark.data, campaigns: mark.data.campaigns ?? 0 } } : { success: false, error: mark.error };
}

/** Each list's record schema: every record of a file is checked before anything is restored. */
export const RECORD_SCHEMAS = { creators: CreatorRecordSchema, snapshots: SnapshotRecordSchema, postSamples: PostSampleRecordSchema, campaigns: CampaignRecordSchema } as const;

/** A whole backup held in memory: only a file that is not laid out one record per line is read so. */
export interface Backup extends BackupHeader {
  creators: CreatorRecord[];
  snapshots: SnapshotRecord[];
  postSamples: PostSampleRecord[];
  campaigns: CampaignRecord[];
}

const BackupSchema = z.object({
  ...BackupHeaderSchema.shape,
  creators: z.array(CreatorRecordSchema),
  snapshots: z.array(SnapshotRecordSchema),
  postSamples: z.array(PostSampleRecordSchema),
  campaigns: z.optional(z.array(CampaignRecordSchema)),
  end: z.optional(EndMarkSchema),
});

/** The first line of a backup: the header without its closing brace (the lists follow). */
export function backupHeaderLine(schemaVersion: number, now: number): string {
  const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, exportedAt: now, exportedAtIso: new Date(now).toISOString() };
  return JSON.stringify(header).slice(0, -1);
}

/** The end of a backup: the end mark with the counts, and the closing brace. */
export function backupEndLines(counts: BackupCounts): string {
  return `,\n"end":${JSON.stringify({ creators: counts.creators, snapshots: counts.snapshots, postSamples: counts.postSamples, campaigns: counts.campaigns })}\n}\n`;
}

/** The counts of the end mark at the end of `tail` (the file's last bytes), or null without one. */
export function endMarkIn(tail: string): BackupCounts | null {
  const found = /,\n"end":(\{[^{}]*\})\n\}\n$/.exec(tail);
  if (!found) return null;
  try {
    const end = readEndMark(JSON.parse(found[1]!));
    return end.success ? end.data : null;
  } catch {
    return null;
  }
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

/** The message for a value that fails its schema, naming where (`creators.1.status`) under `prefix`. */
export function damaged(issue: Issue | undefined, data: unknown, prefix: readonly PropertyKey[] = []): Text {
  const path = [...prefix, ...(issue?.path ?? [])];
  const where = path.map(String).join('.');
  const what = describeIssue(issue, data);
  return where ? text('data_backupDamagedAt', { where, issue: what }) : text('data_backupDamaged', { issue: what });
}

/** Why a header cannot be restored here, or null when it can. */
export function headerProblem(data: unknown, currentSchemaVersion: number): Text | null {
  const tag = typeof data === 'object' && data !== null && 'format' in data ? data.format : undefined;
  if (tag !== BACKUP_FORMAT) return text('data_backupNoTag', { format: BACKUP_FORMAT });
  const { schemaVersion, formatVersion } = data as { schemaVersion?: unknown; formatVersion?: unknown };
  if (typeof schemaVersion === 'number' && schemaVersion > currentSchemaVersion) return text('data_backupNewer');
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) return text('data_backupNewer');
  const checked = BackupHeaderSchema.safeParse(data);
  return checked.success ? null : damaged(checked.error.issues[0], data);
}

/** Whether the counts of an end mark are those of the records read; the message when not. */
export function endProblem(end: BackupCounts | undefined, read: BackupCounts): Text | null {
  if (!end) return text('backup_noEnd', { creators: read.creators, snapshots: read.snapshots, samples: read.postSamples });
  if (BACKUP_SECTIONS.every((section) => end[section] === read[section])) return null;
  return text('backup_endMismatch', {
    endCreators: end.creators,
    endSnapshots: end.snapshots,
    endSamples: end.postSamples,
    creators: read.creators,
    snapshots: read.snapshots,
    samples: read.postSamples,
  });
}

/**
 * Reads a whole backup file's text (a file not laid out one record per line, such as an early
 * backup on a single line). The records are returned exactly as they are in the file (the schema
 * only checks them), so that restoring and backing up again gives the same records.
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
  const header = headerProblem(data, currentSchemaVersion);
  if (header) return { ok: false, error: header };
  const checked = BackupSchema.safeParse(data);
  if (!checked.success) return { ok: false, error: damaged(checked.error.issues[0], data) };
  const file = data as Omit<Backup, 'campaigns'> & { campaigns?: CampaignRecord[]; end?: unknown };
  const backup: Backup = { ...file, campaigns: file.campaigns ?? [] };
  if (backup.formatVersion >= 2) {
    const read = { creators: backup.creators.length, snapshots: backup.snapshots.length, postSamples: backup.postSamples.length, campaigns: backup.campaigns.length };
    const end = file.end === undefined ? undefined : readEndMark(file.end);
    const problem = endProblem(end?.success ? end.data : undefined, read);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, backup };
}
