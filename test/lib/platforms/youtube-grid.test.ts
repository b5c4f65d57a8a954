// The shortcuts the YouTube reader takes on big pages give the answers of the plain way of reading:
// the grid's items queried all at once rather than one by one (also when items sit inside items),
// grid links read from their text rather than as URLs, the embedded data parsed up to the script's
// last brace rather than scanned first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { readGridDom } from '../../../lib/platforms/youtube/dom';
import { parseObjectAt } from '../../../lib/platforms/youtube/scripts';
import { parseYouTubeHref, parseYouTubeUrl } from '../../../lib/platforms/youtube/url';

const ctx = { lang: 'en', now: Date.UTC(2023, 11, 8, 12) };
const CHANNEL = 'youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html';

describe('readGridDom', () => {
  it('reads an item inside another item as its own, and the outer one by what it holds first', () => {
    const plain = readGridDom(parseHtml(fixture(CHANNEL)), ctx, () => true);
    const doc = parseHtml(fixture(CHANNEL));
    const [outer, inner] = Array.from(doc.querySelectorAll('ytd-rich-item-renderer'));
    outer!.querySelector('#details')!.append(inner!);
    expect(readGridDom(doc, ctx, () => true)).toEqual(plain);
  });

  it('reads an outer item as a query of it would: what it holds first, even an inner item\'s', () => {
    const doc = parseHtml(fixture(CHANNEL));
    const [outer, inner] = Array.from(doc.querySelectorAll('ytd-rich-item-renderer'));
    outer!.prepend(inner!);
    const first = outer!.querySelector('a[href*="/watch?v="]')!.getAttribute('href')!.slice(-11);
    const title = outer!.querySelector('#video-title')!.textContent;
    expect([first, title]).toEqual(['orbitVid002', 'The Day the Sun Went Quiet']);
    const [video, next] = readGridDom(doc, ctx, () => true);
    expect([video!.id, video!.title]).toEqual([first, title]);
    // The inner item names the same video: read once.
    expect(next!.id).toBe('orbitVid003');
  });

  it('leaves to the embedded data what it gives exactly (a title, an exact view count) and reads the rest from the page', () => {
    const doc = parseHtml(fixture(CHANNEL));
    const plain = readGridDom(doc, ctx, () => true);
    const [first, second] = plain;
    const known = new Map([
      [first!.id, { ...first!, title: 'From the data', views: { value: 7, min: 7, max: 7, source: 'embedded-json' as const } }],
      // A rounded count and no title in the data: the page's are read as before.
      [second!.id, { ...second!, title: null, views: { value: 1000, min: 1000, max: 1099, source: 'embedded-json' as const } }],
    ]);
    const read = readGridDom(doc, ctx, () => true, { known });
    expect(read[0]).toEqual({ ...first!, title: null, views: null });
    expect(read[1]).toEqual(second);
    expect(read.slice(2)).toEqual(plain.slice(2));
    expect(first!.title).not.toBeNull();
    expect(first!.views).not.toBeNull();
  });

  it('reads a date shown the same way anew for another moment and language (a grid repeats its texts)', () => {
    const later = { ...ctx, now: ctx.now + 3 * 86_400_000 };
    const atFirst = readGridDom(parseHtml(fixture(CHANNEL)), ctx, () => true);
    const atLater = readGridDom(parseHtml(fixture(CHANNEL)), later, () => true);
    const dated = atFirst.findIndex((video) => video.publishedAt !== null);
    expect(dated).toBeGreaterThanOrEqual(0);
    expect(atLater[dated]!.publishedAt!.min - atFirst[dated]!.publishedAt!.min).toBe(3 * 86_400_000);
    expect(readGridDom(parseHtml(fixture(CHANNEL)), ctx, () => true)).toEqual(atFirst);
  });

  it('stops at `limit` videos', () => {
    const doc = parseHtml(fixture(CHANNEL));
    expect(readGridDom(doc, ctx, () => true, { limit: 1 }).map((video) => video.id)).toEqual(['orbitVid001']);
    expect(readGridDom(doc, ctx, () => true, { limit: 2 })).toEqual(readGridDom(doc, ctx, () => true).slice(0, 2));
  });
});

describe('parseYouTubeHref', () => {
  const resolved = (href: string) => {
    try {
      return parseYouTubeUrl(new URL(href, 'https://www.youtube.com'));
    } catch {
      return null;
    }
  };

  it.each([
    '/watch?v=orbitVid001',
    '/shorts/chefShort01',
    '/watch?v=orbitVid001&t=42s',
    '/watch?v=orbitVid00',
    '/watch?v=orbitVid0012',
    '/shorts/chefShort01/',
    '/shorts/chefShort01?feature=share',
    '/shorts/chefShort01&x=1',
    ' /watch?v=orbitVid001',
    '/watch?v=orbitVid001\n',
    '/WATCH?v=orbitVid001',
    '//evil.example/watch?v=orbitVid001',
    'https://www.youtube.com/watch?v=orbitVid001',
    'https://m.youtube.com/shorts/chefShort01',
    'https://example.com/watch?v=orbitVid001',
    '/live/orbitVid001',
    '/@orbitlab/videos',
    '/watch?x=1&v=orbitVid001',
    '/watch?v=orbit%56id001',
    'http://[::1',
  ])('%j is what the address resolved against youtube.com names', (href) => {
    expect(parseYouTubeHref(href)).toEqual(resolved(href));
  });

  it('agrees with the resolved address for any link', () => {
    const start = fc.constantFrom('', '/', '/watch?v=', '/shorts/', '/live/', '/watch?x=1&v=', '/watch/?v=', 'https://www.youtube.com/shorts/', '/shorts//');
    const id = fc.constantFrom('orbitVid001', 'orbit-Vid_1', 'orbitVid00', 'orbitVid0012', '%41rbitVid001', 'orbit Vid01', '');
    const end = fc.constantFrom('', '&t=1', '&v=other', '?x=1', '/', '#t', '&#', ' ', '\n', '\t', '&', '/x');
    const junk = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(start, id, end, junk, (a, b, c, d) => {
        for (const href of [`${a}${b}${c}`, `${a}${b}${d}`, `${d}${a}${b}`]) expect(parseYouTubeHref(href), JSON.stringify(href)).toEqual(resolved(href));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseObjectAt', () => {
  it.each<[string, unknown]>([
    ['var ytInitialData = {"a":{"b":[1,2]}};', { a: { b: [1, 2] } }],
    ['var ytInitialData = {"a":"}{"}  ;\n', { a: '}{' }],
    ['var ytInitialData = {"a":1};if (window.x) {x()}', { a: 1 }],
    ['var ytInitialData = {"a":1};var b = {"c":2};', { a: 1 }],
    ['var ytInitialData = {"a":1} }', { a: 1 }],
    ['var ytInitialData = {"a":"\\"}"};', { a: '"}' }],
    ['var ytInitialData = {"a":1', null],
    ['var ytInitialData = {broken};', null],
  ])('%j', (text, value) => {
    expect(parseObjectAt(text, text.indexOf('{'))).toEqual(value);
  });
});
