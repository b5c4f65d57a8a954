// A really full disk, in real Chromium with the built extension: the browser profile lives on a
// small tmpfs of its own (mounted here; the test needs root, as CI has), the shortlist is filled
// through the dashboard until the disk gives out, and then:
// - an import and a restore that do not fit fail with a message that says so and counts the
//   shortlist again, rightly;
// - every creator saved before is still there after the browser restarts on the same profile;
// - a disk filled to the last byte by something else leaves the database unopenable (Chromium):
//   the dashboard then says why and never shows the shortlist as 0 creators, and once space is
//   freed every creator is back;
// - the dashboard says the shortlist is protected from the browser's clean-up, and the browser
//   treats it so (its quota is bounded by the disk, not by the best-effort pool).
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/** util-linux's, as Debian has them. */
const MOUNT_COMMAND = '/usr/bin/mount';
const UNMOUNT_COMMAND = '/usr/bin/umount';
const DISK_MB = 64;
/** Creators saved before the disk fills: all of them must survive. */
const KEPT = 300;
/** What the filler file leaves free: less than one big import needs. */
const LEFT_FREE = 3 * 1024 * 1024;

const mount = mkdtempSync(join(tmpdir(), 'creator-lens-full-disk-'));
const profile = join(mount, 'profile');
let browser: ExtensionBrowser | undefined;
/** A backup of the kept creators, grown to more than the disk holds once it is nearly full. */
let bigBackup = '';

/** Bytes free on the test's disk, as the file system says. */
function freeBytes(): number {
  const stats = statfsSync(mount);
  return stats.bavail * stats.bsize;
}

/** Fills the disk with a file, then gives back `leave` bytes. */
function fillDisk(leave: number): void {
  const file = openSync(join(mount, 'filler'), 'w');
  const chunk = Buffer.alloc(1024 * 1024, 1);
  let size = 0;
  try {
    for (;;) size += writeSync(file, chunk);
  } catch {
    // ENOSPC: full.
  }
  ftruncateSync(file, Math.max(0, size - leave));
  closeSync(file);
}

/** A CSV of `count` TikTok creators named <prefix><n>, each with a note of random text (so it does not compress). */
function creatorsCsv(prefix: string, count: number, noteLength: number): Buffer {
  const lines = ['Profile URL,Notes'];
  for (let i = 0; i < count; i++) lines.push(`https://www.tiktok.com/@${prefix}${i},${randomBytes(noteLength).toString('base64').slice(0, noteLength)}`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

async function openDashboard(): Promise<Page> {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${browser!.extensionId}/dashboard.html`);
  return page;
}

/** Imports a CSV through the dialog; returns what the dashboard (done) or the dialog (refused) says about the write. */
async function importCsv(page: Page, name: string, csv: Buffer): Promise<string> {
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import creators from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: csv });
  await dialog.getByRole('button', { name: /^Import [\d,]+ creators?$/ }).click();
  const outcome = page.locator('.import-dialog [role=alert], .status-bar').filter({ hasText: /^(Imported|Not saved)/ });
  await outcome.waitFor({ timeout: 120_000 });
  const words = (await outcome.textContent()) ?? '';
  if (await dialog.count()) await page.keyboard.press('Escape');
  return words;
}

/** The handles stored, read from the extension's own database. */
async function storedHandles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('creator-lens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('creators').objectStore('creators').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve((all.result as Array<{ handle: string }>).map((creator) => creator.handle));
            request.result.close();
          };
        };
      }),
  );
}

const keptHandles = Array.from({ length: KEPT }, (_, i) => `keep${i}`).sort();

beforeAll(async () => {
  try {
    execFileSync(MOUNT_COMMAND, ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', mount], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`This test mounts a ${DISK_MB} MB tmpfs as the browser's disk and needs root (as CI has): ${String(error)}`);
  }
  mkdirSync(profile);
  browser = await launchWithExtension({}, { profileDir: profile });
}, 120_000);

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    unmount();
  }
}, 120_000);

/** The test's disk goes, whatever the tests left running on it. */
function unmount(): void {
  try {
    execFileSync(UNMOUNT_COMMAND, [mount], { stdio: 'pipe' });
  } finally {
    rmSync(mount, { recursive: true, force: true });
  }
}

describe('a full disk', () => {
  let dashboard: Page;

  it('the dashboard says the shortlist is protected, and the browser bounds it by the disk, not the best-effort pool', async () => {
    dashboard = await openDashboard();
    expect(await importCsv(dashboard, 'kept.csv', creatorsCsv('keep', KEPT, 200))).toBe(`Imported: ${KEPT} added, 0 merged, 0 unchanged. From kept.csv.`);
    await dashboard.reload();
    const line = dashboard.getByTestId('storage-line');
    await expect.poll(() => line.textContent()).toMatch(/^Stored in this browser, protected from automatic cleanup · [\d.]+ (kB|MB) used$/);
    const used = Number(/· ([\d.]+) (kB|MB)/.exec((await line.textContent())!)![1]);
    expect(used).toBeGreaterThan(0);

    const seen = await dashboard.evaluate(async () => ({
      unlimited: await (globalThis as unknown as { chrome: { permissions: { contains(query: object): Promise<boolean> } } }).chrome.permissions.contains({ permissions: ['unlimitedStorage'] }),
      estimate: await navigator.storage.estimate(),
    }));
    expect(seen.unlimited).toBe(true);
    // An origin with unlimited storage gets the disk's free space as its room; a best-effort one a
    // share of a pool that is not bounded by the disk (1 GiB measured on a 160 MB tmpfs).
    const room = seen.estimate.quota! - seen.estimate.usage!;
    expect(room).toBeLessThanOrEqual(freeBytes() + 1024 * 1024);
    // The figure on screen is the browser's estimate, in megabytes or kilobytes.
    const shown = /kB/.test((await line.textContent())!) ? used * 1e3 : used * 1e6;
    expect(Math.abs(shown - seen.estimate.usage!) / seen.estimate.usage!).toBeLessThan(0.1);

    // A big backup made of a stored creator (a version 1 file: one JSON document, no end mark, which
    // restores as our older backups do); the backup button writes through a file picker a test cannot drive.
    const model = await dashboard.evaluate(
      () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const request = indexedDB.open('creator-lens');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const cursor = request.result.transaction('creators').objectStore('creators').openCursor();
            cursor.onsuccess = () => {
              request.result.close();
              resolve(cursor.result!.value as Record<string, unknown>);
            };
          };
        }),
    );
    const backup = {
      format: 'creator-lens-backup',
      formatVersion: 1,
      schemaVersion: 5,
      exportedAt: Date.now(),
      exportedAtIso: new Date().toISOString(),
      creators: Array.from({ length: 2000 }, (_, i) => ({
        ...model,
        id: `tiktok:restored${i}`,
        handle: `restored${i}`,
        profileUrl: `https://www.tiktok.com/@restored${i}`,
        notes: [{ text: randomBytes(3000).toString('base64').slice(0, 3000), at: Date.now() }],
      })),
      snapshots: [],
      postSamples: [],
    };
    bigBackup = JSON.stringify(backup);
  }, 180_000);

  it('an import that does not fit fails, counts the shortlist again, and keeps every creator', async () => {
    fillDisk(LEFT_FREE);
    const words = await importCsv(dashboard, 'big.csv', creatorsCsv('big', 2000, 3000));
    expect(words).toMatch(/^Not saved: the browser has no storage space left for Creator Lens\./);
    expect(words).toContain(`Your shortlist still holds ${KEPT} creators (checked just now)`);
    expect(await storedHandles(dashboard).then((handles) => handles.sort())).toEqual(keptHandles);
  }, 180_000);

  it('a restore that does not fit fails the same way and replaces nothing', async () => {
    // The restore is under More in the header.
    await dashboard.getByRole('button', { name: 'More' }).click();
    await dashboard.getByLabel('Restore from backup').setInputFiles({ name: 'big-backup.json', mimeType: 'application/json', buffer: Buffer.from(bigBackup) });
    await dashboard.getByRole('button', { name: 'Replace everything' }).click();
    const alert = dashboard.locator('.backup-buttons [role=alert]');
    await alert.waitFor({ timeout: 120_000 });
    const words = (await alert.textContent()) ?? '';
    expect(words).toMatch(/^Not saved: the browser has no storage space left for Creator Lens\./);
    expect(words).toContain(`Your shortlist still holds ${KEPT} creators (checked just now)`);
    expect(await storedHandles(dashboard).then((handles) => handles.sort())).toEqual(keptHandles);
  }, 180_000);

  it('after a restart on the still full disk, every creator saved before is there', async () => {
    await browser!.close();
    browser = await launchWithExtension({}, { profileDir: profile });
    dashboard = await openDashboard();
    await expect.poll(() => dashboard.locator('.dash-head p').first().textContent(), { timeout: 60_000 }).toBe(`${KEPT} creators`);
    expect(await storedHandles(dashboard).then((handles) => handles.sort())).toEqual(keptHandles);
  }, 180_000);

  it('a disk filled to the last byte by something else: a change fails with a true message, the shortlist is never shown as 0 creators, and all of it is back once space is freed', async () => {
    fillDisk(0);
    // A bulk change of every creator: small writes, which no room check stops.
    await dashboard.getByRole('checkbox', { name: `Select all ${KEPT} creators shown` }).check();
    await dashboard.getByLabel('New status for the selected creators').selectOption({ label: 'Shortlisted' });
    await dashboard.getByRole('button', { name: 'Apply status' }).click();
    const alert = dashboard.locator('.dashboard > [role=alert]');
    await alert.waitFor({ timeout: 60_000 });
    const failed = (await alert.textContent()) ?? '';
    expect(failed).toMatch(/^Not saved: the browser has no storage space left for Creator Lens/);
    // The count, when the browser can still read the database, is the one saved; else none is given.
    expect(failed).toMatch(new RegExp(`still holds ${KEPT} creators \\(checked just now\\)|could not be read just now to count it`));

    // Restarted on the full disk, Chromium may not open the database at all: then the dashboard
    // says why, and neither "0 creators" nor an empty shortlist.
    await browser!.close();
    browser = await launchWithExtension({}, { profileDir: profile });
    dashboard = await openDashboard();
    const header = dashboard.locator('.dash-head p').first();
    await expect.poll(() => header.textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^(${KEPT} creators|Not counted: the shortlist could not be read)$`));
    if ((await header.textContent())!.startsWith('Not counted')) {
      expect(await dashboard.locator('.dashboard > [role=alert]').textContent()).toMatch(/^The shortlist could not be read: the disk is full, .*Free some disk space, then reload this page\.$/s);
    }
    expect(await dashboard.locator('main').textContent()).not.toMatch(/\b0 creators|No creators saved yet/);

    rmSync(join(mount, 'filler'));
    await dashboard.reload();
    await expect.poll(() => header.textContent(), { timeout: 60_000 }).toBe(`${KEPT} creators`);
    expect(await storedHandles(dashboard).then((handles) => handles.sort())).toEqual(keptHandles);
  }, 180_000);
});
