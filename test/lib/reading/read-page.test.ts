// What a page reader script answers when the popup asks it to read the tab: it refuses pages it
// cannot read, waits (within a bound) for a profile that is still rendering, and always answers
// with a snapshot that passes the schema, whatever the page holds.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { english, say, t, type LooseText } from '../../../lib/i18n';
import pages from '../../../lib/i18n/messages/pages';
import { recognisePage, SITES } from '../../../lib/platforms';
import { asRecord, at as pathIn } from '../../../lib/platforms/json';
import { readSitePage } from '../../../lib/reading/read-page';
import { StoredTextSchema } from '../../../lib/schema/text';
import { SnapshotSchema, type Snapshot } from '../../../lib/schema/snapshot';
import { TEXT_LIMITS } from '../../../lib/schema/limits';
import type { ReadPageResponse } from '../../../lib/schema/reading';

/** Reads with the readers of all three sites, as the toolbar button does on any page. */
const readCurrentPage = (...args: [Document, () => string, () => number, number?]) => readSitePage(SITES, ...args);

const NOW = Date.UTC(2025, 5, 20, 9, 30);
function fixtureDoc(name: string): Document {
  return parseHtml(fixture(`tiktok/${name}`));
}

/** The markup of a fixture's body, as the app would render it into the live page. */
function fixtureBody(name: string): string {
  return fixtureDoc(name).body.innerHTML;
}

function at(href: string): () => string {
  return () => href;
}

function snapshotOf(response: ReadPageResponse): Snapshot {
  if (!response.ok) throw new Error(`expected a snapshot, got ${response.error.code}: ${english(response.error.message)}`);
  return response.snapshot;
}

function expectValid(snapshot: Snapshot): void {
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
}

function later(ms: number, action: () => void): void {
  setTimeout(action, ms);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pages Creator Lens cannot read', () => {
  it.each([
    ['another site', 'https://example.com/shop'],
    ['the TikTok feed', 'https://www.tiktok.com/foryou'],
    ['a browser page', 'about:blank'],
  ])('refuses %s and names the pages it reads', async (_label, href) => {
    const response = await readCurrentPage(document, at(href), () => NOW, 2000);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('unsupported-page');
    expect(english(response.error.message)).toMatch(/TikTok profiles and videos .*Instagram profiles, posts and reels .*YouTube channels, videos and Shorts/);
  });

  it('on a TikTok page that is neither a profile nor a video, says what it reads', async () => {
    const response = await readCurrentPage(document, at('https://www.tiktok.com/explore'), () => NOW, 2000);
    expect(response).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
    if (!response.ok) expect(english(response.error.message)).toContain('not a creator profile or video');
  });

  it('answers at once, without waiting for the page', async () => {
    const started = Date.now();
    await readCurrentPage(document, at('https://example.com/'), () => NOW, 2000);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('a profile that is still rendering', () => {
  it('waits for a header that renders late, then reads it without a waiting notice', async () => {
    const started = Date.now();
    const reading = readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 2000);
    later(100, () => {
      document.body.innerHTML = fixtureBody('profile-dom-only-2024-03.html');
    });
    const snapshot = snapshotOf(await reading);
    expect(Date.now() - started).toBeLessThan(1500);
    expectValid(snapshot);
    expect(snapshot.capturedAt).toBe(NOW);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toMatchObject({ value: 85_300, min: 85_250, max: 85_349, shown: '85.3K' });
    expect(snapshot.creator.following).toMatchObject({ value: 412 });
    expect(snapshot.creator.totalLikes).toMatchObject({ value: 1_200_000, shown: '1.2M' });
    expect(snapshot.posts).toHaveLength(8);
    expect(snapshot.notices).toEqual([]);
  });

  it('after in-app navigation, waits for the new creator and takes nothing from the previous one', async () => {
    // The page still shows @lena.makeup (and her embedded data) when the URL already says @nora.runs.
    document.body.innerHTML = fixtureBody('profile-universal-2025-06.html');
    const reading = readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 2000);
    later(100, () => {
      const app = document.getElementById('app');
      if (app) app.outerHTML = fixtureDoc('profile-dom-only-2024-03.html').getElementById('app')?.outerHTML ?? '';
    });
    const snapshot = snapshotOf(await reading);
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toMatchObject({ value: 85_300, shown: '85.3K' });
    expect(snapshot.creator.displayName).toBe('Nora Lindqvist');
    expect(snapshot.sources).toEqual(['dom']);
    const serialised = JSON.stringify({ ...snapshot, notices: [] });
    for (const lena of ['lena', '48213', '48200', '1287450', '莉娜']) expect(serialised).not.toContain(lena);
    expect(snapshot.notices.map(english).join(' ')).toContain('@lena.makeup');
  });

  it('reads an empty page after a short timeout: counts unknown with reasons, and a notice that it waited', async () => {
    const started = Date.now();
    const response = await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 300);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1500);
    const snapshot = snapshotOf(response);
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.notices.some((notice) => /waiting 0\.3 s/.test(english(notice)))).toBe(true);
    for (const field of ['followers', 'following', 'totalLikes'] as const) {
      expect(snapshot.creator[field], field).toBeNull();
      expect(english(snapshot.missing.find((entry) => entry.field === field)?.reason), field).toMatch(/\w/);
    }
    expect(snapshot.posts).toEqual([]);
  });

  it('stuck on the previous creator, answers with unknown counts rather than the previous creator\'s', async () => {
    document.body.innerHTML = fixtureBody('profile-universal-2025-06.html');
    const snapshot = snapshotOf(await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 300));
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toBeNull();
    expect(snapshot.creator.displayName).toBeNull();
    expect(snapshot.posts).toEqual([]);
    const notices = snapshot.notices.map(english).join('\n');
    expect(notices).toMatch(/waiting/);
    expect(notices).toContain('@lena.makeup');
  });

  it('refuses to answer when the tab moved to another creator while it waited', async () => {
    let href = 'https://www.tiktok.com/@nora.runs';
    const reading = readCurrentPage(document, () => href, () => NOW, 400);
    later(100, () => {
      href = 'https://www.tiktok.com/@lena.makeup';
    });
    const response = await reading;
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('extract-failed');
    expect(english(response.error.message)).toMatch(/another address/);
  });
});

describe('hostile page content', () => {
  const SCRIPT = '<script>alert(document.cookie)</script>';
  const HUGE = 'x'.repeat(1_000_000);

  it('clips a 1 MB bio that starts with a <script> tag to the bio limit, as plain text', async () => {
    document.body.innerHTML = fixtureBody('profile-dom-only-2024-03.html');
    const bio = document.querySelector('[data-e2e="user-bio"]');
    expect(bio).not.toBeNull();
    if (bio) bio.textContent = SCRIPT + HUGE;
    const scriptsBefore = document.querySelectorAll('script').length;
    const snapshot = snapshotOf(await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 2000));
    expectValid(snapshot);
    expect(snapshot.creator.bio).toHaveLength(TEXT_LIMITS.bio);
    expect(snapshot.creator.bio?.startsWith(SCRIPT)).toBe(true);
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore);
    expect(snapshot.creator.followers).toMatchObject({ value: 85_300 });
  });

  it('clips a 1 MB bio and name from embedded data', async () => {
    const doc = fixtureDoc('profile-universal-2025-06.html');
    const script = doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__');
    expect(script).not.toBeNull();
    const data: unknown = JSON.parse(script?.textContent ?? 'null');
    const user = asRecord(pathIn(data, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo', 'user'));
    expect(user).not.toBeNull();
    if (!user || !script) return;
    user.signature = SCRIPT + HUGE;
    user.nickname = HUGE;
    user.bioLink = { link: `https://example.com/${HUGE}` };
    // TikTok escapes "<" in its embedded JSON, so the script tag cannot close the element.
    script.textContent = JSON.stringify(data).replaceAll('<', '\\u003c');
    document.body.innerHTML = doc.body.innerHTML;
    const snapshot = snapshotOf(await readCurrentPage(document, at('https://www.tiktok.com/@lena.makeup'), () => NOW, 2000));
    expectValid(snapshot);
    expect(snapshot.creator.bio).toHaveLength(TEXT_LIMITS.bio);
    expect(snapshot.creator.bio?.startsWith(SCRIPT)).toBe(true);
    expect(snapshot.creator.displayName).toHaveLength(TEXT_LIMITS.name);
    expect(snapshot.creator.bioLinks[0]).toHaveLength(TEXT_LIMITS.url);
    expect(snapshot.creator.followers).toMatchObject({ value: 48_213, min: 48_213, max: 48_213 });
  });

  it('still answers when the header shows a 1 MB text where the handle belongs', async () => {
    document.body.innerHTML = fixtureBody('profile-dom-only-2024-03.html');
    const title = document.querySelector('[data-e2e="user-title"]');
    expect(title).not.toBeNull();
    if (title) title.textContent = SCRIPT + HUGE;
    const response = await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 300);
    const snapshot = snapshotOf(response);
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toBeNull();
    expect(snapshot.notices.length).toBeGreaterThan(0);
  });
});

// ---- In Chinese --------------------------------------------------------------------------------
// Every sentence page reading produces, for every recorded page (at its own address, at another
// creator's address, and blank), rendered in Chinese: a known key of the pages area, with flat
// values, and no English words left but names and the page's own data.

const PAGE_KEYS = new Set(Object.keys(pages.en));
/** Values that choose a case of a `select` rather than being shown. */
const CHOOSERS = new Set(['what', 'page', 'shownKind', 'expectedKind', 'tab']);

/** English words left in `words`; "user" of "/user/name", a YouTube channel address as it is written, is not one. */
function englishIn(words: string): string[] {
  const element = document.createElement('p');
  element.textContent = words;
  return englishLeft(element).filter((word) => word !== 'user');
}

/** The Chinese words of a Text with the values it shows (handles, ids, page texts) taken out. */
function chineseWords(value: LooseText): string {
  let words = say(value, 'zh_CN');
  const shown = Object.entries(value.params ?? {})
    .filter(([name, param]) => !CHOOSERS.has(name) && typeof param === 'string' && param !== '')
    .map(([, param]) => String(param))
    .sort((a, b) => b.length - a.length);
  for (const param of shown) words = words.replaceAll(param, ' ');
  return words;
}

/** `edit`: changes the recorded page first (a hidden count, a private account ...). */
type Case = [label: string, href: string, page: string | null, edit?: (doc: Document) => void];

/** Changes the text of every inline script, where the pages keep their data. */
const inScripts = (from: string | RegExp, to: string) => (doc: Document) => {
  for (const script of doc.querySelectorAll('script')) script.textContent = (script.textContent ?? '').replaceAll(from, to);
};
const removing = (selector: string) => (doc: Document) => {
  for (const element of doc.querySelectorAll(selector)) element.remove();
};

/** Recorded pages at their own address and at another's; null: a page that has rendered nothing. */
const CASES: Case[] = [
  ['TikTok universal', 'https://www.tiktok.com/@lena.makeup', 'tiktok/profile-universal-2025-06.html'],
  ['TikTok universal, another creator', 'https://www.tiktok.com/@nora.runs', 'tiktok/profile-universal-2025-06.html'],
  ['TikTok SIGI', 'https://www.tiktok.com/@kai.cooks', 'tiktok/profile-sigi-2023-02.html'],
  ['TikTok __NEXT_DATA__', 'https://www.tiktok.com/@tiktok', 'tiktok/profile-next-data-2021-01.html'],
  ['TikTok DOM only', 'https://www.tiktok.com/@nora.runs', 'tiktok/profile-dom-only-2024-03.html'],
  ['TikTok counts missing', 'https://www.tiktok.com/@mika.sketches', 'tiktok/profile-counts-missing-2025-06.html'],
  ['TikTok private', 'https://www.tiktok.com/@quiet.garden', 'tiktok/profile-private-2025-06.html'],
  ['TikTok stale data', 'https://www.tiktok.com/@second.creator', 'tiktok/profile-stale-json-2025-06.html'],
  ['TikTok stale data, previous creator', 'https://www.tiktok.com/@first.creator', 'tiktok/profile-stale-json-2025-06.html'],
  ['TikTok blank profile', 'https://www.tiktok.com/@nora.runs', null],
  ['TikTok data naming no creator', 'https://www.tiktok.com/@lena.makeup', 'tiktok/profile-universal-2025-06.html', inScripts('"uniqueId"', '"gone"')],
  ['TikTok video', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', 'tiktok/video-universal-2025-06.html'],
  ['TikTok video after navigation', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', 'tiktok/video-dom-after-navigation-2025-06.html'],
  ['TikTok video, another creator', 'https://www.tiktok.com/@other.one/video/7301000000000001111', 'tiktok/video-dom-after-navigation-2025-06.html'],
  ['TikTok video of 2020', 'https://www.tiktok.com/@tiktok/video/6881450806688664838', 'tiktok/video-next-data-2020-10.html'],
  ['TikTok blank video', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', null],
  ['TikTok video data naming no video', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', 'tiktok/video-universal-2025-06.html', inScripts('"id": "7301000000000001111"', '"gone": 1')],
  ['Instagram _sharedData', 'https://www.instagram.com/_tanshio_/', 'instagram/profile-sharedData-2021-04.html'],
  ['Instagram polaris', 'https://www.instagram.com/lena.park/', 'instagram/profile-polaris-json-2025-06.html'],
  ['Instagram rendered header', 'https://www.instagram.com/lena.park/', 'instagram/profile-rendered-header-2025-06.html'],
  ['Instagram Tagged tab', 'https://www.instagram.com/lena.park/tagged/', 'instagram/profile-rendered-header-2025-06.html'],
  ['Instagram Reels tab', 'https://www.instagram.com/mila.moves/reels/', 'instagram/profile-reels-tab-2025-06.html'],
  ['Instagram Reels grid, main tab', 'https://www.instagram.com/mila.moves/', 'instagram/profile-reels-tab-2025-06.html'],
  ['Instagram description (en)', 'https://www.instagram.com/lena.park/', 'instagram/profile-meta-only-en-2025-06.html'],
  ['Instagram description, another creator', 'https://www.instagram.com/someone.else/', 'instagram/profile-meta-only-en-2025-06.html'],
  ['Instagram description (de)', 'https://www.instagram.com/alpen.kueche/', 'instagram/profile-meta-only-de-2025-06.html'],
  ['Instagram description (pt-BR)', 'https://www.instagram.com/maquiagem.brasil_/', 'instagram/profile-meta-only-pt-BR-2025-06.html'],
  ['Instagram description (ja)', 'https://www.instagram.com/sakura.cafe/', 'instagram/profile-meta-only-ja-2025-06.html'],
  ['Instagram stale data', 'https://www.instagram.com/second.maker/', 'instagram/profile-stale-2025-06.html'],
  ['Instagram stale data, a third creator', 'https://www.instagram.com/third.maker/', 'instagram/profile-stale-2025-06.html'],
  ['Instagram blank profile', 'https://www.instagram.com/lena.park/', null],
  ['Instagram grid without tiles', 'https://www.instagram.com/lena.park/', 'instagram/profile-rendered-header-2025-06.html', removing('main a[href*="/p/"], main a[href*="/reel/"]')],
  ['Instagram description unreadable', 'https://www.instagram.com/lena.park/', 'instagram/profile-meta-only-en-2025-06.html', (doc) => {
    for (const meta of doc.querySelectorAll('meta[content*="Followers"]')) meta.setAttribute('content', (meta.getAttribute('content') ?? '').replace('1.2M Followers', 'lots Followers'));
  }],
  ['Instagram private account', 'https://www.instagram.com/lena.park/', 'instagram/profile-polaris-json-2025-06.html', (doc) => {
    inScripts('"is_private":false', '"is_private":true')(doc);
    inScripts(/"(code|shortcode)":/g, '"gone":')(doc);
  }],
  ['Instagram post', 'https://www.instagram.com/p/DJx7Qm2sT1a/', 'instagram/post-2025-06.html'],
  ['Instagram post, another post', 'https://www.instagram.com/p/DJw1111111a/', 'instagram/post-2025-06.html'],
  ['Instagram post over a profile', 'https://www.instagram.com/lena.park/p/DKc3dE4fG5h/', 'instagram/profile-rendered-header-2025-06.html'],
  ['Instagram post description (de)', 'https://www.instagram.com/p/DHk2Lm9pQr4/', 'instagram/post-meta-only-de-2025-06.html'],
  ['Instagram reel', 'https://www.instagram.com/reel/DKr9Xy7uVw2/', 'instagram/reel-2025-06.html'],
  ['Instagram reel, another reel', 'https://www.instagram.com/mila.moves/reel/DKq1111111a/', 'instagram/reel-2025-06.html'],
  // Data of other posts that names this one (a "more posts" list): its figures are not this post's.
  ['Instagram post amid data of other posts', 'https://www.instagram.com/mila.moves/p/DKz0000000z/', 'instagram/reel-2025-06.html', (doc) => {
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/json');
    script.textContent = JSON.stringify({ more: [{ code: 'DKr9Xy7uVw2', like_count: 12, next: 'DKz0000000z' }] });
    doc.body.append(script);
  }],
  ['Instagram post, another post of a named creator', 'https://www.instagram.com/nora.bakes/p/DJw1111111a/', 'instagram/post-2025-06.html'],
  ['Instagram reel with counts hidden', 'https://www.instagram.com/reel/DKr9Xy7uVw2/', 'instagram/reel-2025-06.html', inScripts('"like_and_view_counts_disabled":false', '"like_and_view_counts_disabled":true')],
  ['Instagram blank post', 'https://www.instagram.com/p/DKr9Xy7uVw2/', null],
  ['YouTube c4TabbedHeader', 'https://www.youtube.com/@orbitlab/videos', 'youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'],
  ['YouTube channel by id', 'https://www.youtube.com/channel/UCorbitLab0000000000000A/videos', 'youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'],
  ['YouTube channel, Home tab', 'https://www.youtube.com/@orbitlab', 'youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html'],
  ['YouTube channel by legacy name', 'https://www.youtube.com/c/OrbitLab/videos', 'youtube/channel-dom-only-2026-04.html'],
  ['YouTube DOM only', 'https://www.youtube.com/@trailnotes/videos', 'youtube/channel-dom-only-2026-04.html'],
  ['YouTube lockupViewModel', 'https://www.youtube.com/@spielwerk/videos', 'youtube/channel-pageHeaderViewModel-lockupViewModel-2026-05.html'],
  ['YouTube Shorts tab', 'https://www.youtube.com/@pocketchef/shorts', 'youtube/channel-shorts-tab-2025-03.html'],
  ['YouTube Shorts data, Videos tab', 'https://www.youtube.com/@pocketchef/videos', 'youtube/channel-shorts-tab-2025-03.html'],
  ['YouTube stale data', 'https://www.youtube.com/@secondcreator', 'youtube/channel-stale-data-2026-05.html'],
  ['YouTube stale data, previous channel', 'https://www.youtube.com/@firstcreator/videos', 'youtube/channel-stale-data-2026-05.html'],
  ['YouTube video data on a channel address', 'https://www.youtube.com/@orbitlab/videos', 'youtube/watch-2026-06.html'],
  ['YouTube blank channel', 'https://www.youtube.com/@orbitlab/videos', null],
  ['YouTube hidden subscriber count', 'https://www.youtube.com/@trailnotes/videos', 'youtube/channel-dom-only-2026-04.html', removing('[aria-label="1.23 million subscribers"]')],
  ['YouTube empty Videos tab', 'https://www.youtube.com/@trailnotes/videos', 'youtube/channel-dom-only-2026-04.html', (doc) => {
    doc.querySelector('ytd-browse[page-subtype="channels"] #contents')?.replaceChildren();
  }],
  ['YouTube Home tab shelves', 'https://www.youtube.com/@trailnotes', 'youtube/channel-dom-only-2026-04.html', (doc) => {
    const grid = doc.querySelector('ytd-browse[page-subtype="channels"] #contents');
    if (grid) grid.innerHTML = `<ytd-rich-section-renderer><div id="content"><ytd-rich-shelf-renderer><div id="contents">${grid.innerHTML}</div></ytd-rich-shelf-renderer></div></ytd-rich-section-renderer>`;
  }],
  ['YouTube watch', 'https://www.youtube.com/watch?v=kLabWatch01', 'youtube/watch-2026-06.html'],
  ['YouTube watch, another video', 'https://www.youtube.com/watch?v=nextVideo01', 'youtube/watch-2026-06.html'],
  ['YouTube watch DOM only', 'https://www.youtube.com/watch?v=tkyBento123', 'youtube/watch-dom-only-2026-03.html'],
  ['YouTube watch DOM only, another video', 'https://www.youtube.com/watch?v=nextVideo01', 'youtube/watch-dom-only-2026-03.html'],
  ['YouTube Short', 'https://www.youtube.com/shorts/chefShort01', 'youtube/shorts-2026-02.html'],
  ['YouTube blank watch page', 'https://www.youtube.com/watch?v=kLabWatch01', null],
  ['YouTube watch page before its comments', 'https://www.youtube.com/watch?v=tkyBento123', 'youtube/watch-dom-only-2026-03.html', removing('ytd-comments-header-renderer')],
];

/** Addresses Creator Lens does not read, one for each reason it gives. */
const UNSUPPORTED = [
  'https://example.com/shop',
  'about:blank',
  'not an address',
  'https://www.tiktok.com/foryou',
  'https://www.instagram.com/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/stories/lena.park/3412345678901234567/',
  'https://www.instagram.com/lena.park/saved/all-posts/',
  'https://www.instagram.com/not a handle!/',
  'https://www.instagram.com/p/x/',
  'https://www.youtube.com/results?search_query=cats',
];

/** The sentences one reading of a page gives the user: why it failed, or its missing reasons and notices. */
function sentencesOf(response: ReadPageResponse) {
  if (!response.ok) return [response.error.message];
  return [...response.snapshot.missing.map((entry) => entry.reason), ...response.snapshot.notices];
}

describe('in Chinese: every sentence page reading produces', () => {
  const produced: { label: string; value: LooseText }[] = [];

  beforeAll(async () => {
    for (const [label, href, page, edit] of CASES) {
      const doc = page === null ? parseHtml('<!DOCTYPE html><html lang="en"><body></body></html>') : parseHtml(fixture(page));
      edit?.(doc);
      const support = recognisePage(href);
      if (support.supported) {
        const state = support.reader.readiness(doc, new URL(href));
        if (!state.ready) produced.push({ label: `${label} (waiting)`, value: state.waitingFor });
      }
      for (const value of sentencesOf(await readCurrentPage(doc, () => href, () => NOW, 20))) {
        if (typeof value !== 'string') produced.push({ label, value });
        else produced.push({ label, value: { key: `plain English: ${value}` } });
      }
    }
    let href = 'https://www.tiktok.com/@nora.runs';
    const moving = readCurrentPage(parseHtml('<html><body></body></html>'), () => href, () => NOW, 200);
    later(50, () => {
      href = 'https://www.tiktok.com/@lena.makeup';
    });
    for (const value of sentencesOf(await moving)) if (typeof value !== 'string') produced.push({ label: 'moved while read', value });
    for (const href of UNSUPPORTED) {
      const support = recognisePage(href);
      if (!support.supported) produced.push({ label: href, value: support.reason });
    }
  });

  useLocale('zh_CN');

  it('are flat Texts of the pages area, as messages and snapshots carry them', () => {
    expect(produced.length).toBeGreaterThan(150);
    for (const { label, value } of produced) {
      expect(PAGE_KEYS.has(value.key), `${label}: ${value.key}`).toBe(true);
      expect(StoredTextSchema.safeParse(value).success, `${label}: ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it('read in Chinese, with no English words but names and what the page itself shows', () => {
    for (const { label, value } of produced) {
      const chinese = say(value);
      expect(chinese, `${label}: ${value.key}`).toMatch(/\p{Script=Han}/u);
      expect(chinese, `${label}: ${value.key}`).not.toMatch(/[{}]/);
      expect(englishIn(chineseWords(value)), `${label}: ${chinese}`).toEqual([]);
      expect(english(value), `${label}: ${value.key}`).not.toMatch(/[{}]|pg_/);
    }
  });

  it('cover every sentence of page reading, but those of the tab, the messages and the badge', () => {
    const elsewhere = [
      // lib/reading (read-tab, check), lib/background, the popup: checked in their tests and below.
      'pg_tabGone', 'pg_tabUnreadable', 'pg_badResponse', 'pg_linkNotOpened',
      'pg_readFailed', 'pg_invalidSnapshot', 'pg_badgeGrade', 'pg_badgeProvisional', 'pg_badgeNotScored',
      // Inside pg_unsupportedPage: what a site says of its own pages.
      'pg_siteUnsupported',
    ];
    const seen = new Set(produced.map(({ value }) => value.key));
    const unseen = [...PAGE_KEYS].filter((key) => !seen.has(key) && !elsewhere.includes(key));
    expect(unseen).toEqual([]);
  });
});

// Every case of every message of the area, whatever the page: each `select` case in turn.

function argumentsOf(elements: MessageFormatElement[], into: Map<string, Set<string> | 'value' | 'number'>): void {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.set(element.value, into.get(element.value) ?? 'value');
    if (element.type === TYPE.number) into.set(element.value, 'number');
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      const cases = into.get(element.value);
      const set = cases instanceof Set ? cases : new Set<string>();
      for (const [option, { value }] of Object.entries(element.options)) {
        set.add(option);
        argumentsOf(value, into);
      }
      into.set(element.value, set);
    }
  }
}

/** One set of values per case of each select (the others at their first case): every case is met at least once. */
function valueSets(message: string): Record<string, string | number>[] {
  const args = new Map<string, Set<string> | 'value' | 'number'>();
  argumentsOf(parse(message, { ignoreTag: true }), args);
  const base: Record<string, string | number> = {};
  for (const [name, kind] of args) base[name] = kind === 'number' ? 5 : kind === 'value' ? 'x1' : [...kind][0]!;
  const sets = [base];
  for (const [name, kind] of args) {
    if (kind instanceof Set) for (const option of kind) sets.push({ ...base, [name]: option === 'other' ? 'x2' : option });
  }
  return sets;
}

describe('in Chinese: every case of every page-reading message', () => {
  it.each(Object.keys(pages.zh_CN))('%s', (key) => {
    for (const params of valueSets(pages.zh_CN[key as keyof typeof pages.zh_CN])) {
      const chinese = t(key as keyof typeof pages.zh_CN, params, 'zh_CN');
      expect(chinese, JSON.stringify(params)).not.toMatch(/[{}]/);
      expect(chinese, JSON.stringify(params)).toMatch(/\p{Script=Han}/u);
      expect(englishIn(chinese), `${chinese} ${JSON.stringify(params)}`).toEqual([]);
    }
  });
});
