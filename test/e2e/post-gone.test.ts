// A delivered post taken down, in Chromium: a shortlisted creator's video is booked in a campaign and
// attached by pasting its address; read once while up, then its address serves TikTok's page for a
// removed video. The popup says at once that the post is no longer available, in the page's words, and
// the campaign's table marks it "no longer available" since that day.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser, type Pages } from './browser';

const VIDEO_ID = '7301000000000001111';
const VIDEO_URL = `https://www.tiktok.com/@lena.makeup/video/${VIDEO_ID}`;
// The removed-video page names its video in its data: here the one at this address.
const REMOVED = fixture('tiktok/video-unavailable-2026-12.html').replaceAll('7301000000000009999', VIDEO_ID);
// What the browser is served, looked up at each request: the video's address serves another page later.
const pages: Pages = { [VIDEO_URL]: fixture('tiktok/video-universal-2025-06.html') };
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(pages);
});
afterAll(async () => {
  await browser?.close();
});

async function popupFor(tab: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, tab)}`);
  return popup;
}

describe('a delivered post taken down, in Chromium', () => {
  it('the popup says the post is no longer available, and the campaign’s table marks it since that day', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name', { exact: true }).fill('Monolid launch');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Monolid launch”.').waitFor();

    // Saved from its video, booked from the popup, and the video attached by its address.
    const video = await browser.context.newPage();
    await video.goto(VIDEO_URL);
    let popup = await popupFor(video);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    const booking = popup.getByTestId('campaign-booking');
    await booking.getByRole('button', { name: 'Add to campaign' }).click();
    await booking.getByText('In Monolid launch').waitFor();
    await popup.close();

    await page.getByRole('link', { name: 'Monolid launch' }).click();
    await page.getByLabel('Creator', { exact: true }).selectOption('tiktok:lena.makeup');
    await page.getByLabel('Post address').fill(VIDEO_URL);
    await page.getByLabel('Due date').fill('2026-06-01');
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const row = page.locator('.deliverables-table tbody tr').first();
    await row.waitFor();

    // Read anew while up (the popup shows the tab's last reading first): its figures.
    popup = await popupFor(video);
    await popup.getByTestId('recalled').waitFor();
    await popup.getByRole('button', { name: 'Score again' }).click();
    await popup.getByTestId('deliverable-offers').getByText('Figures recorded for the campaign this post is delivered to.').waitFor();
    await popup.close();
    await expect.poll(async () => (await row.locator('th, td').allTextContents())[4]).toMatch(/\d views · [\d,]+ likes/);

    // Taken down: the address now serves TikTok's page for a removed video.
    pages[VIDEO_URL] = REMOVED;
    await video.reload();
    popup = await popupFor(video);
    await popup.getByTestId('recalled').waitFor();
    const started = Date.now();
    await popup.getByRole('button', { name: 'Score again' }).click();
    await popup.getByTestId('post-gone').getByText('This post is no longer available (the page says: “item doesn\'t exist (statusCode 10204)”).').waitFor();
    // Read at once, not after the five seconds a page still loading is given.
    expect(Date.now() - started).toBeLessThan(4_000);
    await popup.getByTestId('deliverable-offers').getByText('Figures recorded for the campaign this post is delivered to.').waitFor();
    expect(await popup.getByRole('button', { name: 'Save to shortlist' }).count()).toBe(0);

    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    await expect.poll(async () => (await row.locator('th, td').allTextContents())[4]).toBe(`no longer available since ${today}`);
  });
});
