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

/**
 * Free space (bytes) under which the browser's estimate puts a failed write down to a full disk.
 * Measured in Chromium on a full disk: with unlimitedStorage the quota is the usage plus the disk's
 * free space, so a full disk reads as quota − usage = 0-12 KB, and the write fails as an AbortError
 * or a closed database rather than a QuotaExceededError.
 */
const NEARLY_FULL_BYTES = 4 * 1024 * 1024;

/** The part of navigator.storage the recount reads: passed in, so tests give their own. */
export type StorageEstimator = Pick<StorageManager, 'estimate'>;

async function freeBytes(storage: StorageEstimator | undefined): Promise<number | null> {
  try {
    const estimate = await storage?.estimate();
    return estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
  } catch {
    return null;
  }
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

/**
 * A failed write in words, with the shortlist counted again just after it, so the message says
 * what is there rather than what should be: "Not saved: no storage space left … Your shortlist
 * still holds 1,234 creators (checked just now)." Every page that shows a failed write (import,
 * restore, an edit, a bulk change) shows this.
 */
export async function recountAfterFailure(db: CreatorLensDatabase, failure: unknown, storage: StorageEstimator | undefined = globalThis.navigator?.storage): Promise<Text> {
  const explained = explainStorageError(failure);
  const free = await freeBytes(storage);
  const noSpace = explained.text.key === 'data_storageQuota' || (free !== null && free < NEARLY_FULL_BYTES);
  try {
    const count = await countCreators(db);
    return noSpace ? text('storage_noSpaceCounted', { count }) : text('storage_failedCounted', { problem: explained.text, count });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return noSpace ? text('storage_noSpaceUncounted', { reason }) : text('storage_failedUncounted', { problem: explained.text, reason });
  }
}
