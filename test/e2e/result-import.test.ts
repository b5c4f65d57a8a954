// Importing a seller's result files in Chromium: a campaign with two booked creators (one delivered
// TikTok video), a TikTok Shop-style export and a Chinese discount code report separated by
// semicolons, each previewed with its unmatched rows and imported into the database.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeal } from '../../lib/db/deal-record';
import { aTikTokPost } from '../helpers/campaign-work';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const SCREENSHOTS = 'test/e2e/screenshots';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({});
});
afterAll(async () => {
  await browser?.close();
});

/** Deals and a delivered post written straight into the extension's database, as the deal dialog and Attach store them. */
async function seed(page: Page, campaignId: string): Promise<void> {
  const now = Date.now();
  const deals = [
    { ...newDeal(campaignId, 'tiktok:lena', now), discountCode: 'LENA10' },
    { ...newDeal(campaignId, 'tiktok:kai', now), discountCode: 'KAI5' },
  ];
  const post = { ...aTikTokPost('post-lena-1', 'lena', '7301234567890123456', { dueDate: null, postedAt: now, attachedAt: now }), campaignId };
  await page.evaluate(async ({ deals, post }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('creator-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['deals', 'deliverables'], 'readwrite');
      for (const deal of deals) tx.objectStore('deals').put(deal);
      tx.objectStore('deliverables').put(post);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { deals, post });
}

async function storedResults(page: Page): Promise<Array<[string, number | null, string | null]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('creator-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    type Stored = { matchedBy: string; orders: number | null; revenue: { currency: string } | null };
    const all = await new Promise<Stored[]>((resolve, reject) => {
      const request = db.transaction('results').objectStore('results').getAll();
      request.onsuccess = () => resolve(request.result as Stored[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.map((result): [string, number | null, string | null] => [result.matchedBy, result.orders, result.revenue?.currency ?? null]).sort();
  });
}

describe('importing result files in Chromium', () => {
  it('reads a TikTok Shop export and a discount code report into the campaign', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).click();
    const create = page.getByRole('dialog', { name: 'New campaign' });
    await create.getByLabel('Name', { exact: true }).fill('Spring glow');
    await create.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Spring glow”.').waitFor();
    const href = await page.getByRole('link', { name: 'Spring glow' }).getAttribute('href');
    const campaignId = decodeURIComponent(href!.replace('#campaign=', ''));
    await seed(page, campaignId);
    await page.getByRole('link', { name: 'Spring glow' }).click();

    await page.getByRole('button', { name: 'Import results…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import results' });
    const tiktok = [
      'Video ID,Creator username,GMV,Orders,Items sold,Refunds,Est. commission',
      '7301234567890123456,lena,"$1,200.00",30,34,$50.00,$120.00',
      '7309999999999999999,kai,$80.00,2,2,$0.00,$8.00',
    ].join('\r\n');
    await dialog.getByLabel('Result file').setInputFiles({ name: 'affiliate.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${tiktok}\r\n`) });
    await dialog.getByText('Recognised as: TikTok Shop affiliate export.').waitFor();
    await dialog.getByText('Row 3: video 7309999999999999999 is not among this campaign’s delivered posts').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'result-import-en.png') });
    await dialog.getByRole('button', { name: 'Import 1 result' }).click();
    await dialog.getByText('1 row imported from affiliate.csv (1 not matched: listed)').waitFor();

    const report = '折扣码;订单数;总销售额;退货;净销售额\r\nLENA10;4;1.050,00 €;-60,00 €;990,00 €\r\nKAI5;2;100,00 €;0,00 €;100,00 €\r\nSAVE50;1;10,00 €;0,00 €;10,00 €\r\n';
    await dialog.getByLabel('Result file').setInputFiles({ name: 'discounts.csv', mimeType: 'text/csv', buffer: Buffer.from(report) });
    await dialog.getByText('Recognised as: discount code report.').waitFor();
    await dialog.getByText('Row 4: no deal of this campaign has the discount code SAVE50').waitFor();
    await dialog.getByRole('button', { name: 'Import 2 results' }).click();
    await dialog.getByText('2 rows imported from discounts.csv (1 not matched: listed)').waitFor();

    expect(await storedResults(page)).toEqual([
      // The report's amounts say €; the TikTok export's "$" names no one dollar: the campaign's currency (US dollars without a budget).
      ['code:KAI5', 2, 'EUR'],
      ['code:LENA10', 4, 'EUR'],
      ['video:7301234567890123456', 30, 'USD'],
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Import results…' }).waitFor();

    // The same dialog in Chinese, dark: what the options page writes, then the page again.
    await browser.worker.evaluate(async () => {
      type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
      const { settings } = await storage.local.get('settings');
      await storage.local.set({ settings: { ...(settings as object), language: 'zh_CN' } });
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.getByRole('button', { name: '导入效果数据…' }).click();
    const chinese = page.getByRole('dialog', { name: '导入效果数据' });
    await chinese.getByLabel('效果数据文件').setInputFiles({ name: '折扣码.csv', mimeType: 'text/csv', buffer: Buffer.from(report) });
    await chinese.getByText('已识别为：折扣码销售报表。').waitFor();
    await chinese.getByText('第 4 行：本活动没有合作使用折扣码 SAVE50').waitFor();
    // Both codes were imported before: the preview says they replace those results.
    await chinese.getByText('其中 2 条将替换之前导入的效果数据（来源和对应依据相同）。').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'result-import-zh-dark.png') });
  });
});
