// Back up and restore a shortlist of thousands of creators in real Chromium with the built
// extension: the file is written through the File System Access API, checked complete, restored
// into an emptied database with the same records, and Cancel (or a dismissed picker) is never
// reported as done.
//
// The save picker is the browser's own window, which Playwright cannot drive: an init script puts
// in its place a showSaveFilePicker that answers with a file handle in the origin private file
// system (navigator.storage.getDirectory()). Everything after the picker is the real path: the
// handle's createWritable(), a FileSystemWritableFileStream writing a real file, close(), getFile().
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedShortlist } from '../../bench/seed';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const CREATORS = 3000;
const SNAPSHOTS_EACH = 10;
/** Every sixth creator has a post seen on its own page (bench/seed.ts). */
const POST_SAMPLES = Math.ceil(CREATORS / 6);
const FILE_NAME = /^creator-lens-backup-\d{4}-\d\d-\d\d\.json$/;

/**
 * The picker stand-in, and two holds that stop the work mid-way so Cancel meets it there: file
 * writes wait while window.__holdWrites is set, file reads while window.__holdReads is.
 */
const PICKER = `
window.showSaveFilePicker = async (options) => {
  if (window.__dismissPicker) throw new DOMException('The user aborted a request.', 'AbortError');
  const root = await navigator.storage.getDirectory();
  window.__savedAs = options.suggestedName;
  return root.getFileHandle(options.suggestedName, { create: true });
};
const until = async (flag) => { while (window[flag]) await new Promise((resolve) => setTimeout(resolve, 20)); };
const write = FileSystemWritableFileStream.prototype.write;
FileSystemWritableFileStream.prototype.write = async function (chunk) {
  await until('__holdWrites');
  return write.call(this, chunk);
};
// The file check runs in a worker: its answer is held while window.__holdCheck is set (its
// progress still arrives), and the progress reports that came from a worker are counted.
window.__workerProgress = 0;
window.Worker = class extends Worker {
  set onmessage(handler) {
    super.onmessage = async (event) => {
      if ('progress' in event.data) window.__workerProgress += 1;
      if ('result' in event.data) await until('__holdCheck');
      handler(event);
    };
  }
};
const stream = Blob.prototype.stream;
Blob.prototype.stream = function () {
  const reader = stream.call(this).getReader();
  return new ReadableStream({
    async pull(controller) {
      await until('__holdReads');
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
};`;

let browser: ExtensionBrowser;
let page: Page;
let dashboardUrl: string;

/** Record counts and a SHA-256 over every record, store by store in key order, keys sorted. */
async function contents(page: Page): Promise<{ creators: number; snapshots: number; postSamples: number; checksum: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('creator-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const canonical = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(canonical)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]))
          : value;
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const counts: Record<string, number> = {};
    const digests: string[] = [];
    for (const store of ['creators', 'snapshots', 'postSamples']) {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      counts[store] = records.length;
      for (let start = 0; start < records.length; start += 2000) {
        const text = records.slice(start, start + 2000).map((record) => JSON.stringify(canonical(record))).join('\n');
        digests.push(hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
      }
      digests.push(store);
    }
    db.close();
    const checksum = hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(digests.join('\n'))));
    return { creators: counts.creators!, snapshots: counts.snapshots!, postSamples: counts.postSamples!, checksum };
  });
}

/** The file the picker stand-in handed out: its size, its line count and its last line of data. */
async function savedFile(page: Page): Promise<{ name: string; size: number; lines: number; end: string }> {
  const name = await page.evaluate(() => (window as unknown as { __savedAs: string }).__savedAs);
  return page.evaluate(async (name) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
    let lines = 0;
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const byte of value) if (byte === 10) lines += 1;
    }
    const tail = (await file.slice(Math.max(0, file.size - 200)).text()).split('\n');
    return { name, size: file.size, lines, end: tail.at(-3) ?? '' };
  }, name);
}

/** Chooses the saved backup in the restore control, as a user picking it from disk would. */
async function chooseSavedFile(page: Page, name: string): Promise<void> {
  await page.evaluate(async (name) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], name, { type: 'application/json' }));
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Restore from backup"]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, name);
}

/** Opens the header's More menu, where the backup and restore controls are. */
async function openMore(): Promise<void> {
  const more = page.getByRole('button', { name: 'More' });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

const setFlag = (name: string, value: boolean) => page.evaluate(([name, value]) => Object.assign(window, { [name as string]: value }), [name, value] as const);
const status = () => page.locator('.backup-buttons [role=status]');

beforeAll(async () => {
  browser = await launchWithExtension({});
  dashboardUrl = `chrome-extension://${browser.extensionId}/dashboard.html`;
  page = await browser.context.newPage();
  await page.addInitScript({ content: PICKER });
  await page.goto(dashboardUrl);
  await page.getByText('No creators saved yet.').waitFor();
  await seedShortlist(page, CREATORS, SNAPSHOTS_EACH);
  await page.goto(dashboardUrl);
  await page.locator('tr[data-creator]').first().waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('backup and restore at thousands of creators, in Chromium', () => {
  let before: Awaited<ReturnType<typeof contents>>;
  let saved = '';

  it('backs up to the chosen file with progress, and says so only once the file checks out', async () => {
    before = await contents(page);
    expect(before).toMatchObject({ creators: CREATORS, snapshots: CREATORS * SNAPSHOTS_EACH, postSamples: POST_SAMPLES });
    await openMore();
    await page.getByRole('button', { name: 'Back up (JSON)' }).click();
    await expect.poll(() => page.getByRole('progressbar', { name: 'Backup progress' }).count(), { timeout: 60_000 }).toBe(1);
    await page.getByText(/^Backing up: [\d,]+ of 33,500 records written\.$/).waitFor({ timeout: 60_000 });
    await status().waitFor({ timeout: 120_000 });
    expect(await status().textContent()).toMatch(/^Backup saved to creator-lens-backup-\d{4}-\d\d-\d\d\.json and checked: 3,000 creators, 30,000 readings and 500 sampled posts, [\d.]+ MB, complete to its end mark\.$/);
    const file = await savedFile(page);
    expect(file.name).toMatch(FILE_NAME);
    saved = file.name;
    expect(file.end).toBe(`"end":{"creators":${CREATORS},"snapshots":${CREATORS * SNAPSHOTS_EACH},"postSamples":${POST_SAMPLES},"campaigns":0,"deals":0,"outreach":0,"deliverables":0,"deliverablePoints":0,"results":0}`);
    // One line per record, plus the header, the nine lists' openings and closings (the campaign lists: none), the end mark and the last brace.
    expect(file.lines).toBe(before.creators + before.snapshots + before.postSamples + 1 + 9 * 2 + 2);
    expect(file.size).toBeGreaterThan(50_000_000);
  }, 180_000);

  it('restores the file into an emptied database: the same records, the same checksum', async () => {
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('creator-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['creators', 'snapshots', 'postSamples', 'summaries'], 'readwrite');
        for (const store of ['creators', 'snapshots', 'postSamples', 'summaries']) tx.objectStore(store).clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.goto(dashboardUrl);
    await page.getByText('No creators saved yet.').waitFor();
    expect(await contents(page)).toMatchObject({ creators: 0, snapshots: 0, postSamples: 0 });

    await openMore();
    await chooseSavedFile(page, saved);
    const dialog = page.getByRole('alertdialog', { name: 'Replace everything?' });
    await dialog.waitFor({ timeout: 120_000 });
    expect(await dialog.textContent()).toMatch(/your 0 creators are replaced by the backup's 3,000/);
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText(/^Restored 3,000 creators, 30,000 readings and 500 sampled posts from creator-lens-backup-/).waitFor({ timeout: 120_000 });
    expect(await contents(page)).toEqual(before);
  }, 180_000);

  it('a restore cancelled mid-way leaves the database as it was', async () => {
    await openMore();
    await chooseSavedFile(page, saved);
    const dialog = page.getByRole('alertdialog', { name: 'Replace everything?' });
    await dialog.waitFor({ timeout: 120_000 });
    // The file reads stop once the restore is under way, so Cancel meets it half done.
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText(/^Restoring: [1-9][\d,]* of 33,500 records written\.$/).waitFor({ timeout: 60_000 });
    await setFlag('__holdReads', true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await setFlag('__holdReads', false);
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toBe('Restore cancelled: nothing was restored; your shortlist is unchanged.');
    expect(await contents(page)).toEqual(before);
  }, 180_000);

  it('the file is checked beside the page, and Cancel during the check stops it with nothing changed', async () => {
    await page.evaluate(() => Object.assign(window, { __workerProgress: 0 }));
    await setFlag('__holdCheck', true);
    await openMore();
    await chooseSavedFile(page, saved);
    await page.getByText(/^Checking creator-lens-backup-.*: [\d,]+ records? checked, .* read\.$/).waitFor({ timeout: 60_000 });
    await page.locator('.backup-buttons').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toBe('Restore cancelled: nothing was restored; your shortlist is unchanged.');
    await setFlag('__holdCheck', false);
    expect(await page.getByRole('alertdialog', { name: 'Replace everything?' }).count()).toBe(0);
    expect(await contents(page)).toEqual(before);
    // The progress shown came from the worker: the check ran outside the page, which stays free to
    // draw meanwhile (the bench measures how free: bench/dashboard-scale.ts).
    expect(await page.evaluate(() => (window as unknown as { __workerProgress: number }).__workerProgress)).toBeGreaterThan(0);
  }, 120_000);

  it('a backup cancelled mid-way is reported as cancelled, and the file is left without any of it', async () => {
    await page.evaluate(async (name) => (await navigator.storage.getDirectory()).removeEntry(name), saved);
    await setFlag('__holdWrites', true);
    await openMore();
    await page.getByRole('button', { name: 'Back up (JSON)' }).click();
    await page.getByText(/^Backing up: [\d,]+ of 33,500 records written\.$/).waitFor({ timeout: 60_000 });
    await page.locator('.backup-buttons').getByRole('button', { name: 'Cancel' }).click();
    await setFlag('__holdWrites', false);
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toMatch(/^Backup cancelled: the unfinished backup was discarded and nothing was written to creator-lens-backup-.*\.json\.$/);
    expect((await savedFile(page)).size).toBe(0);
    expect(await page.getByText(/Backup saved/).count()).toBe(0);
  }, 120_000);

  it('a dismissed file picker is reported as cancelled, never as done', async () => {
    await setFlag('__dismissPicker', true);
    await openMore();
    await page.getByRole('button', { name: 'Back up (JSON)' }).click();
    await expect.poll(() => status().textContent()).toBe('Backup cancelled: no file was written.');
    await setFlag('__dismissPicker', false);
  });
});
