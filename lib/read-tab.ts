// Background side of "Score this creator": ask the tab's content script for a snapshot,
// injecting the script first when the tab was opened before Creator Lens was installed.
import { browser } from 'wxt/browser';
import { parseResponse, readPage } from './messaging';
import { recognisePage } from './platforms';
import { errorMessage, failure, flatText, type ReadPageResponse } from './schema';

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

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
    return parseResponse(await readPage(tabId));
  } catch {
    // No content script answered: the tab predates the extension, or the page is still loading.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return parseResponse(await readPage(tabId));
  } catch (error) {
    return failure('page-unreachable', flatText('pg_tabUnreadable', { reason: errorMessage(error) }));
  }
}
