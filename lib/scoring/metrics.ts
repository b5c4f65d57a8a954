// All the figures of one assessment, each compared with the published benchmarks that apply.
import type { MetricSet } from './metric';
import { daysSinceLastPost, postsPerWeek } from './metrics-activity';
import { commentsPerHundredLikes, engagementRate, likesPerVideoPerFollower, medianComments, medianLikes } from './metrics-engagement';
import { sponsoredShare, sponsoredVsOrganicEngagement } from './metrics-sponsored';
import { engagementPerView, meanViews, medianViews, savesPerView, sharesPerView, viewRate } from './metrics-views';
import { benchmarksFor, placement, primaryBenchmark } from './placement';
import type { Sample } from './sample';
import type { Metric, MetricId, Tier } from './types';

export type { MetricSet } from './metric';

/** The order the score card lists them in. */
export const METRIC_ORDER: readonly MetricId[] = [
  'engagementRate',
  'engagementPerView',
  'viewRate',
  'likesPerVideoPerFollower',
  'medianViews',
  'meanViews',
  'medianLikes',
  'medianComments',
  'commentsPerHundredLikes',
  'sharesPerView',
  'savesPerView',
  'postsPerWeek',
  'daysSinceLastPost',
  'sponsoredShare',
  'sponsoredVsOrganicEngagement',
];

// Lifetime likes per video per follower is a proxy of the engagement rate by followers, so it is
// compared with the same published figures.
const COMPARED_WITH: Partial<Record<MetricId, MetricId>> = {
  engagementRate: 'engagementRate',
  engagementPerView: 'engagementPerView',
  likesPerVideoPerFollower: 'engagementRate',
};

function compare(metric: Metric, sample: Sample, tier: Tier | null): Metric {
  const against = COMPARED_WITH[metric.id];
  if (!against) return metric;
  const followers = sample.snapshot.creator.followers?.value ?? null;
  const rows = benchmarksFor(sample.snapshot.platform, against, tier?.id ?? null, followers);
  const benchmark = primaryBenchmark(rows);
  if (!benchmark) return metric;
  const where =
    metric.value !== null && metric.range !== null
      ? placement({ value: metric.value, min: metric.range.min, max: metric.range.max }, rows, sample.snapshot.platform, tier)
      : undefined;
  // The metric is new, made for this assessment: the comparison is added to it rather than to a
  // spread copy (V8's slow path, see ./check).
  metric.benchmark = benchmark;
  if (where) metric.placement = where;
  return metric;
}

export function computeMetrics(sample: Sample, tier: Tier | null): MetricSet {
  const raw: MetricSet = {
    engagementRate: engagementRate(sample),
    engagementPerView: engagementPerView(sample),
    viewRate: viewRate(sample),
    likesPerVideoPerFollower: likesPerVideoPerFollower(sample),
    medianViews: medianViews(sample),
    meanViews: meanViews(sample),
    medianLikes: medianLikes(sample),
    medianComments: medianComments(sample),
    commentsPerHundredLikes: commentsPerHundredLikes(sample),
    sharesPerView: sharesPerView(sample),
    savesPerView: savesPerView(sample),
    postsPerWeek: postsPerWeek(sample),
    daysSinceLastPost: daysSinceLastPost(sample),
    sponsoredShare: sponsoredShare(sample),
    sponsoredVsOrganicEngagement: sponsoredVsOrganicEngagement(sample),
  };
  const compared = {} as MetricSet;
  for (const id of METRIC_ORDER) compared[id] = compare(raw[id], sample, tier);
  return compared;
}

/** The list the assessment shows: lifetime likes per video only where the platform shows lifetime likes. */
export function metricList(metrics: MetricSet, platform: Sample['snapshot']['platform']): Metric[] {
  return METRIC_ORDER.filter((id) => id !== 'likesPerVideoPerFollower' || platform === 'tiktok').map((id) => metrics[id]);
}
