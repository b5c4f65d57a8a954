// No edit is lost in real Chromium: a creator's detail saved after bulk actions on the same creator,
// and two dashboards open at once, each saving its own fields. Both keep every change; a field
// changed in both asks which value to keep.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, newCreator } from '../../lib/db/creators';
import type { CreatorRecord } from '../../lib/db/records';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const HANDLES = ['lena', 'kai', 'mei'];
const NOW = Date.UTC(2026, 2, 2);

let browser: ExtensionBrowser;

async function openDashboard(creatorId?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html${creatorId ? `#creator=${encodeURIComponent(creatorId)}` : ''}`);
  if (creatorId) await page.locator(`[data-detail="${creatorId}"] form.edit-form`).waitFor();
  return page;
}

/** A creator's record as the database holds it, read straight from IndexedDB. */
function stored(page: Page, id: string): Promise<CreatorRecord> {
  return page.evaluate(async (key) => {
    const open = indexedDB.open('creator-lens');
    const db = await new Promise<IDBDatabase>((done, fail) => {
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const get = db.transaction('creators').objectStore('creators').get(key);
    const record = await new Promise<CreatorRecord>((done) => {
      get.onsuccess = () => done(get.result as CreatorRecord);
    });
    db.close();
    return record;
  }, id);
}

const editForm = (page: Page) => page.getByRole('form', { name: 'Edit creator' });
const tagsIn = (form: Locator) => form.locator('.tag').evaluateAll((tags) => tags.map((tag) => tag.firstChild?.textContent ?? ''));

beforeAll(async () => {
  browser = await launchWithExtension({});
  // Three creators with a tag each, written before any dashboard reads the list.
  const page = await openDashboard();
  await page.getByText('No creators saved yet.').waitFor();
  const records = HANDLES.map((handle) =>
    applyEdit(newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName: handle.toUpperCase(), profileUrl: `https://www.tiktok.com/@${handle}` }, NOW), { tags: ['beauty'] }, NOW),
  );
  await page.evaluate(async (all) => {
    const open = indexedDB.open('creator-lens');
    const db = await new Promise<IDBDatabase>((done) => {
      open.onsuccess = () => done(open.result);
    });
    const transaction = db.transaction('creators', 'readwrite');
    for (const record of all) transaction.objectStore('creators').put(record);
    await new Promise((done) => {
      transaction.oncomplete = done;
    });
    db.close();
  }, records);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('no lost updates', () => {
  it('keeps a bulk status and a bulk tag applied while the detail is open, and the price saved after them', async () => {
    const page = await openDashboard('tiktok:lena');
    const form = editForm(page);
    await page.getByRole('checkbox', { name: 'Select @lena' }).check();
    const bulk = page.getByRole('toolbar', { name: 'Actions on selected creators' });
    await bulk.getByLabel('New status for the selected creators').selectOption('approved');
    await bulk.getByRole('button', { name: 'Apply status' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Set 1 creator to Approved.');
    await bulk.getByLabel('Tag to add to the selected creators').fill('spring');
    await bulk.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Tagged 1 creator “spring”.');

    await form.getByLabel('Price per post').fill('300');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => stored(page, 'tiktok:lena').then((lena) => lena.price)).toEqual({ amount: 300, currency: 'USD' });
    const lena = await stored(page, 'tiktok:lena');
    expect(lena.status).toBe('approved');
    expect(lena.tags).toEqual(['beauty', 'spring']);
    expect(lena.statusHistory.map((change) => change.status)).toEqual(['to-review', 'approved']);
    // The open form shows them as they are stored, the price it saved with them.
    expect(await form.getByLabel('Status').inputValue()).toBe('approved');
    expect(await tagsIn(form)).toEqual(['beauty', 'spring']);
    expect(await form.getByLabel('Price per post').inputValue()).toBe('300');
    await page.close();
  });

  it('two dashboards: B saves price, tag and e-mail; A, opened earlier, shows them and saving its status keeps all four', async () => {
    const a = await openDashboard('tiktok:kai');
    const b = await openDashboard('tiktok:kai');
    const formB = editForm(b);
    await formB.getByLabel('Price per post').fill('500');
    await formB.getByLabel('Currency').selectOption('EUR');
    await formB.getByPlaceholder('New tag').fill('vip');
    await formB.getByRole('button', { name: 'Add tag' }).click();
    await formB.getByLabel('Contact e-mail').fill('kai@example.com');
    await formB.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => stored(b, 'tiktok:kai').then((kai) => kai.email)).toBe('kai@example.com');

    // A shows B's values without a reload (the user goes back to its tab).
    await a.bringToFront();
    const formA = editForm(a);
    await expect.poll(() => formA.getByLabel('Price per post').inputValue()).toBe('500');
    expect(await formA.getByLabel('Currency').inputValue()).toBe('EUR');
    expect(await formA.getByLabel('Contact e-mail').inputValue()).toBe('kai@example.com');
    expect(await tagsIn(formA)).toEqual(['beauty', 'vip']);

    await formA.getByLabel('Status').selectOption('contacted');
    await formA.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => stored(a, 'tiktok:kai').then((kai) => kai.status)).toBe('contacted');
    expect(await stored(a, 'tiktok:kai')).toMatchObject({ price: { amount: 500, currency: 'EUR' }, tags: ['beauty', 'vip'], email: 'kai@example.com' });
    // And B shows A's status in turn.
    await expect.poll(() => formB.getByLabel('Status').inputValue()).toBe('contacted');
    await a.close();
    await b.close();
  });

  it('both change the status: A\'s save asks, "Keep" keeps B\'s and "Use yours" writes A\'s', async () => {
    const a = await openDashboard('tiktok:mei');
    const b = await openDashboard('tiktok:mei');
    const formA = editForm(a);
    const formB = editForm(b);
    /** B saves a status while A has a status of its own in its form, then A saves. */
    async function bothSet(mine: string, theirs: string) {
      await a.bringToFront();
      await formA.getByLabel('Status').selectOption(mine);
      await b.bringToFront();
      await formB.getByLabel('Status').selectOption(theirs);
      await formB.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => stored(b, 'tiktok:mei').then((mei) => mei.status)).toBe(theirs);
      await a.bringToFront();
      await formA.getByRole('button', { name: 'Save changes' }).click();
    }

    await a.bringToFront();
    await formA.getByLabel('Price per post').fill('800');
    await bothSet('negotiating', 'approved');
    const question = formA.locator('[data-conflict="status"]');
    await expect.poll(() => question.textContent()).toContain('Status changed to Approved in the meantime.');
    // Nothing was written yet, the price neither.
    expect(await stored(a, 'tiktok:mei')).toMatchObject({ status: 'approved', price: null });
    await question.getByRole('button', { name: 'Keep Approved' }).click();
    await expect.poll(() => stored(a, 'tiktok:mei').then((mei) => mei.price)).toEqual({ amount: 800, currency: 'USD' });
    expect((await stored(a, 'tiktok:mei')).status).toBe('approved');
    expect(await formA.getByLabel('Status').inputValue()).toBe('approved');
    expect(await formA.locator('[data-conflict]').count()).toBe(0);

    await bothSet('negotiating', 'rejected');
    await formA.getByRole('button', { name: 'Use yours (Negotiating)' }).click();
    await expect.poll(() => stored(a, 'tiktok:mei').then((mei) => mei.status)).toBe('negotiating');
    expect((await stored(a, 'tiktok:mei')).statusHistory.map((change) => change.status)).toEqual(['to-review', 'approved', 'rejected', 'negotiating']);
    await expect.poll(() => formB.getByLabel('Status').inputValue()).toBe('negotiating');
    await a.close();
    await b.close();
  });
});
