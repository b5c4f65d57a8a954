// Scoring throughput, pure (node): assessments of realistic snapshots per second, beside a floor
// measured in the same run, run by run (floor, scoring, floor, scoring, ...).
//   npx tsx bench/scoring-throughput.ts [--runs 20] [--snapshots 1000]
// The floor is what the popup does to every reading before it can score it: parse it from the JSON
// text the page reader answers (JSON.parse of the same snapshots and history), work that grows with
// the reading's size as scoring does. The throughput itself is the gauge of the machine's speed;
// neither it nor the ratio has a verdict.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { emptyPost } from '../lib/platforms/common';
import { assess } from '../lib/scoring';
import { SNAPSHOT_VERSION } from '../lib/schema/limits';
import type { Count, Platform, Snapshot } from '../lib/schema/snapshot';
import { median, medianOfRatios, option, printTable, times, type Figure } from './report';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1);
const exact = (value: number): Count => ({ value: Math.round(value), min: Math.round(value), max: Math.round(value), source: 'embedded-json' });
const rounded = (value: number): Count => ({ value: Math.round(value), min: Math.round(value * 0.95), max: Math.round(value * 1.05), source: 'text', shown: `${(value / 1000).toFixed(1)}K` });

/** A pseudo-random but repeatable stream, so every run scores the same snapshots. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * One profile reading: by default a 30-post grid with views, likes, comments, dates, captions and
 * a sponsored post; `grid` gives what a TikTok profile grid shows (12 videos, views only).
 */
export function benchSnapshot(index: number, kind: 'full' | 'grid' = 'full'): Snapshot {
  const next = random(index + 1);
  const platform: Platform = (['tiktok', 'instagram', 'youtube'] as const)[index % 3]!;
  const followers = Math.round(2_000 * 10 ** (next() * 3.5));
  const posts = Array.from({ length: kind === 'grid' ? 12 : 30 }, (_, i) => {
    const views = followers * (0.05 + next() * 0.6);
    if (kind === 'grid') return { ...emptyPost(`p${index}-${i}`, `https://example.com/${index}/${i}`), views: exact(views), pinned: i === 0 };
    return {
      ...emptyPost(`p${index}-${i}`, `https://example.com/${index}/${i}`),
      views: i % 7 === 0 ? rounded(views) : exact(views),
      likes: exact(views * (0.02 + next() * 0.08)),
      comments: exact(views * (0.001 + next() * 0.004)),
      shares: platform === 'tiktok' ? exact(views * 0.002) : null,
      pinned: i === 0 && platform === 'tiktok',
      publishedAt: exact(NOW - (i * 3 + 1) * DAY),
      sponsored: i === 4 ? true : null,
      caption: i === 4 ? 'New serum from @brand — link in bio #skincare' : `Day ${i} of the routine #skincare #makeup`,
      hashtags: ['skincare', 'makeup'],
    };
  });
  return {
    version: SNAPSHOT_VERSION,
    platform,
    pageKind: 'profile',
    lang: 'en',
    url: `https://example.com/@creator${index}`,
    capturedAt: NOW,
    creator: {
      handle: `creator${index}`,
      displayName: `Creator ${index}`,
      bio: 'Skincare and makeup for busy mornings · collab@example.com',
      bioLinks: [],
      email: 'collab@example.com',
      verified: index % 5 === 0,
      privateAccount: false,
      followers: exact(followers),
      following: platform === 'youtube' ? null : exact(300 + next() * 500),
      totalLikes: platform === 'tiktok' ? exact(followers * 20) : null,
      postCount: exact(200 + next() * 300),
    },
    posts,
    missing: [],
    sources: ['embedded-json'],
    notices: [],
  };
}

/** Former absolute target, shown for reference without a verdict: it measures the host as much as the code. */
export const SCORING_REFERENCE_PER_SECOND = 10_000;

/** Seconds to assess every snapshot once, each from a fresh copy (as read from the database: nothing cached from the pass before). */
function scoringPass(snapshots: readonly Snapshot[], histories: ReadonlyArray<Snapshot[] | undefined>): number {
  const fresh = structuredClone(snapshots);
  const started = performance.now();
  for (let i = 0; i < fresh.length; i++) assess(fresh[i]!, { now: NOW, history: histories[i] });
  return (performance.now() - started) / 1000;
}

/** Seconds to parse every snapshot and its history once from JSON text: the floor. */
function floorPass(texts: readonly string[]): number {
  let posts = 0;
  const started = performance.now();
  for (const text of texts) posts += (JSON.parse(text) as { snapshot: Snapshot }).snapshot.posts.length;
  const seconds = (performance.now() - started) / 1000;
  if (posts === 0) throw new Error('scoring bench: the floor parsed no posts');
  return seconds;
}

interface Paired {
  scoring: number[];
  floor: number[];
}

/** Floor and scoring passes alternating, after unmeasured ones; seconds per pass. */
function pairedPasses(snapshots: readonly Snapshot[], histories: ReadonlyArray<Snapshot[] | undefined>, runs: number): Paired {
  for (let i = 0; i < 200; i++) assess(structuredClone(snapshots[i % snapshots.length]!), { now: NOW, history: histories[i % snapshots.length] });
  const texts = snapshots.map((snapshot, i) => JSON.stringify({ snapshot, history: histories[i] }));
  floorPass(texts.slice(0, 200));
  const result: Paired = { scoring: [], floor: [] };
  for (let run = 0; run < runs; run++) {
    result.floor.push(floorPass(texts));
    result.scoring.push(scoringPass(snapshots, histories));
  }
  return result;
}

const perSecond = (count: number, seconds: number): string => `${Math.round(count / seconds).toLocaleString('en')} /s`;

export function measureScoring(runs = 20, count = 1_000): Figure[] {
  const full = Array.from({ length: count }, (_, i) => benchSnapshot(i));
  const earlier = full.map((snapshot) => [
    { ...snapshot, capturedAt: NOW - 60 * DAY, creator: { ...snapshot.creator, followers: exact((snapshot.creator.followers?.value ?? 0) * 0.9) } },
  ]);
  const grid = Array.from({ length: count }, (_, i) => benchSnapshot(i, 'grid'));
  const kinds: Array<[string, Paired]> = [
    ['30 posts with likes, comments, captions + 1 earlier reading', pairedPasses(full, earlier, runs)],
    ['a 12-video profile grid, views only', pairedPasses(grid, [], runs)],
  ];
  return kinds.flatMap(([kind, passes]) => {
    const scoring = median(passes.scoring);
    const floor = median(passes.floor);
    return [
      {
        what: `scoring throughput, ${kind} (median of ${runs} runs × ${count})`,
        value: perSecond(count, scoring),
        target: `ref. > ${SCORING_REFERENCE_PER_SECOND.toLocaleString('en')} /s`,
        met: null,
      },
      {
        what: `scoring / floor (JSON.parse of the same snapshots and history), ${kind}, ${runs} pairs`,
        value: `${times(scoring / floor)} (floor ${perSecond(count, floor)}; median of pair ratios ${times(medianOfRatios(passes.scoring, passes.floor))})`,
        target: '',
        met: null,
      },
    ];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = measureScoring(option('runs', 20), option('snapshots', 1_000));
  printTable('Scoring (node)', figures);
  process.exitCode = figures.every((figure) => figure.met !== false) ? 0 : 1;
}
