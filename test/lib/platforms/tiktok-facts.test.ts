// What a seller asks first about a TikTok account, in each form of TikTok's page data: when it
// was made, whether it sells, its category, its own country. Never the viewer's region or language.
import { describe, expect, it } from 'vitest';
import { extractTikTokProfile } from '../../../lib/platforms/tiktok/profile';
import { extractTikTokVideo } from '../../../lib/platforms/tiktok/post';
import { SnapshotSchema, type Snapshot } from '../../../lib/schema/snapshot';
import { fixture, parseHtml } from '../../helpers/fixtures';

const NOW = Date.UTC(2025, 11, 20, 9, 30);

function profile(file: string, handle: string, now = NOW, change?: (html: string) => string): Snapshot {
  const html = fixture(`tiktok/${file}`);
  const snapshot = extractTikTokProfile(parseHtml(change ? change(html) : html), new URL(`https://www.tiktok.com/@${handle}`), now);
  expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
  return snapshot;
}

const facts = ({ creator }: Snapshot) => ({
  joinedAt: creator.joinedAt === null || creator.joinedAt === undefined ? creator.joinedAt : new Date(creator.joinedAt.value).toISOString(),
  sellerMarks: creator.sellerMarks,
  category: creator.category,
  country: creator.country,
});

describe('a young selling account (universal data, 2025-12)', () => {
  const snapshot = profile('profile-seller-universal-2025-12.html', 'sol.market');

  it('reads when it was made, its seller marks with the rendered shop tab, its category and its region', () => {
    expect(facts(snapshot)).toEqual({
      joinedAt: '2025-11-09T00:00:00.000Z',
      sellerMarks: ['commerce-account', 'seller', 'shop-tab'],
      category: 'Shopping & Retail',
      country: 'ES',
    });
    expect(snapshot.creator.joinedAt?.source).toBe('embedded-json');
    expect(snapshot.creator.followers).toEqual({ value: 820_412, min: 820_412, max: 820_412, source: 'embedded-json' });
  });

  it('never takes the viewer\'s region and language (webapp.app-context US, en) nor the app language (es)', () => {
    const viewerOnly = profile('profile-seller-universal-2025-12.html', 'sol.market', NOW, (html) => html.replace('"region":"ES",', ''));
    expect(viewerOnly.creator.country).toBeNull();
    expect(JSON.stringify(viewerOnly.creator)).not.toMatch(/"(US|en|es)"/);
  });

  it('says nothing of the shop tab when the header is another creator\'s', () => {
    const otherHeader = profile('profile-seller-universal-2025-12.html', 'sol.market', NOW, (html) =>
      html.replace('<h1 data-e2e="user-title" class="css-1xhp6ib-7937d88b--H1ShareTitle">sol.market</h1>', '<h1 data-e2e="user-title">other.shop</h1>'),
    );
    expect(otherHeader.creator.sellerMarks).toEqual(['commerce-account', 'seller']);
  });

  it('reads [] where the data says false for every mark it carries, and no shop tab is shown', () => {
    const notSelling = profile('profile-seller-universal-2025-12.html', 'sol.market', NOW, (html) =>
      html.replace('"commerceUser":true', '"commerceUser":false').replace('"ttSeller":true', '"ttSeller":false').replace(/<p data-e2e="shop-tab"[^<]*<\/p>/, ''),
    );
    expect(notSelling.creator.sellerMarks).toEqual([]);
  });

  it('takes no creation time after the reading, nor a zero one', () => {
    const before = profile('profile-seller-universal-2025-12.html', 'sol.market', Date.UTC(2025, 10, 1));
    expect(before.creator.joinedAt).toBeNull();
    const zero = profile('profile-seller-universal-2025-12.html', 'sol.market', NOW, (html) => html.replace('"createTime":1762646400', '"createTime":0'));
    expect(zero.creator.joinedAt).toBeNull();
  });
});

describe('other forms of the data', () => {
  it('SIGI_STATE (2021-23): the user of the address, not the viewer\'s AppContext region PT', () => {
    expect(facts(profile('profile-sigi-commerce-2023-02.html', 'bia.beleza'))).toEqual({
      joinedAt: '2021-03-14T00:00:00.000Z',
      sellerMarks: ['commerce-account'],
      category: 'Beauty',
      country: 'BR',
    });
  });

  it('__NEXT_DATA__ (2021): the creation time only; the viewer\'s $region NL is not the creator\'s country', () => {
    expect(facts(profile('profile-next-data-2021-01.html', 'tiktok'))).toEqual({
      joinedAt: '2015-02-28T17:22:29.000Z',
      sellerMarks: null,
      category: null,
      country: null,
    });
  });

  it('a page without data says nothing of them (null, never a guess)', () => {
    expect(facts(profile('profile-dom-only-2024-03.html', 'nora.runs'))).toEqual({ joinedAt: null, sellerMarks: null, category: null, country: null });
  });

  it('a video page reads them from the author when the author is the creator in the address', () => {
    const url = new URL('https://www.tiktok.com/@lena.makeup/video/7301000000000001111');
    const html = fixture('tiktok/video-universal-2025-06.html').replace(
      '"uniqueId": "lena.makeup"',
      '"uniqueId": "lena.makeup", "createTime": 1600000000, "ttSeller": true, "region": "TW"',
    );
    const snapshot = extractTikTokVideo(parseHtml(html), url, NOW);
    expect(facts(snapshot)).toEqual({ joinedAt: '2020-09-13T12:26:40.000Z', sellerMarks: ['seller'], category: null, country: 'TW' });
    const otherAuthor = extractTikTokVideo(parseHtml(html.replace('"uniqueId": "lena.makeup"', '"uniqueId": "someone.else"')), url, NOW);
    expect(facts(otherAuthor)).toEqual({ joinedAt: null, sellerMarks: null, category: null, country: null });
  });
});
