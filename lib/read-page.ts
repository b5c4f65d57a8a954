// What the content script does when asked: wait for the page, read it, check the result.
import { recognisePage } from './platforms';
import { errorMessage, failure, SnapshotSchema, type ReadPageResponse } from './schema';
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
    return failure('extract-failed', 'The page moved to another address while it was being read. Try again.');
  }
  try {
    const snapshot = reader.extract(doc, url, now());
    if (!state.ready) {
      snapshot.notices.push(
        `Read after waiting ${timeoutMs / 1000} s for the page (${state.waitingFor}); figures the page had not shown yet are missing.`,
      );
    }
    const checked = SnapshotSchema.safeParse(snapshot);
    if (!checked.success) return failure('extract-failed', 'What the page shows could not be read into a valid snapshot.');
    return { ok: true, snapshot: checked.data };
  } catch (error) {
    return failure('extract-failed', `Reading the page failed: ${errorMessage(error)}`);
  }
}
