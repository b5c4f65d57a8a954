// The side panel follows the active tab of its window: which page that tab shows, and what the panel
// offers for it. The tab's address is known only on the three sites (the host permissions): on any
// other site the browser withholds it, and the page is no creator page either.
import { browser, type Browser } from 'wxt/browser';
import { identifyPage } from '../platforms/pages';
import type { FlatText } from '../i18n/text';

export interface TabPage {
  tabId: number;
  /** undefined where the browser does not tell the address (a site Creator Lens has no access to). */
  url: string | undefined;
  /** The tab is loading a new document: reading it now would read the one it leaves. */
  loading: boolean;
}

/**
 * What the panel shows for a page before anything is read. A page already read in the tab shows
 * its result whatever this says (the tab memory is looked at first), except on a page that is not a
 * creator page.
 */
export type Arrival = { show: 'not-creator'; reason: FlatText } | { show: 'ask' } | { show: 'read' } | { show: 'wait' };

export function arrivalAt(page: TabPage, readOnArrival: boolean): Arrival {
  const support = identifyPage(page.url);
  if (!support.supported) return { show: 'not-creator', reason: support.reason };
  if (!readOnArrival) return { show: 'ask' };
  return page.loading ? { show: 'wait' } : { show: 'read' };
}

type Tab = Pick<Browser.tabs.Tab, 'id' | 'url' | 'status' | 'windowId' | 'active'>;

export function pageOf(tab: Tab): TabPage | null {
  return tab.id === undefined ? null : { tabId: tab.id, url: tab.url, loading: tab.status === 'loading' };
}

/**
 * The page after an update of some tab: the followed window's active tab as it now is (a new address,
 * in-app or by a full load, or the end of a load); undefined when the update is about another tab.
 */
export function pageAfterUpdate(windowId: number, tab: Tab): TabPage | null | undefined {
  if (tab.windowId !== windowId || !tab.active) return undefined;
  return pageOf(tab);
}

/**
 * Calls back with the page of the window's active tab now, when another tab becomes active and when
 * the active tab changes page. Returns the way to stop.
 */
export function followActiveTab(windowId: number, onPage: (page: TabPage | null) => void): () => void {
  // Each change is numbered: an answer the browser gives after a later change was told (the tab's
  // state when another tab came to the front, asked for while its page was already loading) is dropped.
  let told = 0;
  const showIfLatest = (asked: number) => (tab: Tab | undefined) => {
    if (asked === told) onPage(tab === undefined ? null : pageOf(tab));
  };
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId !== windowId) return;
    browser.tabs.get(info.tabId).then(showIfLatest(++told), () => undefined);
  };
  const updated = (_tabId: number, _change: unknown, tab: Tab) => {
    const page = pageAfterUpdate(windowId, tab);
    if (page === undefined) return;
    told += 1;
    onPage(page);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  const first = showIfLatest(told);
  browser.tabs.query({ active: true, windowId }).then(
    ([tab]) => first(tab),
    () => first(undefined),
  );
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
