// The CSV import at scale and with the files people have, in real Chromium with the built
// extension: 150,000 rows through the dialog with the page answering all along (progress counts
// rows on the way, Cancel mid-write is honoured and leaves the shortlist as it was), Excel's
// "sep=;" file, a "Creator" column of URLs and @handles with prices in a chosen currency, and a
// row whose profile URL leads to a look-alike site.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const ROWS = 150_000;
const LONG = 240_000;

let browser: ExtensionBrowser;
let folder: string;

/** A hand-made list of `count` TikTok profile URLs, each with a name. */
function writeList(name: string, count: number, prefix: string): string {
  const lines = ['Profile URL,Name'];
  for (let i = 0; i < count; i += 1) lines.push(`https://www.tiktok.com/@${prefix}${i},${prefix} ${i}`);
  const path = join(folder, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

/** The dashboard with the import dialog open; every text the progress line shows is kept in window.__progress. */
async function openImport(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const words = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (words && seen.at(-1) !== words) seen.push(words);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  return page;
}

/** Chooses a generated list of 150,000 creators in the dialog and presses Import once it is checked. */
async function importList(name: string, prefix: string): Promise<Page> {
  const file = writeList(name, ROWS, prefix);
  const page = await openImport();
  await page.getByLabel('CSV file').setInputFiles(file);
  const importButton = page.getByRole('button', { name: 'Import 150,000 creators' });
  await importButton.waitFor({ timeout: LONG });
  await importButton.click();
  return page;
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);

/** The numbers of the progress texts that match `pattern` ("Importing row 12,000 of 150,000…"). */
function counts(texts: readonly string[], pattern: RegExp): number[] {
  return texts.flatMap((words) => {
    const match = pattern.exec(words);
    return match ? [Number(match[1]!.replace(/,/g, ''))] : [];
  });
}

/** How many creators the shortlist's heading counts, as it says it ("150,000 creators"). */
const creatorsListed = async (page: Page) => (await page.locator('.dash-head p.muted:not([data-testid])').textContent())?.split(' · ')[0];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'creator-lens-csv-'));
  browser = await launchWithExtension({});
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a CSV of 150,000 rows', () => {
  it('imports through the dialog, counting rows on the way, and the shortlist lists them all', async () => {
    const page = await importList('big.csv', 'creator');
    // Done: the dialog closes and the dashboard's status says what the import did.
    await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: LONG }).toBe('Imported: 150,000 added, 0 merged, 0 unchanged. From big.csv.');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // The page painted its progress while it worked: rows read, checked and imported, counted on the way.
    const seen = await progressSeen(page);
    // Reading is the quickest step: on a quiet machine its 150,000 rows can go by between two paints, so
    // only its line is required; checking and importing must show rows counted on the way.
    expect(counts(seen, /^Reading big\.csv: ([\d,]+) rows so far/).length, seen.join('\n')).toBeGreaterThan(0);
    expect(counts(seen, /^Checking row ([\d,]+) of 150,000/).some((n) => n > 0 && n < ROWS), seen.join('\n')).toBe(true);
    expect(counts(seen, /^Importing row ([\d,]+) of 150,000/).some((n) => n > 0 && n < ROWS), seen.join('\n')).toBe(true);
    // No greyed "Import 0 creators" left behind.
    await expect(page.getByRole('button', { name: /^Import \d+ creators?$/ }).count()).resolves.toBe(0);
    await expect.poll(() => creatorsListed(page), { timeout: LONG }).toBe('150,000 creators');
    // More than the page lists at once: the newest-seen 50,000 are listed, and the page says so.
    expect(await page.getByTestId('listed-newest').textContent()).toContain('This page lists the 50,000 most recently seen of your 150,000 creators');
    await page.close();
  }, 600_000);

  it('Cancel pressed while it is being written is honoured, and the shortlist stays as it was', async () => {
    const page = await importList('more.csv', 'other');
    // The write is under way (some rows counted, not all), and the page answers the click.
    await page.getByTestId('import-progress').filter({ hasText: /^Importing row [1-9][\d,]* of 150,000/ }).waitFor({ timeout: LONG });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: LONG }).toBe('Import cancelled. Nothing was imported; your shortlist is unchanged.');
    const seen = await progressSeen(page);
    expect(counts(seen, /^Importing row ([\d,]+) of 150,000/).every((n) => n < ROWS), seen.join('\n')).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await expect.poll(() => creatorsListed(page), { timeout: LONG }).toBe('150,000 creators');
    await page.close();
  }, 600_000);
});

describe('files people have', () => {
  it('a semicolon file Excel saved with its "sep=;" first line imports, the line neither a header nor a row', async () => {
    const path = join(folder, 'excel.csv');
    writeFileSync(path, '\uFEFFsep=;\r\nName;Handle;Platform;Price;Currency\r\nSemi Colon;@semi.colon;TikTok;1500;EUR\r\nSemi Two;@semi.two;Instagram;;\r\n');
    const page = await openImport();
    await page.getByLabel('CSV file').setInputFiles(path);
    await expect.poll(() => page.locator('.import-dialog p.small:not(.muted)').textContent()).toContain('excel.csv: 2 rows, 5 columns, separated by semicolons.');
    await page.getByRole('button', { name: 'Import 2 creators' }).click();
    await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: LONG }).toMatch(/^Imported: 2 added, 0 merged, 0 unchanged\./);
    await page.close();
  }, 120_000);

  it('a “Creator” column of URLs and @handles, prices without a currency: read with the currency chosen, then the dialog closes with a summary', async () => {
    const path = join(folder, 'team-list.csv');
    writeFileSync(path, 'Creator,Platform,Fee\r\nhttps://www.instagram.com/mixed.one/,,1200\r\n@mixed.two,TikTok,800\r\n');
    const page = await openImport();
    await page.getByLabel('CSV file').setInputFiles(path);
    await expect.poll(() => page.getByLabel('Import column Creator as').inputValue()).toBe('profile_url');
    await expect.poll(() => page.locator('.import-dialog [role=alert]').textContent()).toContain('choose one in “Currency of prices without one” above');
    await page.getByLabel('Currency of prices without one').selectOption('EUR');
    await page.getByRole('button', { name: 'Import 2 creators' }).and(page.locator('[aria-disabled=false]')).click();
    await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: LONG }).toBe('Imported: 2 added, 0 merged, 0 unchanged. From team-list.csv.');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Import CSV…' }).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await page.close();
  }, 120_000);

  it('a row whose profile URL is on a look-alike site is refused, naming the Profile URL column', async () => {
    const path = join(folder, 'spoof.csv');
    writeFileSync(path, 'Handle,Platform,Profile URL\r\n@lena.spoof,TikTok,https://tiktok.com.login-verify.example/@lena.spoof\r\n@fine.one,TikTok,https://www.tiktok.com/@fine.one\r\n');
    const page = await openImport();
    await page.getByLabel('CSV file').setInputFiles(path);
    const alert = page.locator('.import-dialog [role=alert]');
    await expect.poll(() => alert.textContent()).toContain(
      'Row 2, Profile URL: “https://tiktok.com.login-verify.example/@lena.spoof” is not a profile address on TikTok: a TikTok profile URL starts with https:// and is on tiktok.com.',
    );
    await expect(page.getByRole('button', { name: 'Import 1 creator' }).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.close();
  }, 120_000);
});
