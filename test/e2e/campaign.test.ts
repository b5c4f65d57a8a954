// Campaigns in Chromium: set one up on the options page, score a creator, and see its fit
// (language told by the browser's own detector) apart from the quality score.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { ARTIFACTS_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const PROFILE_URL = 'https://www.tiktok.com/@lena.makeup';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ [PROFILE_URL]: fixture('tiktok/profile-universal-2025-06.html') });
});
afterAll(async () => {
  await browser?.close();
});

describe('campaign fit in Chromium', () => {
  it('a campaign saved on the options page shows its fit on the score card, the score unchanged', async () => {
    const page = await browser.context.newPage();
    await page.goto(PROFILE_URL);
    const tabId = await tabIdOf(browser.worker, page);
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`;

    const before = await browser.context.newPage();
    await before.goto(popupUrl);
    // Under its folded heading below the card.
    await before.getByText('No active campaign.').waitFor({ state: 'attached' });
    const score = await before.getByTestId('score').textContent();
    await before.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'New campaign' }).click();
    await options.getByLabel('Name').fill('Monolid makeup, US');
    await options.getByLabel('Content languages (codes)').fill('en');
    await options.getByLabel('Niche keywords and hashtags').fill('makeup, #monolid');
    await options.getByLabel('TikTok').check();
    await options.getByLabel('Budget per post').fill('60');
    await options.getByRole('button', { name: 'Save campaign' }).click();
    await options.getByText('Saved “Monolid makeup, US”.').waitFor();
    expect(await options.getByLabel('Monolid makeup, US').isChecked()).toBe(true);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 428, height: 1200 });
    await popup.goto(popupUrl);
    const fit = popup.getByTestId('campaign-fit');
    await fit.waitFor();
    expect(await popup.getByTestId('score').textContent()).toBe(score);
    expect(await fit.locator('h3').textContent()).toBe('Fit for “Monolid makeup, US”');
    expect(await fit.locator('[data-fit="platform"]').getAttribute('data-verdict')).toBe('fits');
    // Median views 6,000 at TikTok's USD 5-15 CPM: USD 30-90 per post, and the budget is 60.
    expect(await fit.locator('[data-fit="price"]').textContent()).toContain('$30-$90 per post');
    expect(await fit.locator('[data-fit="price"]').getAttribute('data-verdict')).toBe('fits');
    // The grid shows no captions: the niche cannot be judged from this page, and it says so.
    expect(await fit.locator('[data-fit="niche"]').getAttribute('data-verdict')).toBe('unknown');
    // The bio's language comes from Chromium's detector, locally.
    expect(await fit.locator('[data-fit="language"]').textContent()).toMatch(/Found: en \(1\)|No bio or caption long enough/);
    await fit.locator('summary').click();
    expect(await fit.getAttribute('open')).not.toBeNull();
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-campaign-fit.png'), fullPage: true });
  });
});
