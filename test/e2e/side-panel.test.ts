// The side panel in real Chromium: opened once beside a tab (here as its own page, following that
// tab's window by ?window=<id>), it follows the tab from creator to creator, in-app and by full
// loads, reads and saves each without anything being opened again. Leaves a screenshot of the panel
// in test/e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, moveInAppToSecondCreator, sidePanelBeside, tabIdOf, type ExtensionBrowser } from './browser';

const FIRST_URL = 'https://www.tiktok.com/@lena.makeup';
const THIRD_URL = 'https://www.tiktok.com/@nora.runs';
const OTHER_URL = 'https://example.com/';
const SCREENSHOTS = resolve('test/e2e/screenshots');

let browser: ExtensionBrowser;
let creatorTab: Page;
/** The tab's id, asked for before the panel's window exists (the browser's "active tab" is then the creator's). */
let creatorTabId: number;
let panel: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension({
    [FIRST_URL]: fixture('tiktok/profile-universal-2025-06.html'),
    [THIRD_URL]: fixture('tiktok/profile-dom-only-2024-03.html'),
    [OTHER_URL]: '<!doctype html><title>Example</title><p>Not a creator page</p>',
  });
  creatorTab = await browser.openFixture(FIRST_URL);
  creatorTabId = await tabIdOf(browser.worker, creatorTab);
  panel = await sidePanelBeside(browser, creatorTab);
  await panel.setViewportSize({ width: 400, height: 800 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const readThisPage = () => panel.getByRole('button', { name: 'Read this page' });
const creatorName = () => panel.getByTestId('creator-name').textContent({ timeout: 10_000 });

describe('the side panel', () => {
  it('offers to read the creator page beside it, and shows the grade once read', async () => {
    await panel.getByTestId('ask-to-read').waitFor();
    // Off by default: nothing is read before the user asks.
    expect(await panel.getByTestId('grade').count()).toBe(0);
    await readThisPage().click();
    await expect.poll(creatorName).toBe('莉娜 Lena');
    expect(await panel.getByTestId('grade').textContent()).toBe('B');
    await panel.screenshot({ path: join(SCREENSHOTS, 'side-panel-en.png') });
  });

  it('follows the tab to another creator in-app, and reads the second, not the first', async () => {
    await moveInAppToSecondCreator(creatorTab);
    await panel.getByTestId('ask-to-read').waitFor();
    expect(await panel.getByTestId('creator-name').count()).toBe(0);
    await readThisPage().click();
    await expect.poll(creatorName, { timeout: 10_000 }).toBe('Second Creator');
    expect(await panel.locator('[data-stat="followers"]').textContent()).toBe('≈23.6K');
  });

  it('follows a full load to a third creator, reads and saves them, and the shortlist has them', async () => {
    await creatorTab.goto(THIRD_URL);
    await panel.getByTestId('ask-to-read').waitFor();
    await readThisPage().click();
    await expect.poll(creatorName).toBe('Nora Lindqvist');
    await panel.getByLabel('Note (optional)').fill('runs a marathon a month');
    await panel.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved @nora.runs to your shortlist.');
    expect(await panel.getByTestId('shortlist-status').getAttribute('data-status')).toBe('to-review');

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const row = dashboard.locator('tr[data-creator="tiktok:nora.runs"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td[data-column="note"]').textContent()).toBe('runs a marathon a month');
    await dashboard.close();
  });

  it('on a page that is not a creator page, says which pages it reads and offers the shortlist', async () => {
    await creatorTab.goto(OTHER_URL);
    await expect.poll(() => panel.getByTestId('popup-message').textContent()).toContain('Creator Lens reads');
    expect(await readThisPage().count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Open shortlist' }).getAttribute('class')).toBe('primary');
  });

  it('with "Read creator pages when the panel is open" on, reads a creator page as soon as the tab shows it', async () => {
    await panel.getByLabel('Read creator pages when the panel is open').check();
    await creatorTab.goto(FIRST_URL);
    await expect.poll(creatorName).toBe('莉娜 Lena');
    expect(await readThisPage().count()).toBe(0);
    // The setting stays for the next time the panel opens.
    await panel.reload();
    expect(await panel.getByLabel('Read creator pages when the panel is open').isChecked()).toBe(true);
    // And the page already read in the tab shows at once, from the tab's memory.
    await expect.poll(() => panel.getByTestId('recalled').count()).toBe(1);
  });
});

describe('the side panel across tabs', () => {
  type Tabs = {
    get(id: number): Promise<{ windowId: number }>;
    create(details: object): Promise<{ id: number }>;
    update(id: number, details: object): Promise<unknown>;
  };
  const bringToFront = (id: number) =>
    browser.worker.evaluate(async (tabId) => {
      await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.update(tabId, { active: true });
    }, id);

  it('follows another tab of its window coming to the front, and back', async () => {
    const first = creatorTabId;
    await creatorTab.goto(OTHER_URL);
    await expect.poll(() => panel.getByTestId('popup-message').count()).toBe(1);
    // A new tab in the same window, at the front; the setting is on (above): its creator is read.
    const second = await browser.worker.evaluate(async ([url, beside]) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const { windowId } = await tabs.get(beside);
      return (await tabs.create({ url, windowId, active: true })).id;
    }, [THIRD_URL, first] as const);
    await expect.poll(creatorName).toBe('Nora Lindqvist');
    // Back to the first tab: its page again; then the second once more, shown from the tab's memory.
    await bringToFront(first);
    await expect.poll(() => panel.getByTestId('popup-message').count()).toBe(1);
    await bringToFront(second);
    await expect.poll(() => panel.getByTestId('recalled').count()).toBe(1);
    expect(await creatorName()).toBe('Nora Lindqvist');
    await bringToFront(first);
  });
});

describe('the popup beside a page that is not a creator page', () => {
  it('offers Open shortlist as its first action and no Score button', async () => {
    await creatorTab.goto(OTHER_URL);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${creatorTabId}`);
    await expect.poll(() => popup.getByTestId('popup-message').textContent()).toContain('Creator Lens reads');
    expect(await popup.getByRole('button', { name: 'Open shortlist' }).getAttribute('class')).toBe('primary');
    expect(await popup.getByRole('button', { name: 'Score this creator' }).count()).toBe(0);
    // The shortcuts as bound, and the way into the side panel.
    expect(await popup.getByTestId('shortcuts').textContent()).toBe('Shortcuts: Alt+Shift+S score · Alt+Shift+L shortlist · Alt+Shift+D side panel');
    await popup.getByRole('button', { name: 'Open in side panel' }).click();
    // Chromium's own side panel (not a tab Playwright lists): the browser's list of targets has it.
    const cdp = await browser.context.newCDPSession(popup);
    const sidePanels = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
      return targetInfos.filter((target) => target.url === `chrome-extension://${browser.extensionId}/sidepanel.html`).length;
    };
    await expect.poll(sidePanels).toBe(1);
    await popup.close();
  });
});
