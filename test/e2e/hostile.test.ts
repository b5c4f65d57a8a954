// Hostile strings on a creator's page — markup, script, an event handler, a formula, bidi
// overrides, a NUL byte and a 1 MB bio — are read as text: nothing runs and nothing is injected in
// the popup or the shortlist, the reading is clipped to its limits, and the CSV cell that looks
// like a formula is neutralised. And a web page cannot talk to the extension at all.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { badgeOf, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const URL = 'https://www.tiktok.com/@lena.makeup';
const NAME = '=HYPERLINK("http://evil.example","x") <img src=x onerror="window.__pwned=1"> \u202Eanel\u202C \u0000end';
const BIO = `<script>window.__pwned=2</script><b onmouseover="window.__pwned=3">bold</b> \u2066iso\u2069 ${'A'.repeat(1_000_000)}`;
const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The TikTok fixture with the hostile name and bio, escaped as TikTok itself escapes them. */
function hostilePage(): string {
  const page = fixture('tiktok/profile-universal-2025-06.html');
  const json = /(<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application\/json">)([\s\S]*?)(<\/script>)/.exec(page)!;
  const data = JSON.parse(json[2]!) as { __DEFAULT_SCOPE__: Record<string, { userInfo: { user: Record<string, string> } }> };
  const user = data.__DEFAULT_SCOPE__['webapp.user-detail']!.userInfo.user;
  user.nickname = NAME;
  user.signature = BIO;
  const embedded = JSON.stringify(data).replaceAll('<', '\\u003c');
  return page
    .replace(json[0], `${json[1]}${embedded}${json[3]}`)
    .replace('>莉娜 Lena</h2>', `>${escapeHtml(NAME.replace('\u0000', ''))}</h2>`)
    .replace(/(<h2 data-e2e="user-bio"[^>]*>)[\s\S]*?(<\/h2>)/, `$1${escapeHtml(BIO)}$2`)
    .replace('<title>莉娜 Lena', `<title>${escapeHtml(NAME.replace('\u0000', ''))}`);
}

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ [URL]: hostilePage() });
});
afterAll(async () => {
  await browser?.close();
});

const pwned = (page: Page) => page.evaluate('window.__pwned ?? null');

describe('hostile strings on a creator page', () => {
  let popup: Page;
  let dashboard: Page;

  it('are shown as text in the popup, and nothing of theirs runs', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL);
    const tabId = await tabIdOf(browser.worker, page);
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const name = popup.getByTestId('creator-name');
    await name.waitFor({ timeout: 15_000 });
    // The name as text, markup and bidi marks included (the NUL byte is not a visible character).
    expect((await name.textContent())?.replace('\u0000', '')).toBe(NAME.replace('\u0000', ''));
    expect(await popup.locator('img[src="x"], script:not([src]), b[onmouseover]').count()).toBe(0);
    expect(await pwned(popup)).toBeNull();
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByTestId('save-status').waitFor();
    expect(await popup.getByTestId('save-status').textContent()).toContain('@lena.makeup');
  });

  it('are shown as text in the shortlist and its detail view, and nothing of theirs runs', async () => {
    dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const row = dashboard.locator('tr[data-creator="tiktok:lena.makeup"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    await dashboard.locator('button[data-open]').first().click();
    await dashboard.locator('[data-detail] tr[data-component]').first().waitFor();
    expect(await dashboard.locator('[data-detail]').textContent()).toContain('\u202Eanel\u202C');
    expect(await dashboard.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    expect(await pwned(dashboard)).toBeNull();
  });

  it('keep the bio to its limit, and the CSV cell that looks like a formula is neutralised', async () => {
    const stored = await dashboard.evaluate(`(async () => {
      const open = indexedDB.open('creator-lens');
      const db = await new Promise((done, fail) => { open.onsuccess = () => done(open.result); open.onerror = () => fail(open.error); });
      const all = db.transaction('snapshots').objectStore('snapshots').getAll();
      return await new Promise((done) => { all.onsuccess = () => done(all.result.map((row) => row.snapshot.creator.bio.length)); });
    })()`);
    expect(stored).toEqual([2000]);
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row!.Name!.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(row!.Name).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

describe('messages from outside the extension', () => {
  it('a web page can neither post to the extension nor reach its messaging: nothing changes', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL);
    const tabId = await tabIdOf(browser.worker, page);
    const before = await badgeOf(browser.worker, tabId);
    const answer = await page.evaluate(`(async () => {
      window.postMessage({ type: 'score-tab', tabId: ${tabId} }, '*');
      window.postMessage({ type: 'read-page' }, '*');
      document.dispatchEvent(new CustomEvent('creator-lens', { detail: { type: 'score-tab' } }));
      // Without externally_connectable a page has no runtime to send with.
      const runtime = globalThis.chrome && globalThis.chrome.runtime;
      if (runtime && runtime.sendMessage) {
        try { await runtime.sendMessage(${JSON.stringify(browser.extensionId)}, { type: 'score-tab', tabId: ${tabId} }); return 'sent'; } catch (error) { return 'refused: ' + error.message; }
      }
      return 'no runtime';
    })()`);
    expect(answer).not.toBe('sent');
    await page.waitForTimeout(300);
    expect(await badgeOf(browser.worker, tabId)).toEqual(before);
    // Nothing of the extension's lives in the page to receive a message.
    expect(await page.evaluate('performance.getEntriesByType("resource").filter((entry) => entry.name.startsWith("chrome-extension:")).length')).toBe(0);
  });

  it('no context of the extension listens for messages: even one sent from inside the extension reaches nobody', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL);
    const tabId = await tabIdOf(browser.worker, page);
    const before = await badgeOf(browser.worker, tabId);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const answer = await options.evaluate(`chrome.runtime.sendMessage({ type: 'score-tab', tabId: ${tabId} }).then(() => 'answered', (error) => 'refused: ' + error.message)`);
    expect(answer).toMatch(/^refused: .*Receiving end does not exist/);
    expect(await badgeOf(browser.worker, tabId)).toEqual(before);
    await options.close();
  });
});
