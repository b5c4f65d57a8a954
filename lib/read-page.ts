// What the content script does when asked: wait for the page, read it, check the result.
import { recognisePage } from './platforms';
import { errorText, failure, flatText, SnapshotSchema, type ReadPageResponse } from './schema';
import { waitUntilReady } from './wait';

export const READY_TIMEOUT_MS = 5000;

export async function readCurrentPage(
  doc: Document,
  currentHref: () => string,
  now: () => number,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<ReadPageResponse> {
  const support = recognisePage(currentHref());
  if (!support.supported) return failure('unsupported-page', support.reason);
  const { reader } = support;
  const state = await waitUntilReady(() => reader.readiness(doc, new URL(currentHref())), doc, timeoutMs);
  const url = new URL(currentHref());
  const stillSame = recognisePage(url.href);
  if (!stillSame.supported || stillSame.reader.key !== reader.key) {
    return failure('extract-failed', flatText('pg_movedWhileReading'));
  }
  try {
    const snapshot = reader.extract(doc, url, now());
    if (!state.ready) {
      // pg_readAfterWait holds pg_waiting's words: the same values, and the seconds waited.
      snapshot.notices.push(flatText('pg_readAfterWait', { ...state.waitingFor.params, seconds: timeoutMs / 1000 }));
    }
    const checked = SnapshotSchema.safeParse(snapshot);
    if (!checked.success) return failure('extract-failed', flatText('pg_invalidSnapshot'));
    return { ok: true, snapshot: checked.data };
  } catch (error) {
    // An extractor's PageError says what to do; anything else is "Reading the page failed: <error>".
    return failure('extract-failed', errorText(error));
  }
}
