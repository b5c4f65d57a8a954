// Creators in a campaign, in Chromium: import two creators and add them to a campaign from the bulk
// bar, add a third from the popup (its Save still in sight at the popup's size), then edit a deal on
// the campaign's page: a fee of -5 is refused at the field, a whole deal with its tracking link is
// saved and shown in the row, and removing a creator takes out only the deal.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { axeViolations } from './axe';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const PROFILE_URL = 'https://www.tiktok.com/@lena.makeup';
let browser: ExtensionBrowser;
const dashboardOf = (b: ExtensionBrowser) => `chrome-extension://${b.extensionId}/dashboard.html`;

beforeAll(async () => {
  browser = await launchWithExtension({ [PROFILE_URL]: fixture('tiktok/profile-universal-2025-06.html') });
});
afterAll(async () => {
  await browser?.close();
});

async function openDashboard(hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${dashboardOf(browser)}${hash}`);
  return page;
}

describe('creators in a campaign, in Chromium', () => {
  it('adds creators from the bulk bar and from the popup, and edits a deal on the campaign’s page', async () => {
    const page = await openDashboard('#campaigns');
    await page.getByRole('button', { name: 'New campaign' }).click();
    const campaignDialog = page.getByRole('dialog', { name: 'New campaign' });
    await campaignDialog.getByLabel('Name', { exact: true }).fill('Summer Glow');
    await campaignDialog.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Summer Glow”.').waitFor();

    // Two creators come in by import, then join the campaign from the bulk bar.
    await page.getByRole('link', { name: 'Shortlist' }).click();
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await page.getByLabel('CSV file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Creator,Platform\n@nora,TikTok\n@bo,TikTok\n') });
    await page.getByRole('button', { name: 'Import 2 creators' }).click();
    await page.getByText('Imported: 2 added, 0 merged, 0 unchanged. From list.csv.').waitFor();
    await page.getByLabel('Select all 2 creators shown').check();
    await page.getByRole('button', { name: 'Add to campaign…' }).click();
    const pick = page.getByLabel('Campaign to add the selected creators to');
    expect(await pick.locator('option:checked').textContent()).toBe('Summer Glow (active)');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('toolbar', { name: /selected/i }).getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('2 creators added to Summer Glow').waitFor();

    // A third from the popup, once saved; Save stays in sight at the popup's size.
    const profile = await browser.context.newPage();
    await profile.goto(PROFILE_URL);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, profile)}`);
    await popup.getByTestId('creator-name').waitFor();
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    const booking = popup.getByTestId('campaign-booking');
    await booking.getByText('In no campaign yet').waitFor();
    await booking.getByRole('button', { name: 'Add to campaign' }).click();
    await booking.getByText('Added to Summer Glow').waitFor();
    await booking.getByText('In Summer Glow').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    const save = await popup.getByRole('button', { name: 'Save to shortlist' }).boundingBox();
    expect(save).not.toBeNull();
    expect(save!.y + save!.height).toBeLessThanOrEqual(600);

    // The campaign's page lists all three, and edits a deal.
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('link', { name: 'Summer Glow' }).click();
    const rows = page.locator('.campaign-creators tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const lena = rows.filter({ hasText: '@lena.makeup' });
    await lena.getByRole('button', { name: /^Edit deal with / }).click();
    const dealDialog = page.getByRole('dialog', { name: /^Deal with .+ in Summer Glow$/ });
    await dealDialog.getByLabel('Fee', { exact: true }).fill('-5');
    await dealDialog.getByRole('button', { name: 'Save deal' }).click();
    await dealDialog.getByText('Type an amount from 0.01 to 1,000,000,000, like 1200 or 99.50.').waitFor();
    // With a refusal showing, a sample and a promise line open, the dialog passes WCAG A/AA in either scheme.
    await dealDialog.getByRole('button', { name: 'Add a sample' }).click();
    await dealDialog.getByRole('button', { name: 'Add a promise' }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await dealDialog.getByRole('button', { name: 'Remove sample 1' }).click();
    await dealDialog.getByRole('button', { name: 'Remove promise 1' }).click();
    await dealDialog.getByLabel('Fee', { exact: true }).fill('800');
    await dealDialog.getByLabel('Discount code').fill('LENA10');
    await dealDialog.getByLabel('Page address').fill('https://shop.example/serum?variant=30ml');
    expect(await dealDialog.getByTestId('tracking-link').textContent()).toBe(
      'https://shop.example/serum?variant=30ml&utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena.makeup',
    );
    await dealDialog.getByRole('button', { name: 'Save deal' }).click();
    await dealDialog.waitFor({ state: 'detached' });
    await lena.getByText('Code LENA10').waitFor();
    expect(await lena.textContent()).toMatch(/Fee \$800/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // Removing a creator takes out their deal only; they stay on the shortlist.
    const nora = rows.filter({ hasText: '@nora' });
    await nora.getByRole('button', { name: /^Remove from campaign: / }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(/deletes only the deal in this campaign/).waitFor();
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await nora.waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('link', { name: 'Shortlist' }).click();
    await page.getByRole('button', { name: /nora/ }).first().waitFor();
  });
});
