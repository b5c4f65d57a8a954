// How often and how lately the creator posts, from the dates of the posts seen.
import { text } from '../i18n/text';
import { metricLabel } from './labels';
import { known, postsReason, unknown, type MetricBase } from './metric';
import { DAY_MS, type Sample } from './sample';
import { collect, highest, lowest } from './stats';
import type { Metric } from './types';

/** Whole days gone by (557.6 days are 557): the one day count the metric, the flag, the cap and the score all show. */
const daysBefore = (now: number, at: number) => Math.max(0, Math.floor((now - at) / DAY_MS));
/** At least one day, so a post made today does not divide by zero. */
const weeksBefore = (now: number, at: number) => Math.max(1, (now - at) / DAY_MS) / 7;

function newestOnProfileUndated({ snapshot, all }: Sample): boolean {
  if (snapshot.pageKind !== 'profile') return false;
  const first = snapshot.posts.find((post) => !post.pinned);
  // The post as the sample holds it: its own page may have given its date.
  return first !== undefined && (all.find((post) => post.id === first.id) ?? first).publishedAt === null;
}

export function daysSinceLastPost(sample: Sample): Metric {
  // Pinned posts count here: a pinned post can be the newest one.
  const dates = collect(sample.all, (post) => post.publishedAt);
  const base: MetricBase = {
    id: 'daysSinceLastPost',
    label: metricLabel('daysSinceLastPost'),
    unit: 'days',
    formula: text('sc_formulaDaysSinceLastPost'),
    sampleSize: dates.length,
  };
  if (dates.length === 0) return unknown(base, postsReason(sample, 'date'));
  // A profile lists its newest unpinned post first: when that one shows no date, an older post's date
  // (one opened earlier, say) says nothing of how long the creator has been silent.
  if (newestOnProfileUndated(sample)) return unknown(base, text('sc_reasonNewestUndated'));
  // The latest possible newest date gives the fewest days.
  const newest = highest(dates);
  return known(base, {
    value: daysBefore(sample.now, newest.value),
    min: daysBefore(sample.now, newest.max),
    max: daysBefore(sample.now, newest.min),
  });
}

/**
 * Posts per week over the recent window. When a post older than the window was seen, every post
 * of the window is known and the window's length is the span; otherwise the span runs from the
 * oldest dated recent post to now, so a silence since the last post lowers the rate.
 */
export function postsPerWeek(sample: Sample): Metric {
  const dates = collect(sample.recent, (post) => post.publishedAt);
  const windowFull = sample.coversWindow && sample.recent.length < sample.settings.windowPosts;
  const base: MetricBase = {
    id: 'postsPerWeek',
    label: metricLabel('postsPerWeek'),
    unit: 'per-week',
    formula: windowFull
      ? text('sc_formulaPostsPerWeekWindow', { days: sample.settings.windowDays, weeks: sample.settings.windowDays / 7 })
      : text('sc_formulaPostsPerWeekSpan'),
    sampleSize: dates.length,
  };
  if (dates.length < 2) return unknown(base, dates.length === 0 ? postsReason(sample, 'date') : text('sc_reasonOneDate'));
  if (windowFull) {
    const rate = dates.length / (sample.settings.windowDays / 7);
    return known(base, { value: rate, min: rate, max: rate });
  }
  const n = dates.length;
  // The earliest possible oldest date gives the longest span, so the lowest rate.
  const oldest = lowest(dates);
  return known(base, {
    value: n / weeksBefore(sample.now, oldest.value),
    min: n / weeksBefore(sample.now, oldest.min),
    max: n / weeksBefore(sample.now, oldest.max),
  });
}
