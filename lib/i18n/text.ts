// A sentence not yet in words: a message key and its values. Lib code (scoring, extractors) returns
// these so what it says can be shown in the reader's language; only the pages turn them into words
// (./index), so the page reader scripts never carry the dictionary. No zod here: the readers use it
// (lib/schema/text checks a Text where it crosses a boundary).
import { MESSAGE_KEY } from '../schema/limits';
import type { MessageKey } from './dictionary';

export type TextParam = string | number | Text;
export interface Text {
  key: MessageKey;
  params?: Record<string, TextParam>;
}

export function text(key: MessageKey, params?: Record<string, TextParam>): Text {
  return params ? { key, params } : { key };
}

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * A sentence as snapshots and messages carry it (lib/schema/text's StoredTextSchema): a message key
 * with string or number values, no Text inside.
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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A Text whose values are all strings or numbers (what a PageError or a flat TextError carries). */
function isFlatText(value: unknown): value is FlatText {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !MESSAGE_KEY.test(key)) return false;
  if (params === undefined) return true;
  return typeof params === 'object' && params !== null && Object.values(params).every((item) => typeof item === 'string' || typeof item === 'number');
}

/**
 * What an error tells the user: the flat Text it carries (a PageError, or ./index's TextError
 * when its values are flat), else `key` with the error's own message as {reason}.
 */
export function errorText(error: unknown, key: MessageKey = 'pg_readFailed'): FlatText {
  const carried = typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined;
  if (isFlatText(carried)) return flatText(carried.key, carried.params);
  return flatText(key, { reason: errorMessage(error) });
}
