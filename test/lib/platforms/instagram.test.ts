// What Creator Lens reads from each Instagram page variant it has met, as the user sees it in
// the score card: exact or rounded counts, posts with their figures, paid partnerships, what is
// missing and why, and never the figures of a page the app navigated away from.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { english } from '../../../lib/i18n';
import type { Readiness } from '../../../lib/platforms/types';
import { instagramSite } from '../../../lib/platforms/instagram';
import { extractInstagramPost } from '../../../lib/platforms/instagram/post';
import { extractInstagramProfile } from '../../../lib/platforms/instagram/profile';
import { instagramReadiness } from '../../../lib/platforms/instagram/readiness';
import { firstCount, splitDescription } from '../../../lib/platforms/instagram/meta';
import { PageError } from '../../../lib/i18n/text';
import { SnapshotSchema, type Count, type Snapshot } from '../../../lib/schema/snapshot';
import { TEXT_LIMITS } from '../../../lib/schema/limits';
import { commentQuality } from '../../../lib/scoring/comments';

const NOW = Date.UTC(2025, 5, 20, 9, 30);
const doc = (name: string) => parseHtml(fixture(`instagram/${name}`));

/** Reads a fixture through the reader instagramSite picks for the URL, as its page reader script does. */
function read(name: string, href: string, page: Document = doc(name)): Snapshot {
  const url = new URL(href);
  const answer = instagramSite(url);
  if (answer === null || !('reader' in answer)) throw new Error(`no reader for ${href}`);
  return answer.reader.extract(page, url, NOW);
}

function expectValid(snapshot: Snapshot): void {
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
}

const exact = (value: number, source: Count['source']): Count => ({ value, min: value, max: value, source });
/** Why `field` is missing, in English words; undefined when it is not missing. */
const missingReason = (snapshot: Snapshot, field: string) => {
  const entry = snapshot.missing.find((missing) => missing.field === field);
  return entry && english(entry.reason);
};
const noticesOf = (snapshot: Snapshot) => snapshot.notices.map(english);
/** What a page that is not ready is waiting for, in English words; null when it is ready. */
const waitingFor = (state: Readiness) => (state.ready ? null : english(state.waitingFor));

/** Every number anywhere in a value, however deep. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('logged-out profile with window._sharedData (2021)', () => {
  const snapshot = read('profile-sharedData-2021-04.html', 'https://www.instagram.com/_tanshio_/');

  it('is a valid snapshot of the profile in the URL, read from the page data', () => {
    expectValid(snapshot);
    expect(snapshot).toMatchObject({ platform: 'instagram', pageKind: 'profile', lang: 'en', capturedAt: NOW });
    expect(snapshot.url).toBe('https://www.instagram.com/_tanshio_/');
    expect(snapshot.creator.handle).toBe('_tanshio_');
    expect(snapshot.sources).toEqual(['embedded-json:shared-data', 'json-ld', 'meta']);
    expect(snapshot.notices).toEqual([]);
  });

  it('shows exact follower, following and post counts', () => {
    expect(snapshot.creator.followers).toEqual(exact(22, 'embedded-json'));
    expect(snapshot.creator.following).toEqual(exact(9, 'embedded-json'));
    expect(snapshot.creator.postCount).toEqual(exact(1, 'embedded-json'));
  });

  it('reads name, link and flags, and says Instagram has no total like count', () => {
    expect(snapshot.creator).toMatchObject({
      displayName: 'tanshio',
      bio: null,
      bioLinks: ['https://tanshio.net/'],
      email: null,
      verified: false,
      privateAccount: false,
      totalLikes: null,
    });
    expect(snapshot.missing.map((entry) => [entry.field, english(entry.reason)])).toEqual([['totalLikes', "Instagram does not show a creator's total like count"]]);
  });

  it('lists the post from the data with its stated figures, exact date and caption tags', () => {
    expect(snapshot.posts).toEqual([
      expect.objectContaining({
        id: 'Bb6ZRzAHqRX',
        url: 'https://www.instagram.com/p/Bb6ZRzAHqRX/',
        views: null,
        // The data states these zeros; they are not a default for something unread.
        likes: exact(0, 'embedded-json'),
        comments: exact(0, 'embedded-json'),
        publishedAt: exact(1_511_600_443_000, 'embedded-json'),
        sponsored: null,
        caption: '#generativeart #glsl',
        hashtags: ['generativeart', 'glsl'],
        mentions: [],
      }),
    ]);
  });

  it('still reads the exact follower count from JSON-LD when _sharedData is gone', () => {
    const page = doc('profile-sharedData-2021-04.html');
    page.querySelectorAll('script:not([src])').forEach((script) => {
      if (script.textContent?.includes('_sharedData')) script.remove();
    });
    const fromLd = read('', 'https://www.instagram.com/_tanshio_/', page);
    expect(fromLd.creator.followers).toEqual(exact(22, 'embedded-json'));
    expect(fromLd.creator.following).toEqual({ ...exact(9, 'text'), shown: '9' });
    expect(fromLd.sources).toEqual(['json-ld', 'meta']);
    expect(fromLd.posts).toEqual([]);
    expect(missingReason(fromLd, 'posts')).toMatch(/not rendered/);
  });

  it('is ready to read although nothing has rendered: the page data names the profile', () => {
    expect(instagramReadiness(doc('profile-sharedData-2021-04.html'), new URL('https://www.instagram.com/_tanshio_/'))).toEqual({ ready: true });
  });
});

describe('logged-out profile before rendering: only the description (2025), in four languages', () => {
  // Figures are read by position (followers, following, posts) whatever the words around them.
  it.each([
    {
      file: 'profile-meta-only-en-2025-06.html', handle: 'lena.park', lang: 'en', name: 'Lena Park',
      followers: { value: 1_200_000, min: 1_150_000, max: 1_249_999, shown: '1.2M' },
      following: { value: 843, min: 843, max: 843, shown: '843' },
      posts: { value: 1_204, min: 1_204, max: 1_204, shown: '1,204' },
    },
    {
      // "1,2 Mio." needs the locale-aware parseCount (de: comma decimal, "Mio." a million).
      file: 'profile-meta-only-de-2025-06.html', handle: 'alpen.kueche', lang: 'de', name: null,
      followers: { value: 1_200_000, min: 1_150_000, max: 1_249_999, shown: '1,2 Mio.' },
      following: { value: 268, min: 268, max: 268, shown: '268' },
      posts: { value: 3_468, min: 3_468, max: 3_468, shown: '3.468' },
    },
    {
      // "476.3 mil" needs the locale-aware parseCount (pt: "mil" a thousand).
      file: 'profile-meta-only-pt-BR-2025-06.html', handle: 'maquiagem.brasil_', lang: 'pt-BR', name: 'Maquiagem Brasil',
      followers: { value: 476_300, min: 476_250, max: 476_349, shown: '476.3 mil' },
      following: { value: 123, min: 123, max: 123, shown: '123' },
      posts: { value: 1_057, min: 1_057, max: 1_057, shown: '1057' },
    },
    {
      file: 'profile-meta-only-ja-2025-06.html', handle: 'sakura.cafe', lang: 'ja', name: 'さくらカフェ',
      followers: { value: 123_000, min: 122_500, max: 123_499, shown: '12.3万' },
      following: { value: 567, min: 567, max: 567, shown: '567' },
      posts: { value: 89, min: 89, max: 89, shown: '89' },
    },
  ])('$lang: rounded and exact counts as the description shows them', ({ file, handle, lang, name, followers, following, posts }) => {
    const snapshot = read(file, `https://www.instagram.com/${handle}/`);
    expectValid(snapshot);
    expect(snapshot.lang).toBe(lang);
    expect(snapshot.creator.followers).toEqual({ ...followers, source: 'text' });
    expect(snapshot.creator.following).toEqual({ ...following, source: 'text' });
    expect(snapshot.creator.postCount).toEqual({ ...posts, source: 'text' });
    expect(snapshot.creator.displayName).toBe(name);
    if (name === null) expect(missingReason(snapshot, 'displayName')).toMatch(/display name is not readable/);
    expect(snapshot.sources).toEqual(['meta']);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.posts).toEqual([]);
    expect(missingReason(snapshot, 'posts')).toBe('The post grid has not rendered and the page data lists no posts');
    expect(snapshot.creator.verified).toBeNull();
    expect(instagramReadiness(doc(file), new URL(`https://www.instagram.com/${handle}/`))).toEqual({ ready: true });
  });

  it('does not use a description that names another account, and says why', () => {
    const snapshot = read('profile-meta-only-en-2025-06.html', 'https://www.instagram.com/someone.else/');
    expectValid(snapshot);
    expect(snapshot.creator.followers).toBeNull();
    expect(snapshot.creator.displayName).toBeNull();
    expect(missingReason(snapshot, 'followers')).toBe('Nothing on this page describes @someone.else yet');
    expect(noticesOf(snapshot)).toEqual([expect.stringContaining('describes @lena.park')]);
  });
});

describe('rendered profile header (2025)', () => {
  const url = 'https://www.instagram.com/lena.park/';
  const snapshot = read('profile-rendered-header-2025-06.html', url);

  it('shows the exact follower count from the title attribute, not the rounded 1.2M', () => {
    expectValid(snapshot);
    expect(snapshot.creator.followers).toEqual(exact(1_234_567, 'attribute'));
    expect(snapshot.creator.following).toEqual({ ...exact(843, 'text'), shown: '843' });
    expect(snapshot.creator.postCount).toEqual({ ...exact(1_204, 'text'), shown: '1,204' });
    expect(snapshot.sources).toEqual(['meta', 'dom']);
  });

  it("reads the verified badge, the name from the title and the bio link behind Instagram's redirector", () => {
    expect(snapshot.creator.verified).toBe(true);
    expect(snapshot.creator.displayName).toBe('Lena Park');
    expect(snapshot.creator.bioLinks).toEqual(['https://lenapark.studio/shop']);
  });

  it('does not call the creator verified because suggested accounts beside the header are', () => {
    const page = doc('profile-rendered-header-2025-06.html');
    page.querySelector('header svg[aria-label="Verified"]')?.remove();
    expect(read('', url, page).creator.verified).toBe(false);
    // In a UI language whose badge label is unknown, a missing badge proves nothing.
    page.documentElement.setAttribute('lang', 'sv');
    expect(read('', url, page).creator.verified).toBeNull();
  });

  it('lists the grid in page order, the pinned post marked, reels under /reel/', () => {
    expect(snapshot.posts.map((post) => [post.id, post.url, post.pinned])).toEqual([
      ['DKa1bC2dE3f', 'https://www.instagram.com/p/DKa1bC2dE3f/', true],
      ['DKb2cD3eF4g', 'https://www.instagram.com/reel/DKb2cD3eF4g/', false],
      ['DKc3dE4fG5h', 'https://www.instagram.com/p/DKc3dE4fG5h/', false],
      ['DKd4eF5gH6i', 'https://www.instagram.com/p/DKd4eF5gH6i/', false],
      ['DKe5fG6hI7j', 'https://www.instagram.com/p/DKe5fG6hI7j/', false],
      ['DKf6gH7iJ8k', 'https://www.instagram.com/p/DKf6gH7iJ8k/', false],
    ]);
  });

  it('leaves grid likes and comments unknown (hidden by Instagram), never 0, and says so', () => {
    expect(snapshot.posts.every((post) => post.likes === null && post.comments === null && post.views === null)).toBe(true);
    expect(missingReason(snapshot, 'posts.likes')).toMatch(/hides like and comment counts on the profile grid/);
    expect(missingReason(snapshot, 'posts.comments')).toMatch(/open a post/);
    expect(missingReason(snapshot, 'posts.views')).toMatch(/Reels tab/);
  });

  it('reads the Tagged tab as the same profile but not its posts, which are other accounts\'', () => {
    const tagged = read('profile-rendered-header-2025-06.html', 'https://www.instagram.com/lena.park/tagged/');
    expectValid(tagged);
    expect(tagged.creator.followers).toEqual(exact(1_234_567, 'attribute'));
    expect(tagged.posts).toEqual([]);
    expect(missingReason(tagged, 'posts')).toMatch(/Tagged tab/);
  });
});

describe('profile with inlined Relay JSON (2025)', () => {
  const snapshot = read('profile-polaris-json-2025-06.html', 'https://www.instagram.com/lena.park/');

  it('shows exact counts, bio, links and e-mail from the profile query', () => {
    expectValid(snapshot);
    expect(snapshot.creator).toMatchObject({
      handle: 'lena.park',
      displayName: 'Lena Park',
      bio: 'Illustrator · picture books & murals 🎨\nCommissions: studio@lenapark.example',
      bioLinks: ['https://lenapark.studio/shop', 'https://patreon.com/lenapark'],
      email: 'studio@lenapark.example',
      verified: true,
      privateAccount: false,
      followers: exact(1_234_567, 'embedded-json'),
      following: exact(843, 'embedded-json'),
      postCount: exact(1_204, 'embedded-json'),
    });
    expect(snapshot.sources).toEqual(['embedded-json:relay', 'meta']);
    expect(snapshot.notices).toEqual([]);
  });

  it('takes nothing from the suggested accounts listed in the same data', () => {
    expect(numbersIn(snapshot)).not.toContain(88_123);
    expect(JSON.stringify(snapshot)).not.toMatch(/ink\.and\.wash|Watercolour/);
  });

  it('lists the posts with exact likes, comments, reel views, dates, pinned and paid marks', () => {
    expect(snapshot.posts.map((post) => ({
      id: post.id,
      likes: post.likes?.value ?? null,
      comments: post.comments?.value ?? null,
      views: post.views?.value ?? null,
      pinned: post.pinned,
      sponsored: post.sponsored,
    }))).toEqual([
      { id: 'DKa1bC2dE3f', likes: 18_342, comments: 412, views: null, pinned: true, sponsored: false },
      { id: 'DKb2cD3eF4g', likes: 9_130, comments: 188, views: 402_113, pinned: false, sponsored: false },
      { id: 'DKc3dE4fG5h', likes: 7_021, comments: 95, views: null, pinned: false, sponsored: true },
      { id: 'DKd4eF5gH6i', likes: null, comments: 64, views: null, pinned: false, sponsored: false },
    ]);
    expect(snapshot.posts[1]?.url).toBe('https://www.instagram.com/reel/DKb2cD3eF4g/');
    expect(snapshot.posts[0]?.publishedAt).toEqual(exact(1_749_740_400_000, 'embedded-json'));
    expect(snapshot.posts[0]).toMatchObject({ hashtags: ['mural', 'lisbon'], mentions: ['street.walls'] });
  });

  it('leaves the likes of a post with like counts turned off unknown (not 0) and says why', () => {
    expect(snapshot.posts[3]?.likes).toBeNull();
    expect(missingReason(snapshot, 'posts.likes')).toBe('The creator turned off like counts on some posts');
  });
});

describe('Reels tab (2025)', () => {
  const snapshot = read('profile-reels-tab-2025-06.html', 'https://www.instagram.com/mila.moves/reels/');

  it('reads the profile in the header: the reels tab is the same creator', () => {
    expectValid(snapshot);
    expect(snapshot.url).toBe('https://www.instagram.com/mila.moves/');
    expect(snapshot.creator.followers).toEqual(exact(85_310, 'attribute'));
    expect(snapshot.creator.following).toMatchObject({ value: 1_021, min: 1_021, max: 1_021 });
  });

  it("reads each tile's view count with its precision, whatever the icon label's case", () => {
    expect(snapshot.posts.map((post) => post.views && [post.views.value, post.views.min, post.views.max, post.views.shown])).toEqual([
      [2_400_000, 2_350_000, 2_449_999, '2.4M'],
      [48_100, 48_050, 48_149, '48.1K'],
      [9_870, 9_870, 9_870, '9,870'],
      null,
      [640, 640, 640, '640'],
    ]);
    expect(snapshot.posts.every((post) => post.url.startsWith('https://www.instagram.com/reel/DLa'))).toBe(true);
  });

  it('marks only the first tile pinned and reports the unreadable view count', () => {
    expect(snapshot.posts.map((post) => post.pinned)).toEqual([true, false, false, false, false]);
    expect(missingReason(snapshot, 'posts.views')).toBe('Some reels in the grid show no readable view count');
  });
});

describe('stale page data after in-app navigation (2025)', () => {
  const html = fixture('instagram/profile-stale-2025-06.html');
  const snapshot = read('', 'https://www.instagram.com/second.maker/', parseHtml(html));

  const FIRST_NUMBERS = [
    731_245, 731_000, 730_500, 731_499, 88, 402, 61_211, 953, 4_403, 334, 2_210_037, 1_749_000_000_000, 1_748_000_000_000,
  ];
  const FIRST_TEXTS = ['first.maker', 'First Maker', 'gadget', 'first-maker.example', 'first@maker.example', 'DMf0000011', 'DMf0000022'];

  it("the fixture really carries @first.maker's data", () => {
    expect(html).toContain('"username":"first.maker"');
    expect(html).toContain('"follower_count":731245');
    expect(html).toContain('731K Followers');
  });

  it("shows @second.maker's figures from the visible header and grid", () => {
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('second.maker');
    expect(snapshot.creator.followers).toEqual(exact(23_614, 'attribute'));
    expect(snapshot.creator.following).toEqual({ ...exact(198, 'text'), shown: '198' });
    expect(snapshot.creator.postCount).toEqual({ ...exact(57, 'text'), shown: '57' });
    expect(snapshot.posts.map((post) => post.id)).toEqual(['DMs0000101', 'DMs0000202']);
    expect(snapshot.sources).toEqual(['dom']);
  });

  it('takes nothing from @first.maker: no number, name, bio, link, badge or post', () => {
    const numbers = numbersIn(snapshot);
    for (const number of FIRST_NUMBERS) expect(numbers, `number ${number}`).not.toContain(number);
    const serialised = JSON.stringify({ ...snapshot, notices: [] });
    for (const text of FIRST_TEXTS) expect(serialised, `text ${text}`).not.toContain(text);
    expect(snapshot.creator).toMatchObject({ displayName: null, bio: null, bioLinks: [], email: null, verified: false });
    expect(snapshot.posts.some((post) => post.pinned || post.sponsored !== null)).toBe(false);
    expect(missingReason(snapshot, 'displayName')).toMatch(/not readable/);
  });

  it('tells the user the page data described another creator and was left out', () => {
    expect(noticesOf(snapshot)).toEqual([
      'Data Instagram left in the page describes @first.maker (it stays after in-app navigation), so only what names @second.maker was read.',
    ]);
  });

  it('takes no grid tile that does not name its creator unless the header shows the URL\'s creator', () => {
    const page = parseHtml(html);
    // Tiles as linked up to 2023: "/p/CODE/", without the creator's handle.
    page.querySelectorAll('main a[href*="/p/"], main a[href*="/reel/"]').forEach((tile) => {
      tile.setAttribute('href', (tile.getAttribute('href') ?? '').replace(/^\/[^/]+\//, '/'));
    });
    expect(read('', 'https://www.instagram.com/third.maker/', page).posts).toEqual([]);
    page.querySelector('header')?.remove();
    expect(read('', 'https://www.instagram.com/third.maker/', page).posts).toEqual([]);
  });

  it('is not ready while the header still shows the previous creator', () => {
    const page = parseHtml(html);
    expect(instagramReadiness(page, new URL('https://www.instagram.com/second.maker/'))).toEqual({ ready: true });
    expect(waitingFor(instagramReadiness(page, new URL('https://www.instagram.com/third.maker/')))).toBe(
      'the page still shows @second.maker, not @third.maker',
    );
  });

  it('is not ready while nothing names the profile yet', () => {
    const page = parseHtml('<html lang="en"><head><title>Instagram</title></head><body><div id="mount_0_0_x"></div></body></html>');
    expect(waitingFor(instagramReadiness(page, new URL('https://www.instagram.com/second.maker/')))).toBe('the profile header has not rendered yet');
  });
});

describe('rendered post with a paid partnership (2025)', () => {
  const href = 'https://www.instagram.com/p/DJx7Qm2sT1a/';
  const snapshot = read('post-2025-06.html', href);
  const post = snapshot.posts[0];

  it('is a valid snapshot of one post by the creator in its header', () => {
    expectValid(snapshot);
    expect(snapshot).toMatchObject({ pageKind: 'post', url: href });
    expect(snapshot.posts).toHaveLength(1);
    expect(snapshot.creator).toMatchObject({ handle: 'nora.bakes', displayName: 'Nora Bakes', verified: true });
    expect(snapshot.sources).toEqual(['meta', 'dom']);
    expect(snapshot.notices).toEqual([]);
  });

  it('shows the exact like count from the post, not the rounded 12K of the description', () => {
    expect(post?.likes).toEqual({ ...exact(12_408, 'text'), shown: '12,408' });
    expect(post?.comments).toEqual({ ...exact(318, 'text'), shown: '318' });
    expect(post?.views).toBeNull();
  });

  it('reads the exact time, the paid partnership, the caption and its tags', () => {
    expect(post?.publishedAt).toEqual(exact(Date.parse('2025-05-14T16:02:11.000Z'), 'attribute'));
    expect(post?.sponsored).toBe(true);
    expect(post?.caption).toBe('Rye sourdough, 36 h cold proof 🍞 #sourdough #rye with flour from @millhouse.flour');
    expect(post?.hashtags).toEqual(['sourdough', 'rye']);
    expect(post?.mentions).toEqual(['millhouse.flour']);
  });

  it("reads the top-level comments in page order, without the owner's caption or the reply under a comment", () => {
    expect(post?.visibleComments).toEqual([
      'That crumb!! 😍',
      'Is the rye flour from @millhouse.flour stone-milled? Baking this on Saturday',
      '😍😍',
      'nice pic',
      '@amy @jo',
      'wow 🔥',
      'Lindo!! 😍',
      '😍😍',
      'How long did the levain sit before mixing?',
      'nice pic',
    ]);
    expect(commentQuality(post?.visibleComments ?? [])).toMatchObject({ total: 10, lowQuality: 7, lowQualityShare: 0.7 });
  });

  it("says the creator's counts are on their profile, not on a post page", () => {
    expect(snapshot.creator.followers).toBeNull();
    expect(missingReason(snapshot, 'followers')).toBe("A post page does not show the follower count; open @nora.bakes's profile");
    expect(missingReason(snapshot, 'totalLikes')).toMatch(/total like count/);
  });

  it('does not call a post unsponsored when it shows no label: the page does not say', () => {
    const page = doc('post-2025-06.html');
    page.querySelector('header div > span[dir="auto"]')?.remove();
    expect(read('', href, page).posts[0]?.sponsored).toBeNull();
  });

  it("waits for a post opened from a profile grid, and then takes none of the profile's figures", () => {
    const grid = doc('profile-rendered-header-2025-06.html');
    const opened = new URL('https://www.instagram.com/lena.park/p/DKc3dE4fG5h/');
    expect(waitingFor(instagramReadiness(grid, opened))).toBe('the post has not rendered yet');
    const early = read('', opened.href, grid);
    expectValid(early);
    expect(early.creator.handle).toBe('lena.park');
    expect(numbersIn(early)).not.toContain(1_234_567);
    expect(numbersIn(early.posts)).toEqual([]);
    expect(noticesOf(early)).toEqual([expect.stringContaining("describes @lena.park's profile")]);
  });

  it('is not ready while another post is still on screen', () => {
    const page = doc('post-2025-06.html');
    expect(instagramReadiness(page, new URL(href))).toEqual({ ready: true });
    expect(waitingFor(instagramReadiness(page, new URL('https://www.instagram.com/p/DJw1111111a/')))).toBe(
      'the page still shows another post (DJx7Qm2sT1a)',
    );
  });
});

describe('reel with inlined API data (2025)', () => {
  const href = 'https://www.instagram.com/reel/DKr9Xy7uVw2/';
  const snapshot = read('reel-2025-06.html', href);

  it('shows exact plays, likes, comments and date, and an explicit "not a paid partnership"', () => {
    expectValid(snapshot);
    expect(snapshot.url).toBe(href);
    expect(snapshot.posts).toEqual([
      expect.objectContaining({
        id: 'DKr9Xy7uVw2',
        views: exact(1_843_220, 'embedded-json'),
        likes: exact(95_310, 'embedded-json'),
        comments: exact(1_204, 'embedded-json'),
        publishedAt: exact(1_748_880_000_000, 'embedded-json'),
        sponsored: false,
        hashtags: ['mobility', 'reels'],
        mentions: ['yoga.mats.co'],
      }),
    ]);
    expect(snapshot.creator).toMatchObject({ handle: 'mila.moves', displayName: 'Mila Moves', verified: false });
    expect(snapshot.sources).toEqual(['embedded-json:relay', 'meta']);
  });

  it('is the same reel, with the same reader key, under /reels/ and /name/reel/ addresses', () => {
    const keys = ['https://www.instagram.com/reels/DKr9Xy7uVw2/', 'https://www.instagram.com/mila.moves/reel/DKr9Xy7uVw2/?igsh=abc', href].map(
      (address) => {
        const answer = instagramSite(new URL(address));
        return answer && 'reader' in answer ? answer.reader.key : null;
      },
    );
    expect(keys).toEqual(['post:DKr9Xy7uVw2', 'post:DKr9Xy7uVw2', 'post:DKr9Xy7uVw2']);
    expect(read('reel-2025-06.html', 'https://www.instagram.com/reels/DKr9Xy7uVw2/').posts[0]?.views?.value).toBe(1_843_220);
  });

  it("uses none of the reel's figures on another reel's address", () => {
    const other = read('reel-2025-06.html', 'https://www.instagram.com/mila.moves/reel/DKq1111111a/');
    expectValid(other);
    const figures = numbersIn(other.posts);
    for (const number of [1_843_220, 95_310, 1_204, 95_000, 1_748_880_000_000]) expect(figures).not.toContain(number);
    expect(noticesOf(other).join(' ')).toMatch(/describes the post DKr9Xy7uVw2/);
  });

  it('says it cannot tell whose post it is rather than inventing a creator', () => {
    const blank = parseHtml('<html lang="en"><body><div id="mount_0_0_x"></div></body></html>');
    let thrown: unknown;
    try {
      extractInstagramPost(blank, new URL('https://www.instagram.com/p/DKr9Xy7uVw2/'), NOW);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PageError);
    expect(english((thrown as PageError).text)).toMatch(/whose post/);
    expect(waitingFor(instagramReadiness(blank, new URL('https://www.instagram.com/p/DKr9Xy7uVw2/')))).toBe('the post has not rendered yet');
  });
});

describe('logged-out post before rendering, German UI (2025)', () => {
  const snapshot = read('post-meta-only-de-2025-06.html', 'https://www.instagram.com/p/DHk2Lm9pQr4/');

  it('reads likes and comments by position, in German number format', () => {
    expectValid(snapshot);
    expect(snapshot.lang).toBe('de');
    expect(snapshot.posts[0]?.likes).toEqual({ ...exact(1_234, 'text'), shown: '1.234' });
    expect(snapshot.posts[0]?.comments).toEqual({ ...exact(56, 'text'), shown: '56' });
    expect(snapshot.sources).toEqual(['meta']);
  });

  it('takes the creator from "(@name)", not from a mention in the caption', () => {
    expect(snapshot.creator).toMatchObject({ handle: 'alpen.kueche', displayName: 'Alpen Küche' });
    expect(snapshot.posts[0]?.caption).toBe('Kaiserschmarrn wie bei Oma 🥞 #kaiserschmarrn #tirol mit @bergbauer.milch');
    expect(snapshot.posts[0]?.mentions).toEqual(['bergbauer.milch']);
  });

  it('leaves what the description does not say unknown, with reasons', () => {
    expect(snapshot.posts[0]).toMatchObject({ publishedAt: null, sponsored: null, views: null });
    expect(missingReason(snapshot, 'posts.publishedAt')).toMatch(/date/);
    expect(missingReason(snapshot, 'posts.views')).toBeUndefined();
  });
});

describe('Instagram addresses', () => {
  it.each([
    ['https://www.instagram.com/lena.park/', 'profile', 'lena.park'],
    ['https://www.instagram.com/lena.park', 'profile', 'lena.park'],
    ['https://instagram.com/Lena.Park/?hl=de', 'profile', 'lena.park'],
    ['https://www.instagram.com/lena.park/reels/', 'profile', 'lena.park'],
    ['https://www.instagram.com/lena.park/tagged/', 'profile', 'lena.park'],
    ['https://www.instagram.com/lena.park/followers/', 'profile', 'lena.park'],
    ['https://www.instagram.com/p/DJx7Qm2sT1a/', 'post', 'post:DJx7Qm2sT1a'],
    ['https://www.instagram.com/p/DJx7Qm2sT1a', 'post', 'post:DJx7Qm2sT1a'],
    ['https://www.instagram.com/p/DJx7Qm2sT1a/?img_index=2&utm_source=ig_web_copy_link', 'post', 'post:DJx7Qm2sT1a'],
    ['https://www.instagram.com/nora.bakes/p/DJx7Qm2sT1a/', 'post', 'post:DJx7Qm2sT1a'],
    ['https://www.instagram.com/reel/DKr9Xy7uVw2/', 'post', 'post:DKr9Xy7uVw2'],
    ['https://www.instagram.com/tv/B_abc12345/', 'post', 'post:B_abc12345'],
  ])('%s -> %s reader keyed %s', (href, pageKind, key) => {
    const answer = instagramSite(new URL(href));
    expect(answer && 'reader' in answer ? [answer.reader.pageKind, answer.reader.key] : answer).toEqual([pageKind, key]);
  });

  it.each([
    ['https://www.instagram.com/', /home feed/],
    ['https://www.instagram.com/explore/', /\/explore\/\) is not a creator's profile or post/],
    ['https://www.instagram.com/explore/tags/sourdough/', /not a creator's profile/],
    ['https://www.instagram.com/reels/', /not a creator's profile/],
    ['https://www.instagram.com/accounts/login/?next=%2Flena.park%2F', /not a creator's profile/],
    ['https://www.instagram.com/direct/inbox/', /not a creator's profile/],
    ['https://www.instagram.com/about/', /not a creator's profile/],
    ['https://www.instagram.com/developer/', /not a creator's profile/],
    ['https://www.instagram.com/legal/privacy/', /not a creator's profile/],
    ['https://www.instagram.com/stories/lena.park/3412345678901234567/', /story by @lena\.park\. Open their profile/],
    ['https://www.instagram.com/p/x/', /not a creator's profile/],
    ['https://www.instagram.com/lena.park/saved/all-posts/', /not their profile or one of their posts/],
    ['https://www.instagram.com/not a handle!/', /does not name a creator/],
  ])('%s is not readable, with a plain sentence', (href, sentence) => {
    const answer = instagramSite(new URL(href));
    expect(answer && 'unsupported' in answer ? english(answer.unsupported) : answer).toMatch(sentence);
  });

  it.each(['https://www.tiktok.com/@lena.park', 'https://m.instagram.com/lena.park/', 'https://instagram.com.example.net/lena.park/', 'https://help.instagram.com/'])(
    '%s is not answered by the Instagram reader',
    (href) => expect(instagramSite(new URL(href))).toBeNull(),
  );
});

describe('description figures by position, in any language', () => {
  it.each([
    ['es', '12,5 mil seguidores, 310 seguidos, 1.024 publicaciones - Ver fotos y videos de Instagram de Café Luna (@cafe.luna)', 'cafe.luna', [[12_450, 12_549], [310, 310], [1_024, 1_024]]],
    ['fr', '7 283 abonnés, 919 abonnements, 1 162 publications - Découvrez les photos et vidéos Instagram de Figaro Voyage (@lefigarovoyages)', 'lefigarovoyages', [[7_283, 7_283], [919, 919], [1_162, 1_162]]],
    ['fr', '3,960 abonnés, 843 abonnements, 1,082 publications - Voir les photos et vidéos Instagram de @radarboy3000', 'radarboy3000', [[3_960, 3_960], [843, 843], [1_082, 1_082]]],
    ['pt-BR', '1,2 mil seguidores, 300 seguindo, 88 publicações - Ferragens do Bairro (@ferragensdobairro) no Instagram: "Tudo para sua obra"', 'ferragensdobairro', [[1_150, 1_249], [300, 300], [88, 88]]],
    ['ko', '팔로워 1,234명, 팔로우 567명, 게시물 89개 - 민지(@minji.draws)님의 Instagram 사진 및 동영상 보기', 'minji.draws', [[1_234, 1_234], [567, 567], [89, 89]]],
    ['zh-CN', '1,234 位粉丝、567 已关注、89 篇帖子 - 查看 Lin (@lin.eats) 的 Instagram 照片和视频', 'lin.eats', [[1_234, 1_234], [567, 567], [89, 89]]],
    ['en', '307M Followers, 190 Following, 1407 Posts - See Instagram photos and videos from Nike (@nike)', 'nike', [[306_500_000, 307_499_999], [190, 190], [1_407, 1_407]]],
  ])('%s: %s', (lang, text, handle, ranges) => {
    const description = splitDescription(text, lang);
    expect(description?.handle).toBe(handle);
    expect(description?.parts.map((part) => part.count && [part.count.min, part.count.max])).toEqual(ranges);
  });

  it('reads the bio quoted in the newer description and the name that opens it', () => {
    const description = splitDescription('1,2 mil seguidores, 300 seguindo, 88 publicações - Ferragens do Bairro (@ferragensdobairro) no Instagram: "Tudo para sua obra"', 'pt-BR');
    expect(description).toMatchObject({ nameBeforeHandle: 'Ferragens do Bairro', quote: 'Tudo para sua obra' });
    // In "See … from Name (@name)" the phrase before the name is not a name.
    expect(splitDescription('22 Followers, 9 Following, 1 Posts - See Instagram photos and videos from tanshio (@_tanshio_)', 'en')?.nameBeforeHandle).toBeNull();
  });

  it('keeps an unreadable figure unknown instead of reading part of it', () => {
    expect(firstCount('Followers', 'en')).toBeNull();
    expect(firstCount('12X followers', 'en')).toBeNull();
  });
});

describe('odd markup', () => {
  const profile = 'https://www.instagram.com/lena.park/';

  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['broken page data', '<html><body><script type="application/json">{"require":[["PolarisProfilePageContentQuery", {"user":</script><script>window._sharedData = {oops;</script></body></html>'],
    ['data of the wrong shape', '<html><body><script type="application/json">{"user":{"username":"lena.park","follower_count":"lots","following_count":-3,"media_count":1.5,"bio_links":"x"}}</script></body></html>'],
    ['a header with odd text', '<html lang="en"><body><main><header><h2>lena.park</h2><ul><li>many posts</li><li><a href="/lena.park/followers/"><span title="a lot">—</span></a></li><li></li></ul></header></main></body></html>'],
  ])('%s: a valid snapshot with every figure unknown, never 0', (_, html) => {
    const snapshot = extractInstagramProfile(parseHtml(html), new URL(profile), NOW);
    expectValid(snapshot);
    expect(snapshot.creator.followers).toBeNull();
    expect(snapshot.creator.following).toBeNull();
    expect(snapshot.creator.postCount).toBeNull();
    expect(snapshot.missing.map((entry) => entry.field)).toEqual(expect.arrayContaining(['followers', 'following', 'postCount', 'totalLikes']));
  });

  it('clips long text and keeps at most 500 posts', () => {
    const tiles = Array.from({ length: 620 }, (_, index) => `<a href="/lena.park/p/Cx${String(index).padStart(6, '0')}/">tile</a>`).join('');
    const user = { username: 'lena.park', full_name: 'N'.repeat(500), biography: 'B'.repeat(5000), follower_count: 10 };
    const html = `<html lang="en"><body><main><header><h2>lena.park</h2></header>${tiles}</main><script type="application/json">${JSON.stringify({ user })}</script></body></html>`;
    const snapshot = extractInstagramProfile(parseHtml(html), new URL(profile), NOW);
    expectValid(snapshot);
    expect(snapshot.posts).toHaveLength(500);
    expect(snapshot.creator.bio).toHaveLength(TEXT_LIMITS.bio);
    expect(snapshot.creator.displayName).toHaveLength(TEXT_LIMITS.name);
    expect(snapshot.creator.followers).toEqual(exact(10, 'embedded-json'));
  });
});
