// The shortlist's columns in real Chromium with the built extension: the default set fits a 1280 px
// window without sideways scrolling, and the columns the user chooses are there when the dashboard
// is opened again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html') });
  const page = await browser.context.newPage();
  await page.goto(TIKTOK);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, page)}`);
  await popup.getByRole('button', { name: 'Save to shortlist' }).click();
  await popup.getByTestId('save-status').waitFor();
  await popup.close();
  await page.close();
});
afterAll(() => browser?.close());

async function openDashboard(): Promise<Page> {
  const dashboard = await browser.context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard.locator('tr[data-creator="tiktok:lena.makeup"]').waitFor();
  return dashboard;
}

const headers = (dashboard: Page) => dashboard.locator('thead th .sort-label').allTextContents();

describe('the shortlist’s columns', () => {
  it('fit a 1280 px window by default, the name readable', async () => {
    const dashboard = await openDashboard();
    const { scrolled, name } = await dashboard.evaluate(() => {
      const scroller = document.querySelector('.table-scroll')!;
      return { scrolled: scroller.scrollWidth - scroller.clientWidth, name: document.querySelector<HTMLElement>('td[data-column="name"]')!.offsetWidth };
    });
    expect(scrolled).toBe(0);
    expect(name).toBeGreaterThanOrEqual(120);
    await dashboard.close();
  });

  it('are the ones the user chose when the dashboard is opened again', async () => {
    const dashboard = await openDashboard();
    await dashboard.getByRole('button', { name: 'Columns' }).click();
    await dashboard.getByRole('checkbox', { name: 'Contact e-mail' }).check();
    await dashboard.getByRole('checkbox', { name: 'Price' }).uncheck();
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => headers(dashboard)).toContain('Contact e-mail');
    await dashboard.close();

    const again = await openDashboard();
    await expect.poll(() => headers(again)).toContain('Contact e-mail');
    expect(await headers(again)).not.toContain('Price');
    expect(await again.locator('tr[data-creator="tiktok:lena.makeup"] td[data-column="email"]').textContent()).toBe('lena.collabs@example.comfrom bio');
    await again.close();
  });
});
