// Background side of "Score this creator": inject the reader script of the tab's platform and
// take its answer. Nothing runs in a creator page until a reading is asked for (a score, or a
// post of a shortlisted creator opened): there is no content script.
import { browser } from 'wxt/browser';
import { parseResponse } from './messaging';
import { recognisePage } from './platforms';
import { errorMessage, failure, flatText, type Platform, type ReadPageResponse } from './schema';

const READER_SCRIPTS = {
  tiktok: '/read-tiktok.js',
  instagram: '/read-instagram.js',
  youtube: '/read-youtube.js',
} as const satisfies Record<Platform, string>;

export async function readTab(tabId: number): Promise<ReadPageResponse> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return failure('page-unreachable', flatText('pg_tabGone', { reason: errorMessage(error) }));
  }
  const support = recognisePage(url);
  if (!support.supported) return failure('unsupported-page', support.reason);
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPTS[support.reader.platform]] });
    return parseResponse(frame?.result);
  } catch (error) {
    return failure('page-unreachable', flatText('pg_tabUnreadable', { reason: errorMessage(error) }));
  }
}
