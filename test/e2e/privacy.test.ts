// Nothing leaves the browser: a full journey (score on all three platforms, save, shortlist,
// export, import) with every request recorded twice over — every request of every page,
// extension page and the background service worker as Playwright sees it, and everything that
// reaches the network stack through a local proxy that answers nothing. The only requests allowed
// are the routed creator pages themselves; the proxy may see only Chromium's own services and its
// pre-connections to the hosts of those pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const PAGES = {
  'https://www.tiktok.com/@lena.makeup': fixture('tiktok/profile-universal-2025-06.html'),
  'https://www.instagram.com/lena.park/': fixture('instagram/profile-rendered-header-2025-06.html'),
  'https://www.youtube.com/@orbitlab/videos': fixture('youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'),
  'https://www.tiktok.com/@lena.makeup/video/7301000000000001111': fixture('tiktok/video-universal-2025-06.html'),
};

/** What reached the proxy: "CONNECT host:port" for https, "GET http://…" for plain http. */
const reachedNetwork: string[] = [];
let proxy: Server;
let browser: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  proxy = createServer((request, response) => {
    reachedNetwork.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket: Socket) => {
    reachedNetwork.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
  const { port } = proxy.address() as AddressInfo;
  browser = await launchWithExtension(PAGES, { args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => proxy?.close(closed));
});

async function scoreAndSave(url: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser.worker, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('grade').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Save to shortlist' }).click();
  await popup.getByTestId('save-status').waitFor();
  await popup.close();
}

describe('privacy', () => {
  it('the proxy records what reaches the network (the recorder works)', async () => {
    // A request no route serves, from a page: Playwright sees it and aborts it before the network.
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/@lena.makeup');
    await page.evaluate(() => fetch('https://tracker.invalid/pixel').catch(() => null));
    expect(browser.requests).toContain('https://tracker.invalid/pixel');
    // A request from the background service worker is seen too.
    await browser.worker.evaluate(() => fetch('https://worker-probe.invalid/').catch(() => null));
    expect(browser.requests).toContain('https://worker-probe.invalid/');
    // And whatever goes to the network reaches the proxy.
    await page.evaluate(() => {
      const socket = new WebSocket('wss://socket-probe.invalid/');
      socket.onerror = () => socket.close();
    });
    await expect.poll(() => reachedNetwork.some((entry) => entry.startsWith('CONNECT socket-probe.invalid'))).toBe(true);
    await page.close();
    // Forget the probes: the journey starts clean.
    browser.requests.length = 0;
    reachedNetwork.length = 0;
  });

  it('scores and saves a creator on each platform, opens the shortlist, exports and imports', async () => {
    for (const url of ['https://www.tiktok.com/@lena.makeup', 'https://www.instagram.com/lena.park/', 'https://www.youtube.com/@orbitlab/videos']) {
      await scoreAndSave(url);
    }
    // A post page of a shortlisted creator: the background records it by itself.
    const post = await browser.context.newPage();
    await post.goto('https://www.tiktok.com/@lena.makeup/video/7301000000000001111');
    dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await expect.poll(() => dashboard.locator('tr[data-creator]').count()).toBe(3);
    await dashboard.getByTestId('reading-figures').waitFor({ state: 'detached' });
    await dashboard.locator('button[data-open]').first().click();
    await dashboard.locator('[data-detail] tr[data-component]').first().waitFor();
    await dashboard.keyboard.press('Escape');

    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!);
    expect(csv.length).toBeGreaterThan(100);
    await dashboard.getByRole('button', { name: 'Import CSV…' }).click();
    await dashboard.getByLabel('CSV file').setInputFiles({ name: 'shortlist.csv', mimeType: 'text/csv', buffer: csv });
    const confirm = dashboard.getByRole('button', { name: /^Import 3 creators/ });
    await confirm.click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await dashboard.locator('tr[data-creator]').count()).toBe(3);
  });

  it('asked for nothing but the routed creator pages, from any page or the extension', () => {
    const foreign = browser.requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url) && !Object.hasOwn(PAGES, url));
    expect(foreign).toEqual([]);
    const hosts = new Set(Object.keys(PAGES).map((url) => new URL(url).host));
    const chromiumOwn = /^(CONNECT [\w.-]+\.(google\.com|googleapis\.com|gvt1\.com):443|POST http:\/\/[\w.-]+\.googleapis\.com\/)/;
    const beyond = reachedNetwork.filter((entry) => !chromiumOwn.test(entry) && !hosts.has(entry.replace(/^CONNECT /, '').replace(/:443$/, '')));
    expect(beyond).toEqual([]);
    // The journey did load the pages it scored.
    expect(browser.requests).toEqual(expect.arrayContaining(Object.keys(PAGES)));
  });
});
