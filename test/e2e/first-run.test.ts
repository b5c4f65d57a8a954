// The first run and the keys, in real Chromium with the built extension: the welcome page opens on
// install with the shortcuts the browser has bound and a way to the shortlist; in the shortlist "/"
// goes to the search box, j steps from creator to creator, Enter opens one, Escape closes it, and "?"
// lists the keys.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedShortlist } from '../../bench/seed';
import { launchWithExtension, welcomeTab, type ExtensionBrowser } from './browser';

const SCREENSHOTS = 'test/e2e/screenshots';

let browser: ExtensionBrowser;
let welcome: Page;

beforeAll(async () => {
  browser = await launchWithExtension({}, { welcome: 'keep' });
  welcome = await welcomeTab(browser.context, browser.extensionId);
  await welcome.setViewportSize({ width: 1280, height: 800 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) => page.evaluate(() => {
  const element = document.activeElement as HTMLElement | null;
  return element?.dataset.open ?? element?.getAttribute('type') ?? element?.tagName ?? null;
});

describe('the welcome page', () => {
  it('opens on install and shows the shortcuts the browser has bound', async () => {
    const shortcuts = welcome.getByTestId('welcome-shortcuts');
    await expect.poll(() => shortcuts.locator('tr[data-command]').allInnerTexts()).toEqual(['Alt+Shift+S\tScore this creator', 'Alt+Shift+L\tOpen the shortlist']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await welcome.screenshot({ path: join(SCREENSHOTS, 'welcome-en.png') });
  });

  it('reads in Chinese when that is the chosen language', async () => {
    await welcome.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { recordVisits: true, language: 'zh_CN' } }));
    await welcome.getByRole('heading', { level: 1, name: '欢迎使用 Creator Lens' }).waitFor();
    expect(await welcome.title()).toBe('欢迎 · Creator Lens');
    await welcome.screenshot({ path: join(SCREENSHOTS, 'welcome-zh.png') });
    await welcome.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { recordVisits: true, language: 'en' } }));
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Creator Lens' }).waitFor();
  });

  it('opens the shortlist', async () => {
    const [dashboard] = await Promise.all([browser.context.waitForEvent('page'), welcome.getByRole('button', { name: 'Open shortlist' }).click()]);
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.getByText('No creators saved yet.').waitFor();
    await dashboard.close();
  });
});

describe('the shortlist with the keyboard', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.getByText('No creators saved yet.').waitFor();
    await seedShortlist(page, 3, 1);
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.locator('tr[data-creator]').nth(2).waitFor();
  }, 60_000);

  it('searches with /, steps with j, opens with Enter and closes with Escape', async () => {
    const ids = await page.locator('tr[data-creator]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-creator')!));
    expect(ids).toHaveLength(3);

    await page.keyboard.press('/');
    expect(await focused(page)).toBe('search');
    // Typed into the search box: a letter, not a step.
    await page.keyboard.press('j');
    expect(await page.locator('.filters input[type="search"]').inputValue()).toBe('j');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('BODY');

    await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toBe(ids[0]);
    await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toBe(ids[1]);
    await page.keyboard.press('k');
    await expect.poll(() => focused(page)).toBe(ids[0]);
    await page.keyboard.press('j');
    await expect.poll(() => focused(page)).toBe(ids[1]);

    await page.keyboard.press('Enter');
    const panel = page.locator(`[data-detail="${ids[1]}"]`);
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => focused(page)).toBe(ids[1]);
  });

  it('lists the keys on ?, with the bound shortcuts, and Escape gives the focus back', async () => {
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.evaluate((dialog) => dialog.matches(':modal'))).toBe(true);
    await expect.poll(() => help.locator('tr[data-command]').allInnerTexts()).toContain('Alt+Shift+S\tScore this creator');
    // The keys of the page do nothing behind the dialog.
    await page.keyboard.press('j');
    expect(await help.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    const ids = await page.locator('tr[data-creator]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-creator')!));
    await expect.poll(() => focused(page)).toBe(ids[1]);

    // The "?" button opens it too; Close closes it.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await help.waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Keyboard shortcuts' }).evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
