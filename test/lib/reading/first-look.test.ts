// The popup's first look (lib/reading/first-look): it finds the tab and starts the reading before the
// rest of the popup has loaded; the popup's actions (entrypoints/popup/app) then score that reading once.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { popupActions } from '../../../entrypoints/popup/app';
import { openDatabase } from '../../../lib/db';
import { recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { english } from '../../../lib/i18n';
import { firstLook, lookAtPage } from '../../../lib/reading/first-look';
import { rememberScore } from '../../../lib/reading/tab-memory';
import { tabAt, useFakeScripting } from '../../helpers/scripting';
import { CAPTURED_AT, engagedPosts, makeSnapshot } from '../../helpers/snapshots';

const PROFILE = 'https://www.tiktok.com/@lena';
const scripting = useFakeScripting();

/** What tabs.query answers for the active tab ("the browser refusing to say": an Error). */
function activeTab(answer: Array<{ id: number; url?: string }> | Error): void {
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof browser.tabs.query);
}

const database = () => openDatabase(`first-look-${Math.random().toString(36).slice(2)}`);

describe('the first look', () => {
  it('starts reading the tab named in the address at once when nothing is remembered for it', async () => {
    const tabId = await tabAt(PROFILE);
    const look = await firstLook(`?tab=${tabId}`);
    expect(look).toMatchObject({ tabId, remembered: null });
    expect(await look.reading).toEqual({ unchecked: { ok: true, snapshot: makeSnapshot() } });
    expect(scripting.injected).toEqual([{ target: { tabId }, files: ['/read-tiktok.js'] }]);
  });

  it('reads the active tab when none is named', async () => {
    const tabId = await tabAt(PROFILE);
    activeTab([{ id: tabId }]);
    const look = await firstLook('');
    expect(look.tabId).toBe(tabId);
    await look.reading;
    expect(scripting.injected.map((entry) => entry.target.tabId)).toEqual([tabId]);
  });

  it('takes the active tab\'s address from the browser\'s answer, and finds its memory by it', async () => {
    const tabId = await tabAt(PROFILE);
    await rememberScore(tabId, PROFILE, makeSnapshot(), 'B');
    activeTab([{ id: tabId, url: PROFILE }]);
    const get = vi.spyOn(browser.tabs, 'get');
    const look = await firstLook('');
    expect(look).toMatchObject({ tabId, remembered: makeSnapshot(), reading: null });
    expect(get).not.toHaveBeenCalled();
    expect(scripting.injected).toEqual([]);
  });

  it('takes a result remembered for the same page instead of reading it again', async () => {
    const tabId = await tabAt(PROFILE);
    await rememberScore(tabId, `${PROFILE}#top`, makeSnapshot(), 'B');
    const look = await firstLook(`?tab=${tabId}`);
    expect(look.remembered).toEqual(makeSnapshot());
    expect(look.reading).toBeNull();
    expect(scripting.injected).toEqual([]);
  });

  it('reads the page when what is remembered was read from another page of the tab', async () => {
    const tabId = await tabAt(PROFILE);
    await rememberScore(tabId, 'https://www.tiktok.com/@someone.else', makeSnapshot(), 'B');
    const look = await firstLook(`?tab=${tabId}`);
    expect(look.remembered).toBeNull();
    await look.reading;
    expect(scripting.injected).toHaveLength(1);
  });

  it('injects nothing into a page Creator Lens does not read, and says why', async () => {
    const look = await firstLook(`?tab=${await tabAt('https://example.com/')}`);
    const reading = await look.reading;
    expect(scripting.injected).toEqual([]);
    expect(reading).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
  });

  it('reads the tab’s address once, and says so when the tab has gone', async () => {
    const tabId = await tabAt(PROFILE);
    const get = vi.spyOn(browser.tabs, 'get');
    await (await firstLook(`?tab=${tabId}`)).reading;
    expect(get).toHaveBeenCalledTimes(1);
    const gone = await firstLook('?tab=987654');
    expect(gone.remembered).toBeNull();
    expect(await gone.reading).toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
    expect(scripting.injected).toHaveLength(1);
  });

  it('without a tab (none active, or the browser refusing to say) reads nothing and never fails', async () => {
    activeTab([]);
    expect(await firstLook('')).toEqual({ tabId: null, remembered: null, reading: null });
    activeTab(new Error('no window'));
    expect(await firstLook('?tab=abc')).toEqual({ tabId: null, remembered: null, reading: null });
    expect(scripting.injected).toEqual([]);
  });
});

describe('the popup’s actions', () => {
  it('score with the first look’s reading, then read the page anew on "Score again"', async () => {
    const tabId = await tabAt(PROFILE);
    const actions = popupActions(firstLook(`?tab=${tabId}`), database());
    expect(await actions.recall()).toBeNull();
    expect(await actions.score()).toMatchObject({ ok: true, snapshot: makeSnapshot() });
    expect(scripting.injected).toHaveLength(1);
    scripting.answer = () => ({ ok: true, snapshot: makeSnapshot({ creator: { handle: 'lena', followers: null } }) });
    const again = await actions.score();
    expect(scripting.injected).toHaveLength(2);
    expect(again.ok && again.snapshot.creator.followers).toBeNull();
  });

  it('check the reading: one that fails the schema is refused with a clear message', async () => {
    scripting.answer = () => ({ ok: true, snapshot: { ...makeSnapshot(), version: 99 } });
    const actions = popupActions(firstLook(`?tab=${await tabAt(PROFILE)}`), database());
    const response = await actions.score();
    expect(response).toMatchObject({ ok: false, error: { code: 'extract-failed' } });
    if (!response.ok) expect(english(response.error.message)).toMatch(/could not|invalid|Reload/i);
  });

  it('recall a remembered result only once it passes the schema; a damaged one leaves the page to be read', async () => {
    const tabId = await tabAt(PROFILE);
    await rememberScore(tabId, PROFILE, makeSnapshot(), 'B');
    expect((await popupActions(firstLook(`?tab=${tabId}`), database()).recall())?.snapshot).toEqual(makeSnapshot());

    await browser.storage.session.set({ [`tab:${tabId}`]: { url: PROFILE, reading: JSON.stringify({ ...makeSnapshot(), posts: 'damaged' }) } });
    const actions = popupActions(firstLook(`?tab=${tabId}`), database());
    expect(await actions.recall()).toBeNull();
    expect(scripting.injected).toEqual([]);
    expect(await actions.score()).toMatchObject({ ok: true, snapshot: makeSnapshot() });
    expect(scripting.injected).toHaveLength(1);
  });

  it('give the scoring what the shortlist holds for a profile’s creator: the posts seen and the saved readings', async () => {
    const db = database();
    const seen = engagedPosts([[1_000, 100, 10]]);
    await recordPosts(db, makeSnapshot({ pageKind: 'post', url: seen[0]!.url, posts: seen }), 1_000);
    const earlier = makeSnapshot({ capturedAt: CAPTURED_AT - 500, creator: { followers: null } });
    await saveSnapshot(db, earlier, '', CAPTURED_AT - 500);
    // Another creator's posts stay out of it.
    await recordPosts(db, makeSnapshot({ pageKind: 'post', creator: { handle: 'mei' }, posts: engagedPosts([[9, 9, 9]]) }), 1_000);

    const actions = popupActions(firstLook(`?tab=${await tabAt(PROFILE)}`), db);
    const response = await actions.score();
    if (!response.ok) throw new Error('the reading failed');
    expect(response.seenPosts).toEqual(seen);
    // "Score again" looks them up again: a post seen since is in.
    const since = engagedPosts([[0, 0, 0], [2_000, 200, 20]])[1]!;
    await recordPosts(db, makeSnapshot({ pageKind: 'post', url: since.url, posts: [since] }), 2_000);
    const again = await actions.score();
    if (!again.ok) throw new Error('the reading failed');
    expect(again.seenPosts).toEqual([since, ...seen]);
  });

  it('add a post page’s post to the creator’s sample before looking the sample up', async () => {
    const post = { ...engagedPosts([[1_000, 100, 10]])[0]!, id: '7301000000000001111', url: `${PROFILE}/video/7301000000000001111` };
    scripting.answer = () => ({ ok: true, snapshot: makeSnapshot({ pageKind: 'post', url: post.url, posts: [post] }) });
    const db = database();
    const actions = popupActions(firstLook(`?tab=${await tabAt(post.url)}`), db);
    const response = await actions.score();
    if (!response.ok) throw new Error('the reading failed');
    expect(response.seenPosts).toEqual([post]);
  });

  it('say there is no tab to read when there is none', async () => {
    activeTab([]);
    const response = await popupActions(firstLook(''), database()).score();
    expect(response).toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
    if (!response.ok) expect(english(response.error.message)).toBe('No tab to read.');
  });
});

describe('the side panel’s look at the page it follows', () => {
  it('finds what the tab remembers for that page, and reads nothing until the card asks', async () => {
    const tabId = await tabAt(PROFILE);
    await rememberScore(tabId, PROFILE, makeSnapshot(), 'B');
    const remembered = popupActions(lookAtPage(tabId, PROFILE), database());
    expect((await remembered.recall())?.snapshot).toEqual(makeSnapshot());
    expect(scripting.injected).toEqual([]);

    // Another page of the same tab: nothing remembered, and nothing read before "Read this page".
    const next = popupActions(lookAtPage(tabId, 'https://www.tiktok.com/@kai'), database());
    expect(await next.recall()).toBeNull();
    expect(scripting.injected).toEqual([]);
    expect(await next.score()).toMatchObject({ ok: true });
    expect(scripting.injected).toEqual([{ target: { tabId }, files: ['/read-tiktok.js'] }]);
  });
});
