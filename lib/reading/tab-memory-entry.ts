// How ./tab-memory keeps a tab's last result in session storage; apart, without zod or words,
// so the popup can look for a remembered result before the rest of its code has loaded.
import { browser } from 'wxt/browser';
import type { Snapshot } from '../schema/snapshot';

export interface TabScore {
  /** The page address the snapshot was read from (without the #fragment). */
  url: string;
  /**
   * The snapshot as JSON text: the browser converts a stored value between processes value by value;
   * a 300-post snapshot as an object kept the popup's main thread busy for tens of milliseconds to
   * store, and again to read back. One string crosses as a copy.
   */
  reading: string;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;

export const withoutFragment = (url: string) => url.split('#')[0]!;

export async function stored(tabId: number): Promise<Partial<TabScore> | undefined> {
  const key = tabKey(tabId);
  return (await browser.storage.session.get(key))[key] as Partial<TabScore> | undefined;
}

/** The snapshot as JSON text, as a tab's entry keeps it. */
export function entryFor(url: string, snapshot: Snapshot): TabScore {
  return { url: withoutFragment(url), reading: JSON.stringify(snapshot) };
}

/**
 * The snapshot of a tab's stored entry if it was read from `url`'s page, not yet checked; else null
 * (also when the entry holds no JSON text: then the page is read again).
 */
export function readFrom(entry: Partial<TabScore> | undefined, url: string): unknown {
  if (!entry || entry.url !== withoutFragment(url) || typeof entry.reading !== 'string') return null;
  try {
    return JSON.parse(entry.reading) as unknown;
  } catch {
    return null;
  }
}
