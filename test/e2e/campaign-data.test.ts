// A campaign's data in Chromium: the campaign page's Export CSV hands over the campaign file, and a
// backup carries the deals, contact attempts, posts and their readings into a fresh profile, where
// the same page exports the same file and a second backup holds the very same records.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCreator } from '../../lib/db/creators';
import { newDeal } from '../../lib/db/deal-record';
import { aCampaign, aTikTokPost } from '../helpers/campaign-work';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { BACKUP_PICKER, backUp, putRecords, restore } from './steps';

const NOW = Date.now();
const DAY = 86_400_000;
const POSTED = NOW - 3 * DAY;

/** The records a campaign with two creators booked holds: one has delivered a post, read twice. */
const RECORDS = {
  creators: ['lena', 'kai'].map((handle) => newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName: handle === 'lena' ? '莉娜' : null, profileUrl: `https://www.tiktok.com/@${handle}` }, NOW - 10 * DAY)),
  campaigns: [aCampaign({ id: 'c1', name: '春季护肤 Spring', createdAt: NOW - 9 * DAY })],
  deals: [
    { ...newDeal('c1', 'tiktok:lena', NOW - 8 * DAY), fee: { amount: 300, currency: 'USD' }, discountCode: '=LENA10', promised: [{ count: 1, format: 'video' as const, dueDate: new Date(NOW - 4 * DAY).toISOString().slice(0, 10) }] },
    newDeal('c1', 'tiktok:kai', NOW - 8 * DAY),
  ],
  outreach: [{ id: 'o1', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'email', sentAt: NOW - 7 * DAY, outcome: 'agreed', answeredAt: NOW - 6 * DAY, note: '', updatedAt: NOW - 6 * DAY }],
  deliverables: [aTikTokPost('d1', 'lena', '7301', { dueDate: null, postedAt: POSTED, attachedAt: POSTED })],
  deliverablePoints: [1, 2].map((day) => ({ deliverableId: 'd1', at: POSTED + day * DAY, views: 1000 * day, likes: 90 * day, comments: 4, shares: null, saves: null, disclosure: 'clear', available: true })),
};

let browser: ExtensionBrowser;
let fresh: ExtensionBrowser | undefined;
const dashboardOf = (b: ExtensionBrowser) => `chrome-extension://${b.extensionId}/dashboard.html`;

beforeAll(async () => {
  browser = await launchWithExtension({});
});
afterAll(async () => {
  await browser?.close();
  await fresh?.close();
});

async function exportCampaign(page: Page, b: ExtensionBrowser): Promise<{ name: string; text: string }> {
  await page.goto(`${dashboardOf(b)}#campaign=c1`);
  await page.locator('.campaign-creators tbody tr').nth(1).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV', exact: true }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** A backup's text without its first line, which says when it was written. */
async function backUpRecords(page: Page): Promise<string> {
  const text = await backUp(page);
  return text.slice(text.indexOf('\n'));
}

describe('a campaign’s data in Chromium', () => {
  it('exports the campaign as CSV, and a backup restored into a fresh profile gives back every record', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript({ content: BACKUP_PICKER });
    await page.goto(dashboardOf(browser));
    await page.getByText('No creators saved yet.').waitFor();
    await putRecords(page, RECORDS);

    const exported = await exportCampaign(page, browser);
    expect(exported.name).toMatch(/^creator-lens-春季护肤-spring-\d{4}-\d\d-\d\d\.csv$/);
    const lines = exported.text.split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFCampaign,Creator handle,Platform,Profile URL,Status,Fee,')).toBe(true);
    expect(lines.filter((line) => line !== '')).toHaveLength(3);
    const lena = lines.find((line) => line.includes(',lena,'))!;
    expect(lena).toContain(`,"'=LENA10",`);
    expect(lena).toContain('https://www.tiktok.com/@lena/video/7301');
    // No results yet: clicks, orders, revenue, refunds, ROAS and CPA empty, never 0; the currency is the campaign's.
    expect(lena.slice(lena.indexOf(',2000,180,'))).toBe(',2000,180,4,,,1000,clear,yes,2,,,,,USD,,');
    const first = await backUpRecords(page);
    expect(first).toContain('"end":{"creators":2,"snapshots":0,"postSamples":0,"campaigns":1,"deals":2,"outreach":1,"deliverables":1,"deliverablePoints":2,"results":0}');

    fresh = await launchWithExtension({});
    const restored = await fresh.context.newPage();
    await restored.addInitScript({ content: BACKUP_PICKER });
    await restored.goto(dashboardOf(fresh));
    await restored.getByText('No creators saved yet.').waitFor();
    await restore(restored, `{"format":"creator-lens-backup","formatVersion":2,"schemaVersion":7,"exportedAt":${Date.now()},"exportedAtIso":"x"${first}`);

    // Afresh, as a user coming back to it: the More menu the restore was chosen from is closed.
    await restored.reload();
    const again = await exportCampaign(restored, fresh);
    expect(again.text).toBe(exported.text);
    expect(await backUpRecords(restored)).toBe(first);
  });
});
