// View-count rules: a dead audience, one post carrying the average, and the bought-views fingerprint.
import { text } from '../i18n/text';
import { checked, moreViewsTip, openPostsTip, thin, type Check, type CheckInput } from './check';
import { percent } from '../i18n/percent';
import { MIN_POSTS_FOR_FLAGS, type MetricSet } from './metric';
import type { Sample } from './sample';
import { interactionsPerView } from './series';
import type { Flag } from './types';
import { names } from './words';

export const VIEW_RATE_WARN = 0.05;
export const VIEW_RATE_RISK = 0.02;
/** Mean views at least this multiple of the median: the average is carried by a few posts (Untapper). */
export const SPIKE_RATIO = 2.5;
/** A post with at least this multiple of the median views is an outlier on the chart (Creator Lens reading). */
export const OUTLIER_MULTIPLE = 3;
/** CreatorDB's fingerprint: views >= 1.5x the own median with engagement >= 30% below the own typical. */
export const BOUGHT_VIEWS_MULTIPLE = 1.5;
export const BOUGHT_VIEWS_ENGAGEMENT_DROP = 0.3;

export function lowViewRate({ sample, metrics }: CheckInput): Check {
  const id = 'low-view-rate';
  const rate = metrics.viewRate;
  const followers = sample.snapshot.creator.followers;
  if (rate.value === null || rate.range === null || rate.sampleSize < MIN_POSTS_FOR_FLAGS) {
    return thin(id, 'reach', text('sc_reasonViewsOfOnlyRecent', { count: rate.sampleSize }), moreViewsTip(sample));
  }
  // Judge on the most favourable reading the rounding allows, so rounding never raises a flag.
  const best = rate.range.max;
  if (best >= VIEW_RATE_WARN) return checked(id, 'reach');
  const risk = best < VIEW_RATE_RISK;
  return checked(id, 'reach', [
    {
      id: 'low-view-rate',
      severity: risk ? 'risk' : 'warn',
      message: text('sc_flagLowViewRate', { rate: percent(rate.value) }),
      evidence: {
        medianViews: metrics.medianViews.value ?? text('unknown'),
        followers: followers?.value ?? text('unknown'),
        viewRate: percent(rate.value),
        videos: rate.sampleSize,
      },
      rule: text('sc_ruleLowViewRate', { rate: percent(risk ? VIEW_RATE_RISK : VIEW_RATE_WARN) }),
      source: text('sc_sourceLowViewRate'),
    },
  ]);
}

/** Posts whose lowest possible view count is still >= OUTLIER_MULTIPLE x the highest possible median. */
export function outlierIds(sample: Sample, metrics: MetricSet): string[] {
  const middle = metrics.medianViews;
  if (middle.range === null || middle.sampleSize < MIN_POSTS_FOR_FLAGS) return [];
  const floor = middle.range.max * OUTLIER_MULTIPLE;
  return sample.recent.filter((post) => post.views !== null && post.views.min >= floor && post.views.min > 0).map((post) => post.id);
}

export function spikyViews({ sample, metrics }: CheckInput): Check {
  const id = 'spiky-views';
  const middle = metrics.medianViews;
  const average = metrics.meanViews;
  if (middle.range === null || average.range === null || average.sampleSize < MIN_POSTS_FOR_FLAGS) {
    return thin(id, 'authenticity', text('sc_reasonViewsOfOnlyRecent', { count: average.sampleSize }), moreViewsTip(sample));
  }
  if (middle.range.max <= 0) return checked(id, 'authenticity');
  const multiple = average.range.min / middle.range.max;
  if (multiple < SPIKE_RATIO) return checked(id, 'authenticity');
  const outliers = outlierIds(sample, metrics);
  const flag: Flag = {
    id: 'spiky-views',
    severity: 'warn',
    message: text('sc_flagSpikyViews', { multiple: average.value! / Math.max(1, middle.value!), outliers: outliers.length }),
    evidence: { meanViews: Math.round(average.value!), medianViews: middle.value!, videos: average.sampleSize, outliers: outliers.length },
    rule: text('sc_ruleSpikyViews', { multiple: SPIKE_RATIO }),
    source: names('Untapper'),
  };
  if (outliers.length > 0) flag.postIds = outliers;
  return checked(id, 'authenticity', [flag]);
}

/** CreatorDB's fingerprint, judged on the most favourable reading of every count. */
export function boughtViewsIds(sample: Sample, metrics: MetricSet): string[] {
  // The typical engagement per view is the median interactions ÷ views of the recent posts.
  const { posts, median: typical } = interactionsPerView(sample);
  const middle = metrics.medianViews.range;
  if (typical === null || middle === null || posts.length < MIN_POSTS_FOR_FLAGS) return [];
  return posts
    .filter(
      ({ post, perView }) =>
        post.views.min >= middle.max * BOUGHT_VIEWS_MULTIPLE && perView.max <= typical.min * (1 - BOUGHT_VIEWS_ENGAGEMENT_DROP),
    )
    .map(({ post }) => post.id);
}

export function boughtViews({ sample, metrics }: CheckInput): Check {
  const id = 'bought-views';
  const { posts, median: typical } = interactionsPerView(sample);
  if (posts.length < MIN_POSTS_FOR_FLAGS || typical === null) {
    return thin(id, 'authenticity', text('sc_reasonViewsAndEngagementOfOnly', { count: posts.length }), openPostsTip(sample, posts.length, MIN_POSTS_FOR_FLAGS));
  }
  const suspects = boughtViewsIds(sample, metrics);
  if (suspects.length === 0) return checked(id, 'authenticity');
  const first = posts.find(({ post }) => post.id === suspects[0])!;
  const flag: Flag = {
    id: 'bought-views',
    severity: suspects.length >= 2 ? 'risk' : 'warn',
    message: text('sc_flagBoughtViews', { posts: suspects.length }),
    evidence: {
      posts: suspects.length,
      medianViews: Math.round(metrics.medianViews.value ?? 0),
      firstPostViews: Math.round(first.post.views.value),
      firstPostEngagementPerView: percent(first.perView.value),
      typicalEngagementPerView: percent(typical.value),
    },
    rule: text('sc_ruleBoughtViews', { multiple: BOUGHT_VIEWS_MULTIPLE, drop: percent(BOUGHT_VIEWS_ENGAGEMENT_DROP) }),
    source: names('CreatorDB'),
    postIds: suspects,
  };
  return checked(id, 'authenticity', [flag]);
}
