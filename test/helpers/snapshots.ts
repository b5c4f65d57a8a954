// Builders for Snapshot objects used across the unit tests. The default is a healthy TikTok
// creator read from embedded JSON, so every count is exact unless a test says otherwise:
//   50,000 followers, 200 following, 300,000 lifetime likes over 100 videos,
//   10 unpinned videos at 10,000 views each (view rate 20%, likes/video/follower 6%).
import { emptyPost } from '../../lib/platforms/common';
import type { Count, Post, Snapshot } from '../../lib/schema/snapshot';

export const CAPTURED_AT = Date.UTC(2026, 0, 15, 12, 0, 0);

/** An exact count, as the page's embedded JSON gives it. */
export function exact(value: number): Count {
  return { value, min: value, max: value, source: 'embedded-json' };
}

/** A count the page showed rounded ("12.3K" is 12,250..12,349 with value 12,300). */
export function rounded(value: number, min: number, max: number, shown: string): Count {
  return { value, min, max, source: 'text', shown };
}

/**
 * One post per entry of `views`; `pinned` lists the indexes of the pinned ones.
 * A `null` view count stands for a video whose views could not be read.
 */
export function makePosts(views: ReadonlyArray<number | null>, pinned: ReadonlyArray<number> = []): Post[] {
  return views.map((count, index) => {
    const id = `7${String(index).padStart(18, '0')}`;
    return {
      ...emptyPost(id, `https://www.tiktok.com/@lena/video/${id}`),
      views: count === null ? null : exact(count),
      pinned: pinned.includes(index),
    };
  });
}

/** `count` unpinned videos with the same view count. */
export function sameViews(count: number, views: number): Post[] {
  return makePosts(Array.from({ length: count }, () => views));
}

export interface SnapshotOverrides extends Partial<Omit<Snapshot, 'creator'>> {
  creator?: Partial<Snapshot['creator']>;
}

export function makeSnapshot(overrides: SnapshotOverrides = {}): Snapshot {
  const { creator, ...rest } = overrides;
  const handle = creator?.handle ?? 'lena';
  return {
    version: 1,
    platform: 'tiktok',
    pageKind: 'profile',
    lang: 'en',
    url: `https://www.tiktok.com/@${handle}`,
    capturedAt: CAPTURED_AT,
    posts: sameViews(10, 10_000),
    missing: [],
    sources: ['embedded-json:universal'],
    notices: [],
    ...rest,
    creator: {
      handle,
      displayName: 'Lena',
      bio: 'Skincare for busy mornings',
      bioLinks: [],
      email: null,
      verified: false,
      privateAccount: false,
      followers: exact(50_000),
      following: exact(200),
      totalLikes: exact(300_000),
      postCount: exact(100),
      ...creator,
    },
  };
}

export const DAY = 86_400_000;

/** A publish date `days` before CAPTURED_AT, exact (as embedded JSON gives it). */
export function daysAgo(days: number): Count {
  return exact(CAPTURED_AT - days * DAY);
}

/** A publish date as a relative "3 days ago" allows: anywhere in that day. */
export function roughlyDaysAgo(days: number): Count {
  const middle = CAPTURED_AT - days * DAY;
  return { value: middle, min: middle - DAY / 2, max: middle + DAY / 2, source: 'text', shown: `${days}d ago` };
}

/** One post with the given fields; `index` makes its id. */
export function makePost(index: number, fields: Partial<Post> = {}): Post {
  return { ...makePosts([null])[0]!, id: `p${index}`, url: `https://www.tiktok.com/@lena/video/p${index}`, ...fields };
}

/**
 * Posts as their own pages show them: one per row of [views, likes, comments] (views may be null,
 * as on an Instagram photo), all exact.
 */
export function engagedPosts(rows: ReadonlyArray<readonly [number | null, number, number]>): Post[] {
  return rows.map(([views, likes, comments], index) =>
    makePost(index, { views: views === null ? null : exact(views), likes: exact(likes), comments: exact(comments) }),
  );
}

/** `count` posts with the same views, likes and comments. */
export function sameEngagement(count: number, views: number | null, likes: number, comments: number): Post[] {
  return engagedPosts(Array.from({ length: count }, () => [views, likes, comments] as const));
}

/** `count` posts with captions (and optional fields), for disclosure rules. */
export function captioned(captions: ReadonlyArray<string | null>, fields: Partial<Post> = {}): Post[] {
  return captions.map((caption, index) => makePost(index, { caption, ...fields }));
}
