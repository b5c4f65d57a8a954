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

    const open: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = Date.now();
      await page.goto(dashboardUrl);
      await page.locator('tr[data-creator]').first().waitFor();
      open.push(Date.now() - started);
    }
    console.log(`open with rows visible: median ${median(open)} ms (runs ${open.join(', ')}) target < 500 ms`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
