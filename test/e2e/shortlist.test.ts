// The shortlist as a working tool, in real Chromium with the built extension: two creators from
// two platforms saved from the popup, status and notes edited in the dashboard, filtered,
// compared, exported, and the file re-imported into a fresh browser profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { ARTIFACTS_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const TIKTOK = 'https://www.tiktok.com/@lena.makeup';
const INSTAGRAM = 'https://www.instagram.com/lena.park/';
const PAGES = {
  [TIKTOK]: fixture('tiktok/profile-universal-2025-06.html'),
  [INSTAGRAM]: fixture('instagram/profile-rendered-header-2025-06.html'),
};

let first: ExtensionBrowser;
let fresh: ExtensionBrowser;
let exported = '';

async function save(browser: ExtensionBrowser, url: string, note: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, page)}`);
  await popup.getByTestId('creator-name').waitFor();
  await popup.getByLabel('Note (optional)').fill(note);
  await popup.getByRole('button', { name: 'Save to shortlist' }).click();
  await popup.getByTestId('save-status').waitFor();
  await popup.close();
  await page.close();
}

async function openDashboard(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  return page;
}

const rowsShown = (page: Page) => page.locator('tr[data-creator]');

function parse(csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function download(page: Page, button: RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

beforeAll(async () => {
  first = await launchWithExtension(PAGES);
  fresh = await launchWithExtension(PAGES);
});

afterAll(async () => {
  await first?.close();
  await fresh?.close();
});

describe('the shortlist in Chromium', () => {
  let dashboard: Page;

  it('lists two creators saved from two platforms', async () => {
    await save(first, TIKTOK, 'great monolid tutorials');
    await save(first, INSTAGRAM, 'studio photos, 中文 OK');
    dashboard = await openDashboard(first);
    await expect.poll(() => rowsShown(dashboard).count()).toBe(2);
  });

  it('edits the status and adds a note in the detail view', async () => {
    await dashboard.locator('button[data-open="instagram:lena.park"]').click();
    const form = dashboard.getByRole('form', { name: 'Edit creator' });
    await form.getByLabel('Status').selectOption('contacted');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await dashboard.getByPlaceholder('Add a note…').fill('Sent the brief, "fast" reply');
    await dashboard.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => dashboard.getByRole('list', { name: 'Notes, newest first' }).textContent()).toContain('Sent the brief');
    expect(await dashboard.getByRole('list', { name: 'Status history, newest first' }).textContent()).toContain('Contacted');
    await dashboard.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard-detail.png') });
    await dashboard.getByRole('button', { name: 'Close details' }).click();
  });

  it('filters by status and by text', async () => {
    const filters = dashboard.getByRole('search', { name: 'Filter the shortlist' });
    await filters.getByLabel('Status').selectOption('contacted');
    await expect.poll(() => rowsShown(dashboard).count()).toBe(1);
    expect(await rowsShown(dashboard).first().getAttribute('data-creator')).toBe('instagram:lena.park');
    await filters.getByLabel('Status').selectOption('');
    await filters.getByRole('searchbox').fill('monolid');
    await expect.poll(() => rowsShown(dashboard).count()).toBe(1);
    expect(await rowsShown(dashboard).first().getAttribute('data-creator')).toBe('tiktok:lena.makeup');
    await filters.getByRole('searchbox').fill('');
    await expect.poll(() => rowsShown(dashboard).count()).toBe(2);
  });

  it('compares the two side by side', async () => {
    await dashboard.getByRole('checkbox', { name: /Select all 2 creators shown/ }).check();
    await dashboard.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => dashboard.getByRole('heading', { name: 'Compare 2 creators' }).count()).toBe(1);
    await dashboard.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard-compare.png') });
    await dashboard.getByRole('button', { name: 'Close comparison' }).click();
  });

  it('exports everything as CSV', async () => {
    exported = await download(dashboard, /^Export CSV/);
    const rows = parse(exported);
    expect(rows.map((row) => row.Handle).sort()).toEqual(['lena.makeup', 'lena.park']);
  });

  it('re-imports the file into a fresh profile with status and notes intact', async () => {
    const other = await openDashboard(fresh);
    await other.getByText('No creators saved yet.').waitFor();
    await other.getByRole('button', { name: 'Import CSV…' }).click();
    await other.getByLabel('CSV file').setInputFiles({ name: 'shortlist.csv', mimeType: 'text/csv', buffer: Buffer.from(exported, 'utf8') });
    await other.getByRole('button', { name: 'Import 2 creators' }).click();
    await expect.poll(() => rowsShown(other).count()).toBe(2);
    const again = parse(await download(other, /^Export CSV/));
    const before = parse(exported);
    const keep = (row: Record<string, string>) => [row.Name, row.Handle, row.Platform, row['Profile URL'], row.Status, row.Notes, row['Latest note'], row.Tags];
    expect(again.map(keep).sort()).toEqual(before.map(keep).sort());
    const park = again.find((row) => row.Handle === 'lena.park')!;
    expect(park.Status).toBe('Contacted');
    expect(park.Notes).toContain('Sent the brief, "fast" reply');
    expect(park.Notes).toContain('studio photos, 中文 OK');
  });
});
