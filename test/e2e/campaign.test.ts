// Campaigns in Chromium: set one up on the options page, score a creator, and see its fit
// (language told by the browser's own detector) apart from the quality score; the options page
// itself as one readable column in both languages and schemes, wide and narrow.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { ARTIFACTS_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const PROFILE_URL = 'https://www.tiktok.com/@lena.makeup';
const SCREENSHOTS = resolve('test/e2e/screenshots');
type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ [PROFILE_URL]: fixture('tiktok/profile-universal-2025-06.html') });
});
afterAll(async () => {
  await browser?.close();
});

describe('campaign fit in Chromium', () => {
  it('a campaign saved on the options page shows its fit on the score card, the score unchanged', async () => {
    const page = await browser.context.newPage();
    await page.goto(PROFILE_URL);
    const tabId = await tabIdOf(browser.worker, page);
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`;

    const before = await browser.context.newPage();
    await before.goto(popupUrl);
    // Under its folded heading below the card.
    await before.getByText('No active campaign.').waitFor({ state: 'attached' });
    const score = await before.getByTestId('score').textContent();
    await before.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'New campaign' }).click();
    await options.getByLabel('Name').fill('Monolid makeup, US');
    // Markets and languages are picked by name; what is kept is their codes.
    await options.getByRole('combobox', { name: 'Target markets' }).fill('United States');
    await options.getByRole('option', { name: 'United States US' }).waitFor();
    await options.keyboard.press('Enter');
    await options.getByRole('combobox', { name: 'Content languages' }).fill('Engl');
    await options.keyboard.press('Enter');
    await options.getByRole('button', { name: 'Remove English' }).waitFor();
    await options.getByLabel('Niche keywords and hashtags').fill('makeup, #monolid');
    await options.getByLabel('TikTok').check();
    await options.getByLabel('Budget per post').fill('60');
    await options.getByRole('button', { name: 'Save campaign' }).click();
    await options.getByText('Saved “Monolid makeup, US”.').waitFor();
    expect(await options.getByLabel('Monolid makeup, US').isChecked()).toBe(true);
    // Kept as a record in the extension's database, where the dashboard's Campaigns view lists it too.
    const saved = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('creator-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('campaigns').objectStore('campaigns').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return records;
    });
    expect(saved).toMatchObject([{ name: 'Monolid makeup, US', targetMarkets: ['US'], languages: ['en'] }]);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 428, height: 1200 });
    await popup.goto(popupUrl);
    const fit = popup.getByTestId('campaign-fit');
    await fit.waitFor();
    expect(await popup.getByTestId('score').textContent()).toBe(score);
    expect(await fit.locator('h3').textContent()).toBe('Fit for “Monolid makeup, US”');
    expect(await fit.locator('[data-fit="platform"]').getAttribute('data-verdict')).toBe('fits');
    // Median views 6,000 at TikTok's USD 5-15 CPM: USD 30-90 per post, and the budget is 60.
    expect(await fit.locator('[data-fit="price"]').textContent()).toContain('$30-$90 per post');
    expect(await fit.locator('[data-fit="price"]').getAttribute('data-verdict')).toBe('fits');
    // The grid shows no captions: the niche cannot be judged from this page, and it says so.
    expect(await fit.locator('[data-fit="niche"]').getAttribute('data-verdict')).toBe('unknown');
    // The bio's language comes from Chromium's detector, locally.
    expect(await fit.locator('[data-fit="language"]').textContent()).toMatch(/Found: en \(1\)|No bio or caption long enough/);
    await fit.locator('summary').click();
    expect(await fit.getAttribute('open')).not.toBeNull();
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-campaign-fit.png'), fullPage: true });

    // The budget in yuan: the expected price shows in yuan at the user's rate, and without a rate in dollars, saying so.
    await options.getByRole('button', { name: 'Edit' }).click();
    await options.getByLabel('Budget per post').fill('432');
    await options.getByLabel('Currency', { exact: true }).selectOption('CNY');
    await options.getByLabel('Exchange rate: CNY per US dollar').fill('7.2');
    await options.getByRole('button', { name: 'Save campaign' }).click();
    await options.getByText('Saved “Monolid makeup, US”.').waitFor();
    await popup.reload();
    await fit.waitFor();
    expect(await fit.locator('[data-fit="price"]').textContent()).toContain('≈ CN¥216-CN¥648 per post, at 7.2 CNY per US dollar (your rate).');
    expect(await fit.locator('[data-fit="price"]').getAttribute('data-verdict')).toBe('fits');
    await options.getByRole('button', { name: 'Edit' }).click();
    await options.getByLabel('Exchange rate: CNY per US dollar').fill('');
    await options.getByRole('button', { name: 'Save campaign' }).click();
    await options.getByText('Saved “Monolid makeup, US”.').waitFor();
    await popup.reload();
    await fit.waitFor();
    expect(await fit.locator('[data-fit="price"]').textContent()).toContain('$30-$90 per post, in US dollars: no rate to CNY given.');
    expect(await fit.locator('[data-fit="price"]').getAttribute('data-verdict')).toBe('unknown');
  });
});

/** How the options page sits in its window: the column's width and margins, and any sideways scroll. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main.options')!.getBoundingClientRect();
    const root = document.documentElement;
    return { width: main.width, left: main.left, right: root.clientWidth - main.right, sideways: root.scrollWidth - root.clientWidth };
  });
}

describe('the options page in Chromium', () => {
  it('is one centred column with its sections, readable fields and no sideways scroll, in English and Chinese, light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('button', { name: 'New campaign' }).click();
    expect(await page.locator('h1, h2').allTextContents()).toEqual(['Settings', 'Language', 'Outreach', 'Campaigns']);
    await page.getByLabel('Name', { exact: true }).fill('Spring skincare, SEA');
    for (const market of ['Latin America', 'Mexico']) {
      await page.getByRole('combobox', { name: 'Target markets' }).fill(market);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('combobox', { name: 'Content languages' }).fill('indones');
    await page.keyboard.press('Enter');
    await page.getByLabel('Budget per post').fill('3600');
    await page.getByLabel('Currency', { exact: true }).selectOption('CNY');
    await page.getByLabel('Exchange rate: CNY per US dollar').fill('7.2');
    // The language list open as the user types, for the picture.
    await page.getByRole('combobox', { name: 'Content languages' }).fill('ma');
    await page.getByRole('listbox').waitFor();

    const wide = await layoutOf(page);
    expect(wide.width).toBeLessThanOrEqual(720);
    expect(Math.abs(wide.left - wide.right)).toBeLessThanOrEqual(1);
    expect(wide.sideways).toBe(0);
    // The language switch sits in the column, not in a corner of the window.
    const language = await page.locator('.language-setting select').boundingBox();
    expect(language!.x).toBeGreaterThanOrEqual(wide.left);
    // Text and fields at the theme's size (Chromium's own style for options pages is 10.5px), fields as wide as the column.
    const name = page.getByLabel('Name', { exact: true });
    expect(await name.evaluate((field) => [getComputedStyle(field).fontSize, getComputedStyle(document.body).fontSize])).toEqual(['14px', '14px']);
    expect((await name.boundingBox())!.height).toBeGreaterThanOrEqual(36);
    expect((await name.boundingBox())!.width).toBeGreaterThan(600);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-en.png'), fullPage: true });

    await page.setViewportSize({ width: 400, height: 800 });
    expect((await layoutOf(page)).sideways).toBe(0);

    // Chinese, dark: the same page follows the language setting at once.
    await page.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
      const { settings } = await storage.local.get('settings');
      await storage.local.set({ settings: { recordVisits: true, ...(settings as object), language: 'zh_CN' } });
    });
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // The page is drawn anew in Chinese; its campaigns come from the database a moment later.
    await expect.poll(() => page.locator('h1, h2').allTextContents()).toEqual(['设置', '界面语言', '建联记录', '投放活动']);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await layoutOf(page)).sideways).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: '新建投放活动' }).click();
    await page.getByLabel('名称', { exact: true }).fill('东南亚春季护肤');
    for (const market of ['印度尼西亚', '泰国']) {
      await page.getByRole('combobox', { name: '目标市场' }).fill(market);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: '移除泰国' }).waitFor();
    await page.getByRole('combobox', { name: '内容语言' }).fill('印度尼西亚');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '移除印度尼西亚语' }).waitFor();
    await page.getByLabel('单条作品预算').fill('3600');
    await page.getByLabel('币种', { exact: true }).selectOption('CNY');
    await page.getByLabel('汇率：1 美元兑换多少 CNY').fill('7.2');
    await page.getByRole('combobox', { name: '内容语言' }).fill('西');
    await page.getByRole('listbox').waitFor();
    expect((await layoutOf(page)).sideways).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-zh-dark.png'), fullPage: true });
    await page.close();
  });
});
