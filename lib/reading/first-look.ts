// The popup's first steps, taken before the rest of its code (React, the scoring, the score card)
// has loaded: find the tab, look for a result remembered for its page and, when there is none,
// start reading the page at once, so the reading and the loading overlap. Small on purpose: no
// zod, no words, no readers (entrypoints/popup/main.tsx imports only this).
import { browser } from 'wxt/browser';
import { injectReader, injectReaderAt, type UncheckedReading } from './inject';
import { readFrom, stored } from './tab-memory-entry';

export interface FirstLook {
  /** The tab to score; null when there is none. */
  tabId: number | null;
  /** The snapshot remembered for the tab's page, not yet checked; null when there is none. */
  remembered: unknown;
  /** The reading started at once when nothing was remembered. */
  reading: Promise<UncheckedReading> | null;
}

/** The tab to score: the one named by ?tab=<id> (the popup opened in a tab), else the active tab, with its address when the browser gave it. */
async function targetTab(search: string): Promise<{ tabId: number; url?: string | undefined } | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return { tabId: named };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
}

/** Never fails: without a tab the popup says there is none. */
export async function firstLook(search: string): Promise<FirstLook> {
  const target = await targetTab(search).catch(() => null);
  if (target === null) return { tabId: null, remembered: null, reading: null };
  const { tabId } = target;
  // The tab's memory is asked for with its address, not after it. A memory that cannot be read is
  // no memory: the page is read instead.
  const memory = stored(tabId).catch(() => undefined);
  let url: string | undefined;
  try {
    url = target.url ?? (await browser.tabs.get(tabId)).url;
  } catch {
    // The tab is gone: injectReader says so.
    return { tabId, remembered: null, reading: injectReader(tabId) };
  }
  return lookAt(tabId, url, await memory);
}

/**
 * The same look at a page the side panel follows, without starting a reading: the panel reads when
 * asked, or when its setting says so (then through the actions' score, like "Score again").
 */
export async function lookAtPage(tabId: number, url: string | undefined): Promise<FirstLook> {
  return lookAt(tabId, url, await stored(tabId).catch(() => undefined), false);
}

function lookAt(tabId: number, url: string | undefined, memory: Awaited<ReturnType<typeof stored>>, read = true): FirstLook {
  const remembered = url ? readFrom(memory, url) : null;
  return { tabId, remembered, reading: remembered === null && read ? injectReaderAt(tabId, url) : null };
}
