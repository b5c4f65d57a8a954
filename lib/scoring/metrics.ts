// The figures the score is built from. Each carries its formula, sample and rounding range.
import { narrower } from '../platforms/common';
import type { Count, Post, Snapshot } from '../schema';
import { ER_BY_FOLLOWERS, TIKTOK_ER_BY_FOLLOWERS } from './benchmarks';
import { mean, median } from './stats';
import type { Metric } from './types';

export interface ViewSample {
  values: number[];
  mins: number[];
  maxes: number[];
}

/**
 * The posts the metrics look at: the page's own, then those seen earlier on their own pages
 * (newest first), each once, at most the last 30.
 */
export function samplePosts(snapshot: Snapshot, seenBefore: readonly Post[]): Post[] {
  const seen = new Map(seenBefore.map((post) => [post.id, post]));
  const merged = snapshot.posts.map((post) => {
    const earlier = seen.get(post.id);
    seen.delete(post.id);
    return earlier ? combinePost(post, earlier) : post;
  });
  return [...merged, ...seen.values()].slice(0, RECENT_POSTS);
}

/** One post read twice (on the grid and on its own page): each figure from the better reading. */
function combinePost(current: Post, earlier: Post): Post {
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
  };
}

export const RECENT_POSTS = 30;

/** View counts of the posts that are not pinned (pinned ones stay on top whatever their age). */
export function recentViews(posts: readonly Post[]): ViewSample {
  const sample: ViewSample = { values: [], mins: [], maxes: [] };
  for (const post of posts) {
    if (post.pinned || post.views === null) continue;
    sample.values.push(post.views.value);
    sample.mins.push(post.views.min);
    sample.maxes.push(post.views.max);
  }
  return sample;
}

function unknown(base: Omit<Metric, 'value' | 'range'>, reason: string): Metric {
  return { ...base, value: null, range: null, unknownReason: reason };
}

function viewsReason(snapshot: Snapshot): string {
  if (snapshot.creator.privateAccount) return 'the account is private, so its posts are hidden';
  return snapshot.posts.length === 0 ? 'no posts are visible on the page' : 'no unpinned post shows a view count';
}

export function medianViews(snapshot: Snapshot, posts: readonly Post[]): Metric {
  const sample = recentViews(posts);
  const base = {
    id: 'medianViews' as const,
    label: 'Median views',
    unit: 'count' as const,
    formula: 'median of the views of the recent posts, pinned ones left out',
    sampleSize: sample.values.length,
  };
  const value = median(sample.values);
  if (value === null) return unknown(base, viewsReason(snapshot));
  return { ...base, value, range: { min: median(sample.mins)!, max: median(sample.maxes)! } };
}

export function meanViews(snapshot: Snapshot, posts: readonly Post[]): Metric {
  const sample = recentViews(posts);
  const base = {
    id: 'meanViews' as const,
    label: 'Mean views',
    unit: 'count' as const,
    formula: 'average of the views of the recent posts, pinned ones left out',
    sampleSize: sample.values.length,
  };
  const value = mean(sample.values);
  if (value === null) return unknown(base, viewsReason(snapshot));
  return { ...base, value, range: { min: mean(sample.mins)!, max: mean(sample.maxes)! } };
}

function followersReason(followers: Count | null): string | null {
  if (followers === null) return 'the follower count could not be read';
  if (followers.max === 0) return 'the creator has no followers';
  return null;
}

export function viewRate(snapshot: Snapshot, posts: readonly Post[]): Metric {
  const views = medianViews(snapshot, posts);
  const followers = snapshot.creator.followers;
  const base = {
    id: 'viewRate' as const,
    label: 'View rate',
    unit: 'ratio' as const,
    formula: 'median views of unpinned recent posts ÷ followers',
    sampleSize: views.sampleSize,
  };
  const missingFollowers = followersReason(followers);
  if (missingFollowers !== null || followers === null) return unknown(base, missingFollowers ?? '');
  if (views.value === null || views.range === null) return unknown(base, views.unknownReason ?? viewsReason(snapshot));
  return {
    ...base,
    value: views.value / followers.value,
    range: { min: views.range.min / Math.max(1, followers.max), max: views.range.max / Math.max(1, followers.min) },
  };
}

/** (likes + comments) ÷ followers, per post, median over the recent posts that show both. */
export function engagementRate(snapshot: Snapshot, posts: readonly Post[]): Metric {
  const followers = snapshot.creator.followers;
  const measured = posts.filter((post) => !post.pinned && post.likes !== null && post.comments !== null);
  const base = {
    id: 'engagementRate' as const,
    label: 'Engagement rate',
    unit: 'ratio' as const,
    formula: '(likes + comments) ÷ followers, median over recent posts',
    sampleSize: measured.length,
    ...(ER_BY_FOLLOWERS[snapshot.platform] ? { benchmark: ER_BY_FOLLOWERS[snapshot.platform] } : {}),
  };
  const missingFollowers = followersReason(followers);
  if (missingFollowers !== null || followers === null) return unknown(base, missingFollowers ?? '');
  if (measured.length === 0) {
    return unknown(base, 'no post with both likes and comments has been seen yet: open a few recent posts and score them');
  }
  const per = (pick: (count: Count) => number, divisor: number) =>
    median(measured.map((post) => (pick(post.likes!) + pick(post.comments!)) / Math.max(1, divisor)))!;
  return {
    ...base,
    value: per((count) => count.value, followers.value),
    range: { min: per((count) => count.min, followers.max), max: per((count) => count.max, followers.min) },
  };
}

export function likesPerVideoPerFollower(snapshot: Snapshot): Metric {
  const { totalLikes, postCount, followers } = snapshot.creator;
  const base = {
    id: 'likesPerVideoPerFollower' as const,
    label: 'Likes per video per follower',
    unit: 'ratio' as const,
    formula: 'lifetime likes ÷ videos ÷ followers',
    sampleSize: postCount?.value ?? 0,
    benchmark: TIKTOK_ER_BY_FOLLOWERS,
  };
  const missingFollowers = followersReason(followers);
  if (missingFollowers !== null || followers === null) return unknown(base, missingFollowers ?? '');
  if (totalLikes === null) return unknown(base, 'the total like count could not be read');
  if (postCount === null) return unknown(base, 'the video count could not be read');
  if (postCount.value === 0) return unknown(base, 'the creator has posted no videos');
  return {
    ...base,
    value: totalLikes.value / postCount.value / followers.value,
    range: {
      min: totalLikes.min / Math.max(1, postCount.max) / Math.max(1, followers.max),
      max: totalLikes.max / Math.max(1, postCount.min) / Math.max(1, followers.min),
    },
  };
}
