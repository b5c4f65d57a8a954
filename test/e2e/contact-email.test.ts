// The contact e-mail a TikTok bio shows, in real Chromium with the built extension: on the popup's card
// with a working Copy button, and in the dashboard's detail as the bio's address until the user changes it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const BIO = 'lena.collabs@example.com';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html') });
});
afterAll(() => browser?.close());

async function popupFor(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, page)}`);
  await popup.getByTestId('creator-name').waitFor();
  return popup;
}

describe('the contact e-mail from the bio', () => {
  it('is on the popup card, copies, and is saved with the creator without becoming the user’s own', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await popupFor(TIKTOK);
    const line = popup.getByTestId('contact-email');
    expect(await line.getByRole('link').getAttribute('href')).toBe(`mailto:${BIO}`);
    await line.getByRole('button', { name: `Copy ${BIO}` }).click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toBe('Copied');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(BIO);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByTestId('save-status').waitFor();

    const dashboard = await browser.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 800 });
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#creator=${encodeURIComponent('tiktok:lena.makeup')}`);
    const field = dashboard.getByRole('textbox', { name: /Contact e-mail/ });
    await expect.poll(() => field.inputValue()).toBe(BIO);
    expect(await dashboard.getByTestId('email-from-bio').textContent()).toBe('from bio');
    // Saved without a change, then opened again: still the bio's address, not the user's.
    await dashboard.getByRole('spinbutton', { name: 'Price per post' }).fill('250');
    await dashboard.getByRole('button', { name: 'Save changes' }).click();
    await dashboard.getByText('Saved changes to @lena.makeup.').waitFor();
    await dashboard.reload();
    await expect.poll(() => field.inputValue()).toBe(BIO);
    expect(await dashboard.getByTestId('email-from-bio').textContent()).toBe('from bio');
  });
});
