// Shared pieces of the metric modules: how a known or unknown figure is written, and the
// per-post readings several metrics share.
import { text, type Text } from '../i18n/text';
import type { Count, Post } from '../schema/snapshot';
import type { Sample } from './sample';
import { sum, type Reading } from './stats';
import type { Metric, MetricId } from './types';

export type MetricSet = Record<MetricId, Metric>;
export type MetricBase = Pick<Metric, 'id' | 'label' | 'unit' | 'formula' | 'sampleSize'>;

/** Fewer posts than this and a per-post flag does not fire: confidence drops instead. */
export const MIN_POSTS_FOR_FLAGS = 5;
/** Fewer posts than this and a per-post figure does not feed the score. */
export const MIN_POSTS_FOR_SCORE = 3;

// Written out rather than spread: every metric passes here, and a spread of objects this varied
// takes V8's slow path.
export function known(base: MetricBase, reading: Reading): Metric {
  const { id, label, unit, formula, sampleSize } = base;
  return { id, label, unit, formula, sampleSize, value: reading.value, range: { min: reading.min, max: reading.max } };
}

export function unknown(base: MetricBase, reason: Text): Metric {
  const { id, label, unit, formula, sampleSize } = base;
  return { id, label, unit, formula, sampleSize, value: null, range: null, unknownReason: reason };
}

const FOLLOWERS_PROBLEMS = ['sc_reasonFollowersUnreadable', 'sc_reasonNoFollowers'] as const;

export function followersProblem(followers: Count | null): Text | null {
  if (followers === null) return text(FOLLOWERS_PROBLEMS[0]);
  if (followers.max === 0) return text(FOLLOWERS_PROBLEMS[1]);
  return null;
}

/** True when `reason` says the follower count is missing or 0 (nothing to divide by). */
export function isFollowersProblem(reason: Text | undefined): boolean {
  return reason !== undefined && (FOLLOWERS_PROBLEMS as readonly string[]).includes(reason.key);
}

/** What a post shows, in the words of "no unpinned post shows …". */
export type Shown =
  | 'viewCount'
  | 'likesAndComments'
  | 'likeCount'
  | 'commentCount'
  | 'bothLikesAndComments'
  | 'captionOrLabel'
  | 'caption'
  | 'date'
  | 'viewsWithEngagement'
  | 'viewsAndShares'
  | 'viewsAndSaves';

/** Why no recent post shows `what` (e.g. a view count). */
export function postsReason(sample: Sample, what: Shown): Text {
  if (sample.snapshot.creator.privateAccount) return text('sc_reasonPrivate');
  if (sample.all.length === 0) return text('sc_reasonNoPosts');
  if (sample.recent.length === 0 && sample.olderThanWindow > 0) {
    return text('sc_reasonNoneInWindow', { days: sample.settings.windowDays });
  }
  return text('sc_reasonNoneShows', { what });
}

/** Likes + comments of a post, when it shows both. */
export function engagementOf(post: Post): Reading | null {
  return post.likes !== null && post.comments !== null ? sum(post.likes, post.comments) : null;
}

/** The value of `engagementOf` alone, for the chart, which draws no range. */
export function engagementValue(post: Post): number | null {
  return post.likes !== null && post.comments !== null ? post.likes.value + post.comments.value : null;
}

/** Likes + comments (+ shares when shown), the numerator of engagement per view. */
export function interactionsOf(post: Post): Reading | null {
  const engagement = engagementOf(post);
  if (engagement === null) return null;
  return post.shares === null ? engagement : sum(engagement, post.shares);
}

export type PostWithViews = Post & { views: Count };

/** Posts with a readable, non-zero view count (a 0 cannot divide). */
export function withViews(posts: readonly Post[]): PostWithViews[] {
  return posts.filter((post): post is PostWithViews => post.views !== null && post.views.value > 0);
}
