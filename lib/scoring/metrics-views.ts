// Figures built on view counts: TikTok, YouTube and Reels conventions.
import { text } from '../i18n/text';
import type { Count } from '../schema/snapshot';
import { metricLabel } from './labels';
import { followersProblem, known, postsReason, unknown, type MetricBase, type Shown } from './metric';
import type { Sample } from './sample';
import { interactionsPerView, perViewSeries, recentMedianViews, recentViews, type PerViewSeries } from './series';
import { meanReading, ratio } from './stats';
import type { Metric } from './types';

export function medianViews(sample: Sample): Metric {
  const views = recentViews(sample);
  const base: MetricBase = {
    id: 'medianViews',
    label: metricLabel('medianViews'),
    unit: 'count',
    formula: text('sc_formulaMedianViews'),
    sampleSize: views.length,
  };
  const reading = recentMedianViews(sample);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, 'viewCount'));
}

export function meanViews(sample: Sample): Metric {
  const views = recentViews(sample);
  const base: MetricBase = {
    id: 'meanViews',
    label: metricLabel('meanViews'),
    unit: 'count',
    formula: text('sc_formulaMeanViews'),
    sampleSize: views.length,
  };
  const reading = meanReading(views);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, 'viewCount'));
}

export function viewRate(sample: Sample): Metric {
  const views = recentMedianViews(sample);
  const followers = sample.snapshot.creator.followers;
  const base: MetricBase = {
    id: 'viewRate',
    label: metricLabel('viewRate'),
    unit: 'ratio',
    formula: text('sc_formulaViewRate'),
    sampleSize: recentViews(sample).length,
  };
  const problem = followersProblem(followers);
  if (problem !== null || followers === null) return unknown(base, problem ?? text('sc_reasonFollowersUnreadable'));
  if (views === null) return unknown(base, postsReason(sample, 'viewCount'));
  return known(base, ratio(views, followers));
}

/** Median over posts of (part of the post) ÷ views. */
function perView(sample: Sample, base: Omit<MetricBase, 'sampleSize'>, series: PerViewSeries, what: Shown): Metric {
  const full: MetricBase = { id: base.id, label: base.label, unit: base.unit, formula: base.formula, sampleSize: series.posts.length };
  return series.median ? known(full, series.median) : unknown(full, postsReason(sample, what));
}

export function engagementPerView(sample: Sample): Metric {
  return perView(
    sample,
    {
      id: 'engagementPerView',
      label: metricLabel('engagementPerView'),
      unit: 'ratio',
      formula: text('sc_formulaEngagementPerView'),
    },
    interactionsPerView(sample),
    'viewsWithEngagement',
  );
}

const pick = (field: 'shares' | 'saves') => (post: { shares: Count | null; saves: Count | null }) => post[field];

export function sharesPerView(sample: Sample): Metric {
  return perView(
    sample,
    { id: 'sharesPerView', label: metricLabel('sharesPerView'), unit: 'ratio', formula: text('sc_formulaSharesPerView') },
    perViewSeries(sample, pick('shares')),
    'viewsAndShares',
  );
}

export function savesPerView(sample: Sample): Metric {
  return perView(
    sample,
    { id: 'savesPerView', label: metricLabel('savesPerView'), unit: 'ratio', formula: text('sc_formulaSavesPerView') },
    perViewSeries(sample, pick('saves')),
    'viewsAndSaves',
  );
}
