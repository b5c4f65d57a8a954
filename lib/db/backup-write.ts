// Writes a backup in pieces: the records are read page by page in primary-key order and handed to
// the file a few megabytes at a time, so no string or Blob ever holds the whole database.
//
// Consistency: everything is read in ONE read transaction, kept alive across the file writes with
// Dexie.waitFor. IndexedDB gives that transaction one state of the database from start to end, so
// the file can never mix records from before and after an edit; a save made meanwhile (in the
// popup, another tab) waits until the backup is done and is then stored, and is simply not in this
// file. Pages read in separate transactions would need to find out about such edits afterwards.
import Dexie from 'dexie';
import type { CreatorLensDatabase } from './index';
import { BACKUP_SECTIONS, backupEndLines, backupHeaderLine, noRecords, type BackupCounts, type BackupSection } from './backup';

/** Where the backup goes: a file being written, or parts kept for a download. */
export interface BackupSink {
  write(chunk: Uint8Array<ArrayBuffer>): Promise<void>;
}

export interface BackupProgress {
  /** Records written so far, of `total`. */
  done: number;
  total: number;
}

export interface WriteOptions {
  now: number;
  signal?: AbortSignal;
  onProgress?(progress: BackupProgress): void;
  /** Records read from the database at a time. */
  pageSize?: number;
  /** Characters gathered before they are handed to the file. */
  chunkChars?: number;
}

export interface WrittenBackup {
  counts: BackupCounts;
  /** The bytes handed to the sink, the end mark included. */
  bytes: number;
}

/** The error a cancelled backup or restore ends with. */
export function cancelled(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('Cancelled', 'AbortError');
}

export function isCancel(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Dexie.DexieError && error.inner instanceof Error ? error.inner.name : '';
  return name === 'AbortError' || inner === 'AbortError';
}

/** The table each list of a backup is read from and restored into. */
export function sectionTables(db: CreatorLensDatabase): Record<BackupSection, Dexie.Table<object, string | number>> {
  const { creators, snapshots, postSamples, campaigns, deals, outreach, deliverables, deliverablePoints, results } = db;
  return { creators, snapshots, postSamples, campaigns, deals, outreach, deliverables, deliverablePoints, results } as unknown as Record<BackupSection, Dexie.Table<object, string | number>>;
}

/** Writes the whole database to `sink` as a backup file. Throws an AbortError when `signal` aborts. */
export async function writeBackup(db: CreatorLensDatabase, sink: BackupSink, options: WriteOptions): Promise<WrittenBackup> {
  const { now, signal, onProgress, pageSize = 250, chunkChars = 4_000_000 } = options;
  const encoder = new TextEncoder();
  let bytes = 0;
  let pending: string[] = [];
  let pendingChars = 0;
  // One write in flight while the next pages are read: the file and the database work side by side.
  let writing: Promise<void> = Promise.resolve();
  // The file write is no IndexedDB request: waitFor keeps the read transaction alive meanwhile.
  const written = () => Dexie.waitFor(writing, 600_000);
  const flush = async (): Promise<void> => {
    if (pendingChars === 0) return;
    const chunk = encoder.encode(pending.join(''));
    pending = [];
    pendingChars = 0;
    bytes += chunk.byteLength;
    await written();
    writing = sink.write(chunk);
    // A failed write is met at the next wait; this keeps it from being reported unhandled meanwhile.
    writing.catch(() => undefined);
  };
  const add = async (piece: string): Promise<void> => {
    pending.push(piece);
    pendingChars += piece.length;
    if (pendingChars >= chunkChars) await flush();
  };

  const tables = sectionTables(db);
  const counts = await db.transaction('r', Object.values(tables), async () => {
    let total = 0;
    for (const section of BACKUP_SECTIONS) total += await tables[section].count();
    const counted: BackupCounts = noRecords();
    let done = 0;
    onProgress?.({ done, total });
    await add(backupHeaderLine(db.verno, now));
    for (const section of BACKUP_SECTIONS) {
      await add(`,\n"${section}":[`);
      await writeSection(section);
      await add('\n]');
    }
    await add(backupEndLines(counted));
    await flush();
    await written();
    return counted;

    async function writeSection(section: BackupSection): Promise<void> {
      const table = tables[section];
      const after = (last: string | number | undefined) =>
        last === undefined ? table.orderBy(':id').limit(pageSize).toArray() : table.where(':id').above(last).limit(pageSize).toArray();
      let reading = after(undefined);
      for (;;) {
        if (signal?.aborted) throw cancelled(signal);
        const page = await reading;
        if (page.length === 0) return;
        // The next page is asked for before this one is turned into text: the database reads it meanwhile.
        if (page.length === pageSize) {
          reading = after((page[page.length - 1] as { id: string | number }).id);
          // A cancel or failure before it is awaited must not report it as unhandled.
          reading.catch(() => undefined);
        }
        let text = '';
        for (const record of page) {
          text += `${counted[section] === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
          counted[section] += 1;
        }
        await add(text);
        done += page.length;
        onProgress?.({ done, total });
        if (page.length < pageSize) return;
      }
    }
  });
  return { counts, bytes };
}
