// Reading a tab: inject the page reader script of the tab's platform and take its answer. Nothing
// runs in a creator page until a reading is asked for (a score, or a post of a shortlisted creator
// opened): there is no content script, and nothing is injected into pages Creator Lens does not read.
// Kept free of zod and of the readers: the popup starts a reading with this before the rest of its
// code has loaded; the answer is checked with ./check's parseResponse where it is used.
import { browser } from 'wxt/browser';
import { identifyPage } from '../platforms/pages';
import { READER_SCRIPTS } from './reader-scripts';
import { errorMessage, flatText } from '../i18n/text';
import { failure, type ReadFailure } from '../schema/failure';

/** The page reader's answer, not yet checked; or why there is none (a failure needs no check). */
export type UncheckedReading = { unchecked: unknown } | ReadFailure;

export async function injectReader(tabId: number): Promise<UncheckedReading> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return notRead('page-unreachable', 'pg_tabGone', error);
  }
  return injectReaderAt(tabId, url);
}

/** The same, for a tab whose address the caller has just read. */
export async function injectReaderAt(tabId: number, url: string | undefined): Promise<UncheckedReading> {
  const support = identifyPage(url);
  if (!support.supported) return failure('unsupported-page', support.reason);
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPTS[support.reader.platform][support.reader.pageKind]] });
    return { unchecked: fromReader(frame?.result) };
  } catch (error) {
    return notRead('page-unreachable', 'pg_tabUnreadable', error);
  }
}

/**
 * The reader script answers with its reading as JSON text (./page-script); anything else
 * (nothing, an object, text that is not JSON) is no reading, and fails the check where it is used.
 */
function fromReader(result: unknown): unknown {
  if (typeof result !== 'string') return undefined;
  try {
    return JSON.parse(result) as unknown;
  } catch {
    return undefined;
  }
}

function notRead(code: 'page-unreachable', key: 'pg_tabGone' | 'pg_tabUnreadable', error: unknown): ReadFailure {
  return failure(code, flatText(key, { reason: errorMessage(error) }));
}
