// An Instagram post as Instagram served it to a visitor who was not logged in (2024-12): only the
// head names its owner and figures. In real Chromium with the built extension, the toolbar popup
// names the creator and shows the post's likes, comments and date instead of failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const POST = 'https://www.instagram.com/p/CPeC-Eenc8l/';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ [POST]: fixture('instagram/post-logged-out-2024-12.html') });
});

afterAll(async () => {
  await browser?.close();
});

describe('a logged-out Instagram post in Chromium', () => {
  it("shows @willyrex's post with the figures its head gives", async () => {
    const page = await browser.openFixture(POST);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 428, height: 1000 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, page)}`);
    await expect.poll(() => popup.getByTestId('creator-name').textContent()).toBe('Willyrex');
    expect(await popup.locator('[data-post-stat="likes"]').textContent()).toBe('≈298K');
    expect(await popup.locator('[data-post-stat="comments"]').textContent()).toBe('553');
    expect(await popup.locator('.post-figures').textContent()).toContain('May 29, 2021');
    expect(await popup.locator('body').textContent()).not.toMatch(/pg_|whose post/);
  });
});
