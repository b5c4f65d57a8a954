// What the popup and the toolbar button show for a tab, read from the fake browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkRemembered } from '../../lib/reading/tab-memory';
import { readFrom, stored } from '../../lib/reading/tab-memory-entry';

/** What the popup finds remembered for the tab at `url` (lib/reading/first-look reads the entry, the popup checks it). */
export const recallScore = async (tabId: number, url: string) => checkRemembered(readFrom(await stored(tabId), url));

export const badge = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});
