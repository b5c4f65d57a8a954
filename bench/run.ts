// npm run bench [-- --runs 20 --creators 10000 --snapshots 10 --backup-runs 3 --skip-dashboard]
// The whole speed suite, with the built extension in Debian's Chromium: bundle sizes, scoring
// throughput (node), click to score card and extraction on heavy pages, what the extension costs
// pages it does not score, and the shortlist at scale. Prints one table per part and a summary.
// Verdicts are ratios to a floor measured in the same run, budgets (bytes, heap) and checks that
// something did or did not happen; absolute times are shown without one, since the shared host's
// speed moves them more than our code does. Exits 1 only when a verdict is missed (or a part fails).
// See bench/README.md.
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { measureBundles } from './bundle-size';
import { measureClickToCard } from './click-to-card';
import { measureDashboard } from './dashboard-scale';
import { measurePageCost } from './page-cost';
import { loadAverage, option, printTable, type Figure } from './report';
import { measureScoring } from './scoring-throughput';

function machine(): string {
  let chromium = 'Chromium (version unknown)';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}`;
}

async function main(): Promise<number> {
  const runs = option('runs', 20);
  console.log(`Creator Lens speed suite on ${machine()}; medians of ${runs} runs; load average ${loadAverage()} (1, 5, 15 min).`);
  const parts: Array<[string, () => Promise<Figure[]> | Figure[]]> = [
    ['Bundle sizes (Chrome build)', () => measureBundles()],
    ['Scoring (node)', () => measureScoring(runs)],
    ['Click to score card and extraction, heavy pages, against their floors (Chromium)', () => measureClickToCard({ runs })],
    ['Cost to pages the user does not score (Chromium)', () => measurePageCost({ runs })],
  ];
  if (!process.argv.includes('--skip-dashboard')) {
    const creators = option('creators', 10_000);
    const snapshotsEach = option('snapshots', 10);
    parts.push([
      `The shortlist at scale: ${creators.toLocaleString('en')} creators × ${snapshotsEach} snapshots (Chromium)`,
      () => measureDashboard({ creators, snapshotsEach, runs, backupRuns: option('backup-runs', 3), skipBackup: false }),
    ]);
  }
  const all: Figure[] = [];
  for (const [title, measure] of parts) {
    const started = Date.now();
    const figures = await measure();
    printTable(`${title} — ${((Date.now() - started) / 1000).toFixed(0)} s, load average after ${loadAverage()}`, figures);
    all.push(...figures);
  }
  printTable('All verdicts: ratios to a floor from the same run, budgets and checks', all.filter((figure) => figure.met !== null));
  const missed = all.filter((figure) => figure.met === false);
  console.log(
    `\n${all.filter((figure) => figure.met !== null).length - missed.length} ratios, budgets and checks met, ${missed.length} missed${missed.length ? `: ${missed.map((figure) => figure.what).join('; ')}` : ''}; ${all.filter((figure) => figure.met === null).length} figures shown without a verdict.`,
  );
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
