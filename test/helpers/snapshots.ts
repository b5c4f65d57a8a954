// Builders for Snapshot objects used across the unit tests. The default is a healthy TikTok
// creator read from embedded JSON, so every count is exact unless a test says otherwise:
//   50,000 followers, 200 following, 300,000 lifetime likes over 100 videos,
//   10 unpinned videos at 10,000 views each (view rate 20%, likes/video/follower 6%).
import { emptyPost } from '../../lib/platforms/common';
import type { Count, CreatorFields, Post, Snapshot } from '../../lib/schema';

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
  creator?: Partial<CreatorFields>;
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
