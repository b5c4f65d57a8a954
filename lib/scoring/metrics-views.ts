// Figures built on view counts: TikTok, YouTube and Reels conventions.
import type { Count } from '../schema';
import { followersProblem, interactionsOf, known, postsReason, unknown, withViews, type MetricBase } from './metric';
import type { Sample } from './sample';
import { meanReading, medianReading, ratio, type Reading } from './stats';
import type { Metric } from './types';

function viewReadings(sample: Sample): Reading[] {
  return sample.recent.flatMap((post) => (post.views === null ? [] : [post.views]));
}

export function medianViews(sample: Sample): Metric {
  const views = viewReadings(sample);
  const base: MetricBase = {
    id: 'medianViews',
    label: 'Median views',
    unit: 'count',
    formula: 'median of the views of the recent posts, pinned ones left out',
    sampleSize: views.length,
  };
  const reading = medianReading(views);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, 'a view count'));
}

export function meanViews(sample: Sample): Metric {
  const views = viewReadings(sample);
  const base: MetricBase = {
    id: 'meanViews',
    label: 'Mean views',
    unit: 'count',
    formula: 'average of the views of the recent posts, pinned ones left out',
    sampleSize: views.length,
  };
  const reading = meanReading(views);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, 'a view count'));
}

export function viewRate(sample: Sample): Metric {
  const views = medianReading(viewReadings(sample));
  const followers = sample.snapshot.creator.followers;
  const base: MetricBase = {
    id: 'viewRate',
    label: 'View rate',
    unit: 'ratio',
    formula: 'median views of unpinned recent posts ÷ followers',
    sampleSize: viewReadings(sample).length,
  };
  const problem = followersProblem(followers);
  if (problem !== null || followers === null) return unknown(base, problem ?? '');
  if (views === null) return unknown(base, postsReason(sample, 'a view count'));
  return known(base, ratio(views, followers));
}

/** Median over posts of (part of the post) ÷ views. */
function perView(sample: Sample, base: Omit<MetricBase, 'sampleSize'>, part: (post: Sample['recent'][number]) => Reading | null, what: string): Metric {
  const readings = withViews(sample.recent).flatMap((post) => {
    const numerator = part(post);
    return numerator === null ? [] : [ratio(numerator, post.views)];
  });
  const reading = medianReading(readings);
  const full = { ...base, sampleSize: readings.length };
  return reading ? known(full, reading) : unknown(full, postsReason(sample, what));
}

export function engagementPerView(sample: Sample): Metric {
  return perView(
    sample,
    {
      id: 'engagementPerView',
      label: 'Engagement per view',
      unit: 'ratio',
      formula: '(likes + comments + shares where shown) ÷ views, median over recent posts',
    },
    interactionsOf,
    'views together with likes and comments: open a few recent posts',
  );
}

const pick = (field: 'shares' | 'saves') => (post: { shares: Count | null; saves: Count | null }) => post[field];

export function sharesPerView(sample: Sample): Metric {
  return perView(
    sample,
    { id: 'sharesPerView', label: 'Shares per view', unit: 'ratio', formula: 'shares ÷ views, median over recent posts that show both' },
    pick('shares'),
    'both views and shares',
  );
}

export function savesPerView(sample: Sample): Metric {
  return perView(
    sample,
    { id: 'savesPerView', label: 'Saves per view', unit: 'ratio', formula: 'saves ÷ views, median over recent posts that show both' },
    pick('saves'),
    'both views and saves',
  );
}
