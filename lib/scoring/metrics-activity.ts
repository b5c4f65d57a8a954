// How often and how lately the creator posts, from the dates of the posts seen.
import { text } from '../i18n/text';
import { metricLabel } from './labels';
import { known, postsReason, unknown, type MetricBase } from './metric';
import { DAY_MS, type Sample } from './sample';
import type { Metric } from './types';

export function daysSinceLastPost(sample: Sample): Metric {
  // Pinned posts count here: a pinned post can be the newest one.
  const dates = sample.all.flatMap((post) => (post.publishedAt === null ? [] : [post.publishedAt]));
  const base: MetricBase = {
    id: 'daysSinceLastPost',
    label: metricLabel('daysSinceLastPost'),
    unit: 'days',
    formula: text('sc_formulaDaysSinceLastPost'),
    sampleSize: dates.length,
  };
  if (dates.length === 0) return unknown(base, postsReason(sample, 'date'));
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
    label: metricLabel('postsPerWeek'),
    unit: 'per-week',
    formula: windowFull
      ? text('sc_formulaPostsPerWeekWindow', { days: sample.settings.windowDays, weeks: (sample.settings.windowDays / 7).toFixed(1) })
      : text('sc_formulaPostsPerWeekSpan'),
    sampleSize: dates.length,
  };
  if (dates.length < 2) return unknown(base, dates.length === 0 ? postsReason(sample, 'date') : text('sc_reasonOneDate'));
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
