// How often and how lately the creator posts, from the dates of the posts seen.
import { known, postsReason, unknown, type MetricBase } from './metric';
import { DAY_MS, type Sample } from './sample';
import type { Metric } from './types';

export function daysSinceLastPost(sample: Sample): Metric {
  // Pinned posts count here: a pinned post can be the newest one.
  const dates = sample.all.flatMap((post) => (post.publishedAt === null ? [] : [post.publishedAt]));
  const base: MetricBase = {
    id: 'daysSinceLastPost',
    label: 'Days since the last post',
    unit: 'days',
    formula: '(now − date of the newest post seen) ÷ 1 day',
    sampleSize: dates.length,
  };
  if (dates.length === 0) return unknown(base, postsReason(sample, 'a date'));
  const days = (at: number) => Math.max(0, (sample.now - at) / DAY_MS);
  return known(base, {
    value: days(Math.max(...dates.map((d) => d.value))),
    min: days(Math.max(...dates.map((d) => d.max))),
    max: days(Math.max(...dates.map((d) => d.min))),
  });
}

/**
 * Posts per week over the recent window. When a post older than the window was seen, every post
 * of the window is known and the window's length is the span; otherwise the span runs from the
 * oldest dated recent post to now, so a silence since the last post lowers the rate.
 */
export function postsPerWeek(sample: Sample): Metric {
  const dates = sample.recent.flatMap((post) => (post.publishedAt === null ? [] : [post.publishedAt]));
  const windowFull = sample.coversWindow && sample.recent.length < sample.settings.windowPosts;
  const base: MetricBase = {
    id: 'postsPerWeek',
    label: 'Posts per week',
    unit: 'per-week',
    formula: windowFull
      ? `dated posts of the last ${sample.settings.windowDays} days ÷ ${(sample.settings.windowDays / 7).toFixed(1)} weeks`
      : 'dated recent posts ÷ weeks from the oldest of them to now',
    sampleSize: dates.length,
  };
  if (dates.length < 2) return unknown(base, dates.length === 0 ? postsReason(sample, 'a date') : 'only one recent post shows a date');
  if (windowFull) {
    const rate = dates.length / (sample.settings.windowDays / 7);
    return known(base, { value: rate, min: rate, max: rate });
  }
  const weeksSince = (at: number) => Math.max(1, (sample.now - at) / DAY_MS) / 7;
  const n = dates.length;
  return known(base, {
    value: n / weeksSince(Math.min(...dates.map((d) => d.value))),
    min: n / weeksSince(Math.min(...dates.map((d) => d.min))),
    max: n / weeksSince(Math.min(...dates.map((d) => d.max))),
  });
}
