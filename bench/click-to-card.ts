// Click to score card on heavy pages, in real Chromium with the built extension (bench/heavy-pages.ts:
// a YouTube channel with 300 videos, a TikTok profile with 200, an Instagram Reels tab with 100).
//   npx wxt build && npx tsx bench/click-to-card.ts [--runs 20]
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
// extraction alone: the built reader script of the page (.output/chrome-mv3/read-*.js), read from disk,
//   evaluated in a new isolated world of the page (as an extension's script runs, and as the first
//   reading of a page finds it: the world has no wrappers for the page's nodes yet) with performance.now()
//   around awaiting its completion value (a Promise of the reading as JSON text): compiling and
//   running it, waiting for readiness, extracting and writing the answer. Each evaluation is a
//   fresh copy of the reader, as each injection is: nothing cached from the last.
// For scale, both are also timed on the same pages with a 12-post grid (at another address): the part
//   of the time that does not grow with the page.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { READER_SCRIPTS } from '../lib/reading/reader-scripts';
import { EXTENSION_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from '../test/e2e/browser';
import { heavyInstagramReels, heavyPages, heavyTikTokProfile, heavyYouTubeChannel, type HeavyPage } from './heavy-pages';
import { option, median, ms, printTable, type Figure } from './report';

export interface ClickToCardOptions {
  /** Measured runs per page (after two unmeasured ones); at least 20 for the report. */
  runs?: number;
  /** Called with a line of progress. */
  log?: (line: string) => void;
}

export const CLICK_TO_CARD_TARGET_MS = 150;
export const EXTRACTION_TARGET_MS = 20;
const WARM_UP_RUNS = 2;
const CARD_TIMEOUT_MS = 30_000;

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// In-page probes, as script text (tsx's __name helper breaks functions passed to the page).
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

interface CardTiming {
  /** When the popup's first render (its "Reading the page" state) was in the DOM. */
  rendered: number | null;
  appeared: number;
  painted: number;
  grade: string | null;
  message: string | null;
  /** When the per-post chart's canvas was in the DOM; null for a card without a chart. */
  chart: number | null;
}

/** Evaluates the reader's source in the page's main world, timed around its completion value. */
function extractionScript(source: string): string {
  return `(async () => {
  const source = ${JSON.stringify(source)};
  const started = performance.now();
  const sent = await (0, eval)(source);
  const elapsed = performance.now() - started;
  const reading = typeof sent === 'string' ? JSON.parse(sent) : null;
  return { elapsed, ok: reading && reading.ok === true, posts: reading && reading.ok ? reading.snapshot.posts.length : null, error: reading && !reading.ok ? JSON.stringify(reading.error) : null };
})()`;
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
  const popup = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 428, height: 1000 });
    await popup.addInitScript({ content: CARD_PROBE });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    let timer: NodeJS.Timeout | undefined;
    const timing = (await Promise.race([
      popup.evaluate('window.__card'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no score card for ${page.name} within ${CARD_TIMEOUT_MS / 1000} s`)), CARD_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer))) as CardTiming;
    if (timing.grade === null) throw new Error(`${page.name}: the popup said "${timing.message}" instead of showing a card`);
    timing.chart = (await popup.evaluate('window.__chart')) as number | null;
    const posts = await storedPostCount(browser, tabId);
    if (posts !== page.posts) throw new Error(`${page.name}: the card was scored from ${posts} posts, expected ${page.posts}`);
    return timing;
  } finally {
    await popup.close();
  }
}

let worlds = 0;

/**
 * Evaluates the reader in a new isolated world of the tab, as an injection into a page read for the
 * first time is: no wrapper objects for the page's nodes yet (each world has its own), nothing of an
 * earlier run in reach.
 */
async function extractOnce(tab: Page, source: string, page: HeavyPage): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${++worlds}` });
    const answer = (await cdp.send('Runtime.evaluate', { expression: extractionScript(source), contextId: executionContextId, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (answer.exceptionDetails) throw new Error(`${page.name}: the reader threw ${answer.exceptionDetails.text}`);
    return checkedElapsed(answer.result.value, page);
  } finally {
    await cdp.detach();
  }
}

function checkedElapsed(value: unknown, page: HeavyPage): number {
  const result = value as { elapsed: number; ok: boolean; posts: number | null; error: string | null };
  if (!result.ok) throw new Error(`${page.name}: the reader answered ${result.error}`);
  if (result.posts !== page.posts) throw new Error(`${page.name}: the reader returned ${result.posts} posts, expected ${page.posts}`);
  return result.elapsed;
}

/** The same pages with a 12-post grid at another address: what the popup costs when the page is small. */
function smallPages(): HeavyPage[] {
  return [heavyYouTubeChannel(12), heavyTikTokProfile(12), heavyInstagramReels(12)].map((page) => ({
    ...page,
    name: page.name.replace(/\d+ (videos|tiles)/, '12 $1'),
    url: `${page.url}?bench=small`,
  }));
}

interface CardRuns {
  cold: number;
  rendered: number[];
  appeared: number[];
  painted: number[];
  chart: number[];
}

async function cardRuns(browser: ExtensionBrowser, tabId: number, page: HeavyPage, runs: number): Promise<CardRuns> {
  const result: CardRuns = { cold: 0, rendered: [], appeared: [], painted: [], chart: [] };
  for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
    const timing = await openPopupOnce(browser, tabId, page);
    if (run === 0) result.cold = timing.painted;
    if (run < WARM_UP_RUNS) continue;
    result.painted.push(timing.painted);
    result.appeared.push(timing.appeared);
    if (timing.chart !== null) result.chart.push(timing.chart);
    if (timing.rendered !== null) result.rendered.push(timing.rendered);
  }
  return result;
}

/** Extraction timed in the page, after unmeasured runs. */
async function extractionRuns(tab: Page, source: string, page: HeavyPage, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
    const elapsed = await extractOnce(tab, source, page);
    if (run >= WARM_UP_RUNS) times.push(elapsed);
  }
  return times;
}

export async function measureClickToCard({ runs = 20, log = () => undefined }: ClickToCardOptions = {}): Promise<Figure[]> {
  const pages = heavyPages();
  const small = smallPages();
  const browser = await launchWithExtension(Object.fromEntries([...pages, ...small].map((page) => [page.url, page.html])), { routing: 'fixture tabs' });
  const figures: Figure[] = [];
  try {
    for (const [index, page] of pages.entries()) {
      const tab = await browser.openFixture(page.url);
      const tabId = await tabIdOf(browser.worker, tab);
      const cards = await cardRuns(browser, tabId, page, runs);
      log(`${page.name}: click to card ${cards.painted.map((value) => value.toFixed(0)).join(', ')} ms`);

      const source = readFileSync(join(EXTENSION_DIR, READER_SCRIPTS[page.platform].profile), 'utf8');
      const extraction = await extractionRuns(tab, source, page, runs);
      log(`${page.name}: extraction ${extraction.map((value) => value.toFixed(1)).join(', ')} ms`);
      await tab.close();

      // The same markup with a 12-post grid: the part of the time that does not grow with the page.
      const smallPage = small[index]!;
      const smallTab = await browser.openFixture(smallPage.url);
      const smallCards = await cardRuns(browser, await tabIdOf(browser.worker, smallTab), smallPage, runs);
      log(`${smallPage.name}: click to card ${smallCards.painted.map((value) => value.toFixed(0)).join(', ')} ms`);
      const smallExtraction = await extractionRuns(smallTab, source, smallPage, runs);
      await smallTab.close();

      const cardMedian = median(cards.painted);
      const extractionMedian = median(extraction);
      figures.push(
        {
          what: `${page.name}: click to card, median of ${runs} (popup navigation start to the frame after the grade appeared)`,
          value: ms(cardMedian),
          target: `< ${CLICK_TO_CARD_TARGET_MS} ms`,
          met: cardMedian < CLICK_TO_CARD_TARGET_MS,
        },
        { what: `${page.name}: click to card, p90 of ${runs}`, value: ms(percentile(cards.painted, 90)), target: '', met: null },
        {
          what: `${page.name}: of which popup start to its first render ("Reading…"), median`,
          value: cards.rendered.length > 0 ? ms(median(cards.rendered)) : 'not seen',
          target: '',
          met: null,
        },
        { what: `${page.name}: click to grade in the DOM (before the frame), median`, value: ms(median(cards.appeared)), target: '', met: null },
        {
          what: `${page.name}: click to the per-post chart's canvas (chart.js loads after the card), median`,
          value: cards.chart.length > 0 ? ms(median(cards.chart)) : 'no chart on this card',
          target: '',
          met: null,
        },
        { what: `${page.name}: first open on this page, not in the median${index === 0 ? ' (the first since launch: cold)' : ''}`, value: ms(cards.cold), target: '', met: null },
        {
          what: `${smallPage.name} (same page, small grid): click to card, median of ${runs}`,
          value: `${ms(median(smallCards.painted))} (p90 ${ms(percentile(smallCards.painted, 90))})`,
          target: '',
          met: null,
        },
        {
          what: `${page.name}: extraction alone in the page (reader script, ${page.posts} posts), median of ${runs}`,
          value: `${ms(extractionMedian)} (p90 ${ms(percentile(extraction, 90))})`,
          target: `< ${EXTRACTION_TARGET_MS} ms`,
          met: extractionMedian < EXTRACTION_TARGET_MS,
        },
        {
          what: `${smallPage.name} (same page, small grid): extraction alone, median of ${runs}`,
          value: `${ms(median(smallExtraction))} (p90 ${ms(percentile(smallExtraction, 90))})`,
          target: '',
          met: null,
        },
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = option('runs', 20);
  const started = performance.now();
  const loadBefore = loadavg();
  measureClickToCard({ runs, log: (line) => console.log(line) })
    .then((figures) => {
      printTable('Click to score card on heavy pages (Chromium, built extension)', figures);
      const seconds = (performance.now() - started) / 1000;
      const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
      console.log(`\nran in ${seconds.toFixed(1)} s; load average before ${load(loadBefore)}, after ${load(loadavg())} (1, 5, 15 min)`);
      process.exitCode = figures.every((figure) => figure.met !== false) ? 0 : 1;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    });
}
