// What the side panel shows for the tab it follows (lib/reading/follow-tab): a creator page read when
// asked or on arrival, anything else "not a creator page"; and which tab changes it follows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { english } from '../../../lib/i18n';
import { arrivalAt, followActiveTab, pageAfterUpdate, type TabPage } from '../../../lib/reading/follow-tab';

const PROFILE = 'https://www.tiktok.com/@lena';
const page = (url: string | undefined, loading = false): TabPage => ({ tabId: 7, url, loading });

describe('what the panel shows for a page', () => {
  it.each([
    ['a TikTok profile', PROFILE],
    ['an Instagram post', 'https://www.instagram.com/p/DJx7Qm2sT1a/'],
    ['a YouTube video', 'https://www.youtube.com/watch?v=kLabWatch01'],
  ])('%s: waits to be asked while the setting is off, reads at once when it is on', (_, url) => {
    expect(arrivalAt(page(url), false)).toEqual({ show: 'ask' });
    expect(arrivalAt(page(url), true)).toEqual({ show: 'read' });
  });

  it('with the setting on, waits for a page still loading rather than read the one it leaves', () => {
    expect(arrivalAt(page(PROFILE, true), true)).toEqual({ show: 'wait' });
    // Asked for by hand, a loading page is simply offered.
    expect(arrivalAt(page(PROFILE, true), false)).toEqual({ show: 'ask' });
  });

  it.each([
    ['a TikTok page that is no creator page', 'https://www.tiktok.com/explore', 'This TikTok page is not a creator profile or video.'],
    ['another site', 'https://example.com/', 'This page is not a creator page. Creator Lens reads TikTok profiles'],
    ['a site whose address the browser withholds', undefined, 'Creator Lens reads TikTok profiles'],
  ])('%s: not a creator page, whatever the setting, saying which pages it reads', (_, url, says) => {
    for (const readOnArrival of [false, true]) {
      const arrival = arrivalAt(page(url), readOnArrival);
      if (arrival.show !== 'not-creator') throw new Error(`${url} shows ${arrival.show}`);
      expect(english(arrival.reason)).toContain(says);
    }
  });
});

describe('which tab updates the panel follows', () => {
  const tab = { id: 7, url: PROFILE, status: 'complete' as const, windowId: 1, active: true };

  it('the active tab of its window, on a new address (in-app or a full load) and at the end of a load', () => {
    expect(pageAfterUpdate(1, tab)).toEqual({ tabId: 7, url: PROFILE, loading: false });
    expect(pageAfterUpdate(1, { ...tab, url: 'https://www.tiktok.com/@kai', status: 'loading' })).toEqual({ tabId: 7, url: 'https://www.tiktok.com/@kai', loading: true });
  });

  it('not a tab in the background, nor one in another window', () => {
    expect(pageAfterUpdate(1, { ...tab, active: false })).toBeUndefined();
    expect(pageAfterUpdate(2, tab)).toBeUndefined();
  });
});

describe('following the active tab', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('tells the page shown now, then each page the window shows, until stopped', async () => {
    // The fake browser keeps no active tab: the window's is the one it answers with.
    const first = { ...(await fakeBrowser.tabs.create({ url: PROFILE })), active: true, status: 'complete' as const };
    const windowId = first.windowId!;
    vi.spyOn(browser.tabs, 'query').mockImplementation((async (filter: { active?: boolean; windowId?: number }) =>
      filter.active && filter.windowId === windowId ? [first] : []) as unknown as typeof browser.tabs.query);
    const seen: Array<TabPage | null> = [];
    const stop = followActiveTab(windowId, (shown) => seen.push(shown));
    await expect.poll(() => seen).toEqual([{ tabId: first.id, url: PROFILE, loading: false }]);

    // In-app navigation: only the address changes.
    const moved = { ...first, url: 'https://www.tiktok.com/@kai', status: 'complete' as const };
    await fakeBrowser.tabs.onUpdated.trigger(first.id!, { url: moved.url }, moved);
    // Another tab, another window: not followed.
    await fakeBrowser.tabs.onUpdated.trigger(99, { url: PROFILE }, { ...moved, id: 99, windowId: windowId + 1 });
    // Another tab comes to the front.
    const second = await fakeBrowser.tabs.create({ url: 'https://www.youtube.com/@orbitlab', active: false });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id!, windowId });
    await expect.poll(() => seen.length).toBe(3);
    expect(seen.slice(1)).toEqual([
      { tabId: first.id, url: 'https://www.tiktok.com/@kai', loading: false },
      { tabId: second.id, url: 'https://www.youtube.com/@orbitlab', loading: false },
    ]);

    stop();
    await fakeBrowser.tabs.onUpdated.trigger(first.id!, { url: PROFILE }, { ...first, url: PROFILE });
    expect(seen).toHaveLength(3);
  });

  it('keeps the newer page when the browser answers for a tab brought to the front after that tab has moved on', async () => {
    const tab = { ...(await fakeBrowser.tabs.create({ url: PROFILE })), active: true, status: 'complete' as const };
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => []) as unknown as typeof browser.tabs.query);
    // The answer for the new tab describes it as it was when it came to the front: no address yet.
    let answer: (value: unknown) => void = () => {};
    vi.spyOn(browser.tabs, 'get').mockImplementation((() => new Promise((resolve) => (answer = resolve))) as unknown as typeof browser.tabs.get);
    const seen: Array<TabPage | null> = [];
    followActiveTab(tab.windowId!, (shown) => seen.push(shown));
    await expect.poll(() => seen).toEqual([null]);

    await fakeBrowser.tabs.onActivated.trigger({ tabId: tab.id!, windowId: tab.windowId! });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { url: PROFILE }, tab);
    answer({ ...tab, url: undefined, status: 'loading' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([null, { tabId: tab.id, url: PROFILE, loading: false }]);
  });
});
