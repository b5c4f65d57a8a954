// Results in Chromium: a campaign with two creators booked, one post delivered and read, and results
// imported for one creator; the other's typed by hand in the Results section's dialog, which refuses
// -5 clicks at the field first. The four layers then read per creator and for the campaign, the ROAS
// target is met, and the section is left as screenshots at 1280 px, English light and Chinese dark.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCreator } from '../../lib/db/creators';
import { newDeal } from '../../lib/db/deal-record';
import { aCampaign, aTikTokPost } from '../helpers/campaign-work';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { chooseLanguage, putRecords } from './steps';

const NOW = Date.now();
const DAY = 86_400_000;
const POSTED = NOW - 3 * DAY;
const SCREENSHOTS = join('test', 'e2e', 'screenshots');

const RECORDS = {
  creators: ['lena', 'kai'].map((handle) => newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName: null, profileUrl: `https://www.tiktok.com/@${handle}` }, NOW - 10 * DAY)),
  campaigns: [{ ...aCampaign({ id: 'c1', name: 'Serum launch', createdAt: NOW - 9 * DAY }), budget: { amount: 600, currency: 'USD', perUsd: null }, grossMarginPercent: 40, kpiTargets: { cpm: null, cpe: null, cpa: 30, roas: 2, totalViews: null } }],
  deals: [
    { ...newDeal('c1', 'tiktok:lena', NOW - 8 * DAY), fee: { amount: 500, currency: 'USD' } },
    { ...newDeal('c1', 'tiktok:kai', NOW - 8 * DAY), fee: { amount: 300, currency: 'USD' } },
  ],
  deliverables: [aTikTokPost('d1', 'lena', '7301', { dueDate: null, postedAt: POSTED, attachedAt: POSTED })],
  deliverablePoints: [{ deliverableId: 'd1', at: POSTED + DAY, views: 20_000, likes: 900, comments: 40, shares: 12, saves: 30, disclosure: 'clear', available: true }],
  results: [
    {
      id: 'c1|tiktok-shop|video:7301',
      campaignId: 'c1',
      creatorId: 'tiktok:lena',
      deliverableId: 'd1',
      source: 'tiktok-shop',
      matchedBy: 'video:7301',
      clicks: 800,
      orders: 40,
      itemsSold: 44,
      newCustomers: 31,
      revenue: { amount: 1800, currency: 'USD' },
      refunds: { amount: 80, currency: 'USD' },
      commission: null,
      fileName: 'affiliate-orders.csv',
      at: NOW - DAY,
    },
  ],
};

let browser: ExtensionBrowser;
const dashboard = () => `chrome-extension://${browser.extensionId}/dashboard.html`;
beforeAll(async () => {
  browser = await launchWithExtension({});
});
afterAll(async () => {
  await browser?.close();
});

const rowOf = (page: Page, layer: string, name: string) =>
  page.locator(`.results-${layer} tr`).filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').evaluateAll((cells) => cells.map((cell) => cell.querySelector('span')?.firstChild?.textContent?.trim() ?? ''));

describe('results in Chromium', () => {
  it('types a creator’s results by hand beside imported ones and shows the four layers', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(dashboard());
    await page.getByText('No creators saved yet.').waitFor();
    await putRecords(page, RECORDS);
    await page.goto(`${dashboard()}#campaign=c1`);
    await page.locator('.results-intent tbody tr').nth(1).waitFor();
    expect(await rowOf(page, 'intent', '@kai')).toEqual(['needs clicks', 'needs clicks and needs a delivered post', 'needs clicks']);

    await page.getByRole('button', { name: 'Enter results for @kai' }).click();
    const dialog = page.locator('dialog.results-dialog');
    await dialog.getByLabel('Clicks').fill('-5');
    await dialog.getByRole('button', { name: 'Save results' }).click();
    await dialog.getByText('A whole number from 0, like 1200 or 1,200.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent)).toBe('Clicks');
    await dialog.getByLabel('Clicks').fill('300');
    await dialog.getByLabel('Orders').fill('10');
    await dialog.getByLabel('Revenue (GMV)').fill('450');
    await dialog.getByRole('button', { name: 'Save results' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => rowOf(page, 'intent', '@kai')).toEqual(['300', 'needs a delivered post', '$1.00']);
    expect(await rowOf(page, 'conversion', '@lena')).toEqual(['40', '5.00%', '31', '$13']);
    // Kai's refunds were not typed: his ROAS is on gross revenue, and the campaign's needs his refunds for net.
    expect(await rowOf(page, 'finance', '@kai')).toEqual(['$300', '$450', 'needs refunds', 'needs refunds', '1.5', '-40.00%', 'needs a delivered post']);
    // Kai has no post read: the campaign's revenue per 1,000 views waits rather than divide his sales by Lena's views.
    expect(await rowOf(page, 'finance', 'Whole campaign')).toEqual(['$800', '$2,250', 'needs refunds', 'needs refunds', '2.8', '12.50%', 'needs a delivered post']);
    expect(await rowOf(page, 'intent', 'Whole campaign')).toEqual(['1,100', 'needs a delivered post', '$0.73']);
    const lenaRevenue = page.locator('.results-finance tbody tr').filter({ has: page.getByRole('rowheader', { name: '@lena', exact: true }) }).locator('td').nth(1).locator('span').first();
    expect(await lenaRevenue.getAttribute('title')).toContain('From: affiliate-orders.csv');
    await expect.poll(() => page.locator('.kpi-verdicts li').allTextContents()).toEqual([
      'CPA (cost per order): met, $16 against a target of $30 ($14, 46.67% better)',
      'ROAS (sales ÷ spend): met, 2.8 against a target of 2.0 (0.8, 40.63% better)',
    ]);

    for (const [language, scheme, suffix] of [
      ['en', 'light', 'en'],
      ['zh_CN', 'dark', 'zh-dark'],
    ] as const) {
      await chooseLanguage(browser, language);
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await page.locator('.results-finance tbody tr').nth(1).waitFor();
      const section = page.locator('.campaign-results');
      // Every layer's table fits the page's width: no column runs off at 1280 px.
      const overflowing = await section.locator('.table-scroll').evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length);
      expect(overflowing).toBe(0);
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: join(SCREENSHOTS, `campaign-results-typed-${suffix}.png`) });
    }
    await page.close();
  });
});
