// Warning signs, each with its evidence, the rule that fired and the rule's source.
// A flag only fires on enough data; thin data lowers confidence instead.
import type { Snapshot } from '../schema';
import type { Flag, Metric } from './types';

export const MIN_VIDEOS_FOR_VIEW_FLAGS = 5;
export const MASS_FOLLOWING = 1500;
export const VIEW_RATE_WARN = 0.05;
export const VIEW_RATE_RISK = 0.02;
export const SPIKE_RATIO = 2.5;

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

export function findFlags(snapshot: Snapshot, metrics: Record<Metric['id'], Metric>): Flag[] {
  const flags: Flag[] = [];
  const { followers, following, postCount, privateAccount } = snapshot.creator;

  if (privateAccount) {
    flags.push({
      id: 'private-account',
      severity: 'info',
      message: 'The account is private: its videos and their views cannot be checked.',
      evidence: { private: 'yes' },
      rule: 'the page marks the account private',
      source: 'TikTok page data',
    });
  }

  if (postCount !== null && postCount.max === 0) {
    flags.push({
      id: 'no-videos',
      severity: 'risk',
      message: 'The account has posted no videos.',
      evidence: { videos: 0 },
      rule: 'post count is 0',
      source: 'InstaFake (Akyon & Kalfaoglu 2019); Modash',
    });
  }

  if (following !== null && following.min > MASS_FOLLOWING) {
    flags.push({
      id: 'mass-following',
      severity: 'warn',
      message: `Follows ${following.value.toLocaleString('en')} accounts: a sign of follow-for-follow growth.`,
      evidence: { following: following.value, threshold: MASS_FOLLOWING },
      rule: `following > ${MASS_FOLLOWING.toLocaleString('en')}`,
      source: 'HypeAuditor',
    });
  }

  if (following !== null && followers !== null && following.min > followers.max) {
    flags.push({
      id: 'following-exceeds-followers',
      severity: 'warn',
      message: 'Follows more accounts than follow it back, which is unusual for a creator.',
      evidence: { following: following.value, followers: followers.value },
      rule: 'following > followers',
      source: 'InstaFake (Akyon & Kalfaoglu 2019); HypeAuditor',
    });
  }

  const rate = metrics.viewRate;
  if (rate.value !== null && rate.range !== null && rate.sampleSize >= MIN_VIDEOS_FOR_VIEW_FLAGS) {
    // Judge on the most favourable reading the rounding allows, so rounding never raises a flag.
    const best = rate.range.max;
    if (best < VIEW_RATE_WARN) {
      const risk = best < VIEW_RATE_RISK;
      flags.push({
        id: 'low-view-rate',
        severity: risk ? 'risk' : 'warn',
        message: `Videos reach only ${percent(rate.value)} of the followers (median views ÷ followers): many followers may be inactive or bought.`,
        evidence: {
          medianViews: metrics.medianViews.value ?? 'unknown',
          followers: followers?.value ?? 'unknown',
          viewRate: percent(rate.value),
          videos: rate.sampleSize,
        },
        rule: risk ? `view rate < ${percent(VIEW_RATE_RISK)}` : `view rate < ${percent(VIEW_RATE_WARN)}`,
        source: 'CreatorDB; Creator Hero (10K views on 500K followers = dead or bought followers)',
      });
    }
  }

  const middle = metrics.medianViews.value;
  const average = metrics.meanViews.value;
  if (middle !== null && average !== null && middle > 0 && metrics.meanViews.sampleSize >= MIN_VIDEOS_FOR_VIEW_FLAGS) {
    const ratio = average / middle;
    if (ratio >= SPIKE_RATIO) {
      flags.push({
        id: 'spiky-views',
        severity: 'warn',
        message: `Average views are ${ratio.toFixed(1)}× the median: one or two videos carry the average, which can hide bought views or a one-off hit.`,
        evidence: { meanViews: Math.round(average), medianViews: middle, videos: metrics.meanViews.sampleSize },
        rule: `mean views ≥ ${SPIKE_RATIO}× median views`,
        source: 'Untapper',
      });
    }
  }
  return flags;
}
