// Answers from another context are checked here, where they are received: a page reader script's
// reading (./inject) comes from a web page's process and carries no schemas of its own.
// No context listens for runtime messages: the popup and the background read tabs themselves, so
// a message from a web page or another extension has nothing to reach.
import { failure, type ReadFailure } from '../schema/failure';
import { flatText } from '../i18n/text';
import { platformName } from '../i18n/format';
import { boundOf } from '../schema/bounds';
import { ReadPageResponseSchema, type ReadPageResponse } from '../schema/reading';
import { PLATFORMS } from '../schema/limits';

/** Checks an answer from another context; a malformed one becomes a clear error. */
export function parseResponse(raw: unknown): ReadPageResponse {
  const parsed = ReadPageResponseSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A reading whose figures are out of bounds (a page reader's answer is checked only here).
  const reading = raw as { ok?: unknown; snapshot?: unknown } | null;
  if (reading?.ok === true && typeof reading.snapshot === 'object' && reading.snapshot !== null) {
    return outOfBounds(parsed.error.issues, reading.snapshot) ?? failure('extract-failed', flatText('pg_invalidSnapshot'));
  }
  return failure('bad-response', flatText('pg_badResponse'));
}

/** An impossible date or count, named with its field and post: refused, never stored. */
function outOfBounds(issues: ReadonlyArray<{ message?: string; path: readonly PropertyKey[] }>, snapshot: object): ReadFailure | null {
  for (const issue of issues) {
    const bound = boundOf(issue);
    if (!bound) continue;
    // ['snapshot', 'posts', 2, 'likes', 'value'] or ['snapshot', 'creator', 'followers', 'min'] or ['snapshot', 'capturedAt']
    const path = issue.path.slice(1).filter((key) => key !== 'value' && key !== 'min' && key !== 'max');
    const post = path[0] === 'posts' && typeof path[1] === 'number' ? String(path[1] + 1) : 'none';
    const field = String(path[path.length - 1] ?? '');
    const platform = (snapshot as { platform?: unknown }).platform;
    const name = PLATFORMS.find((known) => known === platform);
    return failure('extract-failed', flatText('pg_readingOutOfBounds', { field, post, bound, platform: name ? platformName(name) : '' }));
  }
  return null;
}
