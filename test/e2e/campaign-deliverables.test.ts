// Delivered posts in Chromium: a shortlisted creator booked in a campaign whose brand account their
// video names; the popup on that video offers to attach it, Attach does, and the campaign's page
// lists it with the figures read and draws its chart; a pasted profile address is refused at the field.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const VIDEO_URL = 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111';
let browser: ExtensionBrowser;
const dashboard = () => `chrome-extension://${browser.extensionId}/dashboard.html`;

beforeAll(async () => {
  browser = await launchWithExtension({ [VIDEO_URL]: fixture('tiktok/video-universal-2025-06.html') });
});
afterAll(async () => {
  await browser?.close();
});

async function popupFor(tab: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, tab)}`);
  return popup;
}

/**
 * Books the creator in the campaign with one promised video, as the deals part of the campaign page
 * does: written straight into the extension's database, the way its records are stored.
 */
async function book(page: Page, campaignName: string, creatorId: string, dueDate: string): Promise<string> {
  return page.evaluate(
    async ({ campaignName, creatorId, dueDate }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('creator-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const campaigns = await new Promise<Array<{ id: string; name: string }>>((resolve, reject) => {
        const request = db.transaction('campaigns').objectStore('campaigns').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const campaignId = campaigns.find((campaign) => campaign.name === campaignName)!.id;
      const now = Date.now();
      await new Promise<void>((resolve, reject) => {
        const write = db.transaction('deals', 'readwrite');
        write.objectStore('deals').put({
          id: `${campaignId}|${creatorId}`, campaignId, creatorId, fee: null, samples: [], commissionPercent: null, discountCode: null, trackingLink: null,
          promised: [{ count: 1, format: 'video', dueDate }], usageRights: null, contractNotes: '', addedAt: now, updatedAt: now,
        });
        write.oncomplete = () => resolve();
        write.onerror = () => reject(write.error);
      });
      db.close();
      return campaignId;
    },
    { campaignName, creatorId, dueDate },
  );
}

describe('delivered posts in Chromium', () => {
  it('the popup offers a booked creator’s post that names the brand, attaches it, and the campaign lists and charts it', async () => {
    const video = await browser.context.newPage();
    await video.goto(VIDEO_URL);
    let popup = await popupFor(video);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByTestId('save-status').waitFor();
    // Not booked anywhere yet: nothing is offered.
    expect(await popup.getByTestId('deliverable-offers').count()).toBe(0);
    await popup.close();

    const page = await browser.context.newPage();
    await page.goto(`${dashboard()}#campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name', { exact: true }).fill('Monolid launch');
    await dialog.getByLabel('Brand accounts').fill('@GlowBrand');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Monolid launch”.').waitFor();
    const campaignId = await book(page, 'Monolid launch', 'tiktok:lena.makeup', '2026-06-01');

    popup = await popupFor(video);
    const offers = popup.getByTestId('deliverable-offers');
    await offers.getByText('Looks like a deliverable for Monolid launch (brand account @glowbrand).').waitFor();
    await offers.getByRole('button', { name: 'Attach to Monolid launch' }).click();
    await offers.getByText('Attached to Monolid launch.').waitFor();

    await page.goto(`${dashboard()}#campaign=${encodeURIComponent(campaignId)}`);
    const table = page.locator('.deliverables-table');
    await table.waitFor();
    const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['@lena.makeup', '7301000000000001111', '2026-06-01']);
    expect(cells[3]).toMatch(/^on time · posted /);
    expect(cells[4]).toMatch(/\d views · [\d,]+ likes/);
    expect(cells[5]).toBe('one reading so far');
    await page.getByRole('figure', { name: 'Views over time' }).waitFor();

    // A profile address pasted for the same creator is refused at the field; nothing is added.
    await page.getByLabel('Creator', { exact: true }).selectOption('tiktok:lena.makeup');
    await page.getByLabel('Post address').fill('https://www.tiktok.com/@lena.makeup');
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await page.getByText('This address is not one post').waitFor();
    expect(await page.getByLabel('Post address').getAttribute('aria-invalid')).toBe('true');
    expect(await table.locator('tbody tr').count()).toBe(1);
  });
});
