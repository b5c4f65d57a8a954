// A sentence not yet in words: a message key and its values. Lib code (scoring, extractors) returns
// these so what it says can be shown in the reader's language; only the pages turn them into words
// (lib/i18n), so the content script never carries the dictionary.
import * as z from 'zod/mini';
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
 * A Text as it crosses a boundary (messages, storage): a key of letters, digits and underscores,
 * values strings or numbers. Older records hold plain English sentences, hence the string branch.
 */
export const TextSchema = z.object({
  key: z.string().check(z.regex(MESSAGE_KEY)),
  params: z.optional(z.record(z.string().check(z.maxLength(50)), z.union([z.string().check(z.maxLength(500)), z.number()]))),
});
export const StoredTextSchema = z.union([z.string().check(z.maxLength(500)), TextSchema]);
export type StoredText = string | Text;
