// The posts an assessment looks at: the page's own merged with those seen earlier on their own
// pages, then the recent window (pinned posts left out: they stay on top whatever their age).
import { narrower } from '../parse/count-helpers';
import type { Post, Snapshot } from '../schema/snapshot';
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
  /**
   * Per-post series several figures share, each worked out on first use (./series). Kept on the
   * sample so they die with it: kept in a WeakMap beside it, they outlived V8's minor collections.
   */
  memo: Map<unknown, unknown>;
}

/** Each post once; a post read twice (grid and own page) keeps each figure's narrower reading. */
export function mergePosts(current: readonly Post[], seenBefore: readonly Post[]): Post[] {
  // Most assessments have nothing seen before: the page's posts as they are.
  if (seenBefore.length === 0) return [...current];
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
  // One pass sorts the posts: pinned, unpinned inside the window, unpinned older than it. A post
  // is out only when even its latest possible date is before the cutoff; undated posts count.
  const pinned: Post[] = [];
  const inWindow: Post[] = [];
  let olderThanWindow = 0;
  for (const post of all) {
    if (post.pinned) pinned.push(post);
    else if (post.publishedAt !== null && post.publishedAt.max < cutoff) olderThanWindow++;
    else inWindow.push(post);
  }
  return {
    snapshot,
    all,
    recent: inWindow.slice(0, settings.windowPosts),
    pinned,
    settings,
    now,
    coversWindow: olderThanWindow > 0,
    olderThanWindow,
    memo: new Map(),
  };
}
