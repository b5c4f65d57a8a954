// How hard thin data should be pulled toward neutral: on every bundled sample page with at least
// six view counts, the reach points of every 3-post (and 5-post) subsample are compared with the
// points of the whole sample, raw and shrunk by n / (n + k) toward a neutral value, for a grid of k.
//   npx tsx bench/shrinkage.ts
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { recognisePage } from '../lib/platforms';
import { assess } from '../lib/scoring';
import { VIEW_RATE_FLOOR, VIEW_RATE_FULL } from '../lib/scoring/components';
import { printRows } from './report';
import { SAMPLE_PAGES } from './sample-grades';

const NOW = Date.UTC(2026, 11, 7);
const points = (rate: number) => Math.round(Math.min(1, Math.max(0, (rate - VIEW_RATE_FLOOR) / (VIEW_RATE_FULL - VIEW_RATE_FLOOR))) * 100);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function* subsets(length: number, size: number, start = 0, picked: number[] = []): Generator<number[]> {
  if (picked.length === size) yield picked;
  else for (let i = start; i < length; i++) yield* subsets(length, size, i + 1, [...picked, i]);
}

/** Per sample page: the view counts of its recent posts and its follower count. */
function samples(): Array<{ page: string; views: number[]; followers: number }> {
  const found: Array<{ page: string; views: number[]; followers: number }> = [];
  for (const [href, file] of SAMPLE_PAGES) {
    const window = new Window({ url: href });
    const doc = new window.DOMParser().parseFromString(readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8'), 'text/html') as unknown as Document;
    const support = recognisePage(href);
    if (!support.supported) continue;
    const snapshot = support.reader.extract(doc, new URL(href), NOW);
    void window.happyDOM.close();
    const followers = snapshot.creator.followers?.value ?? null;
    const views = snapshot.posts.filter((post) => !post.pinned && post.views !== null).map((post) => post.views!.value);
    if (followers && views.length >= 6 && assess(snapshot, { now: NOW }).score !== null) found.push({ page: href.replace('https://www.', ''), views, followers });
  }
  return found;
}

export function shrinkageTable(neutral: number, ks: readonly number[], sizes: readonly number[]): string[][] {
  const pages = samples();
  const rows: string[][] = [['subsample', 'pages', 'subsamples', ...ks.map((k) => `k = ${k}`)]];
  for (const size of sizes) {
    const errors = ks.map(() => [] as number[]);
    let count = 0;
    for (const { views, followers } of pages) {
      const whole = points(median(views) / followers);
      for (const subset of subsets(views.length, size)) {
        const raw = points(median(subset.map((i) => views[i]!)) / followers);
        ks.forEach((k, at) => errors[at]!.push((neutral + (raw - neutral) * (size / (size + k)) - whole) ** 2));
        count++;
      }
    }
    rows.push([`${size} posts`, String(pages.length), String(count), ...errors.map((list) => Math.sqrt(list.reduce((a, b) => a + b, 0) / list.length).toFixed(1))]);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ks = [0, 1, 2, 3, 4, 6, 9];
  for (const neutral of [40, 50, 60]) {
    printRows(`Reach points of a subsample vs the whole sample: root mean square error, shrunk toward ${neutral}`, shrinkageTable(neutral, ks, [3, 5]));
  }
}
