// Answers from another context are checked here, where they are received: a page reader script's
// reading (./inject) comes from a web page's process and carries no schemas of its own.
// No context listens for runtime messages: the popup and the background read tabs themselves, so
// a message from a web page or another extension has nothing to reach.
import { failure } from '../schema/failure';
import { flatText } from '../i18n/text';
import { ReadPageResponseSchema, type ReadPageResponse } from '../schema/reading';

/** Checks an answer from another context; a malformed one becomes a clear error. */
export function parseResponse(raw: unknown): ReadPageResponse {
  const parsed = ReadPageResponseSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A reading whose figures are out of bounds (a page reader's answer is checked only here).
  const reading = raw as { ok?: unknown; snapshot?: unknown } | null;
  if (reading?.ok === true && typeof reading.snapshot === 'object' && reading.snapshot !== null) return failure('extract-failed', flatText('pg_invalidSnapshot'));
  return failure('bad-response', flatText('pg_badResponse'));
}
