// Properties of the URL parsers (lib/platforms/*/url.ts) and of recognisePage, which decides from
// the tab's address which reader runs, and which the CSV import uses to tell who a profile URL
// names. Whatever the string, they answer and never throw; a creator's page is recognised in every
// spelling of its address with the same handle and key; and no other site is ever taken for one
// of the three platforms, however much its address looks like one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoredTextSchema } from '../../../lib/schema/text';
import { recognisePage, type PageSupport } from '../../../lib/platforms';
import { parseInstagramHref, parseInstagramUrl } from '../../../lib/platforms/instagram/url';
import { parseTikTokUrl } from '../../../lib/platforms/tiktok/url';
import { CHANNEL_TABS, channelIdIn, handleIn, parseYouTubeUrl } from '../../../lib/platforms/youtube/url';
import { PAGE_KINDS, PLATFORMS } from '../../../lib/schema/limits';
import type { Platform } from '../../../lib/schema/snapshot';
import { sentenceProblem } from '../../helpers/sentences';

const RUNS = { numRuns: 300 };

// ---- What the sites are, written down independently of lib/platforms ------------------------

/** The platform whose own site `hostname` (as URL parses it) is, or null for any other site. */
function siteOf(hostname: string): Platform | null {
  if (hostname === 'tiktok.com' || hostname.endsWith('.tiktok.com')) return 'tiktok';
  // Instagram serves its pages from these two hosts only (m.instagram.com redirects to www).
  if (hostname === 'instagram.com' || hostname === 'www.instagram.com') return 'instagram';
  if (['youtube.com', 'www.youtube.com', 'm.youtube.com'].includes(hostname)) return 'youtube';
  return null;
}

function hostnameOf(href: string): string | null {
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}

/** The answer is one of the two shapes, complete, and a reason is a sentence that can be stored and shown. */
function expectWellFormed(support: PageSupport, href: string): void {
  if (support.supported) {
    const { reader } = support;
    expect(PLATFORMS, href).toContain(reader.platform);
    expect(PAGE_KINDS, href).toContain(reader.pageKind);
    expect(typeof reader.key === 'string' && reader.key.length > 0, href).toBe(true);
    expect(reader.creatorHandle === null || (typeof reader.creatorHandle === 'string' && reader.creatorHandle.length > 0), href).toBe(true);
    expect(typeof reader.extract === 'function' && typeof reader.readiness === 'function', href).toBe(true);
    // Only the platform's own site is read as that platform, and only as a web page.
    expect(siteOf(hostnameOf(href) ?? ''), href).toBe(reader.platform);
    expect(['http:', 'https:'], href).toContain(new URL(href).protocol);
  } else {
    expect(StoredTextSchema.safeParse(support.reason).success, `${href}: ${JSON.stringify(support.reason)}`).toBe(true);
    expect(sentenceProblem(support.reason), href).toBeNull();
  }
}

/** recognisePage must answer whatever it is given; a throw fails the property with the input. */
function recognised(href: string): PageSupport {
  const support = recognisePage(href);
  expectWellFormed(support, href);
  return support;
}

// ---- Generators ---------------------------------------------------------------------------

const oneChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Any code points, astral ones and lone surrogates included. */
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: fc.oneof(fc.constantFrom('/', '@', '%', '?', '#', '.', ':', '\\', ' '), lone, oneChar), maxLength: 60 }));

const mixCase = (text: string, flips: boolean[]) =>
  Array.from(text, (char, i) => (flips[i % Math.max(1, flips.length)] ? (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) : char)).join('');
/** Flips the case of ASCII letters only: Unicode case mapping is not one to one ("ß" -> "SS"). */
const mixAsciiCase = (text: string, flips: boolean[]) =>
  Array.from(text, (char, i) => (/[A-Za-z]/.test(char) && flips[i % Math.max(1, flips.length)] ? (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) : char)).join('');

/** Percent-encodes the characters picked by `picks` (as a browser may show an address). */
const percentEncode = (text: string, picks: boolean[]) =>
  Array.from(text, (char, i) => (picks[i % Math.max(1, picks.length)] ? encodeURIComponent(char).replace(/^[A-Za-z0-9_.\-~]$/, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : char)).join('');

const flips = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });
const queryKey = fc.stringMatching(/^[a-z_]{1,8}$/).filter((key) => key !== 'v');
/** "?lang=en&is_from_webapp=1", any values, or nothing. */
const query = fc.option(
  fc.array(fc.tuple(queryKey, fc.string({ unit: 'binary', maxLength: 12 })), { minLength: 0, maxLength: 3 }).map((pairs) =>
    pairs.length === 0 ? '?' : `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ''))}`).join('&')}`,
  ),
  { nil: '' },
);
/** "#comments", any text (a fragment is never part of the page's name), or nothing. */
const fragment = fc.option(fc.string({ unit: 'binary', maxLength: 16 }).map((text) => `#${text}`), { nil: '' });
const scheme = fc.constantFrom('https://', 'http://');
const slash = fc.constantFrom('', '/');

interface Form {
  scheme: string;
  sub: string;
  hostFlips: boolean[];
  slash: string;
  query: string;
  fragment: string;
}
/** The spellings of one address that name the same page; `subs` are the site's own host prefixes. */
const form = (subs: string[]) =>
  fc.record<Form>({ scheme, sub: fc.constantFrom(...subs), hostFlips: flips, slash, query, fragment });
const address = (f: Form, host: string, path: string, search = '') =>
  `${f.scheme}${mixCase(`${f.sub}${host}`, f.hostFlips)}${path}${f.slash}${search === '' ? f.query : `${search}${f.query.replace(/^\?/, '&')}`}${f.fragment}`;

const tiktokHandle = fc.stringMatching(/^[A-Za-z0-9_.]{1,24}$/);
const INSTAGRAM_RESERVED = [
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'stories', 'direct', 'about', 'developer', 'legal', 'web', 'challenge', 'emails',
  'session', 'privacy', 'terms', 'press', 'api', 'graphql', 'oauth', 'static', 'invites', 'lite', 'topics', 'directory', 'nametag', 'ar',
  's', 'qr', 'your_activity', '_u', '_n', 'ads', 'help', 'locations', 'location', 'tags', 'audio', 'music', 'blog', 'create',
  'notifications', 'threads', 'business', 'creators', 'download', 'fragment', 'saved', 'i',
];
// "." and ".." are dot segments every URL parser removes: no address can name such a handle.
const instagramHandle = fc
  .stringMatching(/^[A-Za-z0-9._]{1,30}$/)
  .filter((handle) => !INSTAGRAM_RESERVED.includes(handle.toLowerCase()) && handle !== '.' && handle !== '..');
const shortcode = fc.stringMatching(/^[A-Za-z0-9_-]{5,40}$/);
// YouTube handles may use letters and digits of any script, marks, _ . - and the middle dot.
const youtubeHandleChar = fc.oneof(
  fc.constantFrom(...'abcXYZ019_.-·'),
  fc.constantFrom('é', 'ß', 'ı', 'İ', 'Ω', 'я', 'Ж', 'ا', 'ب', '中', '文', 'あ', 'ア', '한', 'ก', 'ह', '٣', '৩', '\u0301', '\u093f'),
);
const youtubeHandle = fc.array(youtubeHandleChar, { minLength: 1, maxLength: 40 }).map((chars) => chars.join(''));
const channelId = fc.stringMatching(/^[A-Za-z0-9_-]{22}$/).map((rest) => `UC${rest}`);
const legacyName = fc.stringMatching(/^[A-Za-z0-9_.-]{1,30}$/).filter((name) => name !== '.' && name !== '..');
const videoId = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);
const tiktokVideoId = fc.stringMatching(/^[0-9]{5,25}$/);

/** The page an address was built to name: what recognisePage must answer for every spelling of it. */
interface Expected {
  platform: Platform;
  pageKind: 'profile' | 'post';
  key: string;
  /** Compared ignoring case where the platform ignores it. */
  creatorHandle: string | null;
}

function expectPage(href: string, expected: Expected): void {
  const support = recognised(href);
  expect(support.supported, href).toBe(true);
  if (!support.supported) return;
  const { reader } = support;
  expect({ platform: reader.platform, pageKind: reader.pageKind, key: reader.key }, href).toEqual({
    platform: expected.platform,
    pageKind: expected.pageKind,
    key: expected.key,
  });
  expect(reader.creatorHandle?.toLowerCase() ?? null, href).toBe(expected.creatorHandle?.toLowerCase() ?? null);
}

// ---- Never throws --------------------------------------------------------------------------

/** Real creator addresses, as the fixtures and the import tests know them. */
const REAL = [
  'https://www.tiktok.com/@lena.makeup',
  'https://www.tiktok.com/@Nora.Glow?lang=en',
  'https://www.tiktok.com/@lena.makeup/video/7301000000000001111',
  'https://m.tiktok.com/@tiktok/photo/6881450806688664838',
  'https://www.instagram.com/lena.park/',
  'https://www.instagram.com/mila.moves/reels/',
  'https://www.instagram.com/p/DJx7Qm2sT1a/',
  'https://www.instagram.com/nora.bakes/p/DJw1111111a/',
  'https://www.instagram.com/reel/DKr9Xy7uVw2/',
  'https://www.youtube.com/@orbitlab/videos',
  'https://www.youtube.com/channel/UCorbitLab0000000000000A/videos',
  'https://www.youtube.com/c/OrbitLab/videos',
  'https://m.youtube.com/user/legacyname',
  'https://www.youtube.com/watch?v=kLabWatch01&t=42s',
  'https://www.youtube.com/shorts/chefShort01',
  'https://youtube.com/live/kLabWatch01',
];

/** Edits of a string: a character inserted, removed or replaced, or a piece that parsers treat specially. */
const PIECES = [
  '%', '%2F', '%2f', '%00', '%40', '%2E%2E', '%E0%A4%A', '@', '@@', '//', '/../', '/./', '\\', ':', '::', '?', '#', '&v=', ' ', '\t', '\n',
  '\u0000', '\uFFFF', '\uD800', '\u202E', '\u200B', 'xn--', '.', '..', '@evil.example', 'evil.example/', 'ｔｉｋｔｏｋ', 'tіktok', 'UC', 'watch',
  'shorts/', 'channel/', '/p/', '/reel/', 'video/', '@', 'www.', 'm.', ':443', ':0', 'user:pw@', 'javascript:', 'HTTPS://',
];
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), anyText) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), oneChar, lone) }),
  fc.record({ kind: fc.constant('case' as const), flips }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(base: string, edits: Edit[]): string {
  let text = base;
  for (const change of edits) {
    const at = text.length === 0 ? 0 : ('at' in change ? change.at % (text.length + 1) : 0);
    if (change.kind === 'insert') text = text.slice(0, at) + change.piece + text.slice(at);
    else if (change.kind === 'delete') text = text.slice(0, at) + text.slice(at + change.length);
    else if (change.kind === 'replace') text = text.slice(0, at) + change.piece + text.slice(at + 1);
    else text = mixCase(text, change.flips);
  }
  return text;
}

describe('recognisePage never throws and always answers in full', () => {
  it('on any string, any Unicode and lone surrogates included', () => {
    fc.assert(fc.property(anyText, (href) => void recognised(href)), { numRuns: 1000 });
  });

  it('on any web address', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https', 'ftp', 'file', 'chrome-extension'] }), (href) => void recognised(href)),
      { numRuns: 500 },
    );
  });

  it('on any path, query and fragment of the three sites', () => {
    const host = fc.constantFrom('www.tiktok.com', 'tiktok.com', 'm.tiktok.com', 'vm.tiktok.com', 'www.instagram.com', 'instagram.com', 'www.youtube.com', 'm.youtube.com', 'youtube.com');
    fc.assert(
      fc.property(host, fc.webUrl({ withQueryParameters: true, withFragments: true }), anyText, (site, random, tail) => {
        const url = new URL(random);
        url.hostname = site;
        void recognised(url.href);
        void recognised(`https://${site}/${tail}`);
        void recognised(`https://${site}/@${tail}`);
      }),
      { numRuns: 500 },
    );
  });

  it('on real creator addresses mutated at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.array(edit, { minLength: 1, maxLength: 5 }), (base, edits) => void recognised(applyEdits(base, edits))),
      { numRuns: 2000 },
    );
  });

  it('the address as the browser re-serialises it names the same page (else a reading reports "moved while reading")', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.array(edit, { minLength: 0, maxLength: 4 }), (base, edits) => {
        const href = applyEdits(base, edits);
        const first = recognised(href);
        if (!first.supported) return;
        const again = recognised(new URL(href).href);
        expect(again.supported && again.reader.key, href).toBe(first.reader.key);
      }),
      { numRuns: 1000 },
    );
  });

  it('the platforms\' own parsers and link readers take any address or text', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), anyText, fc.constantFrom('www.tiktok.com', 'www.instagram.com', 'www.youtube.com'), (random, tail, site) => {
        const url = new URL(random);
        url.hostname = site;
        for (const target of [url, new URL(`https://${site}/${encodeURI(tail.replace(/[\ud800-\udfff]/g, ''))}`)]) {
          parseTikTokUrl(target);
          parseInstagramUrl(target);
          parseYouTubeUrl(target);
        }
        parseInstagramHref(tail);
        expect(handleIn(tail) === null || handleIn(tail)!.length > 0).toBe(true);
        expect(channelIdIn(tail) === null || /^UC[A-Za-z0-9_-]{22}$/.test(channelIdIn(tail)!)).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---- Round trips ---------------------------------------------------------------------------

describe('a creator page is recognised with its handle or id in every spelling of its address', () => {
  it('TikTok profile: any valid handle, www./m./bare, any case of host and handle, query, fragment, trailing slash, escapes', () => {
    fc.assert(
      fc.property(tiktokHandle, form(['', 'www.', 'm.']), flips, flips, (handle, f, caseFlips, escapes) => {
        const expected: Expected = { platform: 'tiktok', pageKind: 'profile', key: handle.toLowerCase(), creatorHandle: handle };
        expectPage(address(f, 'tiktok.com', `/@${handle}`), expected);
        expectPage(address(f, 'tiktok.com', `/@${mixAsciiCase(handle, caseFlips)}`), expected);
        expectPage(address(f, 'tiktok.com', `/@${percentEncode(handle, escapes)}`), expected);
        // The handle exactly as written, for the import's id and the page's URL.
        const exact = recognisePage(address(f, 'tiktok.com', `/@${handle}`));
        expect(exact.supported && exact.reader.creatorHandle).toBe(handle);
      }),
      RUNS,
    );
  });

  it('TikTok video and photo: the video id is the key, the handle the creator', () => {
    fc.assert(
      fc.property(tiktokHandle, tiktokVideoId, fc.constantFrom('video', 'photo'), form(['', 'www.', 'm.']), flips, (handle, id, section, f, caseFlips) => {
        const expected: Expected = { platform: 'tiktok', pageKind: 'post', key: `video:${id}`, creatorHandle: handle };
        expectPage(address(f, 'tiktok.com', `/@${handle}/${section}/${id}`), expected);
        expectPage(address(f, 'tiktok.com', `/@${mixAsciiCase(handle, caseFlips)}/${section}/${id}`), expected);
      }),
      RUNS,
    );
  });

  it('Instagram profile and its tabs: any valid handle, www. or bare, any case, query, fragment, trailing slash, escapes', () => {
    const tab = fc.option(fc.constantFrom('reels', 'tagged', 'followers', 'following', 'channel', 'guides'), { nil: null });
    fc.assert(
      fc.property(instagramHandle, tab, form(['', 'www.']), flips, flips, (handle, shownTab, f, caseFlips, escapes) => {
        const expected: Expected = { platform: 'instagram', pageKind: 'profile', key: handle.toLowerCase(), creatorHandle: handle };
        const rest = shownTab === null ? '' : `/${mixCase(shownTab, caseFlips)}`;
        expectPage(address(f, 'instagram.com', `/${handle}${rest}`), expected);
        expectPage(address(f, 'instagram.com', `/${mixAsciiCase(handle, caseFlips)}${rest}`), expected);
        expectPage(address(f, 'instagram.com', `/${percentEncode(handle, escapes)}${rest}`), expected);
      }),
      RUNS,
    );
  });

  it('Instagram post and reel: the case-sensitive shortcode is the key, a handle before it the creator', () => {
    fc.assert(
      fc.property(shortcode, fc.constantFrom('p', 'reel', 'reels', 'tv'), fc.option(instagramHandle, { nil: null }), form(['', 'www.']), flips, (code, section, handle, f, caseFlips) => {
        const expected: Expected = { platform: 'instagram', pageKind: 'post', key: `post:${code}`, creatorHandle: handle };
        const path = `${handle === null ? '' : `/${handle}`}/${mixCase(section, caseFlips)}/${code}`;
        expectPage(address(f, 'instagram.com', path), expected);
        // Another spelling of the shortcode is another post.
        const other = mixAsciiCase(code, caseFlips);
        if (other !== code) expectPage(address(f, 'instagram.com', `${handle === null ? '' : `/${handle}`}/${section}/${other}`), { ...expected, key: `post:${other}` });
      }),
      RUNS,
    );
  });

  it('YouTube channel by handle, in any script, on any tab in any case, www./m./bare', () => {
    const tab = fc.option(fc.constantFrom(...CHANNEL_TABS), { nil: null });
    fc.assert(
      fc.property(youtubeHandle, tab, form(['', 'www.', 'm.']), flips, flips, (handle, shownTab, f, caseFlips, escapes) => {
        const rest = shownTab === null ? '' : `/${mixCase(shownTab, caseFlips)}`;
        const expected: Expected = { platform: 'youtube', pageKind: 'profile', key: `@${handle.toLowerCase()}/${shownTab ?? 'featured'}`, creatorHandle: handle };
        expectPage(address(f, 'youtube.com', `/@${handle}${rest}`), expected);
        expectPage(address(f, 'youtube.com', `/@${mixAsciiCase(handle, caseFlips)}${rest}`), expected);
        expectPage(address(f, 'youtube.com', `/@${percentEncode(handle, escapes)}${rest}`), expected);
        const exact = recognisePage(address(f, 'youtube.com', `/@${handle}${rest}`));
        expect(exact.supported && exact.reader.creatorHandle).toBe(handle);
      }),
      RUNS,
    );
  });

  it('YouTube channel by id (case kept) or by legacy name (case ignored)', () => {
    const tab = fc.option(fc.constantFrom(...CHANNEL_TABS), { nil: null });
    fc.assert(
      fc.property(channelId, legacyName, fc.constantFrom('c', 'user'), tab, form(['', 'www.', 'm.']), flips, (id, name, kind, shownTab, f, caseFlips) => {
        const rest = shownTab === null ? '' : `/${shownTab}`;
        const tabKey = shownTab ?? 'featured';
        expectPage(address(f, 'youtube.com', `/channel/${id}${rest}`), { platform: 'youtube', pageKind: 'profile', key: `channel/${id}/${tabKey}`, creatorHandle: null });
        const legacy: Expected = { platform: 'youtube', pageKind: 'profile', key: `${kind}/${name.toLowerCase()}/${tabKey}`, creatorHandle: null };
        expectPage(address(f, 'youtube.com', `/${kind}/${name}${rest}`), legacy);
        expectPage(address(f, 'youtube.com', `/${kind}/${mixAsciiCase(name, caseFlips)}${rest}`), legacy);
      }),
      RUNS,
    );
  });

  it('YouTube watch, Shorts and live: the video id is the key, whatever else the query holds', () => {
    fc.assert(
      fc.property(videoId, form(['', 'www.', 'm.']), (id, f) => {
        const watch: Expected = { platform: 'youtube', pageKind: 'post', key: `watch/${id}`, creatorHandle: null };
        expectPage(address({ ...f, slash: '' }, 'youtube.com', '/watch', `?v=${id}`), watch);
        expectPage(address(f, 'youtube.com', `/live/${id}`), watch);
        expectPage(address(f, 'youtube.com', `/shorts/${id}`), { ...watch, key: `shorts/${id}` });
      }),
      RUNS,
    );
  });
});

// ---- Look-alikes ---------------------------------------------------------------------------

const SITES: { platform: Platform; host: string; path: string }[] = [
  { platform: 'tiktok', host: 'tiktok.com', path: '/@lena.makeup' },
  { platform: 'tiktok', host: 'www.tiktok.com', path: '/@lena.makeup/video/7301000000000001111' },
  { platform: 'instagram', host: 'instagram.com', path: '/lena.park/' },
  { platform: 'instagram', host: 'www.instagram.com', path: '/p/DJx7Qm2sT1a/' },
  { platform: 'youtube', host: 'youtube.com', path: '/@orbitlab/videos' },
  { platform: 'youtube', host: 'www.youtube.com', path: '/watch?v=kLabWatch01' },
];
const evilLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);
const evilDomain = fc
  .tuple(evilLabel, fc.constantFrom('example', 'com', 'net', 'io', 'cn', 'co', 'app'))
  .map(([label, tld]) => `${label}.${tld}`)
  .filter((domain) => siteOf(domain) === null);

/** Addresses of other sites that spell a platform's host somewhere. */
function lookAlikes(site: (typeof SITES)[number], evil: string): string[] {
  const { host, path } = site;
  const bare = host.replace(/^www\./, '');
  const name = bare.replace(/\.com$/, '');
  return [
    `https://${host}.${evil}${path}`,
    `https://${bare}.${evil}${path}`,
    `https://www.${bare}.${evil}${path}`,
    `https://evil-${bare}${path}`,
    `https://${evil.split('.')[0]}-${bare}${path}`,
    `https://${evil.split('.')[0]}${bare}${path}`,
    `https://${name}.${evil}${path}`,
    `https://${name}-com.${evil}${path}`,
    `https://${bare}.cn${path}`,
    `https://${host}@${evil}${path}`,
    `https://${host}:443@${evil}${path}`,
    `https://user:${host}@${evil}${path}`,
    `https://${evil}\\@${host}${path}`,
    `https://${evil}/${host}${path}`,
    `https://${evil}/?next=https://${host}${path}`,
    `https://${evil}#${host}${path}`,
    `https://${evil}?${host}${path}`,
    `https://${host.replace('o', 'о')}${path}`, // Cyrillic о
    `https://${host.replace('i', 'і')}${path}`, // Ukrainian і (a no-op where there is no i)
    `https://${host.replace(/\./g, '-')}.${evil}${path}`,
    `https://${host}${evil.replace(/^[^.]*/, '')}${path}`,
    `https://${evil}.${host.replace(/\.com$/, '.co')}${path}`,
    `https://${host.replace(/\.com$/, '.com.')}${evil}${path}`,
  ];
}

describe('other sites are never taken for a platform', () => {
  it('look-alike hosts, user-info tricks and the platform named in the path, query or fragment of another site', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES), evilDomain, (site, evil) => {
        for (const href of lookAlikes(site, evil)) {
          const host = hostnameOf(href);
          // Skip spellings that URL itself maps onto the real host (none here, but it is the premise).
          if (host === null || siteOf(host) !== null) continue;
          const support = recognised(href);
          expect(support.supported, `${href} (host ${host})`).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('the named examples, and the sites at addresses that are no web page', () => {
    for (const href of [
      'ttps://www.tiktok.com/@lena.makeup',
      'ftp://www.tiktok.com/@lena.makeup',
      'view-source:https://www.instagram.com/lena.park/',
      'file://www.youtube.com/@orbitlab',
      'https://tiktok.com.evil.example/@lena.makeup',
      'https://evil-tiktok.com/@lena.makeup',
      'https://tiktok.com@evil.example/@lena.makeup',
      'https://www.instagram.com.evil.example/lena.park/',
      'https://evil-instagram.com/lena.park/',
      'https://instagram.com@evil.example/lena.park/',
      'https://youtube.com.evil.example/@orbitlab',
      'https://evil-youtube.com/@orbitlab',
      'https://youtube.com@evil.example/@orbitlab',
      'https://evil.example\\@www.youtube.com/@orbitlab',
    ]) {
      expect(recognised(href).supported, href).toBe(false);
    }
  });

  it('any web address on another host is not a creator page', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
        const host = hostnameOf(href);
        fc.pre(host !== null && siteOf(host) === null);
        const support = recognised(href);
        expect(support.supported, href).toBe(false);
        if (!support.supported) expect(support.reason.params?.page, href).toBe('none');
      }),
      { numRuns: 500 },
    );
  });
});
