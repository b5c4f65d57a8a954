// A sentence as it crosses a boundary (messages, storage): a message key and its values, looked up
// in words only where it is shown (lib/i18n). Older records hold plain English sentences.
import * as z from 'zod/mini';
import { MESSAGE_KEY } from './limits';

export const TextSchema = z.object({
  key: z.string().check(z.regex(MESSAGE_KEY)),
  params: z.optional(z.record(z.string().check(z.maxLength(50)), z.union([z.string().check(z.maxLength(500)), z.number()]))),
});
export const StoredTextSchema = z.union([z.string().check(z.maxLength(500)), TextSchema]);
/** A sentence as stored or carried: a message key with flat values, or an older record's words. */
export type StoredText = z.infer<typeof StoredTextSchema>;
