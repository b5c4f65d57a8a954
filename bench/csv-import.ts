// npm run bench:csv [-- --rows 10000 --pairs 20 --large 150000]
// The CSV import against the floor of IndexedDB itself, in real Chromium with the built extension.
// Paired runs at --rows: the same list imported through the dialog (file chosen -> preview ready,
// and Import -> done) and the same creator records written straight into IndexedDB by the same
// page in one transaction, alternating, each on a freshly loaded empty shortlist. Then one import
// of --large rows: total time, the longest main-thread task (PerformanceObserver 'longtask') and
// the peak JS heap (CDP Runtime.getHeapUsage, polled). Verdicts: no task over 200 ms, the write
// within 1.5x of raw IndexedDB (ratio of medians).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/browser';
import { loadAverage, median, medianOfRatios, ms, option, printTable, times, type Figure } from './report';

const LIMIT_MS = 600_000;

// Kept by the page from its first script on: every long task, for the longest stall of a run.
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });`;

/** A hand-made list of `count` TikTok profile URLs with a name, a tag and a note each. */
function writeList(folder: string, count: number): string {
  const lines = ['Profile URL,Name,Tags,Notes'];
  for (let i = 0; i < count; i += 1) lines.push(`https://www.tiktok.com/@creator${i},Creator ${i},bench,first seen in a list`);
  const path = join(folder, `list-${count}.csv`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

/** Empties the shortlist behind the page's back, then loads the page afresh: every run starts idle and empty. */
async function emptyShortlist(page: Page, url: string): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('creator-lens');
        open.onsuccess = () => {
          const tx = open.result.transaction('creators', 'readwrite');
          tx.objectStore('creators').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.goto(url);
  await page.getByText('No creators saved yet.').waitFor({ timeout: LIMIT_MS });
}

interface ImportRun {
  /** File chosen -> the Import button ready (read and checked). */
  preview: number;
  /** Import pressed -> the result shown (written). */
  write: number;
  longestTask: number;
  peakHeap: number;
}

/** One import through the dialog, with the page's longest task and the JS heap's peak during it. */
async function importThroughDialog(page: Page, file: string, rows: number): Promise<ImportRun> {
  await page.evaluate('window.__longTasks.length = 0');
  const session = await page.context().newCDPSession(page);
  let peakHeap = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      peakHeap = Math.max(peakHeap, usedSize);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  try {
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const chosen = performance.now();
    await page.getByLabel('CSV file').setInputFiles(file);
    const button = page.getByRole('button', { name: `Import ${rows.toLocaleString('en')} creators` });
    await button.waitFor({ timeout: LIMIT_MS });
    const preview = performance.now() - chosen;
    const pressed = performance.now();
    await button.click();
    await page.getByText(/^Imported: /).waitFor({ timeout: LIMIT_MS });
    const write = performance.now() - pressed;
    const longestTask = (await page.evaluate('Math.max(0, ...window.__longTasks)')) as number;
    return { preview, write, longestTask, peakHeap };
  } finally {
    polling = false;
    await poll;
    await session.detach();
  }
}

/** The same records written straight into IndexedDB, one transaction, in the page: the floor. */
async function writeRaw(page: Page, records: unknown[]): Promise<number> {
  return page.evaluate(
    (all) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('creator-lens');
        open.onsuccess = () => {
          const started = performance.now();
          const tx = open.result.transaction('creators', 'readwrite');
          const store = tx.objectStore('creators');
          for (const record of all) store.put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve(performance.now() - started);
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    records,
  );
}

export async function measureCsvImport({ rows, pairs, large }: { rows: number; pairs: number; large: number }): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'creator-lens-bench-csv-'));
  const browser = await launchWithExtension({}, { routing: 'fixture tabs' });
  try {
    const url = `chrome-extension://${browser.extensionId}/dashboard.html`;
    const page = await browser.context.newPage();
    await page.addInitScript({ content: LONG_TASKS });
    await page.goto(url);
    const file = writeList(folder, rows);
    // Warm-up (not measured), which also gives the records the import writes, for the raw floor.
    await emptyShortlist(page, url);
    await importThroughDialog(page, file, rows);
    const records = (await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('creator-lens');
          open.onsuccess = () => {
            const request = open.result.transaction('creators').objectStore('creators').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    )) as unknown[];
    if (records.length !== rows) throw new Error(`the warm-up import wrote ${records.length} creators, not ${rows}`);

    const raw: number[] = [];
    const preview: number[] = [];
    const write: number[] = [];
    const longest: number[] = [];
    for (let pair = 0; pair < pairs; pair += 1) {
      // Alternating which goes first, so neither always meets the machine warmer.
      const order = pair % 2 === 0 ? ['raw', 'ui'] : ['ui', 'raw'];
      for (const which of order) {
        await emptyShortlist(page, url);
        if (which === 'raw') raw.push(await writeRaw(page, records));
        else {
          const run = await importThroughDialog(page, file, rows);
          preview.push(run.preview);
          write.push(run.write);
          longest.push(run.longestTask);
        }
      }
    }
    const whole = write.map((value, i) => value + preview[i]!);
    const writeRatio = median(write) / median(raw);
    const figures: Figure[] = [
      { what: `raw IndexedDB: ${rows.toLocaleString('en')} creator records, one transaction (median of ${pairs})`, value: ms(median(raw)), target: '–', met: null },
      { what: `dialog: file chosen -> preview checked (median of ${pairs})`, value: ms(median(preview)), target: '–', met: null },
      { what: `dialog: Import -> done (median of ${pairs})`, value: ms(median(write)), target: '–', met: null },
      {
        what: `dialog Import -> done / raw IndexedDB (ratio of medians; median of pair ratios ${times(medianOfRatios(write, raw))})`,
        value: times(writeRatio),
        target: '≤ 1.50×',
        met: writeRatio <= 1.5,
      },
      {
        what: `dialog file -> done / raw IndexedDB (ratio of medians; median of pair ratios ${times(medianOfRatios(whole, raw))})`,
        value: times(median(whole) / median(raw)),
        target: '–',
        met: null,
      },
      { what: `longest main-thread task during an import of ${rows.toLocaleString('en')} (worst of ${pairs})`, value: ms(Math.max(0, ...longest)), target: '≤ 200 ms', met: Math.max(0, ...longest) <= 200 },
    ];

    const largeFile = writeList(folder, large);
    await emptyShortlist(page, url);
    const run = await importThroughDialog(page, largeFile, large);
    figures.push(
      { what: `${large.toLocaleString('en')} rows: file chosen -> preview checked`, value: ms(run.preview), target: '–', met: null },
      { what: `${large.toLocaleString('en')} rows: Import -> done`, value: ms(run.write), target: '–', met: null },
      { what: `${large.toLocaleString('en')} rows: total`, value: ms(run.preview + run.write), target: '–', met: null },
      { what: `${large.toLocaleString('en')} rows: longest main-thread task`, value: ms(run.longestTask), target: '≤ 200 ms', met: run.longestTask <= 200 },
      { what: `${large.toLocaleString('en')} rows: peak JS heap`, value: `${(run.peakHeap / 1e6).toFixed(0)} MB`, target: '–', met: null },
    );
    return figures;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = { rows: option('rows', 10_000), pairs: option('pairs', 20), large: option('large', 150_000) };
  const loadBefore = loadAverage();
  measureCsvImport(options).then(
    (figures) => {
      printTable(`CSV import (${options.rows.toLocaleString('en')} rows paired ×${options.pairs}; one run of ${options.large.toLocaleString('en')})`, figures);
      console.log(`\nload average before ${loadBefore}, after ${loadAverage()} (1, 5, 15 min)`);
      process.exitCode = figures.every((figure) => figure.met !== false) ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
