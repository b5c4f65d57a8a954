// Steps e2e files take the same way: save a creator from the popup, type a moment some hours ago,
// back up or restore from the dashboard's More menu with a file the page can read back, put records
// straight into the database, and choose the extension's language.
import type { Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from './browser';

/** Opens `url` in a tab, saves its creator from the popup, and closes both. */
export async function saveFromPopup(browser: ExtensionBrowser, url: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, page)}`);
  await popup.getByTestId('creator-name').waitFor();
  await popup.getByRole('button', { name: 'Save to shortlist' }).click();
  await popup.getByTestId('save-status').waitFor();
  await popup.close();
  await page.close();
}

/** A moment some hours ago as the page's datetime-local field takes it, in the browser's time zone. */
export const hoursAgo = (page: Page, hours: number): Promise<string> =>
  page.evaluate((ms) => {
    const date = new Date(ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, Date.now() - hours * 3_600_000);

/** Add to a page before it loads: the backup is written where the page can read it back (the origin's private file system). */
export const BACKUP_PICKER = `
window.showSaveFilePicker = async (options) => {
  window.__savedAs = options.suggestedName;
  return (await navigator.storage.getDirectory()).getFileHandle(options.suggestedName, { create: true });
};`;

/** Backs up from the More menu of a page that has BACKUP_PICKER, and gives the file's text. */
export async function backUp(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Back up (JSON)' }).click();
  await page.locator('.backup-buttons [role=status]').getByText(/^Backup saved to/).waitFor({ timeout: 60_000 });
  return page.evaluate(async () => {
    const name = (window as unknown as { __savedAs: string }).__savedAs;
    return (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text();
  });
}

/** Restores `text` as the file chosen in the More menu's Restore, replacing everything. */
export async function restore(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'More' }).click();
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'backup.json', { type: 'application/json' }));
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Restore from backup"]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await page.getByRole('alertdialog', { name: 'Replace everything?' }).getByRole('button', { name: 'Replace everything' }).click();
  await page.getByText(/^Restored /).waitFor({ timeout: 60_000 });
}

/** Adds `records` (table name -> records) to the extension's database from one of its pages, in one transaction. */
export async function putRecords(page: Page, records: Record<string, readonly object[]>): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('creator-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [store, list] of Object.entries(records)) for (const record of list) tx.objectStore(store).add(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Sets the language as the options page writes it; visits stay unrecorded. */
export async function chooseLanguage(browser: ExtensionBrowser, language: 'en' | 'zh_CN'): Promise<void> {
  await browser.worker.evaluate(async (language) => {
    type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
    const { settings } = await storage.local.get('settings');
    await storage.local.set({ settings: { ...(settings as object), language } });
  }, language);
}
