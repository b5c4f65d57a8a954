// What Creator Lens reads from each TikTok profile page variant it has met, as the user sees
// it in the score card: counts with their precision, bio, pinned videos, and what is missing.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { english } from '../../../lib/i18n';
import { extractTikTokProfile, tiktokReadiness } from '../../../lib/platforms/tiktok/profile';
import { parseTikTokUrl, type TikTokPage } from '../../../lib/platforms/tiktok/url';
import { SnapshotSchema, type Count, type Snapshot } from '../../../lib/schema/snapshot';

const NOW = Date.UTC(2025, 5, 20, 9, 30);
const fixtureHtml = (name: string) => fixture(`tiktok/${name}`);
const parse = parseHtml;

function profileUrl(handle: string): URL {
  return new URL(`https://www.tiktok.com/@${handle}`);
}

function extract(fixture: string, handle: string): Snapshot {
  return extractTikTokProfile(parse(fixtureHtml(fixture)), profileUrl(handle), NOW);
}

function expectValid(snapshot: Snapshot): void {
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
}

function exact(value: number, source: Count['source']): Count {
  return { value, min: value, max: value, source };
}

/** Why `field` is missing, in English words; undefined when it is not missing. */
function missingReason(snapshot: Snapshot, field: string): string | undefined {
  const entry = snapshot.missing.find((missing) => missing.field === field);
  return entry && english(entry.reason);
}

/** Every number anywhere in a value, however deep. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('universal data (2025): exact figures from statsV2', () => {
  const snapshot = extract('profile-universal-2025-06.html', 'lena.makeup');

  it('is a valid snapshot of the profile in the URL', () => {
    expectValid(snapshot);
    expect(snapshot.platform).toBe('tiktok');
    expect(snapshot.url).toBe('https://www.tiktok.com/@lena.makeup');
    expect(snapshot.capturedAt).toBe(NOW);
    expect(snapshot.creator.handle).toBe('lena.makeup');
    expect(snapshot.sources).toEqual(expect.arrayContaining(['embedded-json:universal', 'dom']));
    expect(snapshot.notices).toEqual([]);
  });

  it('shows the exact follower, like and video counts instead of the rounded ones on screen', () => {
    expect(snapshot.creator.followers).toEqual(exact(48_213, 'embedded-json'));
    expect(snapshot.creator.totalLikes).toEqual(exact(1_287_450, 'embedded-json'));
    expect(snapshot.creator.postCount).toEqual(exact(214, 'embedded-json'));
    expect(snapshot.creator.following).toMatchObject({ value: 312, min: 312, max: 312 });
  });

  it('reads name, bio, bio link and flags', () => {
    expect(snapshot.creator.displayName).toBe('莉娜 Lena');
    expect(snapshot.creator.bio).toBe('Makeup for monolids 💄 | 中文/English\nBusiness: lena.collabs@example.com');
    expect(snapshot.creator.bioLinks).toEqual(['linktr.ee/lenamakeup']);
    expect(snapshot.creator.email).toBe('lena.collabs@example.com');
    expect(snapshot.creator.verified).toBe(false);
    expect(snapshot.creator.privateAccount).toBe(false);
  });

  it('lists the grid in page order with the pinned video marked', () => {
    expect(snapshot.posts).toHaveLength(12);
    expect(snapshot.posts.map((post) => post.pinned)).toEqual([true, ...Array<boolean>(11).fill(false)]);
    expect(snapshot.posts[0]).toMatchObject({
      id: '7301000000000000000',
      url: 'https://www.tiktok.com/@lena.makeup/video/7301000000000000000',
      views: { value: 1_200_000, min: 1_150_000, max: 1_249_999, source: 'text', shown: '1.2M' },
    });
    expect(snapshot.posts[1]?.views).toMatchObject({ value: 5_100, min: 5_050, max: 5_149 });
    expect(snapshot.missing).toEqual([]);
  });
});

describe('DOM only (2024): compact counts from the rendered page', () => {
  const snapshot = extract('profile-dom-only-2024-03.html', 'nora.runs');

  it('is a valid snapshot read from the visible page alone', () => {
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['dom']);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.creator.handle).toBe('nora.runs');
  });

  it('gives rounded counts as ranges and keeps the text the page showed', () => {
    expect(snapshot.creator.followers).toEqual({ value: 85_300, min: 85_250, max: 85_349, source: 'text', shown: '85.3K' });
    expect(snapshot.creator.totalLikes).toEqual({
      value: 1_200_000,
      min: 1_150_000,
      max: 1_249_999,
      source: 'text',
      shown: '1.2M',
    });
    expect(snapshot.creator.following).toEqual({ value: 412, min: 412, max: 412, source: 'text', shown: '412' });
  });

  it('does not call the creator verified because a verified account is listed in the side navigation', () => {
    const doc = parse(fixtureHtml('profile-dom-only-2024-03.html'));
    // The creator is not verified: no badge next to the title...
    doc.querySelector('svg[class*="VerifyBadge"]')?.parentElement?.remove();
    // ...but TikTok's side navigation ("Following accounts" / "Suggested accounts") shows the same
    // hashed StyledVerifyBadge svg next to each verified account it lists.
    const nav = doc.createElement('div');
    nav.innerHTML =
      '<div class="tiktok-1b4xcc5-DivUserContainer e18r5yw20"><a href="/@tiktok" class="tiktok-1y0rvcs-StyledLink e18r5yw23">' +
      '<h4 class="tiktok-10h5u5a-H4UniqueId e18r5yw26">tiktok<svg class="tiktok-shsbhf-StyledVerifyBadge e1aglo370" width="14" height="14"></svg></h4>' +
      '<p class="tiktok-zmnx6g-PNickname e18r5yw27">TikTok</p></a></div>';
    doc.body.prepend(nav);
    const snapshot = extractTikTokProfile(doc, profileUrl('nora.runs'), NOW);
    expect(snapshot.creator.verified).toBe(false);
  });

  it('says the video count is unknown rather than guessing it', () => {
    expect(snapshot.creator.postCount).toBeNull();
    expect(missingReason(snapshot, 'postCount')).toMatch(/embedded page data/);
  });

  it('reads the verified badge, name, bio and the bio link destination (not TikTok\'s redirector)', () => {
    expect(snapshot.creator.verified).toBe(true);
    expect(snapshot.creator.displayName).toBe('Nora Lindqvist');
    expect(snapshot.creator.bio).toBe('Marathon coach 🏃‍♀️ Stockholm\nFree 5K plan ⬇️');
    expect(snapshot.creator.bioLinks).toEqual(['nora.run/plan']);
    expect(snapshot.creator.privateAccount).toBeNull();
  });

  it('reads all eight grid items, photo posts included, in page order', () => {
    expect(snapshot.posts.map((post) => post.id)).toEqual([
      '7340000000000000001',
      '7340000000000000002',
      '7340000000000000003',
      '7340000000000000004',
      '7340000000000000005',
      '7340000000000000006',
      '7340000000000000007',
      '7340000000000000008',
    ]);
  });

  it('marks only the video with the "Pinned" badge as pinned, not the "Sponsored" one', () => {
    expect(snapshot.posts.filter((post) => post.pinned).map((post) => post.id)).toEqual(['7340000000000000001']);
    expect(snapshot.posts[1]?.pinned).toBe(false);
  });

  it('reads each card\'s views with its precision', () => {
    const views = snapshot.posts.map((post) => post.views && [post.views.value, post.views.min, post.views.max]);
    expect(views).toEqual([
      [2_400_000, 2_350_000, 2_449_999],
      [48_100, 48_050, 48_149],
      [12_300, 12_250, 12_349],
      null,
      [9_870, 9_870, 9_870],
      [31_000, 30_500, 31_499],
      [7_600, 7_550, 7_649],
      [640, 640, 640],
    ]);
  });

  it('leaves an unreadable view count unknown (null, not 0) and reports it', () => {
    const blank = snapshot.posts.find((post) => post.id === '7340000000000000004');
    expect(blank).toBeDefined();
    expect(blank?.views).toBeNull();
    expect(missingReason(snapshot, 'posts.views')).toMatch(/view count/);
  });
});

describe('stale embedded data after in-app navigation (2025)', () => {
  const html = fixtureHtml('profile-stale-json-2025-06.html');
  const snapshot = extractTikTokProfile(parse(html), profileUrl('second.creator'), NOW);

  const FIRST_CREATOR_NUMBERS = [
    731_200, 731_245, 88, 9_400_000, 9_412_377, 402, 1_700, 1_733, 41,
    2_210_000, 2_210_037, 301_000, 301_011, 4_400, 4_403, 1_900, 1_901,
    587_300, 587_337, 61_200, 61_211, 950, 953, 333, 334, 1_719_000_000_000, 1_718_000_000_000,
  ];
  const FIRST_CREATOR_TEXTS = [
    'first.creator', 'First Creator Official', 'Daily gadget reviews', 'first-creator.example',
    '7390000000000000011', '7390000000000000022', '731245', '731200', '9412377',
  ];

  it('the fixture really carries @first.creator\'s data', () => {
    expect(html).toContain('"uniqueId": "first.creator"');
    expect(html).toContain('"followerCount": "731245"');
  });

  it('shows @second.creator\'s figures from the visible page', () => {
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('second.creator');
    expect(snapshot.creator.followers).toEqual({ value: 23_600, min: 23_550, max: 23_649, source: 'text', shown: '23.6K' });
    expect(snapshot.creator.following).toEqual({ value: 198, min: 198, max: 198, source: 'text', shown: '198' });
    expect(snapshot.creator.totalLikes).toEqual({ value: 410_200, min: 410_150, max: 410_249, source: 'text', shown: '410.2K' });
    expect(snapshot.creator.displayName).toBe('Second Creator');
    expect(snapshot.creator.bio).toBe('Pottery & glaze tests, every Sunday');
    expect(snapshot.posts.map((post) => post.id)).toEqual([
      '7395000000000000101',
      '7395000000000000202',
      '7395000000000000303',
      '7395000000000000404',
    ]);
    expect(snapshot.sources).toEqual(['dom']);
  });

  it('takes nothing from @first.creator: no number, name, bio, link, flag or video', () => {
    const numbers = numbersIn(snapshot);
    for (const number of FIRST_CREATOR_NUMBERS) expect(numbers, `number ${number}`).not.toContain(number);
    const serialised = JSON.stringify({ ...snapshot, notices: [] });
    for (const text of FIRST_CREATOR_TEXTS) expect(serialised, `text ${text}`).not.toContain(text);
    expect(snapshot.creator.bioLinks).toEqual([]);
    expect(snapshot.creator.verified).toBe(false);
    expect(snapshot.creator.postCount).toBeNull();
    expect(snapshot.posts.some((post) => post.pinned)).toBe(false);
  });

  it('tells the user the embedded data described another creator and was ignored', () => {
    expect(snapshot.notices).toHaveLength(1);
    const notice = english(snapshot.notices[0]);
    expect(notice).toMatch(/embedded page data/);
    expect(notice).toContain('@first.creator');
    expect(notice).toMatch(/only the visible page was read/);
  });
});

describe('private account (2025)', () => {
  const html = fixtureHtml('profile-private-2025-06.html');
  const snapshot = extractTikTokProfile(parse(html), profileUrl('quiet.garden'), NOW);

  it('is flagged private, with its counts', () => {
    expectValid(snapshot);
    expect(snapshot.creator.privateAccount).toBe(true);
    expect(snapshot.creator.followers).toMatchObject({ value: 5_678, min: 5_678, max: 5_678 });
    expect(snapshot.creator.totalLikes).toEqual(exact(20_391, 'embedded-json'));
    expect(snapshot.creator.postCount).toEqual(exact(57, 'embedded-json'));
    expect(snapshot.creator.displayName).toBe('Quiet Garden');
  });

  it('has no posts, and says that is because the account is private', () => {
    expect(snapshot.posts).toEqual([]);
    expect(missingReason(snapshot, 'posts')).toMatch(/private/);
  });

  it('is still flagged private when only statusCode 10222 says so', () => {
    const withoutFlags = html.replace('"privateAccount": true, "secret": true, ', '');
    expect(withoutFlags).not.toContain('"privateAccount"');
    const fromStatus = extractTikTokProfile(parse(withoutFlags), profileUrl('quiet.garden'), NOW);
    expectValid(fromStatus);
    expect(fromStatus.creator.privateAccount).toBe(true);
    expect(missingReason(fromStatus, 'posts')).toMatch(/private/);
  });
});

describe('counts missing after a markup change (2025)', () => {
  const snapshot = extract('profile-counts-missing-2025-06.html', 'mika.sketches');

  it('still reads the header and grid', () => {
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('mika.sketches');
    expect(snapshot.creator.displayName).toBe('Mika ✏️');
    expect(snapshot.creator.bio).toBe('Daily ink sketches · Osaka');
    expect(snapshot.posts).toHaveLength(3);
    expect(snapshot.posts[2]?.views).toMatchObject({ value: 2_961, min: 2_961, max: 2_961 });
  });

  it.each(['followers', 'following', 'totalLikes'] as const)('leaves %s unknown (null, never 0) with a reason', (field) => {
    expect(snapshot.creator[field]).toBeNull();
    const reason = missingReason(snapshot, field);
    expect(reason).toBeDefined();
    expect(reason?.length).toBeGreaterThan(10);
  });

  it('has no count of 0 anywhere', () => {
    expect(numbersIn(snapshot.creator)).not.toContain(0);
  });
});

describe('__NEXT_DATA__ (real @tiktok page, January 2021)', () => {
  const snapshot = extract('profile-next-data-2021-01.html', 'tiktok');

  it('is a valid snapshot read from the embedded data', () => {
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['embedded-json:next']);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.missing).toEqual([]);
  });

  it('reads the creator', () => {
    expect(snapshot.creator).toMatchObject({
      handle: 'tiktok',
      displayName: 'TikTok',
      bio: 'It Starts On TikTok',
      bioLinks: [],
      verified: true,
      privateAccount: false,
    });
  });

  it('gives the rounded counts as the ranges they stand for', () => {
    expect(snapshot.creator.followers).toEqual({ value: 50_100_000, min: 50_050_000, max: 50_149_999, source: 'embedded-json' });
    expect(snapshot.creator.totalLikes).toEqual({ value: 246_000_000, min: 245_950_000, max: 246_049_999, source: 'embedded-json' });
    expect(snapshot.creator.following).toEqual(exact(496, 'embedded-json'));
    expect(snapshot.creator.postCount).toEqual(exact(118, 'embedded-json'));
  });

  it('turns the items into posts with views, likes, comments, shares and dates', () => {
    expect(snapshot.posts.map((post) => post.id)).toEqual([
      '6912598122988326149',
      '6911370401054526725',
      '6909171131882802434',
      '6907709736355908869',
    ]);
    expect(snapshot.posts.map((post) => post.views?.value)).toEqual([844_100, 115_500_000, 6_700_000, 31_500_000]);
    expect(snapshot.posts[0]).toEqual({
      id: '6912598122988326149',
      url: 'https://www.tiktok.com/@tiktok/video/6912598122988326149',
      views: { value: 844_100, min: 844_050, max: 844_149, source: 'embedded-json' },
      likes: { value: 84_900, min: 84_850, max: 84_949, source: 'embedded-json' },
      comments: { value: 16_500, min: 16_450, max: 16_549, source: 'embedded-json' },
      shares: exact(673, 'embedded-json'),
      saves: null,
      pinned: false,
      publishedAt: exact(1_609_464_681_000, 'embedded-json'),
      sponsored: false,
      caption: 'Thank you for celebrating NYE with us! We had a blast saying #bye2020 and #welcome2021 👋',
      hashtags: ['bye2020', 'welcome2021'],
      mentions: [],
      visibleComments: [],
    });
    expect(snapshot.posts[1]?.views).toMatchObject({ min: 115_450_000, max: 115_549_999 });
  });
});

describe('SIGI_STATE (2023)', () => {
  const snapshot = extract('profile-sigi-2023-02.html', 'kai.cooks');

  it('is a valid snapshot read from the embedded data', () => {
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['embedded-json:sigi']);
    expect(snapshot.missing).toEqual([]);
  });

  it('reads the creator and its counts, rounded ones as ranges', () => {
    expect(snapshot.creator).toMatchObject({
      handle: 'kai.cooks',
      displayName: 'Kai Cooks',
      bio: 'Weeknight recipes in under 20 min 🔪\nSydney',
      bioLinks: ['kaicooks.example'],
      verified: true,
      privateAccount: false,
    });
    expect(snapshot.creator.followers).toEqual({ value: 2_300_000, min: 2_250_000, max: 2_349_999, source: 'embedded-json' });
    expect(snapshot.creator.totalLikes).toEqual({ value: 41_200_000, min: 41_150_000, max: 41_249_999, source: 'embedded-json' });
    expect(snapshot.creator.following).toEqual(exact(87, 'embedded-json'));
    expect(snapshot.creator.postCount).toEqual(exact(356, 'embedded-json'));
  });

  it('turns ItemModule entries into posts with views, the pinned one marked, dates from string times', () => {
    expect(snapshot.posts.map((post) => [post.id, post.pinned, post.publishedAt?.value])).toEqual([
      ['7196000000000000001', true, 1_675_900_000_000],
      ['7197000000000000002', false, 1_676_100_000_000],
      ['7198000000000000003', false, 1_676_300_000_000],
    ]);
    expect(snapshot.posts.map((post) => post.views && [post.views.value, post.views.min, post.views.max])).toEqual([
      [9_800_000, 9_750_000, 9_849_999],
      [845_300, 845_250, 845_349],
      [15_600, 15_550, 15_649],
    ]);
    expect(snapshot.posts[2]?.comments).toEqual(exact(37, 'embedded-json'));
  });

  it('matches the handle whatever its case in the URL', () => {
    const upper = extract('profile-sigi-2023-02.html', 'Kai.Cooks');
    expectValid(upper);
    expect(upper.creator.followers?.value).toBe(2_300_000);
    expect(upper.posts).toHaveLength(3);
  });
});

describe('tiktokReadiness', () => {
  it('is ready on a fully rendered profile', () => {
    const doc = parse(fixtureHtml('profile-universal-2025-06.html'));
    expect(tiktokReadiness(doc, profileUrl('lena.makeup'))).toEqual({ ready: true });
  });

  it('waits while the page still shows the previous creator after the URL changed', () => {
    const doc = parse(fixtureHtml('profile-universal-2025-06.html'));
    const state = tiktokReadiness(doc, profileUrl('someone.else'));
    expect(state.ready).toBe(false);
    if (!state.ready) expect(english(state.waitingFor)).toContain('@lena.makeup');
  });

  it('waits when the embedded data matches the URL but the header still shows another creator', () => {
    const doc = parse(fixtureHtml('profile-stale-json-2025-06.html'));
    const state = tiktokReadiness(doc, profileUrl('first.creator'));
    expect(state.ready).toBe(false);
    if (!state.ready) expect(english(state.waitingFor)).toContain('@second.creator');
  });

  it('is ready once the header shows the URL\'s creator, even with stale embedded data', () => {
    const doc = parse(fixtureHtml('profile-stale-json-2025-06.html'));
    expect(tiktokReadiness(doc, profileUrl('second.creator'))).toEqual({ ready: true });
  });

  it('waits for a page that has not rendered its header yet', () => {
    const doc = parse('<!DOCTYPE html><html><body><div id="app"></div></body></html>');
    expect(tiktokReadiness(doc, profileUrl('lena.makeup')).ready).toBe(false);
  });

  it('is ready on a page whose embedded data describes the URL\'s creator', () => {
    const doc = parse(fixtureHtml('profile-next-data-2021-01.html'));
    expect(tiktokReadiness(doc, profileUrl('tiktok'))).toEqual({ ready: true });
  });
});

describe('parseTikTokUrl', () => {
  it.each<[string, string, TikTokPage | null]>([
    ['a profile', 'https://www.tiktok.com/@lena.makeup', { kind: 'profile', handle: 'lena.makeup' }],
    ['a profile with a trailing slash', 'https://www.tiktok.com/@lena.makeup/', { kind: 'profile', handle: 'lena.makeup' }],
    ['a profile with a query string', 'https://www.tiktok.com/@lena.makeup?lang=en&is_from_webapp=1', { kind: 'profile', handle: 'lena.makeup' }],
    ['a profile with a fragment', 'https://www.tiktok.com/@lena.makeup#top', { kind: 'profile', handle: 'lena.makeup' }],
    ['a profile on tiktok.com without www', 'https://tiktok.com/@under_score_9', { kind: 'profile', handle: 'under_score_9' }],
    ['a profile on m.tiktok.com', 'https://m.tiktok.com/@lena.makeup', { kind: 'profile', handle: 'lena.makeup' }],
    ['a percent-encoded handle', 'https://www.tiktok.com/@lena%2Emakeup', { kind: 'profile', handle: 'lena.makeup' }],
    ['a video', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', { kind: 'video', handle: 'lena.makeup', videoId: '7301000000000001111', format: 'video' }],
    ['a video with a query string', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111?is_from_webapp=1', { kind: 'video', handle: 'lena.makeup', videoId: '7301000000000001111', format: 'video' }],
    ['a photo post', 'https://www.tiktok.com/@lena.makeup/photo/7301000000000002222', { kind: 'video', handle: 'lena.makeup', videoId: '7301000000000002222', format: 'photo' }],
    ['a video with a non-numeric id', 'https://www.tiktok.com/@lena.makeup/video/abc', null],
    ['a profile sub-page', 'https://www.tiktok.com/@lena.makeup/live', null],
    ['a non-TikTok host', 'https://www.youtube.com/@lena.makeup', null],
    ['a look-alike host', 'https://tiktok.com.example.net/@lena.makeup', null],
    ['a host ending in tiktok.com', 'https://nottiktok.com/@lena.makeup', null],
    ['/@ with a hyphen', 'https://www.tiktok.com/@lena-makeup', null],
    ['/@ with a space', 'https://www.tiktok.com/@lena%20makeup', null],
    ['/@ with markup', 'https://www.tiktok.com/@lena<script>', null],
    ['/@ with nothing after it', 'https://www.tiktok.com/@', null],
    ['a handle longer than 24 characters', `https://www.tiktok.com/@${'a'.repeat(25)}`, null],
    ['a path without @', 'https://www.tiktok.com/lena.makeup', null],
    ['/foryou', 'https://www.tiktok.com/foryou', null],
    ['/explore', 'https://www.tiktok.com/explore', null],
    ['the home page', 'https://www.tiktok.com/', null],
  ])('reads %s', (_label, href, expected) => {
    expect(parseTikTokUrl(new URL(href))).toEqual(expected);
  });
});
