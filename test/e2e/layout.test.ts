// The dashboard's layout in real Chromium with the built extension, at 1280×800 and 1920×1080, in
// English and Chinese, light and dark, judged from layout boxes: no cell's content spills out of
// its cell (long tags become "+N", a long status is cut short), nothing runs past the window, the
// header's buttons stay on one row, the detail lies over the table as a drawer that leaves the
// names in view and clickable, the notice floats without moving the table, and dialogs are modal.
// Leaves screenshots of the dashboard in test/e2e/screenshots for the README.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { axeViolations } from './axe';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { saveFromPopup } from './steps';

const SCREENSHOTS = resolve('test/e2e/screenshots');
const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const INSTAGRAM = 'https://www.instagram.com/lena.park/';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const LANGUAGES = [
  { name: 'en', language: 'en' },
  { name: 'zh', language: 'zh_CN' },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** The screenshots kept: each size, language and scheme at least once. */
const PICTURED = new Set(['1280-en-light', '1280-zh-dark', '1920-en-dark', '1920-zh-light']);

/** A team's list with long tags in both languages and every status, Negotiating among them. */
const LIST = [
  'Handle,Platform,Name,Tags,Status,Price,Currency,Notes',
  '@mia.glow,TikTok,Mia Glow,spring-launch;skincare;gifted-2026,negotiating,450,USD,Asked for usage rights',
  '@beauty.by.lin,Instagram,林小美 Beauty,春季新品;护肤达人;spring-launch,shortlisted,300,USD,Good fit for the serum',
  '@orbitlab,YouTube,Orbit Lab Reviews,tech-review;long-form-video;unboxing,contacted,1200,USD,Sent the brief on Monday',
  '@chen.daily,TikTok,陈晨的日常,生活方式;好物分享;直播带货;新品种草,approved,800,CNY,合作已确认',
  '@nora.fit,Instagram,Nora Fitness,fitness;summer-sale,rejected,,,"Too many sponsored posts"',
  '@kit.kitchen,TikTok,Kit in the Kitchen,recipes,to-review,,,',
  '@marco.travel,Instagram,Marco Travels the World,travel;luxury-hotels;europe-2026;couples,negotiating,2500,EUR,Wants a two-post bundle',
  '@sakura.style,TikTok,さくら Style,fashion;日本市场,shortlisted,,,',
  '@gamer.zed,YouTube,Zed Plays,gaming;long-form-video,contacted,600,USD,',
  '@green.home,Instagram,Green Home Ideas,home-decor;sustainability;diy-projects,approved,350,GBP,Delivered two reels',
].join('\n');

let browser: ExtensionBrowser;
let page: Page;

async function show(size: (typeof SIZES)[number], language: string, scheme: (typeof SCHEMES)[number]) {
  // What the options page writes.
  await browser.worker.evaluate(async (language) => {
    type Storage = { set(items: object): Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
    await storage.local.set({ settings: { recordVisits: true, language } });
  }, language);
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.emulateMedia({ colorScheme: scheme });
  await page.reload();
  await expect.poll(() => page.locator('tr[data-creator]').count()).toBe(12);
  // Figures computed: no "…" left in the rows.
  await expect.poll(() => page.locator('[data-testid="reading-figures"]').count()).toBe(0);
}

/** Every element of a header or body cell whose box lies outside its cell, and every cell that scrolls sideways. */
const spills = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('table.shortlist th, table.shortlist tr[data-creator] td')) {
      const box = cell.getBoundingClientRect();
      const where = `${cell.closest('tr')?.getAttribute('data-creator') ?? 'header'} ${cell.dataset.column ?? cell.className}`;
      if (cell.scrollWidth > cell.clientWidth + 1) found.push(`${where}: ${cell.scrollWidth} px of content in ${cell.clientWidth} px`);
      for (const inner of cell.querySelectorAll<HTMLElement>('*')) {
        if (inner.classList.contains('visually-hidden') || inner.closest('.visually-hidden')) continue;
        const rect = inner.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
          found.push(`${where}: ${inner.tagName.toLowerCase()}.${inner.className} “${inner.textContent}” at ${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      }
    }
    return found;
  });

/** Elements reaching past the window's right edge, and whether the page scrolls sideways. */
const pastTheWindow = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide in ${innerWidth}`);
    const scroller = document.querySelector<HTMLElement>('.table-scroll')!;
    if (scroller.scrollWidth > scroller.clientWidth) found.push(`the table scrolls sideways: ${scroller.scrollWidth} px in ${scroller.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('.dash-head *, .filters *')) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && rect.right > innerWidth) found.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(rect.right)}`);
    }
    return found;
  });

/** The header's toolbar: its height against one button's, and the room left between the title and it. */
const headerRow = (page: Page) =>
  page.evaluate(() => {
    const toolbar = document.querySelector<HTMLElement>('.file-toolbar')!.getBoundingClientRect();
    const buttons = [...document.querySelectorAll<HTMLElement>('.file-toolbar button')].filter((button) => !button.closest('.more-panel')).map((button) => button.getBoundingClientRect());
    const title = document.createRange();
    title.selectNodeContents(document.querySelector('.dash-head h1')!);
    return {
      buttons: buttons.length,
      tops: new Set(buttons.map((button) => Math.round(button.top))).size,
      toolbarHeight: toolbar.height,
      buttonHeight: Math.max(...buttons.map((button) => button.height)),
      room: toolbar.left - title.getBoundingClientRect().right,
      rightEdge: toolbar.right,
    };
  });

const tableTop = (page: Page) => page.locator('.table-scroll').evaluate((table) => table.getBoundingClientRect().top);
const focusedInside = (page: Page, selector: string) => page.evaluate((selector) => document.activeElement?.closest(selector) !== null, selector);

beforeAll(async () => {
  browser = await launchWithExtension({ [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html'), [INSTAGRAM]: fixture('instagram/profile-rendered-header-2025-06.html') });
  await saveFromPopup(browser, TIKTOK);
  await saveFromPopup(browser, INSTAGRAM);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.locator('tr[data-creator]').nth(1).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the import dialog', () => {
  it('is modal: Tab stays inside it, Escape closes it and the keyboard goes back to Import', async () => {
    const opener = page.getByRole('button', { name: 'Import CSV…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Import creators from CSV' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    // Tab goes round the dialog's controls (and the browser's own, past its last): never to the page behind.
    const reached = new Set<string>();
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const focused = document.activeElement;
        if (!focused || focused === document.body) return 'the browser';
        return focused.closest('dialog.import-dialog') ? `dialog ${focused.tagName} ${focused.textContent}` : `page ${focused.outerHTML.slice(0, 80)}`;
      }));
    }
    expect([...reached].filter((where) => where.startsWith('page'))).toEqual([]);
    expect([...reached].filter((where) => where.startsWith('dialog')).length).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('imports a list over the page, then says so in a notice that does not move the table and can be dismissed', async () => {
    const before = await tableTop(page);
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await page.getByLabel('CSV file').setInputFiles({ name: 'team-list.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST) });
    await page.getByRole('button', { name: 'Import 10 creators' }).click();
    const notice = page.locator('.status-bar');
    await expect.poll(() => notice.textContent()).toMatch(/^Imported: 10 added/);
    await expect.poll(() => page.locator('tr[data-creator]').count()).toBe(12);
    expect(await tableTop(page)).toBe(before);
    const box = (await notice.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.textContent()).toBe('');
    expect(await tableTop(page)).toBe(before);
  });
});

describe('the More menu', () => {
  it('holds the backup, the export choices and the visit setting; Escape closes it and returns to its button', async () => {
    const more = page.getByRole('button', { name: 'More' });
    expect(await page.getByRole('button', { name: 'Back up (JSON)' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Column names').isVisible()).toBe(false);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Back up (JSON)' }).waitFor();
    expect(await page.getByLabel('Column names').isVisible()).toBe(true);
    expect(await focusedInside(page, '.more-panel')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedInside(page, '.more-panel')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-1280-more.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.more-panel').isVisible()).toBe(false);
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});

describe.each(SIZES)('at $width×$height', (size) => {
  describe.each(LANGUAGES)('in $name', ({ name: lang, language }) => {
    for (const scheme of SCHEMES) {
      it(`fits every cell, the window and a one-row header (${scheme})`, async () => {
        await show(size, language, scheme);
        expect(await spills(page)).toEqual([]);
        expect(await pastTheWindow(page)).toEqual([]);
        const header = await headerRow(page);
        expect(header.buttons).toBe(3);
        expect(header.tops).toBe(1);
        expect(header.toolbarHeight).toBeLessThan(header.buttonHeight * 1.5);
        // Room for two more small buttons before the row would have to wrap.
        expect(header.room).toBeGreaterThan(200);
        // Tags the cell has no room for are counted, with every tag named for the pointer and screen readers.
        const cell = page.locator('tr[data-creator="tiktok:chen.daily"] td[data-column="tags"]');
        const shown = await cell.locator('.tag:not(.more-tags)').allTextContents();
        const rest = ['生活方式', '好物分享', '直播带货', '新品种草'].slice(shown.length);
        expect(shown.length).toBeGreaterThan(0);
        expect(rest.length).toBeGreaterThan(0);
        expect(await cell.locator('.more-tags').textContent()).toBe(`+${rest.length}`);
        expect(await cell.locator('.more-tags').getAttribute('title')).toMatch(new RegExp(`${rest.join(', ')}$`));
        const shot = `${size.name}-${lang}-${scheme}`;
        if (PICTURED.has(shot)) await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${shot}.png`) });
      });
    }

    it('opens the detail as a drawer over the table: the names stay in view and switch it, Escape closes it', async () => {
      await show(size, language, 'light');
      const tableWidth = await page.locator('.table-scroll').evaluate((table) => table.getBoundingClientRect().width);
      await page.locator('button[data-open="tiktok:mia.glow"]').click();
      const drawer = page.locator('aside.detail-panel');
      await expect.poll(() => drawer.getAttribute('data-detail')).toBe('tiktok:mia.glow');
      expect(await page.locator('.table-scroll').evaluate((table) => table.getBoundingClientRect().width)).toBe(tableWidth);
      const drawerLeft = (await drawer.boundingBox())!.x;
      const nameColumn = (await page.locator('th[aria-sort]').first().boundingBox())!;
      expect(nameColumn.x + nameColumn.width).toBeLessThanOrEqual(drawerLeft);
      // The header's buttons stay above the drawer, usable beside a creator's details.
      const atItsCentre = (selector: string) =>
        page.evaluate((selector) => {
          const button = document.querySelector(selector)!;
          const box = button.getBoundingClientRect();
          return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('button') === button;
        }, selector);
      expect(await atItsCentre('.more-menu > button')).toBe(true);
      expect((await drawer.boundingBox())!.y).toBeGreaterThanOrEqual((await page.locator('.dash-head').boundingBox())!.y + (await page.locator('.dash-head').boundingBox())!.height - 1);
      // The keyboard on a button the drawer covers (a row's far end): the drawer steps aside, and the button is seen.
      const rowEnd = 'tr[data-creator="tiktok:kit.kitchen"] td:last-child button';
      await page.locator(rowEnd).focus();
      await expect.poll(() => atItsCentre(rowEnd)).toBe(true);
      // Another creator's name, beside the drawer, is what a click there reaches.
      // A creator read from their page, so the drawer pictured holds figures.
      const other = page.locator('button[data-open="tiktok:lena.makeup"]');
      await other.scrollIntoViewIfNeeded();
      const target = (await other.boundingBox())!;
      const reached = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.dataset.open, [target.x + 8, target.y + target.height / 2]);
      expect(reached).toBe('tiktok:lena.makeup');
      await other.click();
      await expect.poll(() => drawer.getAttribute('data-detail')).toBe('tiktok:lena.makeup');
      // Back in place once the keyboard is in it again.
      await expect.poll(() => drawer.evaluate((panel) => panel.contains(document.activeElement) && getComputedStyle(panel).transform === 'none')).toBe(true);
      expect(await drawer.evaluate((panel) => panel.scrollHeight > panel.clientHeight && getComputedStyle(panel).overflowY === 'auto')).toBe(true);
      if (lang === 'en') await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${size.name}-drawer.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => drawer.count()).toBe(0);
      await expect.poll(() => other.evaluate((button) => button === document.activeElement)).toBe(true);
    });
  });
});

describe('with the drawer open', () => {
  for (const scheme of SCHEMES) {
    it(`has no WCAG A/AA violation (${scheme})`, async () => {
      await show(SIZES[0], 'en', scheme);
      await page.locator('button[data-open="instagram:beauty.by.lin"]').click();
      await page.locator('aside.detail-panel[data-detail="instagram:beauty.by.lin"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    });
  }
});
