// A storage failure put in words a user can act on; nothing saved before is touched.
import Dexie from 'dexie';
import { text, TextError, type Text } from '../i18n';
import type { CreatorLensDatabase } from './index';

/**
 * A storage failure put in words a user can act on; nothing saved before is touched. Show it with
 * problem(error) (lib/i18n); `message` is the English words, for logs. A plain string is shown as is.
 */
export class StorageError extends TextError {
  constructor(message: Text | string, options?: { cause?: unknown }) {
    super(typeof message === 'string' ? text('data_plainMessage', { message }) : message);
    this.name = 'StorageError';
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

export function explainStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Dexie.DexieError && error.inner instanceof Error ? error.inner.name : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError(text('data_storageQuota'), { cause: error });
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'VersionError' || name === 'BlockedError') {
    return new StorageError(text('data_storageBusy'), { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(text('data_storageFailed', { detail }), { cause: error });
}

/** The part of navigator.storage the checks read: passed in, so tests give their own. */
export type StorageEstimator = Pick<StorageManager, 'estimate'>;

const MB = 1024 * 1024;

/**
 * Free space under which a failed write is put down to a full disk. Measured in Chromium with
 * unlimitedStorage, where the quota is the usage plus the disk's free space: a full disk reads as
 * quota − usage = 0-12 KB, and the write fails as an aborted transaction or a closed database
 * rather than as a QuotaExceededError.
 */
const NEARLY_FULL_BYTES = 4 * MB;

/**
 * Room a large write (an import, a restore) leaves free, and what it takes on disk per byte of its
 * records as JSON. Chromium does not stop an unlimitedStorage extension short of a full disk, and
 * on a full disk its database cannot even be opened until space is freed (measured on a 64 MB
 * tmpfs: 300 creators took 0.5 MB of IndexedDB for 0.16 MB of JSON; a 6 MB import with 3 MB free
 * filled the disk to 0 and closed the database).
 */
const KEEP_FREE_BYTES = 16 * MB;
const DISK_BYTES_PER_JSON_BYTE = 3;

async function freeBytes(storage: StorageEstimator | undefined): Promise<number | null> {
  try {
    const estimate = await storage?.estimate();
    return estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
  } catch {
    return null;
  }
}

const defaultStorage = (): StorageEstimator | undefined => globalThis.navigator?.storage;

/**
 * Refuses, before anything is written, a write of `jsonBytes` (its records as JSON) that would
 * leave the disk nearly full, so the shortlist's own writes never fill it. Unknown room: allowed.
 */
export async function checkRoomFor(jsonBytes: number, storage: StorageEstimator | undefined = defaultStorage()): Promise<void> {
  const free = await freeBytes(storage);
  if (free !== null && jsonBytes * DISK_BYTES_PER_JSON_BYTE + KEEP_FREE_BYTES > free) throw new StorageError(text('data_storageQuota'));
}

/** The creators stored now; a connection the failure closed (the browser closes one on a full disk) is opened again. */
async function countCreators(db: CreatorLensDatabase): Promise<number> {
  try {
    return await db.creators.count();
  } catch (error) {
    if (db.isOpen()) throw error;
    await db.open();
    return db.creators.count();
  }
}

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A failed write in words, with the shortlist counted again just after it, so the message says
 * what is there rather than what should be: "Not saved: no storage space left … Your shortlist
 * still holds 1,234 creators (checked just now)." Every page that shows a failed write (import,
 * restore, an edit, a bulk change) shows this.
 */
export async function recountAfterFailure(db: CreatorLensDatabase, failure: unknown, storage: StorageEstimator | undefined = defaultStorage()): Promise<Text> {
  const explained = explainStorageError(failure);
  const free = await freeBytes(storage);
  const noSpace = explained.text.key === 'data_storageQuota' || (free !== null && free < NEARLY_FULL_BYTES);
  try {
    const count = await countCreators(db);
    return noSpace ? text('storage_noSpaceCounted', { count }) : text('storage_failedCounted', { problem: explained.text, count });
  } catch (error) {
    const reason = detailOf(error);
    return noSpace ? text('storage_noSpaceUncounted', { reason }) : text('storage_failedUncounted', { problem: explained.text, reason });
  }
}

/**
 * Why the shortlist could not be read. On a full disk Chromium cannot open the database at all
 * (its data stays on disk and comes back once space is freed, measured): said so, so that an
 * unreadable shortlist is never taken for an empty one.
 */
export async function explainUnreadable(failure: unknown, storage: StorageEstimator | undefined = defaultStorage()): Promise<Text> {
  const reason = detailOf(failure);
  const free = await freeBytes(storage);
  const noSpace = explainStorageError(failure).text.key === 'data_storageQuota' || (free !== null && free < NEARLY_FULL_BYTES);
  return text(noSpace ? 'storage_unreadableNoSpace' : 'dash_listFailed', { reason });
}
