// The heavy pages the speed benchmarks load (bench/heavy-pages.ts) are read in full by their
// platform's extractor: every generated post with its own id and views, the creator's counts as
// the recorded fixture gives them, and a valid snapshot (at most 500 posts: no grid here is cut).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/fixtures';
import {
  fixtureText,
  heavyInstagramReels,
  heavyTikTokProfile,
  heavyYouTubeChannel,
  instagramShort,
  tiktokShort,
  youtubeShort,
  type HeavyPage,
} from '../../bench/heavy-pages';
import { extractInstagramProfile } from '../../lib/platforms/instagram/profile';
import { instagramReadiness } from '../../lib/platforms/instagram/readiness';
import { extractTikTokProfile, tiktokReadiness } from '../../lib/platforms/tiktok/profile';
import { channelPageReadiness, extractYouTubeChannel } from '../../lib/platforms/youtube/profile';
import { SnapshotSchema, type Snapshot } from '../../lib/schema/snapshot';

const NOW = Date.UTC(2025, 5, 20, 9, 30);

function expectValid(snapshot: Snapshot): void {
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues).slice(0, 2000)).toBe(true);
}

type Extract = (doc: Document, url: URL, now: number) => Snapshot;

function read(page: HeavyPage, extract: Extract): Snapshot {
  return extract(parseHtml(page.html), new URL(page.url), NOW);
}

/** The creator as read from the unmodified fixture at the same address. */
function original(fixture: string, url: string, extract: Extract): Snapshot['creator'] {
  return extract(parseHtml(fixtureText(fixture)), new URL(url), NOW).creator;
}

describe('number formats the generators write', () => {
  it('cut YouTube counts down, round TikTok and Instagram ones', () => {
    expect([999, 1_409_461, 572_797, 5_000_000, 15_669_786].map(youtubeShort)).toEqual(['999', '1.4M', '572K', '5M', '15M']);
    expect([812, 5_123, 5_160, 1_250_000].map(tiktokShort)).toEqual(['812', '5.1K', '5.2K', '1.3M']);
    expect([9_870, 48_149, 2_400_000].map(instagramShort)).toEqual(['9,870', '48.1K', '2.4M']);
  });
});

describe('YouTube channel Videos tab, 300 videos', () => {
  const page = heavyYouTubeChannel();
  const doc = parseHtml(page.html);

  it('has the 300 videos in both the embedded data and the rendered grid, each id once', () => {
    expect(doc.querySelectorAll('ytd-rich-item-renderer')).toHaveLength(300);
    const ids = [...page.html.matchAll(/"videoId":"(heavy\d{6})"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(300);
    expect(new Set(page.views).size).toBeGreaterThan(250);
  });

  it('is ready at once and read in full, each video with its exact views', () => {
    expect(channelPageReadiness(doc, new URL(page.url))).toEqual({ ready: true });
    const snapshot = read(page, extractYouTubeChannel);
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'dom']);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.posts).toHaveLength(300);
    expect(new Set(snapshot.posts.map((post) => post.id)).size).toBe(300);
    expect(snapshot.posts.map((post) => post.views && [post.views.value, post.views.min, post.views.max])).toEqual(page.views.map((views) => [views, views, views]));
    expect(snapshot.posts.every((post) => post.publishedAt !== null && post.caption?.startsWith('Orbit notes'))).toBe(true);
  });

  it("keeps the creator's counts as the recorded page gives them", () => {
    const creator = read(page, extractYouTubeChannel).creator;
    expect(creator).toEqual(original('youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html', page.url, extractYouTubeChannel));
    expect(creator.handle).toBe('orbitlab');
    expect(creator.followers).toMatchObject({ value: 21_500_000, min: 21_500_000, max: 21_599_999 });
    expect(creator.postCount).toMatchObject({ value: 200, min: 200, max: 200 });
  });
});

describe('TikTok profile grid, 200 videos', () => {
  const page = heavyTikTokProfile();
  const doc = parseHtml(page.html);

  it('has the 200 videos in both the embedded item list and the rendered grid', () => {
    expect(doc.querySelectorAll('[data-e2e="user-post-item"]')).toHaveLength(200);
    const data = JSON.parse(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent!) as {
      __DEFAULT_SCOPE__: { 'webapp.user-detail': { userInfo: { itemList: Array<{ id: string }> } } };
    };
    const items = data.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo.itemList;
    expect(new Set(items.map((item) => item.id)).size).toBe(200);
  });

  it('is ready at once and read in full: exact views from the data, the first video pinned', () => {
    expect(tiktokReadiness(doc, new URL(page.url))).toEqual({ ready: true });
    const snapshot = read(page, extractTikTokProfile);
    expectValid(snapshot);
    expect(snapshot.sources).toEqual(['embedded-json:universal', 'dom']);
    expect(snapshot.posts).toHaveLength(200);
    expect(new Set(snapshot.posts.map((post) => post.id)).size).toBe(200);
    // Each video's true views, exact where its statsV2 shows more than its rounded stats; a video whose
    // every figure is as round as TikTok's rounding (9100 views, 500 likes…) reads as the rounded range.
    const viewsRead = snapshot.posts.map((post) => post.views);
    expect(viewsRead.every((views, i) => views !== null && views.value === page.views[i] && views.min <= page.views[i]! && views.max >= page.views[i]!)).toBe(true);
    expect(viewsRead.filter((views) => views !== null && views.min === views.max).length).toBeGreaterThanOrEqual(190);
    expect(snapshot.posts.map((post) => post.pinned).filter(Boolean)).toHaveLength(1);
    expect(snapshot.posts[0]!.pinned).toBe(true);
    expect(snapshot.posts.every((post) => post.likes !== null && post.publishedAt !== null && post.hashtags.includes('makeup'))).toBe(true);
  });

  it("keeps the creator's counts as the recorded page gives them", () => {
    const creator = read(page, extractTikTokProfile).creator;
    expect(creator).toEqual(original('tiktok/profile-universal-2025-06.html', page.url, extractTikTokProfile));
    expect(creator.followers).toMatchObject({ value: 48_213, min: 48_213, max: 48_213 });
    expect(creator.totalLikes).toMatchObject({ value: 1_287_450 });
    expect(creator.postCount).toMatchObject({ value: 214 });
  });
});

describe('Instagram Reels tab, 100 tiles', () => {
  const page = heavyInstagramReels();
  const doc = parseHtml(page.html);

  it('has the 100 tiles in the rendered grid, three to a row', () => {
    expect(doc.querySelectorAll('main a[href*="/reel/"]')).toHaveLength(100);
    expect(doc.querySelectorAll('._ac7v')).toHaveLength(34);
  });

  it("is ready at once and read in full, each tile's views with the precision shown", () => {
    expect(instagramReadiness(doc, new URL(page.url))).toEqual({ ready: true });
    const snapshot = read(page, extractInstagramProfile);
    expectValid(snapshot);
    expect(snapshot.posts).toHaveLength(100);
    expect(new Set(snapshot.posts.map((post) => post.id)).size).toBe(100);
    snapshot.posts.forEach((post, i) => {
      const views = page.views[i]!;
      expect(post.views, post.id).not.toBeNull();
      expect(post.views!.min <= views && views <= post.views!.max, `${post.id}: ${views} in ${JSON.stringify(post.views)}`).toBe(true);
      if (views >= 10_000) expect(post.views!.shown).toBe(instagramShort(views));
    });
    expect(snapshot.posts.map((post) => post.pinned).filter(Boolean)).toHaveLength(1);
    expect(snapshot.posts[0]!.pinned).toBe(true);
  });

  it("keeps the creator's counts as the recorded page gives them", () => {
    const creator = read(page, extractInstagramProfile).creator;
    expect(creator).toEqual(original('instagram/profile-reels-tab-2025-06.html', page.url, extractInstagramProfile));
    expect(creator.followers).toMatchObject({ value: 85_310, min: 85_310, max: 85_310 });
    expect(creator.following).toMatchObject({ value: 1_021 });
    expect(creator.postCount).toMatchObject({ value: 312 });
  });
});
