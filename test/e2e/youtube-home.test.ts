// A YouTube channel's Home tab in real Chromium with the built extension: the score card lists the
// newest uploads of its Videos and Shorts shelves and says they were read from the Home tab, in
// English and in Chinese; a Home tab without such shelves still says to open the Videos tab.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { ARTIFACTS_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const HOME_URL = 'https://www.youtube.com/@saborlento';
const PLAYLISTS_URL = 'https://www.youtube.com/@saborlento/playlists';
const HOME_NOTICE = "Latest uploads read from the channel's Home tab shelves (its newest videos and Shorts); popular and other shelves were left out.";

let browser: ExtensionBrowser;

async function popupFor(url: string): Promise<Page> {
  const page = await browser.openFixture(url);
  const tabId = await tabIdOf(browser.worker, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 428, height: 1000 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.getByTestId('creator-name').textContent()).toBe('Sabor Lento');
  return popup;
}

/** The lines of the card's "what was read" list. */
const readLines = (popup: Page) => popup.locator('ul.plain li').allTextContents();

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const home = fixture('youtube/channel-home-shelves-2026-01.html');
  browser = await launchWithExtension({ [HOME_URL]: home, [PLAYLISTS_URL]: home });
});

afterAll(async () => {
  await browser?.close();
});

describe('a YouTube channel opened on its Home tab', () => {
  it('scores the uploads of its Videos and Shorts shelves and says where they came from', async () => {
    const popup = await popupFor(HOME_URL);
    expect(await popup.getByRole('article', { name: 'Score card' }).textContent()).toContain('@saborlento · YouTube');
    // Four videos and two Shorts: the popular shelf's 8.8M hit and the other channel's shelf are not on the chart.
    await expect.poll(() => popup.locator('.post-chart figcaption').textContent()).toContain('Views of the 6 posts read, in page order.');
    expect(await readLines(popup)).toContain(HOME_NOTICE);
    expect(await readLines(popup)).not.toContain('This tab does not list the latest uploads: open the Videos or Shorts tab');
    await popup.locator('details.fold > summary', { hasText: 'What was read' }).click();
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-youtube-home.png'), fullPage: true });
    await popup.close();
  });

  it('keeps saying to open the Videos tab on a tab that lists no uploads', async () => {
    const popup = await popupFor(PLAYLISTS_URL);
    await expect.poll(() => readLines(popup)).toContain('This tab does not list the latest uploads: open the Videos or Shorts tab');
    expect(await readLines(popup)).not.toContain(HOME_NOTICE);
    await popup.close();
  });

  it('says the same in Chinese', async () => {
    await browser.worker.evaluate(async () => {
      type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
      const { settings } = await storage.local.get('settings');
      await storage.local.set({ settings: { ...(settings as object), language: 'zh_CN' } });
    });
    const popup = await popupFor(HOME_URL);
    await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await readLines(popup)).toContain('最新上传的视频读取自频道“首页”标签页的视频栏（最新的视频和 Shorts）；热门视频栏和其他栏未计入。');
    await popup.locator('details.fold > summary', { hasText: '读取了哪些内容' }).click();
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-youtube-home-zh.png'), fullPage: true });
    await popup.close();
  });
});
