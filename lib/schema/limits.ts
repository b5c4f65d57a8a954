// What a page reader script needs besides its extractor: the limits and version of a snapshot,
// the error codes of a reading and sentences for the user as message keys. No zod here: the
// reader scripts stay small, and what they report is validated by lib/schema where it is received.
import type { MessageKey } from '../i18n/dictionary';
import type { ReadPageResponse } from './snapshot';

// Where a number came from, most trusted first.
export const COUNT_SOURCES = ['embedded-json', 'attribute', 'text'] as const;

export const TEXT_LIMITS = { handle: 100, name: 200, bio: 2000, url: 2048, note: 5000, caption: 5000, tag: 100, comment: 500 } as const;
export const MAX_VISIBLE_COMMENTS = 50;

export const SNAPSHOT_VERSION = 1;

export const READ_ERROR_CODES = ['unsupported-page', 'page-unreachable', 'extract-failed', 'bad-response'] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** A reading that did not happen, and why. */
export type ReadFailure = Extract<ReadPageResponse, { ok: false }>;

export function failure(code: ReadErrorCode, message: string | FlatText): ReadFailure {
  return { ok: false, error: { code, message } };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- Sentences for the user ------------------------------------------------------------

/**
 * A sentence for the user as snapshots and messages carry it (StoredTextSchema): a message key
 * with string or number values, no Text inside. The words are looked up only where it is shown
 * (lib/i18n `say`), so the reader scripts carry no dictionary.
 */
export interface FlatText {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Longest value kept in a FlatText (within TextSchema's limit): handles, ids, short page texts. */
const PARAM_LIMIT = 200;

/** A FlatText, its string values clipped so odd page content cannot fail the schema. */
export function flatText(key: MessageKey, params?: Record<string, string | number>): FlatText {
  if (!params) return { key };
  const clipped: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) clipped[name] = typeof value === 'string' ? value.slice(0, PARAM_LIMIT) : value;
  return { key, params: clipped };
}

/** An error that carries what to tell the user, as a FlatText; its `message` is the key, for logs. */
export class PageError extends Error {
  constructor(readonly text: FlatText) {
    super(text.key);
    this.name = 'PageError';
  }
}

/** What a message key looks like (the browser's messages.json allows letters, digits and underscores). */
export const MESSAGE_KEY = /^[A-Za-z0-9_]{1,100}$/;

/** A Text whose values are all strings or numbers (what a PageError or a flat TextError carries). */
function isFlatText(value: unknown): value is FlatText {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !MESSAGE_KEY.test(key)) return false;
  if (params === undefined) return true;
  return typeof params === 'object' && params !== null && Object.values(params).every((item) => typeof item === 'string' || typeof item === 'number');
}

/**
 * What an error tells the user: the flat Text it carries (a PageError, or lib/i18n's TextError
 * when its values are flat), else `key` with the error's own message as {reason}.
 */
export function errorText(error: unknown, key: MessageKey = 'pg_readFailed'): FlatText {
  const carried = typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined;
  if (isFlatText(carried)) return flatText(carried.key, carried.params);
  return flatText(key, { reason: errorMessage(error) });
}
