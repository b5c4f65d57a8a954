// What was last scored in each tab: the toolbar badge shows its grade, and the popup opened
// again on the same page shows that result at once instead of reading the page again. Kept in
// the browser's session storage (memory only, extension contexts only), dropped when the tab
// goes to another page or closes.
import { browser } from 'wxt/browser';
import type { Grade } from '../schema/assessment';
import { SnapshotSchema, type Snapshot } from '../schema/snapshot';
import { clearBadge, showBadge } from './badge';
import { entryFor, stored, tabKey, withoutFragment } from './tab-memory-entry';

/** Keeps the tab's result and shows its grade (marked when provisional) on the toolbar button. */
export async function rememberScore(tabId: number, url: string, snapshot: Snapshot, grade: Grade | null, provisional = false): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: entryFor(url, snapshot) });
  await showBadge(tabId, grade, provisional);
}

/**
 * A remembered reading (./tab-memory-entry's `readFrom`: the tab's entry if it was read from the
 * same page), checked: null when there is none or it fails the schema.
 */
export function checkRemembered(unchecked: unknown): Snapshot | null {
  if (unchecked === null) return null;
  const snapshot = SnapshotSchema.safeParse(unchecked);
  return snapshot.success ? snapshot.data : null;
}

/**
 * Called for every address change of every tab: does nothing unless the tab holds a result read
 * from another page, which it then forgets with its badge.
 */
export async function forgetIfMoved(tabId: number, url: string): Promise<void> {
  const entry = await stored(tabId);
  if (entry && entry.url !== withoutFragment(url)) await forgetTab(tabId);
}

/** Forgets the tab's result and clears its badge (the tab left the page, or closed). */
export async function forgetTab(tabId: number, tabOpen = true): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
  if (tabOpen) await clearBadge(tabId);
}
