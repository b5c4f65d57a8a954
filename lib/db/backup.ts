// The backup file: what it holds and how each part is checked. A backup is the whole database
// (creators, snapshots, post samples, campaigns and the work in them: deals, contact attempts,
// deliverables and their dated figures, results; the list summaries are derived and left out) as
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
//   "deals":[ … ], "outreach":[ … ], "deliverables":[ … ], "deliverablePoints":[ … ], "results":[ … ],
//   "end":{"creators":N,"snapshots":M,"postSamples":K,"campaigns":C,"deals":D,…}
//   }
//
// The end mark (since format version 2) holds the record counts, so a file cut short is known.
// Campaigns came with database version 6, the work in them with version 7, results with version 8:
// a file from before has no such list and no count of it, and a restore leaves those tables as they are.
import * as z from 'zod/mini';
import { text, type Text } from '../i18n';
import { CampaignRecordSchema, type CampaignRecord } from './campaign-record';
import { DealRecordSchema, type DealRecord } from './deal-record';
import { DeliverablePointSchema, DeliverableRecordSchema, type DeliverablePoint, type DeliverableRecord } from './deliverable-record';
import { OutreachRecordSchema, type OutreachRecord } from './outreach-record';
import { ResultRecordSchema, type ResultRecord } from './result-record';
import { CreatorRecordSchema, PostSampleRecordSchema, SnapshotRecordSchema, type CreatorRecord, type PostSampleRecord, type SnapshotRecord } from './records';
import { boundOf, MomentSchema } from '../schema/bounds';

export const BACKUP_FORMAT = 'creator-lens-backup';
/** The version of this file format (not of the database schema): 2 added the end mark. */
export const BACKUP_FORMAT_VERSION = 2;

/** The record lists of a backup, in the order the file holds them. */
export const BACKUP_SECTIONS = ['creators', 'snapshots', 'postSamples', 'campaigns', 'deals', 'outreach', 'deliverables', 'deliverablePoints', 'results'] as const;
/** The lists a file from an earlier version goes without: read as empty, their tables left as they are. */
export const LATER_SECTIONS: readonly BackupSection[] = ['campaigns', 'deals', 'outreach', 'deliverables', 'deliverablePoints', 'results'];
export type BackupSection = (typeof BACKUP_SECTIONS)[number];
export type BackupCounts = Record<BackupSection, number>;

/** Every list at zero, to count up from. */
export const noRecords = (): BackupCounts => ({ creators: 0, snapshots: 0, postSamples: 0, campaigns: 0, deals: 0, outreach: 0, deliverables: 0, deliverablePoints: 0, results: 0 });

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
const later = z.optional(count);
const EndMarkSchema = z.object({ creators: count, snapshots: count, postSamples: count, campaigns: later, deals: later, outreach: later, deliverables: later, deliverablePoints: later, results: later });

/** An end mark's counts; one written before a list was backed up counts none of it. */
export function readEndMark(data: unknown): { success: true; data: BackupCounts } | { success: false; error: z.core.$ZodError } {
  const mark = EndMarkSchema.safeParse(data);
  if (!mark.success) return { success: false, error: mark.error };
  const counts = noRecords();
  for (const section of BACKUP_SECTIONS) counts[section] = mark.data[section] ?? 0;
  return { success: true, data: counts };
}

/** Each list's record schema: every record of a file is checked before anything is restored. */
export const RECORD_SCHEMAS = {
  creators: CreatorRecordSchema,
  snapshots: SnapshotRecordSchema,
  postSamples: PostSampleRecordSchema,
  campaigns: CampaignRecordSchema,
  deals: DealRecordSchema,
  outreach: OutreachRecordSchema,
  deliverables: DeliverableRecordSchema,
  deliverablePoints: DeliverablePointSchema,
  results: ResultRecordSchema,
} as const;

/** A whole backup held in memory: only a file that is not laid out one record per line is read so. */
export interface Backup extends BackupHeader {
  creators: CreatorRecord[];
  snapshots: SnapshotRecord[];
  postSamples: PostSampleRecord[];
  campaigns: CampaignRecord[];
  deals: DealRecord[];
  outreach: OutreachRecord[];
  deliverables: DeliverableRecord[];
  deliverablePoints: DeliverablePoint[];
  results: ResultRecord[];
}

const BackupSchema = z.object({
  ...BackupHeaderSchema.shape,
  creators: z.array(CreatorRecordSchema),
  snapshots: z.array(SnapshotRecordSchema),
  postSamples: z.array(PostSampleRecordSchema),
  campaigns: z.optional(z.array(CampaignRecordSchema)),
  deals: z.optional(z.array(DealRecordSchema)),
  outreach: z.optional(z.array(OutreachRecordSchema)),
  deliverables: z.optional(z.array(DeliverableRecordSchema)),
  deliverablePoints: z.optional(z.array(DeliverablePointSchema)),
  results: z.optional(z.array(ResultRecordSchema)),
  end: z.optional(EndMarkSchema),
});

/** The first line of a backup: the header without its closing brace (the lists follow). */
export function backupHeaderLine(schemaVersion: number, now: number): string {
  const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, exportedAt: now, exportedAtIso: new Date(now).toISOString() };
  return JSON.stringify(header).slice(0, -1);
}

/** The end of a backup: the end mark with the counts, and the closing brace. */
export function backupEndLines(counts: BackupCounts): string {
  const mark = Object.fromEntries(BACKUP_SECTIONS.map((section) => [section, counts[section]]));
  return `,\n"end":${JSON.stringify(mark)}\n}\n`;
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
export type BackupReadResult = { ok: true; backup: Backup; held: BackupSection[] } | { ok: false; error: Text };

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

/** How many records of each list a backup held in memory has. */
export function countsOf(backup: Backup): BackupCounts {
  const counts = noRecords();
  for (const section of BACKUP_SECTIONS) counts[section] = backup[section].length;
  return counts;
}

/** The lists a whole file holds: those it lacks were not backed up when it was made. */
function sectionsIn(data: object): BackupSection[] {
  return BACKUP_SECTIONS.filter((section) => section in data);
}

/** Whether the counts of an end mark are those of the records read; the message when not. */
export function endProblem(end: BackupCounts | undefined, read: BackupCounts): Text | null {
  if (!end) return text('backup_noEnd', { creators: read.creators, snapshots: read.snapshots, samples: read.postSamples });
  if (BACKUP_SECTIONS.every((section) => end[section] === read[section])) return null;
  const other = BACKUP_SECTIONS.find((section) => end[section] !== read[section]);
  // The shortlist's own lists are named in words; the campaign lists, when only they differ, by name.
  if (other && LATER_SECTIONS.includes(other) && end.creators === read.creators && end.snapshots === read.snapshots && end.postSamples === read.postSamples) {
    return text('cdata_backupEndMismatch', { section: other, listed: end[other], held: read[other] });
  }
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
  const file = data as Partial<Backup> & BackupHeader & { end?: unknown };
  const backup: Backup = {
    ...file,
    creators: file.creators ?? [],
    snapshots: file.snapshots ?? [],
    postSamples: file.postSamples ?? [],
    campaigns: file.campaigns ?? [],
    deals: file.deals ?? [],
    outreach: file.outreach ?? [],
    deliverables: file.deliverables ?? [],
    deliverablePoints: file.deliverablePoints ?? [],
    results: file.results ?? [],
  };
  if (backup.formatVersion >= 2) {
    const read = countsOf(backup);
    const end = file.end === undefined ? undefined : readEndMark(file.end);
    const problem = endProblem(end?.success ? end.data : undefined, read);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, backup, held: sectionsIn(file) };
}
