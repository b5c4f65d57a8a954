// The fake browser has no scripting API: this stands in for Chromium's executeScript, records what
// was injected where, and answers with what the test says the page reader would.
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { makeSnapshot } from './snapshots';

export type Injection = { target: { tabId: number }; files: string[] };

export interface FakeScripting {
  /** Every injection so far in this test. */
  injected: Injection[];
  /** What the page reader reads (a fresh well-formed reading unless the test says otherwise). */
  answer: () => unknown;
  /**
   * What reaches the extension: the reader's reading as JSON text, as lib/reading/page-script sends
   * it, unless the test says otherwise (another script's answer, text cut short).
   */
  sent: () => unknown;
}

/** Call at the top of a test file: a fresh fake browser and scripting API before each test. */
export function useFakeScripting(): FakeScripting {
  const fake: FakeScripting = { injected: [], answer: () => undefined, sent: () => undefined };
  beforeEach(() => {
    fakeBrowser.reset();
    fake.injected = [];
    fake.answer = () => ({ ok: true, snapshot: makeSnapshot() });
    fake.sent = () => JSON.stringify(fake.answer());
    (browser as unknown as { scripting: unknown }).scripting = {
      executeScript: vi.fn(async (details: Injection) => {
        fake.injected.push(details);
        return [{ frameId: 0, result: fake.sent() }];
      }),
    };
  });
  afterEach(() => vi.restoreAllMocks());
  return fake;
}

/** A new tab showing `url`; its id. */
export async function tabAt(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}
