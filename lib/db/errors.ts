// A storage failure put in words a user can act on; nothing saved before is touched.
import Dexie from 'dexie';
import { text, TextError, type Text } from '../i18n';

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
