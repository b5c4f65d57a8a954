// How lib/tab-memory keeps a tab's last result in session storage; apart, without zod or words,
// so the popup can look for a remembered result before the rest of its code has loaded.
import { browser } from 'wxt/browser';
import type { Snapshot } from './schema';

export interface TabScore {
  /** The page address the snapshot was read from (without the #fragment). */
  url: string;
  snapshot: Snapshot;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;

export const withoutFragment = (url: string) => url.split('#')[0]!;

export async function stored(tabId: number): Promise<Partial<TabScore> | undefined> {
  const key = tabKey(tabId);
  return (await browser.storage.session.get(key))[key] as Partial<TabScore> | undefined;
}

/** The snapshot remembered for the tab if it was read from `url`'s page, not yet checked; else null. */
export async function rememberedReading(tabId: number, url: string): Promise<unknown> {
  return readFrom(await stored(tabId), url);
}

/** The snapshot of a tab's stored entry if it was read from `url`'s page, not yet checked; else null. */
export function readFrom(entry: Partial<TabScore> | undefined, url: string): unknown {
  return entry && entry.url === withoutFragment(url) ? (entry.snapshot ?? null) : null;
}
