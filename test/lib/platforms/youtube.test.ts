// What Creator Lens reads from each YouTube page variant it has met, as the user sees it in the
// score card: counts with their precision (YouTube cuts "5.2M" down from 5,2xx,xxx), dates as
// ranges, sponsorship, stale single-page-app data kept out, and what is missing and why.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { english } from '../../../lib/i18n';
import type { Readiness } from '../../../lib/platforms/types';
import { youtubeChannelSite, youtubeSite, youtubeVideoSite } from '../../../lib/platforms/youtube';
import { gridVideo } from '../../../lib/platforms/youtube/embedded';
import { extractYouTubeVideo } from '../../../lib/platforms/youtube/post';
import { extractYouTubeChannel } from '../../../lib/platforms/youtube/profile';
import { readSitePage } from '../../../lib/reading/read-page';
import { parseYouTubeUrl, type YouTubePage } from '../../../lib/platforms/youtube/url';
import type { Count, Snapshot } from '../../../lib/schema/snapshot';
import { expectValid, missingReason, numbersIn } from '../../helpers/readings';
import { TEXT_LIMITS } from '../../../lib/schema/limits';
import { commentQuality } from '../../../lib/scoring/comments';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const html = (name: string) => fixture(`youtube/${name}`);
const load = (name: string) => parseHtml(html(name));

function channel(doc: Document, href: string, now: number): Snapshot {
  return extractYouTubeChannel(doc, new URL(href), now);
}

function video(doc: Document, href: string, now: number): Snapshot {
  return extractYouTubeVideo(doc, new URL(href), now);
}

function exact(value: number, source: Count['source']): Count {
  return { value, min: value, max: value, source };
}

/** What YouTube's cut-down figure stands for: "21.5M" is 21,500,000 to 21,599,999. */
function cut(value: number, step: number): Pick<Count, 'value' | 'min' | 'max'> {
  return { value, min: value, max: value + step - 1 };
}

/** "n units ago": at least n and less than n + 1 units before now. */
function ago(now: number, amount: number, unit: number): Pick<Count, 'min' | 'max'> {
  return { min: now - (amount + 1) * unit + 1, max: now - amount * unit };
}

function range(count: Count | null | undefined): [number, number, number] | null {
  return count ? [count.value, count.min, count.max] : null;
}

const noticesOf = (snapshot: Snapshot) => snapshot.notices.map(english);

/** What a page that is not ready is waiting for, in English words; null when it is ready. */
const waitingFor = (state: Readiness) => (state.ready ? null : english(state.waitingFor));


// ---- Channel pages -------------------------------------------------------------------------

describe('old header and videoRenderer grid (December 2023, en)', () => {
  const NOW = Date.UTC(2023, 11, 8, 12);
  const snapshot = channel(load('channel-c4TabbedHeader-videoRenderer-2023-12.html'), 'https://www.youtube.com/@orbitlab/videos', NOW);

  it('is a valid profile snapshot of the channel in the URL, read from data and page', () => {
    expectValid(snapshot);
    expect(snapshot).toMatchObject({ platform: 'youtube', pageKind: 'profile', lang: 'en', url: 'https://www.youtube.com/@orbitlab', capturedAt: NOW });
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'dom']);
    expect(snapshot.notices).toEqual([]);
  });

  it('reads the creator: name, verified badge, full description, its e-mail and the real link destination', () => {
    expect(snapshot.creator).toMatchObject({
      handle: 'orbitlab',
      displayName: 'Orbit Lab – Space Explained',
      verified: true,
      email: 'hello@orbitlab.example',
      bioLinks: ['https://shop.orbitlab.example/posters'],
    });
    // The full channel description, not the one-line tagline under the name.
    expect(snapshot.creator.bio).toContain('We are three astronomers and an illustrator.');
  });

  it('gives subscribers as the range YouTube\'s cut-down "21.5M" stands for, and the exact video count', () => {
    expect(snapshot.creator.followers).toMatchObject({ ...cut(21_500_000, 100_000), shown: '21.5M subscribers' });
    expect(snapshot.creator.postCount).toEqual({ ...exact(200, 'embedded-json'), shown: '200 videos' });
  });

  it('says YouTube does not show following or total likes, instead of 0', () => {
    expect(snapshot.creator.following).toBeNull();
    expect(snapshot.creator.totalLikes).toBeNull();
    expect(missingReason(snapshot, 'following')).toMatch(/YouTube does not show/);
    expect(missingReason(snapshot, 'totalLikes')).toMatch(/YouTube does not show/);
  });

  it('lists the grid in page order, including the video loaded by scrolling that the data lacks', () => {
    expect(snapshot.posts.map((post) => post.id)).toEqual([
      'orbitVid001', 'orbitVid002', 'orbitVid003', 'orbitVid004', 'orbitVid005', 'orbitVid006', 'orbitVid007',
    ]);
    expect(snapshot.posts[0]?.url).toBe('https://www.youtube.com/watch?v=orbitVid001');
  });

  it('prefers exact views (viewCountText, accessibility labels) over the cut-down figures on screen', () => {
    expect(snapshot.posts.map((post) => range(post.views))).toEqual([
      [572_797, 572_797, 572_797],
      [1_409_461, 1_409_461, 1_409_461],
      [5_000_000, 5_000_000, 5_999_999], // only "5M views" anywhere: a range, not a guess
      [1_509_540, 1_509_540, 1_509_540], // "1.5M views", exact in the title's accessibility label
      null, // live now: "1,024 watching" are viewers, not views
      [7_209_387, 7_209_387, 7_209_387],
      [812_345, 812_345, 812_345], // DOM only: the title link's aria-label
    ]);
    expect(snapshot.posts[6]?.views?.source).toBe('attribute');
    expect(missingReason(snapshot, 'posts.views')).toMatch(/live/);
  });

  it('dates each video by the range its relative age allows', () => {
    expect(snapshot.posts[0]?.publishedAt).toMatchObject(ago(NOW, 4, HOUR));
    expect(snapshot.posts[1]?.publishedAt).toMatchObject(ago(NOW, 3, DAY));
    expect(snapshot.posts[3]?.publishedAt).toMatchObject(ago(NOW, 2, WEEK));
    expect(snapshot.posts[4]?.publishedAt).toBeNull();
  });

  it('takes hashtags from titles and says likes and comments need the video pages', () => {
    expect(snapshot.posts[5]).toMatchObject({ caption: 'Why Mars Lost Its Air #space #science', hashtags: ['space', 'science'] });
    expect(snapshot.posts.every((post) => post.likes === null && post.comments === null && post.sponsored === null)).toBe(true);
    expect(missingReason(snapshot, 'posts.likes')).toMatch(/grid shows no like counts/);
  });

  it('reads the same channel from the data alone when the page has not rendered', () => {
    const doc = load('channel-c4TabbedHeader-videoRenderer-2023-12.html');
    doc.querySelector('ytd-app')?.remove();
    const fromData = channel(doc, 'https://www.youtube.com/@OrbitLab/videos', NOW);
    expectValid(fromData);
    expect(fromData.sources).toEqual(['embedded-json:ytInitialData']);
    expect(fromData.creator.followers).toMatchObject({ ...cut(21_500_000, 100_000), source: 'embedded-json' });
    expect(fromData.posts).toHaveLength(6);
  });

  it('matches the channel by its id on /channel/UC… URLs', () => {
    const byId = channel(load('channel-c4TabbedHeader-videoRenderer-2023-12.html'), 'https://www.youtube.com/channel/UCorbitLab0000000000000A/videos', NOW);
    expectValid(byId);
    expect(byId.creator.handle).toBe('orbitlab');
    expect(byId.notices).toEqual([]);
    expect(byId.posts).toHaveLength(7);
  });
});

describe('new header and lockup grid in German (May 2026, de)', () => {
  const NOW = Date.UTC(2026, 4, 21, 9);
  const snapshot = channel(load('channel-pageHeaderViewModel-lockupViewModel-2026-05.html'), 'https://www.youtube.com/@spielwerk/videos', NOW);

  it('is a valid snapshot in the page language', () => {
    expectValid(snapshot);
    expect(snapshot.lang).toBe('de-DE');
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'dom']);
  });

  it('reads "5,04 Mio. Abonnenten" as 5,040,000 to 5,049,999 and "18.345 Videos" as exact', () => {
    expect(snapshot.creator.followers).toMatchObject({ ...cut(5_040_000, 10_000), shown: '5,04 Mio. Abonnenten' });
    expect(snapshot.creator.postCount).toMatchObject(exact(18_345, 'embedded-json'));
  });

  it('reads the verified mark of the new header, the Twitch link behind the redirect, and the e-mail', () => {
    expect(snapshot.creator).toMatchObject({
      handle: 'spielwerk',
      displayName: 'Spielwerk',
      verified: true,
      bioLinks: ['https://twitch.tv/spielwerk'],
      email: 'kontakt@spielwerk.example',
    });
  });

  it('reads the videos of the grid, not the playlist in it, with German view counts', () => {
    expect(snapshot.posts.map((post) => post.id)).toEqual(['spielVid001', 'spielVid002', 'spielVid003', 'spielVid004']);
    expect(snapshot.posts.map((post) => range(post.views))).toEqual([
      [26_512, 26_512, 26_512],
      [1_200_000, 1_200_000, 1_299_999],
      [987, 987, 987],
      [48_213, 48_213, 48_213],
    ]);
  });

  it('dates the videos from "vor 17 Stunden" and "vor 1 Woche"', () => {
    expect(snapshot.posts[0]?.publishedAt).toMatchObject(ago(NOW, 17, HOUR));
    expect(snapshot.posts[3]?.publishedAt).toMatchObject(ago(NOW, 1, WEEK));
    expect(snapshot.missing.map((entry) => entry.field)).not.toContain('posts.publishedAt');
  });

  it('reads the same page from the mobile site, which writes the data as a \\x-escaped string', () => {
    const source = html('channel-pageHeaderViewModel-lockupViewModel-2026-05.html');
    const json = /var ytInitialData = (\{.*?\});<\/script>/s.exec(source)?.[1] ?? '';
    // m.youtube.com escapes every JSON punctuation mark and backslash as \xNN inside a JS string.
    const escaped = Array.from(json, (char) => (/[{}"\[\]:\\']/.test(char) ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}` : char)).join('');
    expect(escaped).not.toMatch(/[{}"]/);
    const mobile = parseHtml(`<html lang="de"><body><script nonce="m">var ytInitialData = '${escaped}';</script></body></html>`);
    const read = channel(mobile, 'https://m.youtube.com/@spielwerk/videos', NOW);
    expectValid(read);
    expect(read.sources).toEqual(['embedded-json:ytInitialData']);
    expect(read.creator.followers).toMatchObject(cut(5_040_000, 10_000));
    expect(read.posts).toHaveLength(4);
  });
});

describe('Shorts tab (March 2025)', () => {
  const NOW = Date.UTC(2025, 2, 10, 12);
  const snapshot = channel(load('channel-shorts-tab-2025-03.html'), 'https://www.youtube.com/@pocketchef/shorts', NOW);

  it('lists the Shorts with their /shorts/ links, the id read from entityId where onTap lacks it', () => {
    expectValid(snapshot);
    expect(snapshot.posts.map((post) => post.url)).toEqual([
      'https://www.youtube.com/shorts/chefShort01',
      'https://www.youtube.com/shorts/chefShort02',
      'https://www.youtube.com/shorts/chefShort03',
      'https://www.youtube.com/shorts/chefShort04',
      'https://www.youtube.com/shorts/chefShort05',
    ]);
  });

  it('gives each Short\'s views with their precision; a Short without a view count stays unknown', () => {
    expect(snapshot.posts.map((post) => range(post.views))).toEqual([
      [1_200_000, 1_200_000, 1_299_999],
      [87_000, 87_000, 87_999],
      [843, 843, 843],
      [12_000, 12_000, 12_999],
      null,
    ]);
    expect(missingReason(snapshot, 'posts.views')).toBeDefined();
  });

  it('says the Shorts grid shows no dates', () => {
    expect(snapshot.posts.every((post) => post.publishedAt === null)).toBe(true);
    expect(missingReason(snapshot, 'posts.publishedAt')).toMatch(/Shorts grid shows no upload dates/);
  });

  it('reads the header of the Shorts tab like any other', () => {
    expect(snapshot.creator).toMatchObject({ handle: 'pocketchef', verified: true, postCount: cut(1_100, 100) });
    expect(snapshot.creator.followers).toMatchObject(cut(312_000, 1_000));
  });

  it('reads the Shorts grid items of 2023-24 (reelItemRenderer)', () => {
    const item = {
      richItemRenderer: {
        content: {
          reelItemRenderer: {
            videoId: 'oldShort001',
            headline: { simpleText: 'Egg hack #shorts' },
            viewCountText: { accessibility: { accessibilityData: { label: '2.3 million views' } }, simpleText: '2.3M views' },
            navigationEndpoint: { reelWatchEndpoint: { videoId: 'oldShort001' } },
          },
        },
      },
    };
    expect(gridVideo(item, { lang: 'en', now: NOW })).toMatchObject({
      id: 'oldShort001',
      format: 'shorts',
      title: 'Egg hack #shorts',
      views: cut(2_300_000, 100_000),
    });
  });

  it('uses the grid of the data only for the tab it was loaded for', () => {
    const doc = load('channel-shorts-tab-2025-03.html');
    doc.querySelectorAll('ytd-rich-item-renderer').forEach((item) => item.remove());
    const videosTab = channel(doc, 'https://www.youtube.com/@pocketchef/videos', NOW);
    expectValid(videosTab);
    expect(videosTab.posts).toEqual([]);
    expect(noticesOf(videosTab).join(' ')).toMatch(/another tab of this channel \(shorts\)/);
    expect(missingReason(videosTab, 'posts')).toMatch(/^No videos are visible/);
  });
});

describe('DOM only, camelCase classes (April 2026)', () => {
  const NOW = Date.UTC(2026, 3, 14, 18);
  const URL_NOW = 'https://www.youtube.com/@trailnotes/videos';
  const snapshot = channel(load('channel-dom-only-2026-04.html'), URL_NOW, NOW);

  it('reads the channel from the rendered page alone', () => {
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['dom']);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.creator).toMatchObject({
      handle: 'trailnotes',
      displayName: 'Trail Notes',
      verified: false,
      bio: 'Long-distance hiking, gear and maps. Contact: trails@notes.example',
      email: 'trails@notes.example',
      bioLinks: ['https://trailnotes.example/maps'],
    });
  });

  it('reads subscribers and videos from the metadata rows, as shown on screen', () => {
    expect(snapshot.creator.followers).toEqual({ ...cut(1_230_000, 10_000), source: 'text', shown: '1.23M subscribers' });
    expect(snapshot.creator.postCount).toEqual({ ...exact(412, 'text'), shown: '412 videos' });
  });

  it('reads the lockup grid and leaves the upcoming premiere without views, not with the 6 of its date', () => {
    expect(snapshot.posts.map((post) => [post.id, range(post.views)])).toEqual([
      ['trailVid001', [18_000, 18_000, 18_999]],
      ['trailVid002', [240_000, 240_000, 240_999]],
      ['trailVid003', [1_100_000, 1_100_000, 1_199_999]],
      ['trailVid004', null],
    ]);
    expect(snapshot.posts[0]?.publishedAt).toMatchObject(ago(NOW, 5, DAY));
    expect(snapshot.posts[1]?.hashtags).toEqual(['ultralight']);
  });

  it('takes nothing from the hidden home feed still in the page', () => {
    expect(snapshot.posts.some((post) => post.id.startsWith('feedVid'))).toBe(false);
    const numbers = numbersIn(snapshot);
    for (const number of [9_900_000, 9_999_999, 3_300_000, 3_399_999]) expect(numbers).not.toContain(number);
  });

  it('reads no posts from the Home tab\'s shelves, which mix popular, old and other channels\' videos', () => {
    const doc = load('channel-dom-only-2026-04.html');
    const grid = doc.querySelector('ytd-browse[page-subtype="channels"] #contents')!;
    grid.innerHTML = `<ytd-rich-section-renderer><div id="content"><ytd-rich-shelf-renderer><div id="contents">${grid.innerHTML}</div></ytd-rich-shelf-renderer></div></ytd-rich-section-renderer>`;
    const home = channel(doc, 'https://www.youtube.com/@trailnotes', NOW);
    expectValid(home);
    expect(home.posts).toEqual([]);
    expect(missingReason(home, 'posts')).toMatch(/open the Videos or Shorts tab/);
    expect(home.creator.followers).toMatchObject(cut(1_230_000, 10_000));
  });

  it('leaves a hidden subscriber count unknown with a reason, never 0', () => {
    const doc = load('channel-dom-only-2026-04.html');
    doc.querySelector('[aria-label="1.23 million subscribers"]')?.remove();
    const hidden = channel(doc, URL_NOW, NOW);
    expectValid(hidden);
    expect(hidden.creator.followers).toBeNull();
    expect(missingReason(hidden, 'followers')).toMatch(/subscriber count/);
    expect(hidden.creator.postCount).toMatchObject(exact(412, 'text'));
    expect(numbersIn(hidden.creator)).not.toContain(0);
  });

  it('keeps at most 500 posts and clips the description to its limit', () => {
    const doc = load('channel-dom-only-2026-04.html');
    const grid = doc.querySelector('ytd-browse[page-subtype="channels"] #contents')!;
    const template = grid.querySelector('ytd-rich-item-renderer')!.outerHTML;
    grid.innerHTML = Array.from({ length: 620 }, (_, i) => template.replaceAll('trailVid001', `t${String(i).padStart(10, '0')}`)).join('');
    doc.querySelector('.ytTruncatedTextTruncatedTextContent span')!.textContent = 'x'.repeat(3000);
    const big = channel(doc, URL_NOW, NOW);
    expectValid(big);
    expect(big.posts).toHaveLength(500);
    expect(big.creator.bio).toHaveLength(TEXT_LIMITS.bio);
  });
});

describe('stale embedded data after in-app navigation (May 2026)', () => {
  const NOW = Date.UTC(2026, 4, 21, 12);
  const source = html('channel-stale-data-2026-05.html');
  const snapshot = channel(parseHtml(source), 'https://www.youtube.com/@secondcreator/videos', NOW);

  const FIRST_NUMBERS = [731_000, 731_999, 402, 2_200_000, 2_299_999, 301_000, 301_999, 4_400, 4_499];
  const FIRST_TEXTS = ['firstcreator', 'First Creator Official', 'first-creator.example', 'firstVid', 'Daily gadget reviews', 'deals@'];

  it('the fixture really carries @firstcreator\'s data', () => {
    expect(source).toContain('"content":"@firstcreator"');
    expect(source).toContain('"content":"731K subscribers"');
  });

  it('shows @secondcreator\'s figures from the visible page', () => {
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['dom']);
    expect(snapshot.creator).toMatchObject({ handle: 'secondcreator', displayName: 'Second Creator', bio: 'Pottery & glaze tests, every Sunday' });
    expect(snapshot.creator.followers).toMatchObject(cut(23_600, 100));
    expect(snapshot.creator.postCount).toMatchObject(exact(58, 'text'));
    expect(snapshot.posts.map((post) => post.id)).toEqual(['secondVid01', 'secondVid02', 'secondVid03']);
  });

  it('takes nothing from @firstcreator: no number, name, description, link, badge or video', () => {
    const numbers = numbersIn(snapshot);
    for (const number of FIRST_NUMBERS) expect(numbers, `number ${number}`).not.toContain(number);
    const serialised = JSON.stringify({ ...snapshot, notices: [] });
    for (const text of FIRST_TEXTS) expect(serialised, `text ${text}`).not.toContain(text);
    expect(snapshot.creator.verified).toBe(false);
    expect(snapshot.creator.bioLinks).toEqual([]);
    expect(snapshot.creator.email).toBeNull();
  });

  it('tells the user the embedded data described another channel and was ignored', () => {
    expect(noticesOf(snapshot)).toEqual([
      'The embedded page data describes @firstcreator (YouTube keeps it after in-app navigation), so only the visible page was read.',
    ]);
  });
});

// ---- Watch pages and Shorts -----------------------------------------------------------------

describe('watch page with player data and paid promotion (June 2026, en)', () => {
  const NOW = Date.UTC(2026, 5, 5, 18);
  const HREF = 'https://www.youtube.com/watch?v=kLabWatch01';
  const source = html('watch-2026-06.html');
  const snapshot = video(parseHtml(source), HREF, NOW);
  const post = snapshot.posts[0]!;

  it('is a valid post snapshot of that one video, from data, player data and page', () => {
    expectValid(snapshot);
    expect(snapshot).toMatchObject({ platform: 'youtube', pageKind: 'post', url: HREF });
    expect(snapshot.posts).toHaveLength(1);
    expect(post).toMatchObject({ id: 'kLabWatch01', url: HREF, pinned: false });
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'embedded-json:ytInitialPlayerResponse', 'dom']);
    expect(snapshot.notices).toEqual([]);
  });

  it('gives exact views, likes (from the like button\'s accessibility text) and comments', () => {
    expect(range(post.views)).toEqual([1_234_567, 1_234_567, 1_234_567]);
    expect(post.likes).toEqual(exact(48_213, 'embedded-json'));
    // The comments loaded on the page say 2,431; the panel's "2.4K" only 2,400 to 2,499.
    expect(range(post.comments)).toEqual([2_431, 2_431, 2_431]);
  });

  it('dates the video to the instant the player data gives', () => {
    expect(post.publishedAt).toEqual(exact(Date.parse('2026-06-02T08:15:00-07:00'), 'embedded-json'));
  });

  it('marks the video as sponsored ("Includes paid promotion")', () => {
    expect(post.sponsored).toBe(true);
    expect(snapshot.missing.map((entry) => entry.field)).not.toContain('sponsored');
  });

  it('keeps title and description as the caption, with their hashtags and mentions', () => {
    expect(post.caption).toMatch(/^Sourdough in 24 hours: the whole process\n\nEverything from starter to crust, in one day\./);
    expect(post.hashtags).toEqual(['sourdough', 'baking', 'ad']);
    expect(post.mentions).toEqual(['millhouseflour']);
  });

  it('reads the creator from the owner: handle, verified badge, cut-down subscribers', () => {
    expect(snapshot.creator).toMatchObject({ handle: 'kitchenlab', displayName: 'Kitchen Lab', verified: true, postCount: null });
    expect(snapshot.creator.followers).toMatchObject(cut(1_860_000, 10_000));
    expect(missingReason(snapshot, 'postCount')).toMatch(/channel page/);
    expect(missingReason(snapshot, 'following')).toMatch(/YouTube does not show/);
  });

  it("reads the top-level comments in page order, without replies or the creator's pinned note", () => {
    expect(post.visibleComments).toEqual([
      'Followed this to the minute and got the open crumb I have chased for a year. Thank you!',
      'Amazing',
      '🍞🍞🍞',
      'What hydration did you use for the rye version?',
      '@amy @jo',
      'wow 🔥',
      'Amazing',
      'love it!!',
      '🍞🍞🍞',
      '好看',
    ]);
    expect(commentQuality(post.visibleComments)).toMatchObject({ total: 10, lowQuality: 8, duplicates: 2 });
  });

  it('takes no figure of the related and end-screen videos of other channels', () => {
    const numbers = numbersIn(snapshot);
    for (const number of [8_800_000, 8_899_999, 13_000_000, 13_999_999]) expect(numbers).not.toContain(number);
  });

  it('is not sponsored when the player data has no paid-promotion mark', () => {
    const plain = source.replace(/,"paidContentOverlay":\{.*?"showInPip":false\}\}/, '').replace(/<div class="ytp-paid-content-overlay".*?<\/div><\/div>/, '');
    expect(plain).not.toContain('"paidContentOverlay"');
    expect(plain).not.toContain('ytp-paid-content-overlay-text');
    const read = video(parseHtml(plain), HREF, NOW);
    expectValid(read);
    expect(read.posts[0]?.sponsored).toBe(false);
  });

  it('is sponsored when the player data carries the newer playerDisclosure form', () => {
    const disclosed = source.replace(
      /"paidContentOverlay":\{"paidContentOverlayRenderer":(\{.*?"showInPip":false\})\}/,
      '"playerOverlays":{"playerOverlayRenderer":{"playerDisclosure":{"playerDisclosureRenderer":$1}}}',
    );
    const withoutOverlay = disclosed.replace(/<div class="ytp-paid-content-overlay".*?<\/div><\/div>/, '');
    expect(withoutOverlay).toContain('"playerDisclosure"');
    expect(withoutOverlay).not.toContain('"paidContentOverlay"');
    expect(withoutOverlay).not.toContain('ytp-paid-content-overlay-text');
    expect(video(parseHtml(withoutOverlay), HREF, NOW).posts[0]?.sponsored).toBe(true);
  });

  it('says sponsorship is unknown without player data, unless the overlay is on screen', () => {
    const noPlayer = source.replace(/<script nonce="p9Lk2Jd7Hs4Qw1Er6Ty3Ui">.*?<\/script>/s, '');
    expect(noPlayer).not.toContain('var ytInitialPlayerResponse');
    const withOverlay = video(parseHtml(noPlayer), HREF, NOW);
    expect(withOverlay.posts[0]?.sponsored).toBe(true);
    const neither = video(parseHtml(noPlayer.replace(/<div class="ytp-paid-content-overlay".*?<\/div><\/div>/, '')), HREF, NOW);
    expectValid(neither);
    expect(neither.posts[0]?.sponsored).toBeNull();
    expect(missingReason(neither, 'sponsored')).toMatch(/player/);
    // Without the player data the views come from ytInitialData and the date from "2 Jun 2026".
    expect(range(neither.posts[0]?.views)).toEqual([1_234_567, 1_234_567, 1_234_567]);
    expect(neither.posts[0]?.publishedAt).toMatchObject({ min: Date.UTC(2026, 5, 2), max: Date.UTC(2026, 5, 3) - 1 });
  });

  it('falls back to the comments panel\'s cut-down count before the comments have loaded', () => {
    const doc = parseHtml(source);
    doc.querySelector('ytd-comments-header-renderer')?.remove();
    const read = video(doc, HREF, NOW);
    expect(read.posts[0]?.comments).toMatchObject({ ...cut(2_400, 100), source: 'embedded-json', shown: '2.4K' });
  });

  it('ignores data and page that describe another video after in-app navigation', () => {
    const other = video(parseHtml(source), 'https://www.youtube.com/watch?v=otherVideo1', NOW);
    expectValid(other);
    expect(other.posts[0]?.id).toBe('otherVideo1');
    expect(other.posts[0]).toMatchObject({ views: null, likes: null, comments: null, publishedAt: null, caption: null, sponsored: null });
    expect(other.sources).toEqual([]);
    expect(noticesOf(other).join(' ')).toContain('kLabWatch01');
    expect(missingReason(other, 'views')).toMatch(/could not be read/);
    expect(missingReason(other, 'handle')).toBeDefined();
    expect(numbersIn(other)).not.toContain(1_234_567);
  });
});

describe('watch page from the DOM alone, in Japanese (March 2026, ja)', () => {
  const NOW = Date.UTC(2026, 2, 17, 12);
  const HREF = 'https://www.youtube.com/watch?v=tkyBento123';
  const snapshot = video(load('watch-dom-only-2026-03.html'), HREF, NOW);
  const post = snapshot.posts[0]!;

  it('is a valid snapshot read from the page', () => {
    expectValid(snapshot);
    expect(snapshot.lang).toBe('ja-JP');
    expect(snapshot.sources).toEqual(['dom']);
  });

  it('reads exact views and likes from aria-labels, and the loaded comment count', () => {
    expect(post.views).toMatchObject(exact(1_234_567, 'attribute'));
    expect(post.likes).toEqual(exact(48_212, 'attribute'));
    expect(post.comments).toMatchObject(exact(1_234, 'text'));
  });

  it('dates the video to the calendar day shown', () => {
    expect(post.publishedAt).toMatchObject({ min: Date.UTC(2026, 2, 14), max: Date.UTC(2026, 2, 15) - 1 });
  });

  it('reads the owner with "チャンネル登録者数 110万人" as 1,100,000 to 1,109,999', () => {
    expect(snapshot.creator).toMatchObject({ handle: 'tokyobento', displayName: '東京お弁当ラボ', verified: false });
    expect(snapshot.creator.followers).toMatchObject(cut(1_100_000, 10_000));
  });

  it('keeps Japanese hashtags and the mention in the description', () => {
    expect(post.hashtags).toEqual(['お弁当', '料理']);
    expect(post.mentions).toEqual(['tokyobento_sub']);
  });

  it('leaves sponsorship unknown: the overlay shows for seconds only and there is no player data', () => {
    expect(post.sponsored).toBeNull();
    expect(missingReason(snapshot, 'sponsored')).toBeDefined();
  });
});

describe('Short with reel data and player data (February 2026)', () => {
  const NOW = Date.UTC(2026, 1, 18, 12);
  const HREF = 'https://www.youtube.com/shorts/chefShort01';
  const source = html('shorts-2026-02.html');
  const snapshot = video(parseHtml(source), HREF, NOW);
  const post = snapshot.posts[0]!;

  it('is a valid post snapshot with the Short\'s own link', () => {
    expectValid(snapshot);
    expect(post.url).toBe(HREF);
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'embedded-json:ytInitialPlayerResponse', 'dom']);
  });

  it('gives exact views, likes and comments, and the publish instant', () => {
    expect(post.views).toEqual(exact(1_234_321, 'embedded-json'));
    expect(post.likes).toEqual(exact(96_431, 'embedded-json'));
    expect(range(post.comments)).toEqual([312, 312, 312]);
    expect(post.publishedAt).toEqual(exact(Date.parse('2026-02-03T04:05:06-08:00'), 'embedded-json'));
  });

  it('is not sponsored: the player data is there and has no paid-promotion mark', () => {
    expect(post.sponsored).toBe(false);
  });

  it('reads caption, tags and the channel; says a Short\'s page shows no subscriber count', () => {
    expect(post.caption).toBe('Crispy rice in 30 seconds #shorts\n\nLeftover rice? Make this. Pan from @castironco #shorts #ricehack');
    expect(post.hashtags).toEqual(['shorts', 'ricehack']);
    expect(post.mentions).toEqual(['castironco']);
    expect(snapshot.creator).toMatchObject({ handle: 'pocketchef', displayName: 'Pocket Chef', followers: null });
    expect(missingReason(snapshot, 'followers')).toMatch(/Short's page does not show/);
  });

  it('reads likes and comments of the active Short only, from the player when there is no data', () => {
    const doc = parseHtml(source);
    doc.querySelectorAll('script').forEach((script) => script.remove());
    const read = video(doc, HREF, NOW);
    expectValid(read);
    expect(read.sources).toEqual(['dom']);
    expect(read.posts[0]?.likes).toEqual(exact(96_431, 'attribute'));
    expect(read.posts[0]?.comments).toEqual(exact(312, 'attribute'));
    expect(read.creator.handle).toBe('pocketchef');
    expect(read.posts[0]?.views).toBeNull();
    expect(missingReason(read, 'views')).toBeDefined();
    expect(numbersIn(read)).not.toContain(7_702);
  });
});

// ---- Readiness -----------------------------------------------------------------------------

/** Readiness as the site's reader for the URL's kind of page checks it. */
function youtubeReadiness(doc: Document, url: URL): Readiness {
  const answer = youtubeSite(url);
  if (answer === null || 'unsupported' in answer) throw new Error(`not a YouTube page: ${url.href}`);
  return answer.reader.readiness(doc, url);
}

describe('youtubeReadiness', () => {
  const ready = { ready: true };

  it('is ready on rendered channel pages and on channel data that matches the URL', () => {
    expect(youtubeReadiness(load('channel-c4TabbedHeader-videoRenderer-2023-12.html'), new URL('https://www.youtube.com/@orbitlab/videos'))).toEqual(ready);
    expect(youtubeReadiness(load('channel-dom-only-2026-04.html'), new URL('https://www.youtube.com/@trailnotes/videos'))).toEqual(ready);
    const dataOnly = load('channel-pageHeaderViewModel-lockupViewModel-2026-05.html');
    dataOnly.querySelector('ytd-app')?.remove();
    expect(youtubeReadiness(dataOnly, new URL('https://www.youtube.com/@spielwerk/videos'))).toEqual(ready);
  });

  it('waits while the header still shows the previous channel', () => {
    const state = youtubeReadiness(load('channel-stale-data-2026-05.html'), new URL('https://www.youtube.com/@firstcreator/videos'));
    expect(state.ready).toBe(false);
    expect(waitingFor(state)).toContain('@secondcreator');
  });

  it('is ready once the header shows the URL\'s channel, even with stale data', () => {
    expect(youtubeReadiness(load('channel-stale-data-2026-05.html'), new URL('https://www.youtube.com/@secondcreator'))).toEqual(ready);
  });

  it('waits for a channel page that has rendered nothing yet', () => {
    const state = youtubeReadiness(parseHtml('<!DOCTYPE html><html lang="en"><body><ytd-app></ytd-app></body></html>'), new URL('https://www.youtube.com/@orbitlab'));
    expect(waitingFor(state)).toBe('the channel header has not rendered yet');
  });

  it('waits for the video grid of an uploads tab', () => {
    const doc = load('channel-dom-only-2026-04.html');
    doc.querySelectorAll('ytd-browse[page-subtype="channels"] ytd-rich-item-renderer').forEach((item) => item.remove());
    expect(waitingFor(youtubeReadiness(doc, new URL('https://www.youtube.com/@trailnotes/videos')))).toBe('the video grid has not rendered yet');
    expect(youtubeReadiness(doc, new URL('https://www.youtube.com/@trailnotes/playlists'))).toEqual(ready);
  });

  it('waits while ytd-watch-flexy still shows another video', () => {
    const state = youtubeReadiness(load('watch-dom-only-2026-03.html'), new URL('https://www.youtube.com/watch?v=nextVideo01'));
    expect(waitingFor(state)).toBe('the page still shows video tkyBento123, not nextVideo01');
  });

  it('is ready on a watch page that shows the URL\'s video', () => {
    expect(youtubeReadiness(load('watch-dom-only-2026-03.html'), new URL('https://www.youtube.com/watch?v=tkyBento123'))).toEqual(ready);
    expect(youtubeReadiness(load('watch-2026-06.html'), new URL('https://www.youtube.com/watch?v=kLabWatch01&t=42s'))).toEqual(ready);
    expect(youtubeReadiness(load('shorts-2026-02.html'), new URL('https://www.youtube.com/shorts/chefShort01'))).toEqual(ready);
  });

  it('waits for a watch page whose details have not rendered and whose data is of another video', () => {
    const state = youtubeReadiness(load('watch-2026-06.html').implementation.createHTMLDocument(''), new URL('https://www.youtube.com/watch?v=kLabWatch01'));
    expect(waitingFor(state)).toBe("the video's details have not rendered yet");
  });
});

// ---- Odd markup ----------------------------------------------------------------------------

describe('odd markup never throws', () => {
  const pages: Array<[string, string]> = [
    ['channel-c4TabbedHeader-videoRenderer-2023-12.html', 'https://www.youtube.com/@orbitlab/videos'],
    ['channel-pageHeaderViewModel-lockupViewModel-2026-05.html', 'https://www.youtube.com/@spielwerk/videos'],
    ['channel-shorts-tab-2025-03.html', 'https://www.youtube.com/@pocketchef/shorts'],
    ['channel-dom-only-2026-04.html', 'https://www.youtube.com/@trailnotes'],
    ['channel-stale-data-2026-05.html', 'https://www.youtube.com/@secondcreator/videos'],
    ['watch-2026-06.html', 'https://www.youtube.com/watch?v=kLabWatch01'],
    ['watch-dom-only-2026-03.html', 'https://www.youtube.com/watch?v=tkyBento123'],
    ['shorts-2026-02.html', 'https://www.youtube.com/shorts/chefShort01'],
  ];

  it.each(pages)('%s cut short anywhere still reads into a valid snapshot', (name, href) => {
    const source = html(name);
    const url = new URL(href);
    const extract = url.pathname.startsWith('/@') ? extractYouTubeChannel : extractYouTubeVideo;
    for (let cut = 0; cut <= 10; cut++) {
      const doc = parseHtml(source.slice(0, Math.floor((source.length * cut) / 10)));
      const snapshot = extract(doc, url, Date.UTC(2026, 0, 1));
      expectValid(snapshot);
      expect(numbersIn(snapshot.creator)).not.toContain(NaN);
      youtubeReadiness(doc, url);
    }
  });

  it.each([
    ['broken JSON', 'var ytInitialData = {"header": {"c4TabbedHeaderRenderer": {'],
    ['an array', 'var ytInitialData = [1, 2, 3];'],
    ['wrong types', 'var ytInitialData = {"header":{"c4TabbedHeaderRenderer":{"title":7,"badges":"x","subscriberCountText":{"runs":"no"}}},"metadata":{"channelMetadataRenderer":{"externalId":["UC"],"ownerUrls":"x"}},"contents":{"twoColumnBrowseResultsRenderer":{"tabs":[null,{"tabRenderer":{"selected":true,"content":{"richGridRenderer":{"contents":[null,7,{"richItemRenderer":{"content":{"videoRenderer":{"videoId":"short"}}}}]}}}}]}}};'],
    ['a huge number', 'var ytInitialData = {"header":{"c4TabbedHeaderRenderer":{"channelHandleText":{"simpleText":"@orbitlab"},"subscriberCountText":{"simpleText":"99999999999999999999999 subscribers"}}}};'],
  ])('a channel page with %s in ytInitialData', (_label, code) => {
    const doc = parseHtml(`<html lang="en"><body><script nonce="x">${code}</script></body></html>`);
    const snapshot = channel(doc, 'https://www.youtube.com/@orbitlab/videos', Date.UTC(2026, 0, 1));
    expectValid(snapshot);
    expect(snapshot.creator.followers).toBeNull();
    expect(missingReason(snapshot, 'followers')).toBeDefined();
  });
});

// ---- URLs ----------------------------------------------------------------------------------

describe('parseYouTubeUrl', () => {
  it.each<[string, string, YouTubePage | null]>([
    ['a channel by handle (Home tab)', 'https://www.youtube.com/@kurzgesagt', { kind: 'channel', channel: { type: 'handle', value: 'kurzgesagt' }, tab: 'featured' }],
    ['its Videos tab', 'https://www.youtube.com/@kurzgesagt/videos', { kind: 'channel', channel: { type: 'handle', value: 'kurzgesagt' }, tab: 'videos' }],
    ['its Shorts tab, trailing slash', 'https://www.youtube.com/@kurzgesagt/shorts/', { kind: 'channel', channel: { type: 'handle', value: 'kurzgesagt' }, tab: 'shorts' }],
    ['its Home tab by name', 'https://www.youtube.com/@kurzgesagt/featured', { kind: 'channel', channel: { type: 'handle', value: 'kurzgesagt' }, tab: 'featured' }],
    ['a handle with dots, hyphens and a query', 'https://www.youtube.com/@lena.makeup-1/videos?view=0&sort=p', { kind: 'channel', channel: { type: 'handle', value: 'lena.makeup-1' }, tab: 'videos' }],
    ['a percent-encoded non-Latin handle', 'https://www.youtube.com/@%E6%9D%B1%E4%BA%AC', { kind: 'channel', channel: { type: 'handle', value: '東京' }, tab: 'featured' }],
    ['the mobile site', 'https://m.youtube.com/@kurzgesagt/videos', { kind: 'channel', channel: { type: 'handle', value: 'kurzgesagt' }, tab: 'videos' }],
    ['youtube.com without www', 'https://youtube.com/@kurzgesagt', { kind: 'channel', channel: { type: 'handle', value: 'kurzgesagt' }, tab: 'featured' }],
    ['a channel id', 'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q', { kind: 'channel', channel: { type: 'id', value: 'UCsXVk37bltHxD1rDPwtNM8Q' }, tab: 'featured' }],
    ['a channel id, Videos tab', 'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q/videos', { kind: 'channel', channel: { type: 'id', value: 'UCsXVk37bltHxD1rDPwtNM8Q' }, tab: 'videos' }],
    ['a legacy custom URL', 'https://www.youtube.com/c/Kurzgesagt/videos', { kind: 'channel', channel: { type: 'custom', value: 'Kurzgesagt' }, tab: 'videos' }],
    ['a legacy user URL', 'https://www.youtube.com/user/Kurzgesagt', { kind: 'channel', channel: { type: 'user', value: 'Kurzgesagt' }, tab: 'featured' }],
    ['a watch page', 'https://www.youtube.com/watch?v=7PIMiDcwNvc', { kind: 'video', videoId: '7PIMiDcwNvc', format: 'watch' }],
    ['a watch page with more parameters', 'https://www.youtube.com/watch?app=desktop&v=7PIMiDcwNvc&t=42s&list=PL1', { kind: 'video', videoId: '7PIMiDcwNvc', format: 'watch' }],
    ['a Short', 'https://www.youtube.com/shorts/chefShort01', { kind: 'video', videoId: 'chefShort01', format: 'shorts' }],
    ['a live stream link', 'https://www.youtube.com/live/7PIMiDcwNvc?si=x', { kind: 'video', videoId: '7PIMiDcwNvc', format: 'watch' }],
    ['a watch page without v', 'https://www.youtube.com/watch?list=PL1', null],
    ['a watch page with a bad id', 'https://www.youtube.com/watch?v=short', null],
    ['a Short with a bad id', 'https://www.youtube.com/shorts/abc', null],
    ['a channel id of the wrong shape', 'https://www.youtube.com/channel/UC123', null],
    ['an unknown channel tab', 'https://www.youtube.com/@kurzgesagt/video/123', null],
    ['a handle with markup', 'https://www.youtube.com/@a%3Cscript%3E', null],
    ['/@ alone', 'https://www.youtube.com/@', null],
    ['the home page', 'https://www.youtube.com/', null],
    ['search results', 'https://www.youtube.com/results?search_query=cats', null],
    ['subscriptions', 'https://www.youtube.com/feed/subscriptions', null],
    ['YouTube Music', 'https://music.youtube.com/@kurzgesagt', null],
    ['a look-alike host', 'https://youtube.com.example.net/@kurzgesagt', null],
    ['another site', 'https://www.tiktok.com/@kurzgesagt', null],
  ])('reads %s', (_label, href, expected) => {
    expect(parseYouTubeUrl(new URL(href))).toEqual(expected);
  });
});

describe('youtubeSite', () => {
  it('answers only for youtube.com, www. and m.', () => {
    expect(youtubeSite(new URL('https://www.tiktok.com/@x'))).toBeNull();
    expect(youtubeSite(new URL('https://music.youtube.com/@x'))).toBeNull();
    expect(youtubeSite(new URL('https://youtu.be/7PIMiDcwNvc'))).toBeNull();
  });

  it('reads channels as profiles and videos as posts, keyed by what the URL names', () => {
    const profile = youtubeSite(new URL('https://www.youtube.com/@Kurzgesagt/videos'));
    expect(profile !== null && 'reader' in profile && profile.reader).toMatchObject({ platform: 'youtube', pageKind: 'profile', key: '@kurzgesagt/videos' });
    const byId = youtubeSite(new URL('https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q'));
    expect(byId !== null && 'reader' in byId && byId.reader.key).toBe('channel/UCsXVk37bltHxD1rDPwtNM8Q/featured');
    const watch = youtubeSite(new URL('https://m.youtube.com/watch?v=7PIMiDcwNvc'));
    expect(watch !== null && 'reader' in watch && watch.reader).toMatchObject({ pageKind: 'post', key: 'watch/7PIMiDcwNvc' });
    const short = youtubeSite(new URL('https://www.youtube.com/shorts/chefShort01'));
    expect(short !== null && 'reader' in short && short.reader.key).toBe('shorts/chefShort01');
  });

  it('explains other YouTube pages', () => {
    const answer = youtubeSite(new URL('https://www.youtube.com/results?search_query=cats'));
    expect(answer !== null && 'unsupported' in answer ? english(answer.unsupported) : answer).toMatch(/not a channel or a video/);
  });
});

// ---- One reader script per kind of page ------------------------------------------------------

describe('the channel and the video reader scripts', () => {
  const NOW = Date.UTC(2026, 5, 20, 9, 30);
  const read = (site: typeof youtubeSite, file: string, href: string) => readSitePage([site], load(file), () => href, () => NOW, 1);
  const CHANNEL: [string, string] = ['channel-c4TabbedHeader-videoRenderer-2023-12.html', 'https://www.youtube.com/@orbitlab/videos'];
  const WATCH: [string, string] = ['watch-2026-06.html', 'https://www.youtube.com/watch?v=kLabWatch01'];

  it('each reads its own kind of page as the whole site does', async () => {
    expect(await read(youtubeChannelSite, ...CHANNEL)).toEqual(await read(youtubeSite, ...CHANNEL));
    expect(await read(youtubeVideoSite, ...WATCH)).toEqual(await read(youtubeSite, ...WATCH));
    expect((await read(youtubeChannelSite, ...CHANNEL)).ok).toBe(true);
    expect((await read(youtubeVideoSite, ...WATCH)).ok).toBe(true);
  });

  it('says the page moved when it finds the other kind (the tab went on to a video or a channel)', async () => {
    for (const response of [await read(youtubeChannelSite, ...WATCH), await read(youtubeVideoSite, ...CHANNEL)]) {
      expect(response.ok).toBe(false);
      if (!response.ok) expect(english(response.error.message)).toMatch(/moved to another address/);
    }
  });
});

// ---- What the readiness check found, used by the reading right after it ----------------------

describe('a channel page read right after its check', () => {
  const NOW = Date.UTC(2026, 5, 20, 9, 30);
  const HREF = 'https://www.youtube.com/@spielwerk/videos';
  const FILE = 'channel-pageHeaderViewModel-lockupViewModel-2026-05.html';
  const readiness = (doc: Document) => youtubeChannelSite(new URL(HREF));
  const checkThenRead = (doc: Document, between: (doc: Document) => void = () => undefined): Snapshot => {
    const site = readiness(doc);
    if (site === null || !('reader' in site)) throw new Error('not a channel page');
    expect(site.reader.readiness(doc, new URL(HREF))).toEqual({ ready: true });
    between(doc);
    return site.reader.extract(doc, new URL(HREF), NOW);
  };

  it('reads the same as a reading without the check', () => {
    expect(checkThenRead(load(FILE))).toEqual(channel(load(FILE), HREF, NOW));
  });

  it('reads the page anew when its header changed after the check, however soon', () => {
    // The header now shows another channel (the page moved on while the data stayed).
    const otherHeader = (doc: Document) => {
      const handle = Array.from(doc.querySelectorAll('span[role="text"]')).find((span) => span.textContent === '@spielwerk');
      handle!.textContent = '@anderer.kanal';
    };
    const afterCheck = checkThenRead(load(FILE), otherHeader);
    const changed = load(FILE);
    otherHeader(changed);
    expect(afterCheck).toEqual(channel(changed, HREF, NOW));
    expect(afterCheck.sources).not.toContain('dom');
    expect(afterCheck.notices.map(english).join(' ')).toMatch(/anderer\.kanal/);
  });

  it("reads the page anew when its embedded data changed after the check (another channel's)", () => {
    const otherData = (doc: Document) => {
      const script = Array.from(doc.querySelectorAll('script')).find((element) => element.textContent?.includes('ytInitialData'));
      script!.textContent = script!.textContent!.replaceAll('spielwerk', 'otherchannel').replaceAll('Spielwerk', 'Other Channel');
    };
    const afterCheck = checkThenRead(load(FILE), otherData);
    const changed = load(FILE);
    otherData(changed);
    expect(afterCheck).toEqual(channel(changed, HREF, NOW));
    expect(afterCheck.sources).not.toContain('embedded-json:ytInitialData');
  });

  it('does not lend one page’s check to another page', () => {
    const checkedDoc = load(FILE);
    readiness(checkedDoc);
    const site = readiness(checkedDoc);
    if (site === null || !('reader' in site)) throw new Error('not a channel page');
    site.reader.readiness(checkedDoc, new URL(HREF));
    const other = load('channel-dom-only-2026-04.html');
    const otherHref = 'https://www.youtube.com/@trailnotes/videos';
    expect(site.reader.extract(other, new URL(otherHref), NOW)).toEqual(channel(load('channel-dom-only-2026-04.html'), otherHref, NOW));
  });
});
