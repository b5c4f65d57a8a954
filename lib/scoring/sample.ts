// The posts an assessment looks at: the page's own merged with those seen earlier on their own
// pages, then the recent window (pinned posts left out: they stay on top whatever their age).
import { narrower } from '../platforms/common';
import type { Post, Snapshot } from '../schema';
import type { ScoringSettings } from './types';

export const DAY_MS = 86_400_000;

export interface Sample {
  snapshot: Snapshot;
  /** Every post known, page order first, then the earlier-seen ones (newest first). */
  all: Post[];
  /** Unpinned posts inside the window: the medians are taken over these. */
  recent: Post[];
  pinned: Post[];
  settings: ScoringSettings;
  now: number;
  /** A dated unpinned post older than the window was seen, so the window is fully covered. */
  coversWindow: boolean;
  /** Unpinned posts left out because they are older than the window. */
  olderThanWindow: number;
}

/** Each post once; a post read twice (grid and own page) keeps each figure's narrower reading. */
export function mergePosts(current: readonly Post[], seenBefore: readonly Post[]): Post[] {
  const seen = new Map(seenBefore.map((post) => [post.id, post]));
  const merged = current.map((post) => {
    const earlier = seen.get(post.id);
    seen.delete(post.id);
    return earlier ? combinePost(post, earlier) : post;
  });
  return [...merged, ...seen.values()];
}

export function combinePost(current: Post, earlier: Post): Post {
  return {
    ...current,
    views: narrower(current.views, earlier.views),
    likes: narrower(current.likes, earlier.likes),
    comments: narrower(current.comments, earlier.comments),
    shares: narrower(current.shares, earlier.shares),
    saves: narrower(current.saves, earlier.saves),
    publishedAt: narrower(current.publishedAt, earlier.publishedAt),
    sponsored: current.sponsored ?? earlier.sponsored,
    caption: current.caption ?? earlier.caption,
    hashtags: current.hashtags.length > 0 ? current.hashtags : earlier.hashtags,
    mentions: current.mentions.length > 0 ? current.mentions : earlier.mentions,
    visibleComments: current.visibleComments.length >= earlier.visibleComments.length ? current.visibleComments : earlier.visibleComments,
  };
}

export function buildSample(snapshot: Snapshot, seenPosts: readonly Post[], settings: ScoringSettings, now: number): Sample {
  const all = mergePosts(snapshot.posts, seenPosts);
  const cutoff = now - settings.windowDays * DAY_MS;
  // A post is out only when even its latest possible date is before the cutoff; undated posts count.
  const isOld = (post: Post) => post.publishedAt !== null && post.publishedAt.max < cutoff;
  const unpinned = all.filter((post) => !post.pinned);
  const olderThanWindow = unpinned.filter(isOld).length;
  return {
    snapshot,
    all,
    recent: unpinned.filter((post) => !isOld(post)).slice(0, settings.windowPosts),
    pinned: all.filter((post) => post.pinned),
    settings,
    now,
    coversWindow: olderThanWindow > 0,
    olderThanWindow,
  };
}
