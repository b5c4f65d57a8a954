// Reads a backup file in pieces (file.stream() → TextDecoderStream → lines), twice: a first pass
// checks every record and counts them before anything changes; after the user confirms, a second
// pass writes them in ONE read-write transaction, so a cancel or a failure at any point leaves the
// database as it was. The second pass reads and parses a few batches ahead of the writing, outside
// the transaction; when the writing has to wait for the file, Dexie.waitFor keeps it alive.
// A file not laid out one record per line (an early backup on a single line) is read whole when
// it is small enough to be one string.
import Dexie from 'dexie';
import { text, type Text } from '../i18n';
import { explainStorageError, StorageError } from './errors';
import type { CreatorLensDatabase } from './index';
import { cancelled, isCancel, sectionTables } from './backup-write';
import {
  BACKUP_SECTIONS,
  countsOf,
  damaged,
  endProblem,
  headerProblem,
  LATER_SECTIONS,
  noRecords,
  parseBackup,
  readEndMark,
  RECORD_SCHEMAS,
  type Backup,
  type BackupCounts,
  type BackupHeader,
  type BackupSection,
} from './backup';

/** The largest file read as one string when it is not laid out one record per line. */
export const WHOLE_FILE_LIMIT = 100_000_000;
/** A line longer than this is no record of ours: the file is not laid out one record per line. */
const LONGEST_LINE = 16_000_000;
/** Records (or characters of them) written to the database at a time. */
const BATCH_RECORDS = 100;
const BATCH_CHARS = 500_000;
/** The longest the page is kept busy reading lines before it may draw and answer input. */
const SLICE_MS = 40;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CheckProgress {
  /** Bytes of the file read so far, of `size`. */
  bytes: number;
  size: number;
  records: number;
}

export interface RestoreProgress {
  done: number;
  total: number;
}

/**
 * A file that passed the check, ready to restore: where its records come from, how many, and which
 * lists it holds (a file made before a list was backed up leaves that table as it is).
 */
export type CheckedBackup = { header: BackupHeader; counts: BackupCounts; held: readonly BackupSection[] } & ({ kind: 'lines'; file: Blob } | { kind: 'whole'; backup: Backup });
export type CheckResult = { ok: true; backup: CheckedBackup } | { ok: false; error: Text };

class NotLineShaped extends Error {}

/** The lines of a file, read a piece at a time. */
class LineReader {
  private readonly reader: ReadableStreamDefaultReader<string>;
  private rest = '';
  bytes = 0;

  constructor(file: Blob) {
    const counter = new TransformStream<Uint8Array, BufferSource>({
      transform: (chunk, controller) => {
        this.bytes += chunk.byteLength;
        controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
      },
    });
    // fatal: a file that is not UTF-8 is refused rather than read with replacement characters.
    this.reader = file.stream().pipeThrough(counter).pipeThrough(new TextDecoderStream('utf-8', { fatal: true })).getReader();
  }

  /** The next complete lines, or null after the last. */
  async next(): Promise<string[] | null> {
    for (;;) {
      const { done, value } = await this.reader.read();
      if (done) {
        if (this.rest === '') return null;
        const last = this.rest;
        this.rest = '';
        return [last];
      }
      const lines = (this.rest + value).split('\n');
      this.rest = lines.pop() ?? '';
      if (this.rest.length > LONGEST_LINE) throw new NotLineShaped();
      if (lines.length > 0) return lines;
    }
  }

  cancel(): void {
    this.reader.cancel().catch(() => undefined);
  }
}

interface PassOptions {
  currentSchemaVersion: number;
  /** Check each record against its schema (the first pass); the second pass only reads them. */
  checkRecords: boolean;
  signal?: AbortSignal;
  onRecords?(section: BackupSection, records: unknown[]): Promise<unknown>;
  onLines?(reader: LineReader, records: number): void;
}

type PassResult = { ok: true; header: BackupHeader; counts: BackupCounts; held: BackupSection[] } | { ok: false; error: Text };

/** One pass over a file laid out one record per line. Throws NotLineShaped for any other layout. */
async function readLines(file: Blob, options: PassOptions): Promise<PassResult> {
  const { currentSchemaVersion, checkRecords, signal, onRecords, onLines } = options;
  const reader = new LineReader(file);
  const counts: BackupCounts = noRecords();
  const seen = new Set<BackupSection>();
  let header: BackupHeader | null = null;
  let section: BackupSection | null = null;
  let end: BackupCounts | undefined;
  let closed = false;
  let batch: unknown[] = [];
  let batchChars = 0;
  const flush = async (): Promise<void> => {
    if (section && batch.length > 0 && onRecords) await onRecords(section, batch);
    batch = [];
    batchChars = 0;
  };
  // The page gets its turn between slices. A piece of the file read ahead is handed over at once,
  // in the same task, so a slice runs across pieces: it ends by the clock, not with a piece.
  let slice = performance.now();
  try {
    for (;;) {
      if (signal?.aborted) throw cancelled(signal);
      const lines = await reader.next();
      if (lines === null) break;
      for (const line of lines) {
        if (performance.now() - slice > SLICE_MS) {
          await nextTask();
          slice = performance.now();
        }
        const trimmed = line.trim();
        if (trimmed === '') continue;
        if (closed) throw new NotLineShaped();
        const body = trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
        if (header === null) {
          if (!body.startsWith('{') || body === '{') throw new NotLineShaped();
          const data = parseOr(`${body}}`);
          if (data === undefined) throw new NotLineShaped();
          const problem = headerProblem(data, currentSchemaVersion);
          if (problem) return { ok: false, error: problem };
          header = data as BackupHeader;
        } else if (section !== null) {
          if (body.startsWith('{')) {
            const record = parseOr(body);
            const index = counts[section];
            if (record === undefined) {
              if (file.size <= WHOLE_FILE_LIMIT) throw new NotLineShaped();
              return { ok: false, error: damaged(undefined, undefined, [section, index]) };
            }
            if (checkRecords) {
              const checked = RECORD_SCHEMAS[section].safeParse(record);
              if (!checked.success) return { ok: false, error: damaged(checked.error.issues[0], record, [section, index]) };
            }
            counts[section] += 1;
            if (onRecords) {
              batch.push(record);
              batchChars += body.length;
              if (batch.length >= BATCH_RECORDS || batchChars >= BATCH_CHARS) await flush();
            }
          } else if (body === ']' || body === ']}') {
            await flush();
            section = null;
            closed = body === ']}';
          } else {
            throw new NotLineShaped();
          }
        } else {
          const list = /^"(\w+)":\[(\])?$/.exec(body);
          if (list) {
            const name = list[1] as BackupSection;
            if (!BACKUP_SECTIONS.includes(name) || seen.has(name)) throw new NotLineShaped();
            seen.add(name);
            section = list[2] ? null : name;
          } else if (body.startsWith('"end":')) {
            const mark = readEndMark(parseOr(`{${body}}`)?.end);
            if (!mark.success) return { ok: false, error: damaged(mark.error.issues[0], undefined, ['end']) };
            end = mark.data;
          } else if (body === '}') {
            closed = true;
          } else {
            throw new NotLineShaped();
          }
        }
      }
      onLines?.(reader, BACKUP_SECTIONS.reduce((sum, name) => sum + counts[name], 0));
    }
  } finally {
    reader.cancel();
  }
  if (header === null) return { ok: false, error: text('data_backupEmpty') };
  if (header.formatVersion >= 2) {
    const problem = endProblem(closed ? end : undefined, counts);
    if (problem) return { ok: false, error: problem };
  } else if (!closed) {
    // A version 1 file has no end mark: one that stops before its last brace was cut short.
    return { ok: false, error: text('data_backupNotJson') };
  }
  const missing = BACKUP_SECTIONS.find((name) => !seen.has(name) && !LATER_SECTIONS.includes(name));
  if (missing) return { ok: false, error: text('data_backupDamagedAt', { where: missing, issue: text('data_backupIssueMissing') }) };
  return { ok: true, header, counts, held: BACKUP_SECTIONS.filter((name) => seen.has(name)) };
}

function parseOr(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a backup file before anything changes: the header, every record, the counts and (since
 * format version 2) the end mark. Throws an AbortError when `signal` aborts, and the browser's own
 * error when the file cannot be read.
 */
export async function checkBackupFile(file: Blob, currentSchemaVersion: number, options: { signal?: AbortSignal; onProgress?(progress: CheckProgress): void } = {}): Promise<CheckResult> {
  const { signal, onProgress } = options;
  try {
    const result = await readLines(file, {
      currentSchemaVersion,
      checkRecords: true,
      signal,
      onLines: (reader, records) => onProgress?.({ bytes: reader.bytes, size: file.size, records }),
    });
    if (!result.ok) return result;
    return { ok: true, backup: { kind: 'lines', file, header: result.header, counts: result.counts, held: result.held } };
  } catch (error) {
    if (!(error instanceof NotLineShaped)) throw error;
  }
  if (file.size > WHOLE_FILE_LIMIT) return { ok: false, error: text('backup_notLines', { megabytes: Math.round(file.size / 1e6) }) };
  const whole = parseBackup(await file.text(), currentSchemaVersion);
  if (!whole.ok) return whole;
  const { backup, held } = whole;
  return { ok: true, backup: { kind: 'whole', backup, header: backup, counts: countsOf(backup), held } };
}

/**
 * Replaces the whole database with a checked backup, in one transaction: all of it or none. A
 * cancel throws an AbortError and a failure a StorageError; either way nothing changed.
 */
export async function restoreBackup(
  db: CreatorLensDatabase,
  source: CheckedBackup,
  options: { signal?: AbortSignal; onProgress?(progress: RestoreProgress): void } = {},
): Promise<BackupCounts> {
  const { signal, onProgress } = options;
  const total = BACKUP_SECTIONS.reduce((sum, section) => sum + source.counts[section], 0);
  const tables = sectionTables(db);
  let done = 0;
  const add = async (section: BackupSection, records: unknown[]): Promise<void> => {
    if (signal?.aborted) throw cancelled(signal);
    await tables[section].bulkAdd(records as object[]);
    done += records.length;
    onProgress?.({ done, total });
  };
  // The file is read and parsed ahead, outside the transaction, while the database writes.
  let ahead: ReadAhead | null = null;
  let reading: Promise<void> | null = null;
  if (source.kind === 'lines') {
    const queue = (ahead = new ReadAhead());
    reading = readLines(source.file, { currentSchemaVersion: db.verno, checkRecords: false, signal, onRecords: (section, records) => queue.put({ section, records }) }).then(
      (result) => queue.finish(result),
      (error: unknown) => queue.fail(error),
    );
  }
  try {
    // Every list the file holds replaces its table. A file from before campaigns (database version 6)
    // or the work in them (version 7) were backed up never held those: the ones here stay as they are.
    await db.transaction('rw', [...Object.values(tables), db.summaries], async () => {
      // Summaries are derived from the readings: dropped here, computed again for the new ones.
      await db.summaries.clear();
      for (const section of BACKUP_SECTIONS) if (source.held.includes(section) || !LATER_SECTIONS.includes(section)) await tables[section].clear();
      onProgress?.({ done, total });
      if (source.kind === 'whole') {
        for (const section of BACKUP_SECTIONS) {
          const records = source.backup[section];
          for (let start = 0; start < records.length; start += BATCH_RECORDS) await add(section, records.slice(start, start + BATCH_RECORDS));
        }
        return;
      }
      for (;;) {
        let next = ahead!.take();
        if (next === undefined) {
          // Dexie.waitFor keeps the transaction alive while the file is read, with requests of its
          // own; taken only when nothing was read ahead, as those requests queue behind the writes.
          await Dexie.waitFor(ahead!.arrival(), 600_000);
          next = ahead!.take();
        }
        if (next === undefined) throw new Error('read ahead: no batch after its arrival');
        if ('result' in next) {
          const again = next.result;
          // The file changed on disk since it was checked: nothing of it is kept.
          if (!again.ok || BACKUP_SECTIONS.some((section) => again.counts[section] !== source.counts[section])) throw new StorageError(text('backup_changedSinceCheck'));
          return;
        }
        await add(next.section, next.records);
      }
    });
  } catch (error) {
    if (signal?.aborted && isCancel(error)) throw cancelled(signal);
    if (error instanceof NotLineShaped) throw new StorageError(text('backup_changedSinceCheck'));
    throw explainStorageError(error);
  } finally {
    ahead?.stop();
    await reading;
  }
  return source.counts;
}

/** Records of one list, read from the file and waiting to be written. */
interface Batch {
  section: BackupSection;
  records: unknown[];
}

/** The batches read ahead of the writing are at most this many (each BATCH_RECORDS or BATCH_CHARS at most). */
const BATCHES_AHEAD = 3;

class ReadingStopped extends Error {}

/**
 * Batches handed from the file's reader to the writer: the reader waits while BATCHES_AHEAD are
 * waiting, the writer takes them without waiting when one is there, and then the pass's result.
 */
class ReadAhead {
  private readonly batches: Batch[] = [];
  private end: { result: PassResult } | { error: unknown } | null = null;
  private stopped = false;
  private roomMade: (() => void) | null = null;
  private arrived: (() => void) | null = null;

  /** Hands over a batch; resolves once there is room for another. Throws once the writer stopped. */
  async put(batch: Batch): Promise<void> {
    if (this.stopped) throw new ReadingStopped();
    this.batches.push(batch);
    this.arrived?.();
    while (this.batches.length >= BATCHES_AHEAD && !this.stopped) await new Promise<void>((resolve) => (this.roomMade = resolve));
    if (this.stopped) throw new ReadingStopped();
  }

  finish(result: PassResult): void {
    this.end = { result };
    this.arrived?.();
  }

  fail(error: unknown): void {
    this.end = { error };
    this.arrived?.();
  }

  /** The next batch, else the pass's result once every batch was taken, else undefined (not read yet). */
  take(): Batch | { result: PassResult } | undefined {
    const batch = this.batches.shift();
    if (batch) {
      this.roomMade?.();
      return batch;
    }
    if (this.end && 'error' in this.end) throw this.end.error;
    return this.end ?? undefined;
  }

  /** Resolves when take() has something to give. */
  arrival(): Promise<void> {
    if (this.batches.length > 0 || this.end) return Promise.resolve();
    return new Promise((resolve) => (this.arrived = resolve));
  }

  /** The writer is done (or failed): the reader stops at its next batch. */
  stop(): void {
    this.stopped = true;
    this.roomMade?.();
  }
}
