// Engagement by the platform's convention: the one figure a marketer means by "engagement" on each
// platform. The card's key figures and the shortlist's column both read it here, so the list never
// says "unknown" where the card measured engagement the platform's way.
import type { Snapshot } from '../schema/snapshot';
import type { Assessment, Metric, MetricId } from './types';

/** The engagement metrics a platform's convention goes by. */
export type EngagementMetricId = Extract<MetricId, 'engagementPerView' | 'likesPerVideoPerFollower' | 'engagementRate'>;

type EngagementMetric = Metric & { id: EngagementMetricId };

/**
 * In the order they are tried: per view on TikTok, YouTube and Reels; by followers on the Instagram
 * feed; and on a TikTok profile whose grid shows no likes, lifetime likes per video per follower.
 */
function engagementOrder(snapshot: Snapshot): EngagementMetricId[] {
  if (snapshot.platform === 'tiktok') return ['engagementPerView', 'likesPerVideoPerFollower', 'engagementRate'];
  if (snapshot.platform === 'youtube') return ['engagementPerView', 'engagementRate'];
  const reels = /\/reels?\//.test(new URL(snapshot.url).pathname);
  return reels ? ['engagementPerView', 'engagementRate'] : ['engagementRate', 'engagementPerView'];
}

/** The first of the platform's engagement figures the page let us compute, else the first of them (unknown, with why). */
export function engagementByConvention(snapshot: Snapshot, assessment: Assessment): EngagementMetric | undefined {
  const engagement = engagementOrder(snapshot)
    .map((id) => assessment.metrics.find((metric) => metric.id === id))
    .filter((metric): metric is EngagementMetric => metric !== undefined);
  return engagement.find((metric) => metric.value !== null && Number.isFinite(metric.value)) ?? engagement[0];
}
