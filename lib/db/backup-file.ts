// Saves a backup to a file. Where the browser has the File System Access API (Chromium), the user
// chooses the file and it is written a few megabytes at a time; success is reported only once the
// file is closed and checked (its size is the bytes written, its end mark lists the records
// written). Elsewhere (Firefox) the pieces become one Blob of part-Blobs, downloaded by the
// browser: the page cannot know when that download ends, so it says the browser is saving it.
import { text, type Text } from '../i18n';
import type { CreatorLensDatabase } from './index';
import { BACKUP_SECTIONS, endMarkIn, type BackupCounts } from './backup';
import { isCancel, writeBackup, type BackupProgress, type BackupSink } from './backup-write';

/** The parts of the File System Access API used here (not in TypeScript's DOM types yet). */
interface SaveFilePickerOptions {
  suggestedName: string;
  types: Array<{ description: string; accept: Record<string, string[]> }>;
}
type ShowSaveFilePicker = (options: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;

export type SaveOutcome =
  /** Written, closed and checked. */
  | { outcome: 'saved'; file: string; counts: BackupCounts; bytes: number }
  /** Handed to the browser's download (no File System Access API). */
  | { outcome: 'downloading'; file: string; counts: BackupCounts; bytes: number }
  /** The user closed the file picker, or cancelled before any file was chosen. */
  | { outcome: 'no-file' }
  /** Cancelled while writing: the unfinished file was discarded. */
  | { outcome: 'cancelled'; file: string }
  | { outcome: 'write-failed'; file: string; reason: string }
  /** Written, but the file read back is not the backup written. */
  | { outcome: 'not-complete'; file: string; problem: Text };

export interface SaveOptions {
  now: number;
  fileName: string;
  /** The file type's name in the picker, in the UI language. */
  fileType: string;
  signal?: AbortSignal;
  onProgress?(progress: BackupProgress): void;
  /** Called when everything is written and the file is being checked. */
  onChecking?(): void;
}

/** Bytes at the end of a file read back to find its end mark (the mark itself is under 100). */
const TAIL_BYTES = 4096;

/**
 * Saves the whole database as a backup file. Call it straight from the click: the file picker
 * needs the click's user activation. Database failures are thrown (as Dexie errors).
 */
export async function saveBackup(db: CreatorLensDatabase, options: SaveOptions): Promise<SaveOutcome> {
  const picker = (globalThis as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return download(db, options);
  let handle: FileSystemFileHandle;
  try {
    handle = await picker({ suggestedName: options.fileName, types: [{ description: options.fileType, accept: { 'application/json': ['.json'] } }] });
  } catch (error) {
    if (isCancel(error)) return { outcome: 'no-file' };
    throw error;
  }
  const file = handle.name;
  let writable: FileSystemWritableFileStream;
  try {
    writable = await handle.createWritable();
  } catch (error) {
    return { outcome: 'write-failed', file, reason: reason(error) };
  }
  let writeError: unknown = null;
  const sink: BackupSink = {
    async write(chunk) {
      try {
        await writable.write(chunk);
      } catch (error) {
        writeError = error ?? new Error('write failed');
        throw error;
      }
    },
  };
  let written: { counts: BackupCounts; bytes: number };
  try {
    written = await writeBackup(db, sink, options);
    await writable.close();
  } catch (error) {
    // abort() drops what was written: the chosen file keeps its earlier content (empty when new).
    await writable.abort().catch(() => undefined);
    if (writeError !== null) return { outcome: 'write-failed', file, reason: reason(writeError) };
    if (isCancel(error)) return { outcome: 'cancelled', file };
    throw error;
  }
  options.onChecking?.();
  const problem = await checkWritten(await handle.getFile(), written);
  return problem ? { outcome: 'not-complete', file, problem } : { outcome: 'saved', file, ...written };
}

/** What is wrong with the file read back, or null when it is the backup written. */
async function checkWritten(file: File, written: { counts: BackupCounts; bytes: number }): Promise<Text | null> {
  if (file.size !== written.bytes) return text('backup_wrongSize', { actual: file.size, expected: written.bytes });
  const end = endMarkIn(await file.slice(Math.max(0, file.size - TAIL_BYTES)).text());
  const { counts } = written;
  if (!end || BACKUP_SECTIONS.some((section) => end[section] !== counts[section])) return text('backup_wrongEnd');
  return null;
}

function reason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Without a file picker: one Blob made of the written parts, handed to the browser's download. */
async function download(db: CreatorLensDatabase, options: SaveOptions): Promise<SaveOutcome> {
  const parts: Blob[] = [];
  let written: { counts: BackupCounts; bytes: number };
  try {
    written = await writeBackup(db, { write: async (chunk) => void parts.push(new Blob([chunk])) }, options);
  } catch (error) {
    if (isCancel(error)) return { outcome: 'no-file' };
    throw error;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = options.fileName;
  link.click();
  // The page cannot tell when the browser has read the whole Blob: the URL lives as long as the page.
  addEventListener('pagehide', () => URL.revokeObjectURL(url), { once: true });
  return { outcome: 'downloading', file: options.fileName, ...written };
}
