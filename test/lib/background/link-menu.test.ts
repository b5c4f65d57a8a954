// The context menu's "Score this creator" on a link, against the fake browser.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scoreLink } from '../../../lib/background/link-menu';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { failure } from '../../../lib/schema/failure';
import type { ReadPageResponse } from '../../../lib/schema/reading';
import { exact, makeSnapshot } from '../../helpers/snapshots';
import { badge, recallScore } from '../../helpers/toolbar';

const lena = makeSnapshot({ creator: { handle: 'lena', following: exact(2_000) } });
const URL_A = 'https://www.tiktok.com/@lena';

let db: CreatorLensDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`link-menu-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('"Score this creator" on a link', () => {
  const deps = (response: ReadPageResponse) => ({
    read: vi.fn(async () => response),
    loaded: vi.fn(async () => {}),
    now: () => lena.capturedAt,
  });

  it('opens the link next to the page it was on, reads it once loaded and shows the grade on the new tab', async () => {
    const opener = await fakeBrowser.tabs.create({ url: 'https://example.com/list-of-creators' });
    const steps = deps({ ok: true, snapshot: lena });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const response = await scoreLink(db, URL_A, opener, steps);
    expect(response.ok).toBe(true);
    // (The fake browser does not place tabs by index; the request is what a browser gets.)
    expect(create).toHaveBeenLastCalledWith({ url: URL_A, active: true, index: opener.index + 1 });
    const opened = (await fakeBrowser.tabs.query({})).find((tab) => tab.url === URL_A)!;
    expect(steps.loaded).toHaveBeenCalledWith(opened.id);
    expect(steps.read).toHaveBeenCalledWith(opened.id);
    // Following 2,000 accounts: the same S the popup gives this page.
    expect((await badge(opened.id!)).text).toBe('B');
    expect(await recallScore(opened.id!, URL_A)).toEqual(lena);
  });

  it('leaves the badge alone when the page cannot be read, and hands back why', async () => {
    const steps = deps(failure('page-unreachable', 'Creator Lens could not read this tab.'));
    const response = await scoreLink(db, URL_A, undefined, steps);
    expect(response).toEqual(failure('page-unreachable', 'Creator Lens could not read this tab.'));
    const opened = (await fakeBrowser.tabs.query({})).find((tab) => tab.url === URL_A)!;
    expect((await badge(opened.id!)).text).toBe('');
    expect(await recallScore(opened.id!, URL_A)).toBeNull();
  });
});
