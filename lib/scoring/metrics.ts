// The figures the score is built from. Each carries its formula, sample and rounding range.
import type { Count, Snapshot } from '../schema';
import { TIKTOK_ER_BY_FOLLOWERS } from './benchmarks';
import { mean, median } from './stats';
import type { Metric } from './types';

export interface ViewSample {
  values: number[];
  mins: number[];
  maxes: number[];
}

/** View counts of the videos that are not pinned (pinned ones stay on top whatever their age). */
export function recentViews(snapshot: Snapshot): ViewSample {
  const sample: ViewSample = { values: [], mins: [], maxes: [] };
  for (const post of snapshot.posts) {
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
  if (snapshot.creator.privateAccount) return 'the account is private, so its videos are hidden';
  return snapshot.posts.length === 0 ? 'no videos are visible on the page' : 'no unpinned video shows a view count';
}

export function medianViews(snapshot: Snapshot): Metric {
  const sample = recentViews(snapshot);
  const base = {
    id: 'medianViews' as const,
    label: 'Median views',
    unit: 'count' as const,
    formula: 'median of the views of the visible videos, pinned ones left out',
    sampleSize: sample.values.length,
  };
  const value = median(sample.values);
  if (value === null) return unknown(base, viewsReason(snapshot));
  return { ...base, value, range: { min: median(sample.mins)!, max: median(sample.maxes)! } };
}

export function meanViews(snapshot: Snapshot): Metric {
  const sample = recentViews(snapshot);
  const base = {
    id: 'meanViews' as const,
    label: 'Mean views',
    unit: 'count' as const,
    formula: 'average of the views of the visible videos, pinned ones left out',
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

export function viewRate(snapshot: Snapshot): Metric {
  const views = medianViews(snapshot);
  const followers = snapshot.creator.followers;
  const base = {
    id: 'viewRate' as const,
    label: 'View rate',
    unit: 'ratio' as const,
    formula: 'median views of unpinned videos ÷ followers',
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
