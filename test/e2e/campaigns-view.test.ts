// The Campaigns view in Chromium: create a campaign in the dashboard, make it the active one, and see
// the popup's campaign fit name it on a creator's page; then back it up and restore it into a fresh
// profile, where it is there again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const PROFILE_URL = 'https://www.tiktok.com/@lena.makeup';
/** The backup is written where the page can read it back (the origin's private file system). */
const PICKER = `
window.showSaveFilePicker = async (options) => {
  const root = await navigator.storage.getDirectory();
  window.__savedAs = options.suggestedName;
  return root.getFileHandle(options.suggestedName, { create: true });
};`;

let browser: ExtensionBrowser;
let fresh: ExtensionBrowser | undefined;
const dashboardOf = (b: ExtensionBrowser) => `chrome-extension://${b.extensionId}/dashboard.html`;

beforeAll(async () => {
  browser = await launchWithExtension({ [PROFILE_URL]: fixture('tiktok/profile-universal-2025-06.html') });
});
afterAll(async () => {
  await browser?.close();
  await fresh?.close();
});

async function newCampaign(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New campaign' }).click();
  const dialog = page.getByRole('dialog', { name: 'New campaign' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Goal').selectOption('awareness');
  await dialog.getByLabel('Start date').fill('2026-03-01');
  await dialog.getByLabel('Budget per post').fill('60');
  await dialog.getByLabel('CPM (cost per 1,000 views)').fill('12');
  await dialog.getByRole('button', { name: 'Save campaign' }).click();
  await page.getByText(`Saved “${name}”.`).waitFor();
}

describe('the Campaigns view in Chromium', () => {
  it('a campaign made active in the dashboard is the one the popup’s fit names', async () => {
    const page = await browser.context.newPage();
    await page.goto(dashboardOf(browser));
    await page.getByRole('link', { name: 'Campaigns' }).click();
    expect(new URL(page.url()).hash).toBe('#campaigns');
    await page.getByText('No campaigns yet. Create one with New campaign.').waitFor();
    // A refused value is told at its field, and the dialog stays.
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name', { exact: true }).fill('Broken');
    await dialog.getByLabel('Total views').fill('-5');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await dialog.getByText('Enter a number above 0, such as 12.5, or leave it empty.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await newCampaign(page, 'Spring glow');
    await newCampaign(page, 'Monolid makeup, US');
    await page.getByRole('button', { name: 'Set active: Monolid makeup, US' }).click();
    await page.getByText('“Monolid makeup, US” is now the active campaign.').waitFor();

    // Back returns to the shortlist; Forward to the campaigns.
    await page.goBack();
    await page.getByText('No creators saved yet.').waitFor();
    await page.goForward();
    await page.getByRole('rowheader', { name: 'Spring glow' }).waitFor();

    const creator = await browser.context.newPage();
    await creator.goto(PROFILE_URL);
    const tabId = await tabIdOf(browser.worker, creator);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const fit = popup.getByTestId('campaign-fit');
    await fit.waitFor();
    expect(await fit.locator('h3').textContent()).toBe('Fit for “Monolid makeup, US”');
  });

  it('backs the campaigns up and restores them into a fresh profile', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript({ content: PICKER });
    await page.goto(`${dashboardOf(browser)}#campaigns`);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'Back up (JSON)' }).click();
    await page.locator('.backup-buttons [role=status]').getByText(/^Backup saved to/).waitFor({ timeout: 60_000 });
    const saved = await page.evaluate(async () => {
      const name = (window as unknown as { __savedAs: string }).__savedAs;
      const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
      return { name, text: await file.text() };
    });
    expect(saved.text).toContain('"campaigns":[');

    fresh = await launchWithExtension({});
    const restored = await fresh.context.newPage();
    await restored.goto(`${dashboardOf(fresh)}#campaigns`);
    await restored.getByText('No campaigns yet. Create one with New campaign.').waitFor();
    await restored.getByRole('button', { name: 'More' }).click();
    await restored.evaluate(({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Restore from backup"]')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, saved);
    const confirm = restored.getByRole('alertdialog', { name: 'Replace everything?' });
    await confirm.getByRole('button', { name: 'Replace everything' }).click();
    await restored.getByText(/^Restored /).waitFor({ timeout: 60_000 });
    await restored.reload();
    await restored.getByRole('rowheader', { name: 'Monolid makeup, US' }).waitFor();
    await restored.getByRole('rowheader', { name: 'Spring glow' }).waitFor();
  });
});
