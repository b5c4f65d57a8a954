// The side panel: the popup's card beside the page, following the tab. Pages come from a fake source
// the test moves along; the setting is the real one, in the fake browser's storage.
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CreatorActions } from '../../../components/score-card/CreatorPanel';
import { SidePanel, type SidePanelSource } from '../../../components/sidepanel/SidePanel';
import { newCreator } from '../../../lib/db/creators';
import type { TabPage } from '../../../lib/reading/follow-tab';
import { failure } from '../../../lib/schema/failure';
import { assess } from '../../../lib/scoring';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { loadSettings, saveSettings, watchSettings } from '../../../lib/settings';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { exact, makeSnapshot } from '../../helpers/snapshots';

// happy-dom has no canvas: the chart is checked in real Chromium (test/e2e).
vi.mock('react-chartjs-2', () => ({ Bar: () => null }));

const mounted = useReactRoot();
beforeEach(() => fakeBrowser.reset());

const LENA = 'https://www.tiktok.com/@lena.skin';
const KAI = 'https://www.tiktok.com/@kai.cooks';
const lena = makeSnapshot({ creator: { handle: 'lena.skin', displayName: 'Lena', following: exact(2_000) } });
const kai = makeSnapshot({ creator: { handle: 'kai.cooks', displayName: 'Kai' } });
const PAGES: Record<string, Snapshot> = { [LENA]: lena, [KAI]: kai };

const scored = (snapshot: Snapshot) => ({ snapshot, assessment: assess(snapshot, { now: snapshot.capturedAt }), seenPosts: [] });

/** A panel following a tab the test moves; `remembered`: pages already read in the tab. */
function fakeSource(remembered: string[] = []) {
  let tell: (page: TabPage | null) => void = () => {};
  const reads: string[] = [];
  const saves: Array<[string, string]> = [];
  const openShortlist = vi.fn();
  const actionsFor = (page: TabPage): CreatorActions => ({
    async score() {
      reads.push(page.url ?? '');
      const snapshot = PAGES[page.url ?? ''];
      return snapshot ? { ok: true, ...scored(snapshot) } : failure('unsupported-page', 'Not a creator page.');
    },
    recall: async () => (page.url && remembered.includes(page.url) ? scored(PAGES[page.url]!) : null),
    async save(snapshot, note) {
      saves.push([snapshot.creator.handle, note]);
      const creator = newCreator({ id: `tiktok:${snapshot.creator.handle}`, platform: 'tiktok', handle: snapshot.creator.handle, displayName: snapshot.creator.displayName, profileUrl: snapshot.url }, 1);
      return { creator, snapshotCount: 1 };
    },
    openShortlist,
    remember: async () => {},
    campaignFit: async () => null,
    shortlisted: async () => null,
    deliverables: async () => ({ points: null, offers: [] }),
    attachOffered: async () => ({ errors: {} }),
    booking: async () => ({ choices: [], bookedIn: [] }),
    addToCampaign: async () => {},
    openOptions: () => {},
  });
  const source: SidePanelSource = {
    follow(onPage) {
      tell = onPage;
      return () => (tell = () => {});
    },
    actionsFor,
    watchReadOnArrival(onChange) {
      void loadSettings().then((settings) => onChange(settings.readOnArrival));
      return watchSettings((settings) => onChange(settings.readOnArrival));
    },
    openShortlist,
  };
  return {
    source,
    reads,
    saves,
    openShortlist,
    async show(url: string | undefined, loading = false) {
      await act(async () => tell({ tabId: 3, url, loading }));
      await act(async () => {});
    },
    async noTab() {
      await act(async () => tell(null));
    },
  };
}

const byTestId = (id: string) => mounted.container.querySelector(`[data-testid="${id}"]`);
const button = (name: string) => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === name);

async function renderPanel(source: SidePanelSource) {
  await mounted.render(<SidePanel source={source} />);
  await act(async () => {});
}

describe('the side panel', () => {
  it('offers to read a creator page, reads it when asked, and follows the tab to the next creator to save them', async () => {
    const tab = fakeSource();
    await renderPanel(tab.source);
    await tab.show(LENA);
    // Off by default: nothing is read until asked.
    expect(tab.reads).toEqual([]);
    expect(byTestId('ask-to-read')?.textContent).toBe('A creator page. Read it to see the score card here.');
    expect(byTestId('grade')).toBeNull();
    await act(async () => button('Read this page')!.click());
    await mounted.until(() => byTestId('creator-name')?.textContent === 'Lena', 'Lena’s card');
    expect(tab.reads).toEqual([LENA]);

    await tab.show(KAI);
    expect(byTestId('creator-name')).toBeNull();
    await act(async () => button('Read this page')!.click());
    await mounted.until(() => byTestId('creator-name')?.textContent === 'Kai', 'Kai’s card');
    const note = mounted.container.querySelector('textarea')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    await act(async () => {
      setValue?.call(note, 'good for the launch');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Save to shortlist')!.click());
    expect(tab.saves).toEqual([['kai.cooks', 'good for the launch']]);
    expect(byTestId('save-status')?.textContent).toBe('Saved @kai.cooks to your shortlist.');
  });

  it('shows a page already read in the tab at once, without reading it again', async () => {
    const tab = fakeSource([LENA]);
    await renderPanel(tab.source);
    await tab.show(LENA);
    await mounted.until(() => byTestId('creator-name')?.textContent === 'Lena', 'Lena’s card');
    expect(byTestId('recalled')?.textContent).toMatch(/^Scored in this tab at /);
    expect(tab.reads).toEqual([]);
    expect(button('Score again')).toBeDefined();
  });

  it('on a page that is not a creator page: says so and what it reads, with the shortlist as the way on', async () => {
    const tab = fakeSource();
    await renderPanel(tab.source);
    await tab.show('https://example.com/');
    expect(byTestId('popup-message')?.textContent).toMatch(/^This page is not a creator page\. Creator Lens reads TikTok profiles/);
    expect(button('Read this page')).toBeUndefined();
    expect(button('Score this creator')).toBeUndefined();
    expect(button('Open shortlist')?.className).toBe('primary');
    await act(async () => button('Open shortlist')!.click());
    expect(tab.openShortlist).toHaveBeenCalledTimes(1);
    expect(tab.reads).toEqual([]);
  });

  it('with "Read creator pages when the panel is open" switched on, reads each creator page on arrival, once it has loaded', async () => {
    const tab = fakeSource();
    await renderPanel(tab.source);
    await tab.show(LENA);
    const box = mounted.container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(mounted.container.querySelector(`label`)?.textContent).toBe(' Read creator pages when the panel is open');
    box.focus();
    await act(async () => box.click());
    expect((await loadSettings()).readOnArrival).toBe(true);
    // Switched on, the page shown is read; the box keeps the keyboard focus.
    await mounted.until(() => byTestId('creator-name')?.textContent === 'Lena', 'Lena’s card');
    expect(document.activeElement).toBe(box);

    await tab.show(KAI, true);
    expect(byTestId('creator-name')).toBeNull();
    expect(mounted.container.textContent).toContain('Waiting for the page to finish loading…');
    expect(tab.reads).toEqual([LENA]);
    await tab.show(KAI, false);
    await mounted.until(() => byTestId('creator-name')?.textContent === 'Kai', 'Kai’s card');
    expect(tab.reads).toEqual([LENA, KAI]);
  });

  it('says when its window has no tab to follow, and offers the shortlist', async () => {
    const tab = fakeSource();
    await renderPanel(tab.source);
    await tab.noTab();
    expect(mounted.container.querySelector('[role="status"]')?.textContent).toBe('No tab to follow in this window.');
    expect(button('Open shortlist')?.className).toBe('primary');
  });
});

describe('the side panel in Chinese', () => {
  useLocale('zh_CN');
  const NAMES = ['Lena', 'Modash', 'eMarketer', 'via', 'Creator Lens', 'TikTok', 'Instagram', 'YouTube', 'Shorts', 'Reels'];

  it('asks, reads, and says what it reads on other pages, all in Chinese', async () => {
    await saveSettings({ readOnArrival: false });
    const tab = fakeSource();
    await renderPanel(tab.source);
    await tab.show(LENA);
    expect(englishLeft(mounted.container, NAMES)).toEqual([]);
    await act(async () => button('读取此页面')!.click());
    await mounted.until(() => byTestId('creator-name')?.textContent === 'Lena', 'Lena’s card');
    expect(englishLeft(mounted.container, NAMES)).toEqual([]);
    await tab.show('https://example.com/');
    expect(button('打开候选名单')?.className).toBe('primary');
    expect(englishLeft(mounted.container, NAMES)).toEqual([]);
  });
});

it('the setting is off unless switched on, and a damaged value reads as off', async () => {
  expect((await loadSettings()).readOnArrival).toBe(false);
  await fakeBrowser.storage.local.set({ settings: { recordVisits: true, language: 'auto', readOnArrival: 'yes' } });
  expect((await loadSettings()).readOnArrival).toBe(false);
});
