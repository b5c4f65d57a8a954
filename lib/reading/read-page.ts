// What a page reader script does in the tab: wait for the page, read it, check the result.
import { recogniseOn, type PageSupport, type Site } from '../platforms/recognise';
import type { ReadPageResponse } from '../schema/reading';
import { errorText, flatText } from '../i18n/text';
import { failure } from '../schema/failure';
import { waitUntilReady } from './wait';

export const READY_TIMEOUT_MS = 5000;

/** Reads the page with the reader of one of `sites` (a page reader script carries one site). */
export function readSitePage(sites: readonly Site[], doc: Document, currentHref: () => string, now: () => number, timeoutMs = READY_TIMEOUT_MS): Promise<ReadPageResponse> {
  return readPageOn((href) => recogniseOn(sites, href), doc, currentHref, now, timeoutMs);
}

async function readPageOn(
  recognise: (href: string) => PageSupport,
  doc: Document,
  currentHref: () => string,
  now: () => number,
  timeoutMs: number,
): Promise<ReadPageResponse> {
  const support = recognise(currentHref());
  if (!support.supported) return failure('unsupported-page', support.reason);
  const { reader } = support;
  const check = () => reader.readiness(doc, new URL(currentHref()));
  // A page ready at once is read in the same run as its check, without yielding to the page.
  const first = check();
  const state = first.ready ? first : await waitUntilReady(check, doc, timeoutMs, first);
  const url = new URL(currentHref());
  const stillSame = recognise(url.href);
  if (!stillSame.supported || stillSame.reader.key !== reader.key) {
    return failure('extract-failed', flatText('pg_movedWhileReading'));
  }
  try {
    const snapshot = reader.extract(doc, url, now());
    if (!state.ready) {
      // pg_readAfterWait holds pg_waiting's words: the same values, and the seconds waited.
      snapshot.notices.push(flatText('pg_readAfterWait', { ...state.waitingFor.params, seconds: timeoutMs / 1000 }));
    }
    // Checked against SnapshotSchema where it is received (./check's parseResponse).
    return { ok: true, snapshot };
  } catch (error) {
    // An extractor's PageError says what to do; anything else is "Reading the page failed: <error>".
    return failure('extract-failed', errorText(error));
  }
}
