// The popup's first screen, in real Chromium with the built extension, at the popup's own size
// (400 x 600): what a marketer reads in five seconds (name, grade, verdict, key figures, flags,
// whether the creator is on the shortlist) and Save with its note are all in sight without
// scrolling, measured from the layout; saving from there works; the rest is folded below. Leaves
// screenshots of the first screen in English and Chinese in test/e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const TIKTOK_VIDEO = 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111';
const YOUTUBE = 'https://www.youtube.com/@orbitlab/videos';
const SELLER = 'https://www.tiktok.com/@sol.market';
const SCREENSHOTS = resolve('test/e2e/screenshots');
/** The popup's size: Chrome's popups are at most 800 x 600; ours is 400 wide. */
const POPUP = { width: 400, height: 600 };

let browser: ExtensionBrowser;
const tabs = new Map<string, Page>();

async function popupFor(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  let tab = tabs.get(url);
  if (!tab) {
    tab = await browser.openFixture(url);
    tabs.set(url, tab);
  }
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, tab)}`);
  await popup.getByTestId('grade').waitFor();
  // The shortlist line arrives when the shortlist has been read.
  await popup.getByTestId('shortlist-status').waitFor();
  // The chart's bars (folded, but drawn) settle before anything is measured or shot.
  await popup.locator('.post-chart .post-bars').first().waitFor({ state: 'detached' }).catch(() => undefined);
  return popup;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where each element is on the screen, as laid out (null when it is not there). */
async function boxes(popup: Page, selectors: Record<string, string>): Promise<Record<string, Box | null>> {
  return popup.evaluate((wanted) => {
    const out: Record<string, Box | null> = {};
    for (const [name, selector] of Object.entries(wanted)) {
      const element = document.querySelector(selector);
      const rect = element?.getBoundingClientRect();
      out[name] = rect ? { top: Math.round(rect.top), bottom: Math.round(rect.bottom), left: Math.round(rect.left), right: Math.round(rect.right) } : null;
    }
    return out;
  }, selectors);
}

const FIRST_SCREEN = {
  name: '[data-testid="creator-name"]',
  grade: '[data-testid="grade"]',
  score: '[data-testid="score"]',
  confidence: '[data-testid="confidence"], [data-testid="provisional"]',
  verdict: '[data-testid="verdict"]',
  keyFigures: '[data-testid="key-figures"]',
  flags: '[data-testid="top-flags"]',
  shortlist: '[data-testid="shortlist-status"]',
  footer: 'footer.popup-foot',
  note: 'form.save textarea',
  save: 'form.save button[type="submit"]',
};

/** Everything the first screen holds is in sight at once: above the sticky footer, or in it. */
async function expectFirstScreen(popup: Page): Promise<Record<string, Box | null>> {
  const at = await boxes(popup, FIRST_SCREEN);
  for (const [name, box] of Object.entries(at)) {
    expect(box, `${name} is on the card`).not.toBeNull();
    expect(box!.top, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box!.bottom, `${name} ends within the first ${POPUP.height} px`).toBeLessThanOrEqual(POPUP.height);
    expect(box!.right, `${name} fits the width`).toBeLessThanOrEqual(POPUP.width);
  }
  // Nothing of the card hides behind the footer, which holds the shortlist line, the note and Save.
  for (const name of ['name', 'grade', 'verdict', 'keyFigures', 'flags']) {
    expect(at[name]!.bottom, `${name} is above the footer`).toBeLessThanOrEqual(at.footer!.top);
  }
  // In the order a reader's eye goes.
  expect(at.name!.top).toBeLessThan(at.verdict!.top);
  expect(at.verdict!.top).toBeLessThan(at.keyFigures!.top);
  expect(at.keyFigures!.bottom).toBeLessThanOrEqual(at.flags!.top);
  expect(at.footer!.top).toBeLessThanOrEqual(at.shortlist!.top);
  expect(at.shortlist!.bottom).toBeLessThanOrEqual(at.note!.top);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBe(POPUP.width);
  return at;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension({
    [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html'),
    [TIKTOK_VIDEO]: fixture('tiktok/video-universal-2025-06.html'),
    [YOUTUBE]: fixture('youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'),
    [SELLER]: fixture('tiktok/profile-seller-universal-2025-12.html'),
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('the popup’s first screen, at 400 x 600', () => {
  it('holds a TikTok creator’s name, grade, verdict, key figures, flags, shortlist line and Save', async () => {
    const popup = await popupFor(TIKTOK);
    const at = await expectFirstScreen(popup);
    console.log('TikTok profile, first screen (top-bottom px):', JSON.stringify(at));
    expect(await popup.getByTestId('audience').textContent()).toBe(' · 48.2K followers');
    // TikTok's grid shows views, not likes: engagement is lifetime likes per video per follower, placed among the published figures.
    expect(await popup.locator('[data-key-figure]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key-figure')))).toEqual([
      'likesPerVideoPerFollower',
      'viewRate',
      'medianViews',
      'postsPerWeek',
    ]);
    expect(await popup.locator('[data-key-figure="viewRate"] .kf-value').textContent()).toBe('12.44%');
    expect(await popup.locator('[data-key-figure="likesPerVideoPerFollower"] .kf-note').textContent()).toContain('Rival IQ 2022 median');
    expect(await popup.getByTestId('shortlist-status').textContent()).toBe('Not on your shortlist yet.');
    // More is below, folded under headings; the footer stays at the bottom while it scrolls.
    const headings = await popup.locator('details.fold > summary').allTextContents();
    expect(headings).toEqual(['Flags and checks', 'How the score is made', 'All metrics, with formulas and sources', 'What was read', 'Campaign fit']);
    expect(await popup.locator('details.fold[open]').count()).toBe(0);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-tiktok.png') });

    // A heading reached with Tab is scrolled clear of the footer, not left under it.
    for (let presses = 0; presses < 40; presses++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.matches('details[data-fold="read"] > summary') ?? false)) break;
    }
    const reached = await boxes(popup, { heading: 'details[data-fold="read"] > summary', footer: 'footer.popup-foot' });
    expect(await popup.evaluate(() => document.activeElement?.matches('details[data-fold="read"] > summary'))).toBe(true);
    expect(reached.heading!.bottom).toBeLessThanOrEqual(reached.footer!.top);

    await popup.locator('details[data-fold="parts"] > summary').click();
    expect(await popup.locator('tr[data-component]').count()).toBe(5);
    await popup.locator('tr[data-component="compliance"]').scrollIntoViewIfNeeded();
    const scrolled = await boxes(popup, { footer: 'footer.popup-foot', save: FIRST_SCREEN.save });
    expect(await popup.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(scrolled.footer!.bottom).toBe(POPUP.height);
    expect(scrolled.save!.bottom).toBeLessThanOrEqual(POPUP.height);
    await popup.close();
  });

  it('gives the KOL/KOC rule as a tooltip that fits the popup', async () => {
    const popup = await popupFor(TIKTOK);
    const chip = popup.getByTestId('creator-class');
    const tip = popup.getByRole('tooltip');
    expect(await tip.isVisible()).toBe(false);
    await chip.hover();
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Rule: KOL: macro or mega');
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(POPUP.width);
    await popup.keyboard.press('Escape');
    await popup.mouse.move(5, 590);
    await chip.focus();
    expect(await tip.isVisible()).toBe(true);
    await popup.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await popup.close();
  });

  it('saves from the first screen, without scrolling, and then says the creator is on the shortlist', async () => {
    const popup = await popupFor(TIKTOK);
    const at = await boxes(popup, { note: FIRST_SCREEN.note, save: FIRST_SCREEN.save });
    // Clicked where they are on the first screen: nothing scrolls to reach them.
    await popup.mouse.click(at.note!.left + 20, at.note!.top + 10);
    await popup.keyboard.type('Asked for rates; spring launch');
    await popup.mouse.click(at.save!.left + 10, at.save!.top + 8);

    await expect.poll(() => popup.getByTestId('save-status').textContent()).toBe('Saved @lena.makeup to your shortlist.');
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    expect(await popup.getByTestId('shortlist-status').textContent()).toMatch(/^★ On your shortlist since \w{3} \d{1,2}, \d{4} · To review$/);
    // The status message is in sight too, in the footer.
    const status = (await boxes(popup, { status: '[data-testid="save-status"]' })).status!;
    expect(status.bottom).toBeLessThanOrEqual(POPUP.height);
    await popup.close();

    // Opened again, the shortlist says so from the start.
    const again = await popupFor(TIKTOK);
    expect(await again.getByTestId('shortlist-status').textContent()).toMatch(/^★ On your shortlist since .+ · To review$/);
    await expectFirstScreen(again);
    await again.close();
  });

  it('holds a YouTube channel’s first screen, its counts labelled subscribers and videos', async () => {
    const popup = await popupFor(YOUTUBE);
    const at = await expectFirstScreen(popup);
    console.log('YouTube channel, first screen (top-bottom px):', JSON.stringify(at));
    expect(await popup.getByTestId('audience').textContent()).toBe(' · ≈21.5M subscribers');
    expect(await popup.locator('.stat span').allTextContents()).toEqual(['Subscribers', 'Videos']);
    // Seven videos on the page: provisional, with what would firm it up, next to the grade.
    expect(await popup.getByTestId('provisional').textContent()).toBe('Provisional');
    expect(await popup.getByTestId('firm-up').textContent()).toMatch(/^Provisional\. To firm it up: /);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-youtube.png') });
    await popup.close();
  });

  it('on a post page, starts with the post’s engagement per view against the creator’s typical', async () => {
    const popup = await popupFor(TIKTOK_VIDEO);
    await expectFirstScreen(popup);
    expect(await popup.getByTestId('post-per-view').textContent()).toMatch(/^\d+\.\d\d%$/);
    expect(await popup.getByTestId('post-counts').textContent()).toBe('Views 61.2K · Likes 5,412 · Comments 183 · Shares 210');
    // A risk flag caps the grade: the cap is a line under the verdict.
    expect(await popup.locator('ul.caps li').allTextContents()).toEqual(['Capped at C: a risk flag (Low-quality comments).']);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-tiktok-post.png') });
    await popup.close();
  });

  it('in dark mode', async () => {
    const popup = await popupFor(TIKTOK, 'dark');
    await expectFirstScreen(popup);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-tiktok-dark.png') });
    await popup.close();
  });

  it('says below the flags how old the account is, how it sells, its category and its own country', async () => {
    const popup = await popupFor(SELLER);
    await expectFirstScreen(popup);
    // The age depends on the day the test runs; the rest is the page's.
    expect(await popup.getByTestId('account-facts').textContent()).toMatch(
      /^Account since Nov 2025 \((\d+ days|\d+ months?|\d+ years?)\) · Sells: commerce account, TikTok Shop seller, and shop tab · Category: Shopping & Retail · Country: Spain$/,
    );
    await popup.getByTestId('account-facts').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-tiktok-seller.png') });
    await popup.close();
  });

  describe('in Chinese', () => {
    beforeAll(async () => {
      // What the options page writes; open pages follow it.
      await browser.worker.evaluate(async () => {
        type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
        const { settings } = await storage.local.get('settings');
        await storage.local.set({ settings: { recordVisits: true, ...(settings as object), language: 'zh_CN' } });
      });
    });

    it('holds the same first screen, YouTube counts as 订阅者 and 视频', async () => {
      const tiktok = await popupFor(TIKTOK);
      await tiktok.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      await expectFirstScreen(tiktok);
      expect(await tiktok.getByTestId('audience').textContent()).toBe(' · 粉丝 4.8万');
      expect(await tiktok.getByTestId('shortlist-status').textContent()).toMatch(/^★ \d{4}年\d{1,2}月\d{1,2}日 起已在候选名单中 · /);
      await tiktok.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-tiktok-zh.png') });
      await tiktok.close();

      const youtube = await popupFor(YOUTUBE);
      await youtube.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      await expectFirstScreen(youtube);
      expect(await youtube.getByTestId('audience').textContent()).toBe(' · 订阅者 ≈2150万');
      expect(await youtube.locator('.stat span').allTextContents()).toEqual(['订阅者', '视频']);
      expect(await youtube.locator('details.fold > summary').allTextContents()).toEqual(['风险提示与检查', '评分构成', '全部指标（含公式与来源）', '读取了哪些内容', '投放活动匹配度']);
      await youtube.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-youtube-zh.png') });
      await youtube.close();
    });

    it('says the account facts in Chinese', async () => {
      const popup = await popupFor(SELLER);
      await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      await expectFirstScreen(popup);
      expect(await popup.getByTestId('account-facts').textContent()).toMatch(/^账号注册于 2025年11月（\d+ (天|个月|年)） · 带货：商业账号、TikTok 小店卖家和店铺标签页 · 类目：Shopping & Retail · 国家\/地区：西班牙$/);
      await popup.getByTestId('account-facts').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-first-screen-tiktok-seller-zh.png') });
      await popup.close();
    });
  });
});
