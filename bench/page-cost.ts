// What the extension costs a creator page the user does not score, in real Chromium: the heavy
// pages of bench/heavy-pages.ts and one ordinary recorded page per platform, each loaded many
// times in a Chromium WITH the built extension and in one WITHOUT it, alternating, in the same run.
//   npx wxt build && npx tsx bench/page-cost.ts [--runs 20] [--idle 500]
//
// Script time: each load is a fresh tab with a CDP session on it (Performance.enable before the
//   navigation); after the load event and a short idle (500 ms: the background hears of the load
//   on its tabs.onUpdated "complete", so anything it did to the page would fall in it),
//   Performance.getMetrics gives the page's ScriptDuration and TaskDuration, less what the blank
//   tab had before. Reported: median with, median without, the difference and the ratio. The verdict
//   is the ratio of the ScriptDuration medians, with over without (the median of the pairs' ratios
//   beside it), on the pages that run script of their own: a page that runs none has no floor to
//   divide by, and the check below covers it.
// Nothing injected: after every load with the extension (outside the timed part) the page is
//   checked for script or other elements loaded from chrome-extension://, for chrome-extension://
//   entries in performance.getEntriesByType('resource'), and (Runtime.enable lists every JavaScript
//   context of the page) for a context of the extension's origin, which is where
//   chrome.scripting.executeScript runs a reader. As a control that the check can see an injection,
//   one page is then scored through the popup and checked again: the reader's context must show, and
//   the page's ScriptDuration grows by the reader's run (so the metric does see injected script).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from '../test/e2e/browser';
import { heavyPages, ordinaryPages } from './heavy-pages';
import { loadAverage, medianOfRatios, option, median, ms, printTable, times, type Figure } from './report';

export interface PageCostOptions {
  /** Loads per page in each browser; at least 20 for the report. */
  runs?: number;
  /** Idle after the load event before the metrics are read, in ms. */
  idleMs?: number;
  log?: (line: string) => void;
}

/** Script time with the extension may be at most this many times the same pages' without it. */
export const SCRIPT_RATIO_TARGET = 1.5;
/** The former absolute target for the script time added, shown for reference without a verdict. */
export const ADDED_SCRIPT_REFERENCE_MS = 2;
/** Below this much script without the extension (median), a page has no floor to divide by. */
const FLOOR_MIN_SCRIPT_MS = 0.1;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Pages = Record<string, string>;

interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The same Chromium, switches and routing as test/e2e/browser.ts, without the extension. */
async function launchWithout(pages: Pages): Promise<PlainBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'creator-lens-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const page = pages[url.split('#')[0]!];
    if (page !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    else if (url.startsWith('data:') || url.startsWith('blob:')) await route.continue();
    else await route.abort('blockedbyclient');
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type Metrics = Record<string, number>;

async function metrics(session: CDPSession): Promise<Metrics> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

interface Load {
  scriptMs: number;
  taskMs: number;
  /** The load event's end, from the page's navigation timing. */
  loadMs: number;
  page: Page;
  session: CDPSession;
}

/** One load of `url` in a fresh tab: the script and task time the page's renderer spent on it. */
async function loadOnce(context: BrowserContext, url: string, idleMs: number): Promise<Load> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const before = await metrics(session);
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  const after = await metrics(session);
  // A cross-process navigation starts the counters anew: then "before" belongs to the blank tab's renderer.
  const delta = (name: string) => {
    const value = (after[name] ?? 0) - (before[name] ?? 0);
    return (value >= 0 ? value : (after[name] ?? 0)) * 1000;
  };
  const loadMs = (await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number;
  return { scriptMs: delta('ScriptDuration'), taskMs: delta('TaskDuration'), loadMs, page, session };
}

interface Traces {
  /** Elements in the document loaded from chrome-extension:// */
  elements: string[];
  /** chrome-extension:// entries in the page's resource timing. */
  resources: string[];
  /** JavaScript contexts in the page whose origin is chrome-extension:// (where executeScript runs). */
  contexts: string[];
}

const PAGE_TRACES = `(() => {
  const fromExtension = (value) => typeof value === 'string' && value.startsWith('chrome-extension:');
  const elements = [...document.querySelectorAll('[src], [href]')]
    .filter((element) => fromExtension(element.src) || fromExtension(element.href) || fromExtension(element.getAttribute('src')) || fromExtension(element.getAttribute('href')))
    .map((element) => element.outerHTML.slice(0, 200));
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name).filter(fromExtension);
  return { elements, resources };
})()`;

/** What of the extension is in the page: its elements, resources and JavaScript contexts. */
async function extensionTraces(page: Page, session: CDPSession): Promise<Traces> {
  const { elements, resources } = (await page.evaluate(PAGE_TRACES)) as { elements: string[]; resources: string[] };
  const contexts: string[] = [];
  const listener = (event: { context: { origin: string; name: string; auxData?: { type?: string } } }) => {
    if (event.context.origin.startsWith('chrome-extension://')) contexts.push(`${event.context.name || '(unnamed)'} ${event.context.origin} ${event.context.auxData?.type ?? ''}`.trim());
  };
  session.on('Runtime.executionContextCreated', listener);
  // Runtime.enable reports every context that exists, then the ones created later.
  await session.send('Runtime.enable');
  await new Promise((resolve) => setTimeout(resolve, 50));
  session.off('Runtime.executionContextCreated', listener);
  await session.send('Runtime.disable');
  return { elements, resources, contexts };
}

/** The median of with / without over the pairs whose load without ran any of it. */
function pairedRatio(on: readonly number[], off: readonly number[]): number {
  const pairs = off.flatMap((value, i) => (value > 0 ? [[on[i]!, value] as const] : []));
  return pairs.length > 0 ? medianOfRatios(pairs.map(([top]) => top), pairs.map(([, bottom]) => bottom)) : Number.NaN;
}

interface Series {
  script: number[];
  task: number[];
  load: number[];
}

const emptySeries = (): Series => ({ script: [], task: [], load: [] });

export async function measurePageCost({ runs = 20, idleMs = 500, log = () => undefined }: PageCostOptions = {}): Promise<Figure[]> {
  const pages = [...heavyPages(), ...ordinaryPages()];
  const routes = Object.fromEntries(pages.map((page) => [page.url, page.html]));
  const withExtension: ExtensionBrowser = await launchWithExtension(routes);
  const without = await launchWithout(routes);
  const figures: Figure[] = [];
  try {
    const series = new Map(pages.map((page) => [page.url, { with: emptySeries(), without: emptySeries() }]));
    let checked = 0;
    const found: string[] = [];
    // One unmeasured load of each page in each browser first: caches, compiled code, the worker's start.
    for (const page of pages) {
      for (const context of [withExtension.context, without.context]) {
        const load = await loadOnce(context, page.url, idleMs);
        await load.page.close();
      }
    }
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        // Alternating which browser goes first, so neither always follows the other's load.
        const order = run % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        for (const which of order) {
          const load = await loadOnce(which === 'with' ? withExtension.context : without.context, page.url, idleMs);
          const entry = series.get(page.url)![which];
          entry.script.push(load.scriptMs);
          entry.task.push(load.taskMs);
          entry.load.push(load.loadMs);
          if (which === 'with') {
            const traces = await extensionTraces(load.page, load.session);
            checked++;
            for (const trace of [...traces.elements, ...traces.resources, ...traces.contexts]) found.push(`${page.name}: ${trace}`);
          }
          await load.session.detach();
          await load.page.close();
        }
      }
      log(`run ${run + 1}/${runs} done`);
    }

    // The control: a page scored through the popup must show the reader's context to the same check.
    const control = pages[0]!;
    const scored = await loadOnce(withExtension.context, control.url, idleMs);
    const tabId = await tabIdOf(withExtension.worker, scored.page);
    const beforeScoring = await metrics(scored.session);
    const popup = await withExtension.context.newPage();
    await popup.goto(`chrome-extension://${withExtension.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('grade').waitFor({ timeout: 30_000 });
    await popup.close();
    const afterScoring = await metrics(scored.session);
    const scoringScriptMs = ((afterScoring.ScriptDuration ?? 0) - (beforeScoring.ScriptDuration ?? 0)) * 1000;
    const controlTraces = await extensionTraces(scored.page, scored.session);
    await scored.session.detach();
    await scored.page.close();

    for (const page of pages) {
      const { with: on, without: off } = series.get(page.url)!;
      const scriptOn = median(on.script);
      const scriptOff = median(off.script);
      const taskOn = median(on.task);
      const taskOff = median(off.task);
      log(`${page.name}: script with ${on.script.map((value) => value.toFixed(2)).join(', ')}`);
      log(`${page.name}: script without ${off.script.map((value) => value.toFixed(2)).join(', ')}`);
      const hasFloor = scriptOff >= FLOOR_MIN_SCRIPT_MS;
      const ratio = scriptOn / scriptOff;
      figures.push(
        hasFloor
          ? {
              what: `${page.name}: script time with / without the extension (CDP ScriptDuration, ${runs} pairs of loads)`,
              value: `${times(ratio)} (with ${ms(scriptOn)} / without ${ms(scriptOff)}; median of pair ratios ${times(pairedRatio(on.script, off.script))})`,
              target: `≤ ${SCRIPT_RATIO_TARGET}×`,
              met: ratio <= SCRIPT_RATIO_TARGET,
            }
          : {
              what: `${page.name}: script time with / without the extension (CDP ScriptDuration, ${runs} pairs of loads)`,
              value: `no ratio: the page runs no script of its own (with ${ms(scriptOn)}, without ${ms(scriptOff)})`,
              target: '',
              met: null,
            },
        {
          what: `${page.name}: script time added by the extension, median with - median without`,
          value: ms(scriptOn - scriptOff),
          target: `ref. < ${ADDED_SCRIPT_REFERENCE_MS} ms`,
          met: null,
        },
        {
          what: `${page.name}: main-thread task time (CDP TaskDuration), with / without`,
          value: `${times(taskOn / taskOff)} (with ${ms(taskOn)} / without ${ms(taskOff)}; median of pair ratios ${times(pairedRatio(on.task, off.task))})`,
          target: '',
          met: null,
        },
        {
          what: `${page.name}: load event end, median`,
          value: `with ${ms(median(on.load))}, without ${ms(median(off.load))}`,
          target: '',
          met: null,
        },
      );
    }
    for (const trace of found.slice(0, 10)) log(`injected: ${trace}`);
    figures.push(
      {
        what: `nothing injected into unscored pages: extension elements, resources or script contexts in ${checked} loads`,
        value: String(found.length),
        target: '0',
        met: found.length === 0,
      },
      {
        what: `control: the same check after scoring ${control.name} sees the reader's context`,
        value: controlTraces.contexts.length > 0 ? `yes (${controlTraces.contexts[0]})` : 'no',
        target: 'yes',
        met: controlTraces.contexts.length > 0,
      },
      {
        what: `control: ScriptDuration counts injected script: the page's script time while it was scored once`,
        value: ms(scoringScriptMs),
        target: '',
        met: null,
      },
    );
  } finally {
    await withExtension.close();
    await without.close();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const loadBefore = loadAverage();
  measurePageCost({ runs: option('runs', 20), idleMs: option('idle', 500), log: (line) => console.log(line) })
    .then((figures) => {
      printTable('Cost to creator pages the user does not score (Chromium, with vs without the built extension)', figures);
      console.log(`\nran in ${((performance.now() - started) / 1000).toFixed(1)} s; load average before ${loadBefore}, after ${loadAverage()} (1, 5, 15 min)`);
      process.exitCode = figures.every((figure) => figure.met !== false) ? 0 : 1;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    });
}
