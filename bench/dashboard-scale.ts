// npm run bench:dashboard [-- --creators 10000 --snapshots 10 --runs 5]
// The shortlist at scale, in real Chromium with the built extension: seeds N creators with M
// snapshots each, then times what a user waits for, printing the median of several runs.
import { launchWithExtension } from '../test/e2e/browser';
import { seedShortlist } from './seed';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

/** How long one step may take before it counts as not finished. */
const LIMIT_MS = 90_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const creators = option('creators', 10_000);
  const snapshotsEach = option('snapshots', 10);
  const runs = option('runs', 5);
  const browser = await launchWithExtension({});
  try {
    const dashboardUrl = `chrome-extension://${browser.extensionId}/dashboard.html`;
    const page = await browser.context.newPage();
    await page.goto(dashboardUrl);
    await page.getByText('No creators saved yet.').waitFor();
    const seconds = await seedShortlist(page, creators, snapshotsEach);
    console.log(`seeded ${creators.toLocaleString('en')} creators and ${(creators * snapshotsEach).toLocaleString('en')} snapshots in ${seconds.toFixed(1)} s`);

    const report: Array<[string, number[], number]> = [];
    const failures: string[] = [];
    const time = async (label: string, target: number, action: () => Promise<void>) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        await action();
        times.push(Math.round(performance.now() - started));
      }
      report.push([label, times, target]);
    };
    const open = async () => {
      await page.goto(dashboardUrl);
      await page.locator('tr[data-creator]').first().waitFor();
    };
    const scoresShown = async () => {
      await page.goto(dashboardUrl);
      await page.locator('tr[data-creator]').first().waitFor();
      await page.getByTestId('reading-figures').waitFor({ state: 'detached', timeout: 120_000 });
    };
    await time('open: first rows visible', 500, open);
    await time('open: every score computed', 500, scoresShown);
    const search = page.getByRole('search', { name: 'Filter the shortlist' }).getByRole('searchbox');
    let term = 0;
    await time('search by text', 100, async () => {
      await search.fill(`creator.${++term}7`);
      await page.locator('tr[data-creator]').first().waitFor();
    });
    await search.fill('');
    let ascending = true;
    await time('sort by score', 100, async () => {
      const before = await page.locator('tr[data-creator]').first().getAttribute('data-creator');
      await page.getByRole('button', { name: /^Score/ }).click();
      ascending = !ascending;
      await page.waitForFunction((old) => document.querySelector('tr[data-creator]')?.getAttribute('data-creator') !== old, before);
    });
    await time('export 10,000 rows as CSV', 1000, async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
      await file.path();
    });
    // Import: the exported file read back into a fresh profile, timed from "Import" to done.
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
    const csvPath = (await csvFile.path())!;
    const backupTimes: number[] = [];
    let backupPath = '';
    try {
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const [file] = await Promise.all([page.waitForEvent('download', { timeout: LIMIT_MS }), page.getByRole('button', { name: 'Back up (JSON)' }).click()]);
        backupPath = (await file.path())!;
        backupTimes.push(Math.round(performance.now() - started));
      }
      report.push(['back up everything (JSON)', backupTimes, 5000]);
    } catch {
      failures.push(`back up everything (JSON): no file within ${LIMIT_MS / 1000} s (target < 5 s): MISSED`);
      await page.goto(dashboardUrl);
    }
    const memory = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);

    const restoreTimes: number[] = [];
    for (let run = 0; run < (backupPath ? runs : 0); run++) {
      await page.getByLabel('Restore from backup').setInputFiles(backupPath);
      const started = performance.now();
      await page.getByRole('button', { name: 'Replace everything' }).click();
      await page.getByText(/^Restored \d/).waitFor({ timeout: LIMIT_MS });
      restoreTimes.push(Math.round(performance.now() - started));
      await page.goto(dashboardUrl);
    }
    if (backupPath) report.push(['restore everything (JSON)', restoreTimes, 5000]);
    else failures.push('restore everything (JSON): not measured, there was no backup file');

    const fresh = await launchWithExtension({});
    try {
      const importTimes: number[] = [];
      for (let run = 0; run < runs; run++) {
        const other = await fresh.context.newPage();
        await other.goto(`chrome-extension://${fresh.extensionId}/dashboard.html`);
        await other.getByRole('button', { name: 'Import CSV…' }).click();
        await other.getByLabel('CSV file').setInputFiles(csvPath);
        const importButton = other.getByRole('button', { name: /^Import [\d,]+ creators/ });
        await importButton.waitFor({ timeout: LIMIT_MS });
        const started = performance.now();
        await importButton.click();
        await other.getByText(/^Imported/).first().waitFor({ timeout: LIMIT_MS });
        importTimes.push(Math.round(performance.now() - started));
        await other.close();
      }
      report.push([`import ${creators.toLocaleString('en')} rows of CSV`, importTimes, 3000]);
    } finally {
      await fresh.close();
    }

    console.log('\nwhat                              median      runs (ms)                     target   verdict');
    for (const [label, times, target] of report) {
      const middle = median(times);
      console.log(`${label.padEnd(32)} ${String(middle).padStart(7)} ms  ${times.join(', ').padEnd(30)} < ${String(target).padStart(4)} ms  ${middle < target ? 'met' : 'MISSED'}`);
    }
    for (const failure of failures) console.log(failure);
    console.log(`${'dashboard JS heap after the runs'.padEnd(32)} ${(memory / 1e6).toFixed(0).padStart(7)} MB  ${''.padEnd(30)} < 150 MB    ${memory / 1e6 < 150 ? 'met' : 'MISSED'}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
