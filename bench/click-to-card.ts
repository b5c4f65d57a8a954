// Click to score card on heavy pages, in real Chromium with the built extension (bench/heavy-pages.ts:
// a YouTube channel with 300 videos, a TikTok profile with 200, an Instagram Reels tab with 100),
// each against its floor measured in the same run, run by run (floor, ours, floor, ours, ...).
//   npx wxt build && npx tsx bench/click-to-card.ts [--runs 20]
//   npx tsx bench/click-to-card.ts --compare <dirA> <dirB> [--runs 20]   (two built Chrome extensions)
//
// click to card: the popup is opened as a page for the heavy page's tab, as the e2e tests do
//   (chrome-extension://<id>/popup.html?tab=<id>); an init script in the popup notes performance.now()
//   when [data-testid="grade"] first appears and again after the next frame, so the time runs from the
//   popup's navigation start (performance.timeOrigin, what a click on the toolbar button starts) to the
//   frame after the card was painted: popup load, injection of the reader script (started by the popup's
//   first module while the rest loads), reading, checking, scoring and rendering. The per-post chart's
//   bars (chart.js, loaded after the card) are timed apart: when its canvas is in the DOM. The tab's
//   remembered result is dropped before each run, so every run reads the page anew. Two unmeasured runs
//   first; the very first (cold) one is reported apart. Only the heavy pages' tabs are routed
//   (test/e2e/browser.ts, routing 'fixture tabs'): the popup loads its files as in a user's browser.
//   A route on the whole context, as the e2e tests use, sends each of the popup's files through
//   Playwright and back (5-12 ms more to the card, timed side by side; none of it the extension's).
// popup floor: a static page of one line of text and no script (bench-floor.html, written into the
//   built extension for the run and removed after it; the product never has it), opened the same way
//   for the same tab and timed by the same probe: navigation start to the frame after the line
//   appeared. What any extension page costs on this machine at this moment; the card's verdict is its
//   ratio to this floor. First contentful paint is noted for both pages.
// extraction: the built reader script of the page (<build>/read-*.js), read from disk, evaluated in a
//   new isolated world of the page created through CDP (as an extension's script runs, and as the
//   first reading of a page finds it: the world has no wrappers for the page's nodes yet). Two times:
//   the round trip seen from here, from creating the world to the evaluation's answer (what the verdict
//   uses), and, inside it, performance.now() around awaiting the script's completion value (a Promise
//   of the reading as JSON text): compiling and running it, waiting for readiness, extracting and
//   writing the answer. Each evaluation is a fresh copy of the reader's text, as each injection
//   is (V8 may still compile it from its cache: bench/README.md, Known limits).
// reader floor: a no-op script (an async function answering a tiny JSON text) evaluated exactly so,
//   in the same tab: the round trip carries CDP, the new world and eval, and nothing of ours.
// For scale, the card and the extraction are also timed on the same pages with a 12-post grid (at
//   another address): the part of the time that does not grow with the page.
// --compare: one browser per build, the same pages open in each; click to card alternates A and B run
//   by run (each with its own popup floor beside it), extraction evaluates A's and B's reader
//   alternately in the same tab; prints B/A per page, to tell whether a change buys time.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { READER_SCRIPTS } from '../lib/reading/reader-scripts';
import { EXTENSION_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from '../test/e2e/browser';
import { heavyInstagramReels, heavyPages, heavyTikTokProfile, heavyYouTubeChannel, type HeavyPage } from './heavy-pages';
import { loadAverage, median, medianInterval, medianOfRatios, ms, option, printRows, printTable, times, type Figure } from './report';

export interface ClickToCardOptions {
  /** Measured pairs per page (after two unmeasured ones); at least 20 for the report. */
  runs?: number;
  /** Called with a line of progress. */
  log?: (line: string) => void;
  /** The built extension (default: the Chrome build in .output). */
  extensionDir?: string;
}

/** Click to card may take at most this many times the popup floor of the same run. */
export const CARD_FLOOR_TARGET = 2.5;
/** Extraction (world + evaluation round trip) may take at most this many times the reader floor's. */
export const EXTRACTION_FLOOR_TARGET = 3;
/** Former absolute targets, shown for reference without a verdict: the machine's speed alone moves the times across them. */
export const CLICK_TO_CARD_REFERENCE_MS = 150;
export const EXTRACTION_REFERENCE_MS = 20;
const WARM_UP_RUNS = 2;
const CARD_TIMEOUT_MS = 30_000;
const POPUP_VIEWPORT = { width: 428, height: 1000 };

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// ---- The floors -----------------------------------------------------------------------------

/** The popup floor's file name in the built extension. */
export const POPUP_FLOOR_PAGE = 'bench-floor.html';
const POPUP_FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Creator Lens</title>
  </head>
  <body>
    <p data-testid="bench-floor">Creator Lens</p>
  </body>
</html>
`;

/** Puts the popup floor into a built extension before its browser starts; gives back what removes it. */
export function addPopupFloor(extensionDir: string): () => void {
  const file = join(extensionDir, POPUP_FLOOR_PAGE);
  writeFileSync(file, POPUP_FLOOR_HTML);
  return () => rmSync(file, { force: true });
}

/** The reader floor: answers like a reader (a Promise of JSON text, in the same wrapping) and reads nothing. */
export const READER_FLOOR_SCRIPT = `var benchFloor=(function(){return(async()=>JSON.stringify({ok:!0,snapshot:{posts:[]}}))()})();
benchFloor;`;

// In-page probes, as script text (tsx's __name helper breaks functions passed to the page).
/** In any page: window.__fcp resolves with the first contentful paint's time. */
const PAINT_PROBE = `window.__fcp = new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) resolve(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
});`;

/** In the popup: window.__card resolves with when the grade appeared and when the next frame was done. */
const CARD_PROBE = `if (location.pathname.endsWith('/popup.html')) {
  window.__card = new Promise((resolve) => {
    let done = false;
    let rendered = null;
    const check = () => {
      if (done) return;
      if (rendered === null && document.querySelector('main.popup') !== null) rendered = performance.now();
      const grade = document.querySelector('[data-testid="grade"]');
      const message = document.querySelector('[data-testid="popup-message"]');
      if (grade === null && message === null) return;
      done = true;
      const appeared = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve({ rendered, appeared, painted: performance.now(), grade: grade && grade.textContent, message: message && message.textContent })));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  // When the per-post chart's canvas is in the DOM; null at once for a card without a chart.
  window.__chart = window.__card.then(() => new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('.post-chart') === null) resolve(null);
      else if (document.querySelector('.post-chart canvas') !== null) resolve(performance.now());
      else return;
      chartObserver.disconnect();
    };
    const chartObserver = new MutationObserver(check);
    chartObserver.observe(document, { childList: true, subtree: true });
    check();
  }));
}`;

/** In the popup floor: the card's probe, watching for the floor's line of text instead of the grade. */
const FLOOR_PROBE = `if (location.pathname.endsWith('/${POPUP_FLOOR_PAGE}')) {
  window.__floor = new Promise((resolve) => {
    let done = false;
    const check = () => {
      if (done) return;
      const line = document.querySelector('[data-testid="bench-floor"]');
      if (line === null || line.textContent === '') return;
      done = true;
      const appeared = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve({ appeared, painted: performance.now() })));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}`;

/** The first contentful paint if there was one by now (it comes before the probes' frame when it comes). */
const FCP_NOW = `Promise.race([window.__fcp, new Promise((resolve) => setTimeout(() => resolve(null), 200))])`;

interface FloorTiming {
  appeared: number;
  painted: number;
  fcp: number | null;
}

interface CardTiming extends FloorTiming {
  /** When the popup's first render (its "Reading the page" state) was in the DOM. */
  rendered: number | null;
  grade: string | null;
  message: string | null;
  /** When the per-post chart's canvas was in the DOM; null for a card without a chart. */
  chart: number | null;
}

/** `expression` awaited in the page, or an error naming `what` after CARD_TIMEOUT_MS. */
async function awaitInPage(page: Page, expression: string, what: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    page.evaluate(expression),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: nothing within ${CARD_TIMEOUT_MS / 1000} s`)), CARD_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A new page of the browser at `url`, opened as the popup is (same viewport, probes installed before it loads), closed after `use`. */
async function openProbed<T>(browser: ExtensionBrowser, url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.addInitScript({ content: `${PAINT_PROBE}\n${CARD_PROBE}\n${FLOOR_PROBE}` });
    await page.goto(url);
    return await use(page);
  } finally {
    await page.close();
  }
}

/** Opens the popup floor for the tab; its timing. */
async function openFloorOnce(browser: ExtensionBrowser, tabId: number): Promise<FloorTiming> {
  return openProbed(browser, `chrome-extension://${browser.extensionId}/${POPUP_FLOOR_PAGE}?tab=${tabId}`, async (floor) => {
    const timing = (await awaitInPage(floor, 'window.__floor', 'the popup floor')) as Omit<FloorTiming, 'fcp'>;
    return { ...timing, fcp: (await floor.evaluate(FCP_NOW)) as number | null };
  });
}

async function storedPostCount(browser: ExtensionBrowser, tabId: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < 5_000) {
    const count = (await browser.worker.evaluate(
      `chrome.storage.session.get('tab:${tabId}').then((stored) => { const entry = stored['tab:${tabId}']; return entry ? JSON.parse(entry.reading).posts.length : null; })`,
    )) as number | null;
    if (count !== null) return count;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

/** Opens the popup for the tab with its memory of the tab dropped, so the page is read anew; the card's timing. */
async function openPopupOnce(browser: ExtensionBrowser, tabId: number, page: HeavyPage): Promise<CardTiming> {
  await browser.worker.evaluate(`chrome.storage.session.remove('tab:${tabId}')`);
  return openProbed(browser, `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`, async (popup) => {
    const timing = (await awaitInPage(popup, 'window.__card', `no score card for ${page.name}`)) as Omit<CardTiming, 'chart' | 'fcp'>;
    if (timing.grade === null) throw new Error(`${page.name}: the popup said "${timing.message}" instead of showing a card`);
    const chart = (await popup.evaluate('window.__chart')) as number | null;
    const fcp = (await popup.evaluate(FCP_NOW)) as number | null;
    const posts = await storedPostCount(browser, tabId);
    if (posts !== page.posts) throw new Error(`${page.name}: the card was scored from ${posts} posts, expected ${page.posts}`);
    return { ...timing, chart, fcp };
  });
}

// ---- Extraction -----------------------------------------------------------------------------

/** Evaluates a reader's source in the world it is sent to, timed around its completion value; the answer is kept for the check. */
function extractionScript(source: string): string {
  return `(async () => {
  const source = ${JSON.stringify(source)};
  const started = performance.now();
  const sent = await (0, eval)(source);
  const elapsed = performance.now() - started;
  globalThis.__benchAnswer = sent;
  return elapsed;
})()`;
}

/** In the same world after the timed evaluation: what the reader answered, in brief. */
const CHECK_ANSWER = `(() => {
  const sent = globalThis.__benchAnswer;
  delete globalThis.__benchAnswer;
  const reading = typeof sent === 'string' ? JSON.parse(sent) : null;
  return { ok: reading !== null && reading.ok === true, posts: reading && reading.ok ? reading.snapshot.posts.length : null, error: reading && !reading.ok ? JSON.stringify(reading.error) : String(sent).slice(0, 200) };
})()`;

interface Evaluation {
  /** From creating the world to the evaluation's answer, seen from here (CDP round trips included). */
  roundTrip: number;
  /** Inside it, in the page: the script's run to its completion value. */
  inPage: number;
}

interface EvaluateAnswer {
  result: { value?: unknown };
  exceptionDetails?: { text: string };
}

let worlds = 0;

/**
 * Evaluates a reader in a new isolated world of the tab, as an injection into a page read for the
 * first time is: no wrapper objects for the page's nodes yet (each world has its own), nothing of an
 * earlier run in reach. `posts`: how many posts its answer must hold.
 */
async function extractOnce(tab: Page, source: string, posts: number, what: string): Promise<Evaluation> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const expression = extractionScript(source);
    const started = performance.now();
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${++worlds}` });
    const answer = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true })) as EvaluateAnswer;
    const roundTrip = performance.now() - started;
    if (answer.exceptionDetails) throw new Error(`${what}: the reader threw ${answer.exceptionDetails.text}`);
    // Checked apart: parsing the answer here would be timed with the reader, and only the bench does it.
    const check = (await cdp.send('Runtime.evaluate', { expression: CHECK_ANSWER, contextId: executionContextId, returnByValue: true })) as EvaluateAnswer;
    const result = check.result.value as { ok: boolean; posts: number | null; error: string | null };
    if (!result.ok) throw new Error(`${what}: the reader answered ${result.error}`);
    if (result.posts !== posts) throw new Error(`${what}: the reader returned ${result.posts} posts, expected ${posts}`);
    return { roundTrip, inPage: answer.result.value as number };
  } finally {
    await cdp.detach();
  }
}

/** The page's reader script as built in `extensionDir`. */
function readerSource(extensionDir: string, page: HeavyPage): string {
  return readFileSync(join(extensionDir, READER_SCRIPTS[page.platform].profile), 'utf8');
}

// ---- Runs -----------------------------------------------------------------------------------

/** The same pages with a 12-post grid at another address: what the popup costs when the page is small. */
function smallPages(): HeavyPage[] {
  return [heavyYouTubeChannel(12), heavyTikTokProfile(12), heavyInstagramReels(12)].map((page) => ({
    ...page,
    name: page.name.replace(/\d+ (videos|tiles)/, '12 $1'),
    url: `${page.url}?bench=small`,
  }));
}

interface CardPairs {
  cold: { card: number; floor: number };
  card: CardTiming[];
  floor: FloorTiming[];
}

/** Popup floor and card, one after the other, run by run; the first two pairs unmeasured. */
async function pairedCardRuns(browser: ExtensionBrowser, tabId: number, page: HeavyPage, runs: number): Promise<CardPairs> {
  const result: CardPairs = { cold: { card: 0, floor: 0 }, card: [], floor: [] };
  for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
    const floor = await openFloorOnce(browser, tabId);
    const card = await openPopupOnce(browser, tabId, page);
    if (run === 0) result.cold = { card: card.painted, floor: floor.painted };
    if (run < WARM_UP_RUNS) continue;
    result.floor.push(floor);
    result.card.push(card);
  }
  return result;
}

/** The card alone (the small grids, for scale), after unmeasured runs. */
async function cardRuns(browser: ExtensionBrowser, tabId: number, page: HeavyPage, runs: number): Promise<number[]> {
  const painted: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
    const timing = await openPopupOnce(browser, tabId, page);
    if (run >= WARM_UP_RUNS) painted.push(timing.painted);
  }
  return painted;
}

interface ExtractionPairs {
  reader: Evaluation[];
  floor: Evaluation[];
}

/** Reader floor and reader, one after the other, run by run in the same tab; the first two pairs unmeasured. */
async function pairedExtractionRuns(tab: Page, source: string, page: HeavyPage, runs: number): Promise<ExtractionPairs> {
  const result: ExtractionPairs = { reader: [], floor: [] };
  for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
    const floor = await extractOnce(tab, READER_FLOOR_SCRIPT, 0, `${page.name} (reader floor)`);
    const reader = await extractOnce(tab, source, page.posts, page.name);
    if (run < WARM_UP_RUNS) continue;
    result.floor.push(floor);
    result.reader.push(reader);
  }
  return result;
}

/** Extraction alone (the small grids, for scale), after unmeasured runs. */
async function extractionRuns(tab: Page, source: string, page: HeavyPage, runs: number): Promise<Evaluation[]> {
  const evaluations: Evaluation[] = [];
  for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
    const evaluation = await extractOnce(tab, source, page.posts, page.name);
    if (run >= WARM_UP_RUNS) evaluations.push(evaluation);
  }
  return evaluations;
}

const painted = (timings: readonly FloorTiming[]): number[] => timings.map((timing) => timing.painted);
const roundTrips = (evaluations: readonly Evaluation[]): number[] => evaluations.map((evaluation) => evaluation.roundTrip);
const inPage = (evaluations: readonly Evaluation[]): number[] => evaluations.map((evaluation) => evaluation.inPage);
const fcps = (timings: readonly FloorTiming[]): number[] => timings.flatMap((timing) => (timing.fcp === null ? [] : [timing.fcp]));
const medianOr = (values: readonly number[], none: string): string => (values.length > 0 ? ms(median(values)) : none);
const withP90 = (values: readonly number[]): string => `${ms(median(values))} (p90 ${ms(percentile(values, 90))})`;

/** Ours over its floor: the ratio of the medians (the verdict), with the median of the pairs' ratios beside it. */
function ratioFigure(what: string, ours: readonly number[], floor: readonly number[], names: [string, string], target: number): Figure {
  const ratio = median(ours) / median(floor);
  return {
    what,
    value: `${times(ratio)} (${names[0]} ${ms(median(ours))} / ${names[1]} ${ms(median(floor))}; median of pair ratios ${times(medianOfRatios(ours, floor))})`,
    target: `≤ ${target}×`,
    met: ratio <= target,
  };
}

export async function measureClickToCard({ runs = 20, log = () => undefined, extensionDir = EXTENSION_DIR }: ClickToCardOptions = {}): Promise<Figure[]> {
  const pages = heavyPages();
  const small = smallPages();
  const removeFloor = addPopupFloor(extensionDir);
  const figures: Figure[] = [];
  try {
    const browser = await launchWithExtension(Object.fromEntries([...pages, ...small].map((page) => [page.url, page.html])), { routing: 'fixture tabs', extensionDir });
    try {
      for (const [index, page] of pages.entries()) {
        const tab = await browser.openFixture(page.url);
        const tabId = await tabIdOf(browser.worker, tab);
        const cards = await pairedCardRuns(browser, tabId, page, runs);
        log(`${page.name}: popup floor ${painted(cards.floor).map((value) => value.toFixed(0)).join(', ')} ms`);
        log(`${page.name}: click to card ${painted(cards.card).map((value) => value.toFixed(0)).join(', ')} ms`);

        const source = readerSource(extensionDir, page);
        const extraction = await pairedExtractionRuns(tab, source, page, runs);
        log(`${page.name}: reader floor ${roundTrips(extraction.floor).map((value) => value.toFixed(1)).join(', ')} ms`);
        log(`${page.name}: extraction ${roundTrips(extraction.reader).map((value) => value.toFixed(1)).join(', ')} ms (in the page ${inPage(extraction.reader).map((value) => value.toFixed(1)).join(', ')})`);
        await tab.close();

        // The same markup with a 12-post grid: the part of the time that does not grow with the page.
        const smallPage = small[index]!;
        const smallTab = await browser.openFixture(smallPage.url);
        const smallCards = await cardRuns(browser, await tabIdOf(browser.worker, smallTab), smallPage, runs);
        log(`${smallPage.name}: click to card ${smallCards.map((value) => value.toFixed(0)).join(', ')} ms`);
        const smallExtraction = await extractionRuns(smallTab, source, smallPage, runs);
        await smallTab.close();

        const card = painted(cards.card);
        const floor = painted(cards.floor);
        const reference = (limit: number) => `ref. < ${limit} ms`;
        figures.push(
          ratioFigure(`${page.name}: click to card / popup floor, ${runs} pairs`, card, floor, ['card', 'floor'], CARD_FLOOR_TARGET),
          ratioFigure(
            `${page.name}: extraction / reader floor (world + evaluation round trip), ${runs} pairs`,
            roundTrips(extraction.reader),
            roundTrips(extraction.floor),
            ['extraction', 'floor'],
            EXTRACTION_FLOOR_TARGET,
          ),
          { what: `${page.name}: click to card (popup navigation start to the frame after the grade appeared)`, value: withP90(card), target: reference(CLICK_TO_CARD_REFERENCE_MS), met: null },
          { what: `${page.name}: popup floor (navigation start to the frame after its line appeared)`, value: withP90(floor), target: '', met: null },
          {
            what: `${page.name}: first contentful paint, popup / popup floor, median`,
            value: `${medianOr(fcps(cards.card), 'not seen')} / ${medianOr(fcps(cards.floor), 'not seen')}`,
            target: '',
            met: null,
          },
          {
            what: `${page.name}: of which popup start to its first render ("Reading…"), median`,
            value: medianOr(
              cards.card.flatMap((timing) => (timing.rendered === null ? [] : [timing.rendered])),
              'not seen',
            ),
            target: '',
            met: null,
          },
          { what: `${page.name}: click to grade in the DOM (before the frame), median`, value: ms(median(cards.card.map((timing) => timing.appeared))), target: '', met: null },
          {
            what: `${page.name}: click to the per-post chart's canvas (chart.js loads after the card), median`,
            value: medianOr(
              cards.card.flatMap((timing) => (timing.chart === null ? [] : [timing.chart])),
              'no chart on this card',
            ),
            target: '',
            met: null,
          },
          {
            what: `${page.name}: first open on this page, not in the median${index === 0 ? ' (the first since launch: cold)' : ''}`,
            value: `card ${ms(cards.cold.card)}, floor ${ms(cards.cold.floor)}`,
            target: '',
            met: null,
          },
          { what: `${smallPage.name} (same page, small grid): click to card`, value: withP90(smallCards), target: '', met: null },
          {
            what: `${page.name}: extraction, the reader's run in the page (${page.posts} posts)`,
            value: withP90(inPage(extraction.reader)),
            target: reference(EXTRACTION_REFERENCE_MS),
            met: null,
          },
          { what: `${page.name}: reader floor, its run in the page`, value: withP90(inPage(extraction.floor)), target: '', met: null },
          { what: `${smallPage.name} (same page, small grid): extraction round trip / in the page`, value: `${ms(median(roundTrips(smallExtraction)))} / ${ms(median(inPage(smallExtraction)))}`, target: '', met: null },
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    removeFloor();
  }
  return figures;
}

// ---- Compare mode ---------------------------------------------------------------------------

export interface CompareOptions {
  /** Two built Chrome extensions: A (usually the baseline) and B (the variant). */
  dirA: string;
  dirB: string;
  runs?: number;
  log?: (line: string) => void;
}

/** One measure of A and B per page: medians, B/A of the medians, the median of the pairs' B/A and its 95% interval. */
function compareRow(page: string, what: string, a: readonly number[], b: readonly number[]): string[] {
  const interval = medianInterval(b.map((value, i) => value / a[i]!));
  return [page, what, ms(median(a)), ms(median(b)), times(median(b) / median(a)), times(medianOfRatios(b, a)), interval ? `${times(interval[0])}-${times(interval[1])}` : 'too few runs'];
}

/** The same heavy pages in one browser per build: A and B alternate run by run, each beside its floor. */
export async function compareBuilds({ dirA, dirB, runs = 20, log = () => undefined }: CompareOptions): Promise<string[][]> {
  const dirs = [resolve(dirA), resolve(dirB)] as const;
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built Chrome extension in ${dir}`);
  }
  if (dirs[0] === dirs[1]) throw new Error('--compare needs two directories: copy the build to compare it with itself');
  const pages = heavyPages();
  const routes = Object.fromEntries(pages.map((page) => [page.url, page.html]));
  const removals = dirs.map((dir) => addPopupFloor(dir));
  const rows: string[][] = [['page', 'what', 'A', 'B', 'B/A', 'median of pair B/A', '95% interval']];
  const browsers: ExtensionBrowser[] = [];
  try {
    for (const extensionDir of dirs) browsers.push(await launchWithExtension(routes, { routing: 'fixture tabs', extensionDir }));
    const sides = [0, 1] as const;
    for (const page of pages) {
      const tabs = await Promise.all(browsers.map((browser) => browser.openFixture(page.url)));
      const tabIds: number[] = [];
      for (const side of sides) tabIds.push(await tabIdOf(browsers[side]!.worker, tabs[side]!));
      const card: [number[], number[]] = [[], []];
      const floor: [number[], number[]] = [[], []];
      for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
        // A first in even runs, B first in odd ones, so neither always follows the other.
        for (const side of run % 2 === 0 ? sides : ([1, 0] as const)) {
          const floorTiming = await openFloorOnce(browsers[side]!, tabIds[side]!);
          const cardTiming = await openPopupOnce(browsers[side]!, tabIds[side]!, page);
          if (run < WARM_UP_RUNS) continue;
          floor[side].push(floorTiming.painted);
          card[side].push(cardTiming.painted);
        }
      }
      log(`${page.name}: click to card A ${card[0].map((value) => value.toFixed(0)).join(', ')} ms`);
      log(`${page.name}: click to card B ${card[1].map((value) => value.toFixed(0)).join(', ')} ms`);

      // Both readers and the floor in A's tab: the same page, the same renderer.
      const sources = dirs.map((dir) => readerSource(dir, page));
      const reader: [Evaluation[], Evaluation[]] = [[], []];
      const readerFloor: Evaluation[] = [];
      for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
        const floorEvaluation = await extractOnce(tabs[0]!, READER_FLOOR_SCRIPT, 0, `${page.name} (reader floor)`);
        if (run >= WARM_UP_RUNS) readerFloor.push(floorEvaluation);
        for (const side of run % 2 === 0 ? sides : ([1, 0] as const)) {
          const evaluation = await extractOnce(tabs[0]!, sources[side]!, page.posts, `${page.name} (${side === 0 ? 'A' : 'B'})`);
          if (run >= WARM_UP_RUNS) reader[side].push(evaluation);
        }
      }
      log(`${page.name}: extraction A ${roundTrips(reader[0]).map((value) => value.toFixed(1)).join(', ')} ms`);
      log(`${page.name}: extraction B ${roundTrips(reader[1]).map((value) => value.toFixed(1)).join(', ')} ms`);
      for (const tab of tabs) await tab.close();

      rows.push(
        compareRow(page.name, 'click to card', card[0], card[1]),
        compareRow(page.name, 'popup floor (each build\'s browser)', floor[0], floor[1]),
        compareRow(page.name, 'extraction, round trip', roundTrips(reader[0]), roundTrips(reader[1])),
        compareRow(page.name, 'extraction, in the page', inPage(reader[0]), inPage(reader[1])),
        [page.name, 'reader floor in A\'s tab, round trip / in the page', `${ms(median(roundTrips(readerFloor)))} / ${ms(median(inPage(readerFloor)))}`, '', '', '', ''],
      );
    }
  } finally {
    for (const browser of browsers) await browser.close();
    for (const remove of removals) remove();
  }
  return rows;
}

// ---- Command line ---------------------------------------------------------------------------

async function main(): Promise<number> {
  const runs = option('runs', 20);
  const started = performance.now();
  const loadBefore = loadAverage();
  const log = (line: string) => console.log(line);
  const at = process.argv.indexOf('--compare');
  let code = 0;
  if (at >= 0) {
    const [dirA, dirB] = process.argv.slice(at + 1, at + 3);
    if (!dirA || !dirB || dirA.startsWith('--') || dirB.startsWith('--')) throw new Error('usage: npx tsx bench/click-to-card.ts --compare <dirA> <dirB> [--runs 20]');
    const rows = await compareBuilds({ dirA, dirB, runs, log });
    printRows(`A = ${resolve(dirA)}, B = ${resolve(dirB)}: medians of ${runs} runs each, A and B alternating (B/A < 1: B is faster; the interval is the pair ratios' median's)`, rows);
  } else {
    const figures = await measureClickToCard({ runs, log });
    printTable('Click to score card on heavy pages against their floors (Chromium, built extension)', figures);
    code = figures.every((figure) => figure.met !== false) ? 0 : 1;
  }
  console.log(`\nran in ${((performance.now() - started) / 1000).toFixed(1)} s; load average before ${loadBefore}, after ${loadAverage()} (1, 5, 15 min)`);
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    },
  );
}
