// No page that one record can break, in real Chromium with the built extension:
// - a page whose post date is impossible (TikTok's createTime 9007199254740, read as milliseconds a
//   date in the year 287,000) is refused with its reason, and a visit to it stores nothing;
// - records an older version stored outside today's bounds are set aside once on upgrade, listed
//   on the dashboard, exported as they were and deleted, while the shortlist works;
// - a record that still cannot be drawn shows as such in its row and its detail, with Export and
//   Delete, and the rest of the dashboard keeps working, after a reload too.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';

const PROFILE_URL = 'https://www.tiktok.com/@lena.makeup';
const ABSURD_VIDEO_URL = 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111';
const absurdVideo = fixture('tiktok/video-universal-2025-06.html').replaceAll('"createTime": 1748430000', '"createTime": 9007199254740');

let browser: ExtensionBrowser;

beforeAll(async () => {
  expect(absurdVideo).toContain('9007199254740');
  browser = await launchWithExtension({ [PROFILE_URL]: fixture('tiktok/profile-universal-2025-06.html'), [ABSURD_VIDEO_URL]: absurdVideo });
});
afterAll(async () => {
  await browser?.close();
});

async function popupFor(url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdOf(browser.worker, tab);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Counts of the extension's stores, read in one of its pages. */
async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('creator-lens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const result: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (result[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
        };
      }),
  );
}

describe('an impossible reading', () => {
  it('is refused in the popup with the field named, and a visit of a shortlisted creator stores nothing of it', async () => {
    const profile = await popupFor(PROFILE_URL);
    await profile.getByRole('button', { name: 'Save to shortlist' }).click();
    await profile.getByText(/^Saved/).first().waitFor();
    const before = await counts(profile);
    expect(before.snapshots).toBe(1);

    const popup = await popupFor(ABSURD_VIDEO_URL);
    await popup.getByText('The page gives an impossible publish date for post 1: a date before 2005 or after tomorrow. Nothing was read or saved.').waitFor();
    expect(await popup.getByRole('button', { name: 'Save to shortlist' }).count()).toBe(0);
    // The background's visit recording ("Record visits" is on by default) met the same page.
    await popup.waitForTimeout(1_000);
    expect(await counts(popup)).toEqual(before);
  });
});

/** Replaces the extension's database by one as version 4 of Creator Lens left it, with `creators` in it. */
async function writeVersion4(page: Page, creators: unknown[]): Promise<void> {
  await page.evaluate(async (records) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('creator-lens');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    // Dexie keeps its version x 10 in IndexedDB; the stores and indexes as version 4 declared them.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('creator-lens', 40);
      request.onupgradeneeded = () => {
        const db = request.result;
        const creators = db.createObjectStore('creators', { keyPath: 'id' });
        for (const index of ['platform', 'handle', 'lastSeenAt', 'status', 'updatedAt']) creators.createIndex(index, index);
        creators.createIndex('tags', 'tags', { multiEntry: true });
        const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
        snapshots.createIndex('creatorId', 'creatorId');
        snapshots.createIndex('[creatorId+capturedAt]', ['creatorId', 'capturedAt']);
        const samples = db.createObjectStore('postSamples', { keyPath: 'id' });
        samples.createIndex('creatorId', 'creatorId');
        samples.createIndex('[creatorId+seenAt]', ['creatorId', 'seenAt']);
        db.createObjectStore('summaries', { keyPath: 'creatorId' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('creators', 'readwrite');
      for (const record of records) tx.objectStore('creators').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, creators);
}

const DAY = 86_400_000;
function creator(handle: string, change: Record<string, unknown> = {}) {
  const at = Date.now() - 30 * DAY;
  return {
    id: `tiktok:${handle}`,
    platform: 'tiktok',
    handle,
    displayName: handle,
    profileUrl: `https://www.tiktok.com/@${handle}`,
    notes: [],
    createdAt: at,
    lastSeenAt: at,
    tags: ['spring'],
    status: 'shortlisted',
    statusHistory: [{ status: 'shortlisted', at }],
    gradeOverride: null,
    price: null,
    email: null,
    targetMarket: null,
    doNotWork: null,
    updatedAt: at,
    ...change,
  };
}

describe('records an older version stored', () => {
  let dashboard: Page;
  const dashboardUrl = () => `chrome-extension://${browser.extensionId}/dashboard.html`;

  it('outside the bounds are set aside on upgrade, listed, exported as they were and deleted; the shortlist works meanwhile', async () => {
    // An extension page that does not open the database itself, to write version 4's.
    const setup = await browser.context.newPage();
    await setup.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    await writeVersion4(setup, [creator('sound.one'), creator('absurd.date', { lastSeenAt: 1e300 }), creator('spoofed', { profileUrl: 'https://tiktok.com.login-check.example/@spoofed' })]);
    await setup.close();

    dashboard = await browser.context.newPage();
    // The address still names the absurd creator, as it did when the old version went blank.
    await dashboard.goto(`${dashboardUrl()}#creator=tiktok%3Aabsurd.date`);
    const panel = dashboard.getByRole('region', { name: '2 saved records were set aside when Creator Lens was updated' });
    await panel.waitFor();
    expect(await panel.getByRole('listitem').allTextContents()).toEqual([
      'Creator of tiktok:absurd.date: “lastSeenAt” is a date before 2005 or after tomorrow',
      'Creator of tiktok:spoofed: “profileUrl” is an address that is not on the creator’s platform',
    ]);
    // The rest of the shortlist is there and works.
    await dashboard.locator('tr[data-creator="tiktok:sound.one"]').waitFor();
    expect(await dashboard.locator('tr[data-creator]').count()).toBe(1);
    await dashboard.getByText('This creator is no longer in the shortlist.', { exact: false }).waitFor();

    const [download] = await Promise.all([dashboard.waitForEvent('download'), panel.getByRole('button', { name: 'Export them (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { records: Array<{ key: string; record: { lastSeenAt: number } }> };
    expect(exported.records.find((entry) => entry.key === 'creators:tiktok:absurd.date')?.record.lastSeenAt).toBe(1e300);

    await panel.getByRole('button', { name: 'Delete them' }).click();
    await panel.waitFor({ state: 'detached' });
    expect((await counts(dashboard)).damaged).toBe(0);
  });

  it('that still cannot be drawn show as such in the row and the detail, with Export and Delete; the rest keeps working, after a reload too', async () => {
    // A record written behind the checks' back: its tags are a string and its notes an object, not lists.
    await dashboard.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('creator-lens');
          request.onsuccess = () => {
            const tx = request.result.transaction('creators', 'readwrite');
            tx.objectStore('creators').put(record);
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
      creator('broken.tags', { tags: 'spring', notes: { text: 'n' } }),
    );
    await dashboard.close();
    dashboard = await browser.context.newPage();
    await dashboard.goto(`${dashboardUrl()}#creator=tiktok%3Abroken.tags`);
    const row = dashboard.locator('tr[data-creator="tiktok:broken.tags"]');
    await row.getByText('The record of tiktok:broken.tags could not be shown', { exact: false }).waitFor();
    const detail = dashboard.locator('aside.detail-panel');
    await detail.getByText('The record of tiktok:broken.tags could not be shown', { exact: false }).waitFor();
    // The sound creator's row is drawn whole, and its detail opens.
    await dashboard.locator('tr[data-creator="tiktok:sound.one"] td[data-column="status"]').getByText('Shortlisted').waitFor();

    const [download] = await Promise.all([dashboard.waitForEvent('download'), row.getByRole('button', { name: 'Export it (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { creator: { tags: unknown } };
    expect(exported.creator.tags).toBe('spring');

    await dashboard.reload();
    await row.getByText('could not be shown', { exact: false }).waitFor();
    await detail.getByRole('button', { name: 'Delete it' }).click();
    await row.waitFor({ state: 'detached' });
    await dashboard.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await dashboard.locator('tr[data-creator]').count()).toBe(1);
    await dashboard.locator('button[data-open="tiktok:sound.one"]').click();
    await dashboard.locator('aside.detail-panel[data-detail="tiktok:sound.one"]').waitFor();
  });
});
