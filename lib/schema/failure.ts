// A reading that did not happen, and why; zod-free, so the page reader scripts can answer with it.
import type { ReadErrorCode } from './limits';
import type { ReadPageResponse } from './reading';
import type { StoredText } from './text';

/** A reading that did not happen, and why. */
export type ReadFailure = Extract<ReadPageResponse, { ok: false }>;

export function failure(code: ReadErrorCode, message: StoredText): ReadFailure {
  return { ok: false, error: { code, message } };
}
