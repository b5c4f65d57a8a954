// A campaign from the shortlist to delivered posts, in Chromium and through the pages only: three
// creators saved from the popup join a new campaign from the shortlist's bulk bar, one deal is
// edited, contact is logged with answers on different days, a TikTok video is attached from the
// popup's offer and an Instagram post by its pasted address, the video is read again a day later
// (a controlled clock) with higher figures, the campaign exports as CSV, and a backup restored into
// a fresh profile holds it all. Leaves the README's screenshots of the Campaigns view and of a
// campaign's delivered posts, English light and Chinese dark.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser, type Pages } from './browser';
import { BACKUP_PICKER, backUp, chooseLanguage, hoursAgo, restore, saveFromPopup } from './steps';

const SCREENSHOTS = resolve('test/e2e/screenshots');
const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const INSTAGRAM = 'https://www.instagram.com/lena.park/';
const YOUTUBE = 'https://www.youtube.com/@orbitlab/videos';
const VIDEO = 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111';
const INSTAGRAM_POST = 'https://www.instagram.com/p/DJx7Qm2sT1a/';
const DAY = 86_400_000;

/** Replaces each `from` once, and fails loudly when the fixture no longer holds it. */
function edited(html: string, changes: ReadonlyArray<readonly [string, string]>): string {
  return changes.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) throw new Error(`The fixture holds "${from}" ${text.split(from).length - 1} times, not once`);
    return text.replace(from, to);
  }, html);
}

const video = fixture('tiktok/video-universal-2025-06.html');
// The same video a day later: more views, likes, comments, saves and shares, in its data and on the page alike.
const videoLater = edited(video, [
  ['"diggCount": 5400', '"diggCount": 6100'],
  ['"diggCount": "5412"', '"diggCount": "6087"'],
  ['"commentCount": 183', '"commentCount": 205'],
  ['"commentCount": "183"', '"commentCount": "205"'],
  ['"playCount": 61200', '"playCount": 80500'],
  ['"playCount": "61234"', '"playCount": "80512"'],
  ['"collectCount": 730', '"collectCount": 800'],
  ['"collectCount": "731"', '"collectCount": "802"'],
  ['"shareCount": 210', '"shareCount": 236'],
  ['"shareCount": "210"', '"shareCount": "236"'],
  ['data-e2e="like-count" class="css-vc3yj-StrongText">5.4K<', 'data-e2e="like-count" class="css-vc3yj-StrongText">6.1K<'],
  ['data-e2e="comment-count" class="css-vc3yj-StrongText">183<', 'data-e2e="comment-count" class="css-vc3yj-StrongText">205<'],
  ['data-e2e="undefined-count" class="css-vc3yj-StrongText">731<', 'data-e2e="undefined-count" class="css-vc3yj-StrongText">802<'],
  ['data-e2e="share-count" class="css-vc3yj-StrongText">210<', 'data-e2e="share-count" class="css-vc3yj-StrongText">236<'],
]);

// The post fixture is @nora.bakes's; here it is lena.park's, the creator booked, so opening it records her post.
const instagramPost = fixture('instagram/post-2025-06.html').replaceAll('nora.bakes', 'lena.park');

/** Served at request time: replacing an entry serves the new page from then on. */
const pages: Pages = {
  [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html'),
  [INSTAGRAM]: fixture('instagram/profile-rendered-header-2025-06.html'),
  [YOUTUBE]: fixture('youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'),
  [VIDEO]: video,
  [INSTAGRAM_POST]: instagramPost,
};

let browser: ExtensionBrowser;
let fresh: ExtensionBrowser | undefined;
let page: Page;
let campaignId = '';
/** The campaign's CSV as exported before the backup. */
let exportedCsv: Buffer | undefined;
const dashboard = (b: ExtensionBrowser) => `chrome-extension://${b.extensionId}/dashboard.html`;

/** 'YYYY-MM-DD' of the local day `days` from today. */
function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * DAY);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
const DUE = dayFromToday(14);
/** A day as the campaign page writes it in English. */
const shown = (ms: number) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(ms);

/**
 * The popup for a new tab at `url`. With `ahead`, both read the time that many ms ahead: the popup by
 * Playwright's clock, the tab's page reader (which dates the reading, in the extension's isolated
 * world, out of reach of Playwright's clock) by a shifted Date.now there before it runs.
 */
async function popupOn(url: string, ahead = 0): Promise<{ tab: Page; popup: Page }> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdOf(browser.worker, tab);
  if (ahead !== 0) {
    await browser.worker.evaluate(
      async ({ tabId, ahead }) => {
        type Scripting = { executeScript(details: object): Promise<unknown> };
        const { scripting } = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
        await scripting.executeScript({
          target: { tabId },
          args: [ahead],
          func: (shift: number) => {
            const realNow = Date.now;
            Date.now = () => realNow() + shift;
          },
        });
      },
      { tabId, ahead },
    );
  }
  const popup = await browser.context.newPage();
  if (ahead !== 0) await popup.clock.install({ time: Date.now() + ahead });
  await popup.setViewportSize({ width: 428, height: 1000 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return { tab, popup };
}

/** Opens the campaign's page and waits for its creators. */
async function openCampaign(on: Page, b: ExtensionBrowser): Promise<void> {
  await on.goto(`${dashboard(b)}#campaign=${encodeURIComponent(campaignId)}`);
  await expect.poll(() => on.locator('.campaign-creators tbody tr').count()).toBe(3);
}

async function exportCsv(on: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([on.waitForEvent('download'), on.getByRole('button', { name: 'Export CSV', exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** What the campaign page shows of its creators, outreach and delivered posts. */
async function campaignPage(on: Page) {
  const outreach = on.locator('.campaign-outreach');
  const figure = (name: string) => outreach.locator(`[data-figure="${name}"]`).textContent();
  return {
    creators: (await on.locator('.campaign-creators tbody tr').allTextContents()).sort(),
    responseRate: await figure('response-rate'),
    medianReply: await figure('median-reply'),
    attempts: await outreach.locator('.outreach-table tbody tr').allTextContents(),
    deliverables: await on.locator('.deliverables-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))),
    chart: await on.locator('.deliverables-chart .visually-hidden li').allTextContents(),
  };
}

beforeAll(async () => {
  browser = await launchWithExtension(pages);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript({ content: BACKUP_PICKER });
});
afterAll(async () => {
  await browser?.close();
  await fresh?.close();
});

describe('a campaign from the shortlist to delivered posts, in Chromium', () => {
  it('saves three creators from the popup, and records no visits from here on', async () => {
    for (const url of [TIKTOK, INSTAGRAM, YOUTUBE]) await saveFromPopup(browser, url);
    await page.goto(dashboard(browser));
    const rows = page.locator('tr[data-creator]');
    await expect.poll(() => rows.count()).toBe(3);
    expect((await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-creator')))).sort()).toEqual(['instagram:lena.park', 'tiktok:lena.makeup', 'youtube:orbitlab']);
    for (const handle of ['@lena.makeup', '@lena.park', '@orbitlab']) await rows.filter({ hasText: handle }).waitFor();
    // The service worker's clock cannot be set: with visits recorded, it would date a reading by the real clock.
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('checkbox', { name: 'Record visits to shortlisted creators' }).uncheck();
    await page.keyboard.press('Escape');
  });

  it('creates a campaign with the brand account, books the three from the bulk bar and edits a deal', async () => {
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name', { exact: true }).fill('Monolid launch');
    // The video's caption and the creator's reply name @glowbrand.
    await dialog.getByLabel('Goal').selectOption('conversion');
    await dialog.getByLabel('Start date').fill(dayFromToday(-14));
    await dialog.getByLabel('End date').fill(dayFromToday(30));
    await dialog.getByLabel('Budget per post').fill('800');
    await dialog.getByLabel('Brand accounts').fill('@GlowBrand');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await page.getByText('Saved “Monolid launch”.').waitFor();

    await page.getByRole('link', { name: 'Shortlist' }).click();
    await page.getByLabel('Select all 3 creators shown').check();
    await page.getByRole('button', { name: 'Add to campaign…' }).click();
    expect(await page.getByLabel('Campaign to add the selected creators to').locator('option:checked').textContent()).toBe('Monolid launch (active)');
    await page.getByRole('toolbar', { name: /selected/i }).getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('3 creators added to Monolid launch').waitFor();

    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('link', { name: 'Monolid launch' }).click();
    campaignId = decodeURIComponent(new URL(page.url()).hash.slice('#campaign='.length));
    const rows = page.locator('.campaign-creators tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const lena = rows.filter({ hasText: '@lena.makeup' });
    await lena.getByRole('button', { name: /^Edit deal with / }).click();
    const deal = page.getByRole('dialog', { name: /^Deal with .+ in Monolid launch$/ });
    await deal.getByLabel('Fee', { exact: true }).fill('800');
    await deal.getByLabel('Discount code').fill('LENA10');
    await deal.getByRole('button', { name: 'Add a promise' }).click();
    const promise = deal.getByRole('group', { name: 'Promise 1' });
    await promise.getByLabel('How many').fill('1');
    await promise.getByLabel('Format').selectOption('video');
    await promise.getByLabel('Due by').fill(DUE);
    await deal.getByRole('button', { name: 'Save deal' }).click();
    await deal.waitFor({ state: 'detached' });
    await lena.getByText('Code LENA10').waitFor();
    expect(await lena.textContent()).toMatch(/Fee \$800/);
    expect(await lena.textContent()).toContain('1 post promised');
  });

  it('logs contact to all three on different days and shows the rate, the reply time and the statuses moved', async () => {
    const outreach = page.locator('.campaign-outreach');
    const form = outreach.getByRole('form', { name: 'Log contact' });
    const contacts = [
      ['tiktok:lena.makeup', 'tiktok-shop-invite', 240],
      ['instagram:lena.park', 'instagram-dm', 200],
      ['youtube:orbitlab', 'email', 150],
    ] as const;
    for (const [creator, channel, hours] of contacts) {
      await outreach.getByRole('button', { name: 'Log contact' }).click();
      await form.getByLabel('Creator').selectOption(creator);
      await form.getByLabel('Channel').selectOption(channel);
      await form.getByLabel('Sent at').fill(await hoursAgo(page, hours));
      await form.getByRole('button', { name: 'Save contact' }).click();
      await form.waitFor({ state: 'detached' });
    }
    await expect.poll(() => outreach.locator('.outreach-table tbody tr').count()).toBe(3);
    expect(await outreach.locator('[data-figure="response-rate"]').textContent()).toBe('0 of 3 answered (0.00%)');

    // TikTok replied the next day (24 h), Instagram agreed three days on (72 h), YouTube never answered.
    const answers = [
      ['TikTok Shop invite', 'replied', 216],
      ['Instagram DM', 'agreed', 128],
      ['E-mail', 'no-answer', null],
    ] as const;
    for (const [channel, outcome, hours] of answers) {
      const row = outreach.locator('.outreach-table tbody tr', { hasText: channel });
      await row.getByRole('button', { name: /^Mark answer/ }).click();
      const answer = row.locator('form.answer-form');
      await answer.getByLabel('Outcome').selectOption(outcome);
      if (hours !== null) await answer.getByLabel('Answered at').fill(await hoursAgo(page, hours));
      await answer.getByRole('button', { name: 'Save answer' }).click();
      await answer.waitFor({ state: 'detached' });
    }
    await expect.poll(() => outreach.locator('[data-figure="response-rate"]').textContent()).toBe('2 of 3 answered (66.67%)');
    // The median of one day and three days.
    expect(await outreach.locator('[data-figure="median-reply"]').textContent()).toBe('2 d 0 h');

    const statuses = Object.fromEntries(
      await page.locator('.campaign-creators tbody tr').evaluateAll((rows) => rows.map((row) => [/@[\w.]+/.exec(row.textContent ?? '')?.[0], row.querySelector('td')?.textContent])),
    );
    expect(statuses).toEqual({ '@lena.makeup': 'Negotiating', '@lena.park': 'Approved', '@orbitlab': 'Contacted' });
  });

  it('attaches the TikTok video from the popup’s offer and the Instagram post by its pasted address', async () => {
    const { tab, popup } = await popupOn(VIDEO);
    const offers = popup.getByTestId('deliverable-offers');
    await offers.getByText('Looks like a deliverable for Monolid launch (brand account @glowbrand).').waitFor();
    await offers.getByRole('button', { name: 'Attach to Monolid launch' }).click();
    await offers.getByText('Attached to Monolid launch.').waitFor();
    await popup.close();
    await tab.close();

    await openCampaign(page, browser);
    const attach = page.getByRole('form', { name: 'Attach a post' });
    await attach.getByLabel('Creator', { exact: true }).selectOption('instagram:lena.park');
    await attach.getByLabel('Post address').fill(INSTAGRAM_POST);
    await attach.getByRole('button', { name: 'Attach', exact: true }).click();
    await page.getByText('The address does not name the creator: it is checked when the post is opened.', { exact: false }).waitFor();
    const table = page.locator('.deliverables-table tbody tr');
    await expect.poll(() => table.count()).toBe(2);

    // Opened, the Instagram post is read as lena.park's and gets its first figures.
    const opened = await popupOn(INSTAGRAM_POST);
    await expect.poll(() => opened.popup.locator('[data-post-stat="likes"]').textContent()).toBe('12.4K');
    await opened.popup.getByTestId('deliverable-offers').getByText('Figures recorded for the campaign this post is delivered to.').waitFor();
    await opened.popup.close();
    await opened.tab.close();
    const instagramRow = table.filter({ hasText: '@lena.park' });
    await expect.poll(() => instagramRow.locator('td').nth(3).textContent()).toMatch(/likes/);
  });

  it('a day later, the video read again shows its higher figures, the growth and two points in the chart', async () => {
    pages[VIDEO] = videoLater;
    const { tab, popup } = await popupOn(VIDEO, DAY);
    await expect.poll(() => popup.locator('[data-post-stat="views"]').textContent()).toBe('80.5K');
    await popup.getByTestId('deliverable-offers').getByText('Figures recorded for the campaign this post is delivered to.').waitFor();
    await popup.close();
    await tab.close();

    await openCampaign(page, browser);
    const video = page.locator('.deliverables-table tbody tr', { hasText: '@lena.makeup' });
    await expect.poll(() => video.locator('td').nth(3).textContent()).toMatch(/^80,512 views · 6,087 likes · 205 comments · 236 shares · 802 saves/);
    const cells = await video.locator('th, td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['@lena.makeup', '7301000000000001111', DUE]);
    // The video went up in 2025 (the page's date), before this campaign began: never "on time".
    expect(cells[3]).toMatch(/^before the campaign began \(\d{4}-\d{2}-\d{2}\) · posted May 28, 2025$/);
    expect(cells[5]).toBe(`+19,278 views since ${shown(Date.now())}`);
    const chart = page.getByRole('figure', { name: 'Views over time' });
    await chart.waitFor();
    const points = await chart.locator('.visually-hidden li').allTextContents();
    expect(points.filter((point) => point.startsWith('@lena.makeup'))).toEqual([
      `@lena.makeup · 7301000000000001111: 61,234 on ${shown(Date.now())}`,
      `@lena.makeup · 7301000000000001111: 80,512 on ${shown(Date.now() + DAY)}`,
    ]);
  });

  it('exports the campaign as CSV', async () => {
    const exported = await exportCsv(page);
    exportedCsv = exported.bytes;
    expect(exported.name).toMatch(/^creator-lens-monolid-launch-\d{4}-\d\d-\d\d\.csv$/);
    expect([...exported.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(exported.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = new Map(parsed.data.map((row) => [row['Creator handle'], row]));
    expect([...rows.keys()].sort()).toEqual(['lena.makeup', 'lena.park', 'orbitlab']);
    expect(rows.get('lena.makeup')).toMatchObject({
      Campaign: 'Monolid launch', Status: 'Negotiating', Fee: '800', 'Fee currency': 'USD', 'Discount code': 'LENA10', Promised: `1 video by ${DUE}`,
      Outcome: 'replied', 'Response time (hours)': '24', 'Post URL': VIDEO, 'Due date': DUE, 'On time / days late': 'on time',
      Views: '80512', Likes: '6087', Comments: '205', Shares: '236', Saves: '802', 'Views at first reading': '61234', 'Ad disclosure': 'clear', Readings: '2',
    });
    expect(rows.get('lena.park')).toMatchObject({ Status: 'Approved', Outcome: 'agreed', 'Response time (hours)': '72', 'Post URL': INSTAGRAM_POST, Likes: '12408', Comments: '318', Views: '', Readings: '1' });
    expect(rows.get('orbitlab')).toMatchObject({ Status: 'Contacted', Outcome: 'no answer', 'Response time (hours)': '', 'Post URL': '', Readings: '' });
  });

  it('backs up, and a fresh profile restored from it holds the campaign whole', async () => {
    const before = await campaignPage(page);
    expect(before.creators.find((row) => row.includes('@lena.makeup'))).toMatch(/Fee \$800.*Code LENA10/);
    expect([before.responseRate, before.medianReply, before.attempts.length]).toEqual(['2 of 3 answered (66.67%)', '2 d 0 h', 3]);
    expect(before.deliverables).toHaveLength(2);
    // The video's two readings in the chart; the Instagram post shows no views, so its one reading is in the table only.
    expect(before.chart).toHaveLength(2);
    expect(before.deliverables.find((cells) => cells[0] === '@lena.park')?.[5]).toBe('one reading so far');
    const backup = await backUp(page);
    fresh = await launchWithExtension({});
    const restored = await fresh.context.newPage();
    await restored.setViewportSize({ width: 1280, height: 800 });
    await restored.goto(dashboard(fresh));
    await restored.getByText('No creators saved yet.').waitFor();
    await restore(restored, backup);
    // Afresh, as a user coming back to it: the More menu the restore was chosen from is closed.
    await restored.goto(`${dashboard(fresh)}#campaigns`);
    await restored.reload();
    await restored.getByRole('link', { name: 'Monolid launch' }).waitFor();
    await openCampaign(restored, fresh);
    await expect.poll(() => restored.locator('.deliverables-table tbody tr').count()).toBe(2);
    await expect.poll(() => restored.locator('.deliverables-chart .visually-hidden li').count()).toBe(before.chart.length);
    expect(await campaignPage(restored)).toEqual(before);
    expect((await exportCsv(restored)).bytes.toString('utf8')).toBe(exportedCsv?.toString('utf8'));
  });

  it('leaves screenshots of the Campaigns view and the delivered posts, English light and Chinese dark', async () => {
    for (const [language, scheme, suffix, campaignsTitle] of [
      ['en', 'light', 'en', 'Campaigns'],
      ['zh_CN', 'dark', 'zh-dark', '投放活动'],
    ] as const) {
      await chooseLanguage(browser, language);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${dashboard(browser)}#campaigns`);
      await page.reload();
      await page.getByRole('heading', { name: campaignsTitle, exact: true, level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Monolid launch' }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `campaigns-${suffix}.png`) });

      // The campaign's own export only: the shortlist's is hidden on this view.
      expect(await page.getByRole('button', { name: /^(Export CSV \(3\)|导出 CSV（3）)$/ }).count()).toBe(0);

      await openCampaign(page, browser);
      await page.locator('.deliverables-table tbody tr').nth(1).waitFor();
      await page.locator('.deliverables-chart canvas').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `campaign-page-${suffix}.png`) });
      // The page's foot from the outreach log's table down: the delivered posts whole, no line cut at the top.
      const top = await page.locator('.campaign-outreach .table-scroll').evaluate((box) => box.getBoundingClientRect().top + window.scrollY - 12);
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: join(SCREENSHOTS, `campaign-deliverables-${suffix}.png`), fullPage: true, clip: { x: 0, y: Math.max(top, bottom - 800), width: 1280, height: Math.min(800, bottom - top) } });
      const results = page.locator('.campaign-results');
      await results.scrollIntoViewIfNeeded();
      await results.screenshot({ path: join(SCREENSHOTS, `campaign-results-${suffix}.png`) });
    }
  });
});
