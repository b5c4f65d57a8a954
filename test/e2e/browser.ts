// Starts Debian's Chromium with the built extension loaded, and serves platform pages from
// fixtures through request routing, so no test touches the network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { fixture } from '../helpers/fixtures';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve('test/e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL any page asked for, routed or not. */
  requests: string[];
  /** A new tab at `url`, one of the pages the browser was launched with, after its load event. */
  openFixture(url: string): Promise<Page>;
  close(): Promise<void>;
}

export type Pages = Record<string, string>;

export interface LaunchOptions {
  /** More command-line switches for Chromium (e.g. a proxy that records what reaches the network). */
  args?: string[];
  /**
   * Which requests pass through Playwright. 'every request' (the default): a route on the whole
   * context serves the fixture pages and refuses everything else, so nothing of any page or of the
   * extension reaches the network, and every request is seen. 'fixture tabs': only tabs opened with
   * `openFixture` are routed; the extension's own pages load their files as in a user's browser,
   * without a round trip to Playwright for each file (which a route on the context costs them, and
   * which would be timed with them); host names resolve to nothing, so no request leaves.
   */
  routing?: 'every request' | 'fixture tabs';
  /** The built extension to load (default EXTENSION_DIR), so two builds can be compared side by side. */
  extensionDir?: string;
  /**
   * The browser profile's directory (default: a new temporary one, deleted on close). A given one
   * is kept on close, so the browser can be started again on the same profile.
   */
  profileDir?: string;
  /**
   * The welcome page the extension opens on its first install (in a new profile): checked to open,
   * then closed (the default), so a test starts with the browser's own blank tab only; or kept.
   */
  welcome?: 'close' | 'keep';
}

/** How long the welcome tab may take to appear after the extension's background starts. */
const WELCOME_WAIT_MS = 10_000;

/** The welcome tab the extension opened on install, once it has its address. */
export async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const address = `chrome-extension://${extensionId}/welcome.html`;
  const until = Date.now() + WELCOME_WAIT_MS;
  for (;;) {
    const page = context.pages().find((each) => each.url() === address);
    if (page) return page;
    if (Date.now() > until) throw new Error(`The extension opened no welcome page (${address}) on install; open tabs: ${context.pages().map((each) => each.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchWithExtension(pages: Pages, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const routing = options.routing ?? 'every request';
  const extensionDir = resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first (npm test does).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'creator-lens-e2e-'));
  // A profile the browser has run in before has the extension installed already: no welcome then.
  const installing = !existsSync(join(profile, 'Default'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(routing === 'fixture tabs' ? ['--host-resolver-rules=MAP * ~NOTFOUND'] : []),
      ...(options.args ?? []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const serve = async (route: Route): Promise<void> => {
    const url = route.request().url();
    const page = pages[url.split('#')[0]!];
    if (page !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    } else if (url.startsWith('chrome-extension:') || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      await route.abort('blockedbyclient');
    }
  };
  if (routing === 'every request') await context.route('**/*', serve);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (installing && options.welcome !== 'keep') await (await welcomeTab(context, extensionId)).close();
  return {
    context,
    worker,
    extensionId,
    requests,
    async openFixture(url: string) {
      const page = await context.newPage();
      if (routing === 'fixture tabs') await page.route('**/*', serve);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      if (options.profileDir === undefined) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's id for the tab of `page`. The extension cannot see the URL of tabs on sites
 * it has no access to, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    type Tabs = { query(filter: object): Promise<Array<{ id?: number }>> };
    const [tab] = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** What the toolbar button shows for one tab: badge text and tooltip. */
export async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (id) => {
    type Action = { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
    const { action } = (globalThis as unknown as { chrome: { action: Action } }).chrome;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/**
 * The side panel following the window of `tab`, opened as a page (sidepanel.html?window=<id>) in a
 * window of its own: beside the tabs, as Chrome's side panel is, never one of the tabs it follows.
 */
export async function sidePanelBeside(browser: ExtensionBrowser, tab: Page): Promise<Page> {
  const tabId = await tabIdOf(browser.worker, tab);
  const windowId = await browser.worker.evaluate(async (id) => {
    type Tabs = { get(id: number): Promise<{ windowId: number }> };
    return (await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.get(id)).windowId;
  }, tabId);
  const url = `chrome-extension://${browser.extensionId}/sidepanel.html?window=${windowId}`;
  const [panel] = await Promise.all([
    browser.context.waitForEvent('page', (page) => page.url().startsWith(url)),
    browser.worker.evaluate(async (address) => {
      type Windows = { create(details: object): Promise<unknown> };
      await (globalThis as unknown as { chrome: { windows: Windows } }).chrome.windows.create({ url: address, focused: false });
    }, url),
  ]);
  await panel.waitForLoadState();
  return panel;
}

/**
 * In-app navigation on TikTok to @second.creator: the address changes first and the profile
 * re-renders a moment later, while the page's embedded data keeps describing the profile the tab
 * first loaded.
 */
export async function moveInAppToSecondCreator(page: Page): Promise<void> {
  const secondApp = /<div id="app">([\s\S]*?)<\/div>\s*<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"/.exec(
    fixture('tiktok/profile-stale-json-2025-06.html'),
  )![1]!;
  await page.evaluate((markup) => {
    history.pushState({}, '', '/@second.creator');
    setTimeout(() => {
      document.getElementById('app')!.innerHTML = markup;
    }, 600);
  }, secondApp);
}
