// The outreach log in Chromium: two shortlisted creators booked in a campaign, a message logged to
// each, one answered later; the campaign page shows the response rate and reply time, and the
// shortlist statuses move with the log (contacted, then negotiating) with nothing typed twice; the
// section passes WCAG A/AA with its forms open, light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { axeViolations } from './axe';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { hoursAgo, saveFromPopup } from './steps';

const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const INSTAGRAM = 'https://www.instagram.com/lena.park/';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension({
    [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html'),
    [INSTAGRAM]: fixture('instagram/profile-rendered-header-2025-06.html'),
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Books the creators in the campaign as the database keeps a booking: no page of the extension books them yet. */
function book(page: Page, creatorIds: string[]): Promise<string> {
  return page.evaluate(async (ids) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('creator-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const [campaign] = await new Promise<Array<{ id: string }>>((resolve, reject) => {
      const request = db.transaction('campaigns').objectStore('campaigns').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const now = Date.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('deals', 'readwrite');
      for (const [index, creatorId] of ids.entries()) {
        transaction.objectStore('deals').put({
          id: `${campaign!.id}|${creatorId}`, campaignId: campaign!.id, creatorId, fee: null, samples: [], commissionPercent: null, discountCode: null,
          trackingLink: null, promised: [], usageRights: null, contractNotes: '', addedAt: now + index, updatedAt: now + index,
        });
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
    return campaign!.id;
  }, creatorIds);
}

describe('the outreach log in Chromium', () => {
  it('logs two contacts, answers one, and shows the rate and the statuses moving', async () => {
    await saveFromPopup(browser, TIKTOK);
    await saveFromPopup(browser, INSTAGRAM);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name', { exact: true }).fill('Spring glow');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Spring glow”.').waitFor();
    const campaignId = await book(page, ['tiktok:lena.makeup', 'instagram:lena.park']);

    await page.getByRole('link', { name: 'Spring glow' }).click();
    expect(new URL(page.url()).hash).toBe(`#campaign=${campaignId}`);
    const outreach = page.locator('.campaign-outreach');
    await outreach.getByText('unknown: no creator contacted yet').waitFor();

    // A contact with no creator is refused at the field.
    await outreach.getByRole('button', { name: 'Log contact' }).click();
    const form = outreach.getByRole('form', { name: 'Log contact' });
    await form.getByRole('button', { name: 'Save contact' }).click();
    await form.getByText('Choose one of the creators booked in this campaign.').waitFor();

    await form.getByLabel('Creator').selectOption('tiktok:lena.makeup');
    await form.getByLabel('Channel').selectOption('tiktok-shop-invite');
    await form.getByLabel('Sent at').fill(await hoursAgo(page, 100));
    await form.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText(/Shortlist status: To review → Contacted\.$/).waitFor();

    await outreach.getByRole('button', { name: 'Log contact' }).click();
    await form.getByLabel('Creator').selectOption('instagram:lena.park');
    await form.getByLabel('Channel').selectOption('instagram-dm');
    await form.getByLabel('Sent at').fill(await hoursAgo(page, 30));
    await form.getByRole('button', { name: 'Save contact' }).click();
    await outreach.locator('.outreach-table tbody tr').nth(1).waitFor();
    expect(await outreach.locator('[data-figure="response-rate"]').textContent()).toBe('0 of 2 answered (0.00%)');
    // The TikTok message has waited over the three days a follow-up is due after.
    expect(await outreach.locator('[data-figure="follow-ups"]').textContent()).toBe('1');

    // The TikTok creator answers 28 hours after the message.
    const tiktokRow = outreach.locator('.outreach-table tbody tr', { hasText: 'TikTok Shop invite' });
    await tiktokRow.getByRole('button', { name: /^Mark answer/ }).click();
    const answer = tiktokRow.locator('form.answer-form');
    await answer.getByLabel('Outcome').selectOption('replied');
    await answer.getByLabel('Answered at').fill(await hoursAgo(page, 72));
    await answer.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText(/Shortlist status: Contacted → Negotiating\.$/).waitFor();
    expect(await outreach.locator('[data-figure="response-rate"]').textContent()).toBe('1 of 2 answered (50.00%)');
    expect(await outreach.locator('[data-figure="median-reply"]').textContent()).toBe('1 d 4 h');
    expect(await outreach.locator('[data-figure="follow-ups"]').textContent()).toBe('0');

    // The campaign's creators list shows the statuses the log moved.
    const creators = page.locator('.campaign-creators tbody tr');
    expect(await creators.locator('td:first-of-type').allTextContents()).toEqual(['Negotiating', 'Contacted']);

    // With both forms open and a refusal showing, the section passes WCAG A/AA in either scheme.
    await outreach.getByRole('button', { name: 'Log contact' }).click();
    await form.getByLabel('Sent at').fill(await hoursAgo(page, -30));
    await form.getByRole('button', { name: 'Save contact' }).click();
    await form.getByText('This time is in the future.').waitFor();
    await outreach.getByRole('button', { name: /^Mark answer/ }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
