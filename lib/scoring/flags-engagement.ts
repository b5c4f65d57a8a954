// Engagement against the published figures of the creator's tier, and the comment-to-like ratio.
import { checked, notApplicable, openPostsTip, thin, type Check, type CheckInput } from './check';
import { count, percent } from './format';
import { MIN_POSTS_FOR_FLAGS } from './metric';
import { benchmarksFor, describe } from './placement';
import type { Benchmark, Flag } from './types';

// The sources publish averages and medians, not the quartiles CreatorDB's rule speaks of. We read
// "bottom quartile" as under half of the lowest published figure for the tier, "bottom decile" as
// under a quarter of it, and "top decile" as over three times the highest: Creator Lens readings.
export const LOW_ENGAGEMENT_WARN = 0.5;
export const LOW_ENGAGEMENT_RISK = 0.25;
export const HIGH_ENGAGEMENT = 3;

const lowest = (rows: readonly Benchmark[]) => rows.reduce((low, row) => (row.value < low.value ? row : low));
const highest = (rows: readonly Benchmark[]) => rows.reduce((high, row) => ((row.high ?? row.value) > (high.high ?? high.value) ? row : high));

export function engagementForTier({ sample, metrics, tier }: CheckInput): Check {
  const id = 'engagement-for-tier';
  const rate = metrics.engagementRate;
  if (rate.value === null || rate.range === null) {
    return rate.unknownReason?.includes('follower') ? notApplicable(id, 'authenticity') : thin(id, 'authenticity', rate.unknownReason ?? '', openPostsTip(sample, 0, MIN_POSTS_FOR_FLAGS));
  }
  if (rate.sampleSize < MIN_POSTS_FOR_FLAGS) {
    return thin(id, 'authenticity', `likes and comments of only ${rate.sampleSize} recent posts are known`, openPostsTip(sample, rate.sampleSize, MIN_POSTS_FOR_FLAGS));
  }
  const followers = sample.snapshot.creator.followers?.value ?? null;
  const rows = benchmarksFor(sample.snapshot.platform, 'engagementRate', tier?.id ?? null, followers);
  if (rows.length === 0) return notApplicable(id, 'authenticity');
  const low = lowest(rows);
  const high = highest(rows);
  const tierName = tier ? `${tier.label.toLowerCase()} ` : '';
  const evidence = { engagementRate: percent(rate.value), posts: rate.sampleSize, followers: followers ?? 'unknown' };
  const flags: Flag[] = [];
  // Most favourable reading: the top of the range for "too low", the bottom for "too high".
  if (rate.range.max < low.value * LOW_ENGAGEMENT_WARN) {
    const risk = rate.range.max < low.value * LOW_ENGAGEMENT_RISK;
    const factor = risk ? LOW_ENGAGEMENT_RISK : LOW_ENGAGEMENT_WARN;
    flags.push({
      id: 'engagement-low',
      severity: risk ? 'risk' : 'warn',
      message: `Engagement of ${percent(rate.value)} is under ${risk ? 'a quarter' : 'half'} of the lowest published figure for ${tierName}accounts (${describe(low)}): many followers may be inactive or bought.`,
      evidence: { ...evidence, benchmark: percent(low.value), threshold: percent(low.value * factor) },
      rule: `engagement rate by followers < ${factor} × the lowest published figure for the tier`,
      source: `CreatorDB fake index (low engagement for the tier); benchmark ${low.source} ${low.year}`,
    });
  }
  const top = high.high ?? high.value;
  if (rate.range.min > top * HIGH_ENGAGEMENT) {
    flags.push({
      id: 'engagement-high',
      severity: 'warn',
      message: `Engagement of ${percent(rate.value)} is over ${HIGH_ENGAGEMENT}× the highest published figure for ${tierName}accounts (${describe(high)}): possible engagement pods or bought likes, unless a real hit explains it.`,
      evidence: { ...evidence, benchmark: percent(top), threshold: percent(top * HIGH_ENGAGEMENT) },
      rule: `engagement rate by followers > ${HIGH_ENGAGEMENT} × the highest published figure for the tier`,
      source: `CreatorDB; HypeAuditor (engagement too high for the tier); benchmark ${high.source} ${high.year}`,
    });
  }
  return checked(id, 'authenticity', flags);
}

/** 2-5 comments per 100 likes is healthy; 1 per 300 or fewer is suspicious (SpendVet; KOLens). */
export const HEALTHY_COMMENTS_LOW = 2;
export const HEALTHY_COMMENTS_HIGH = 5;
export const SUSPICIOUS_COMMENTS = 100 / 300;

export function commentLikeRatio({ sample, metrics }: CheckInput): Check {
  const id = 'comment-like-ratio';
  const ratio = metrics.commentsPerHundredLikes;
  if (ratio.value === null || ratio.range === null || ratio.sampleSize < MIN_POSTS_FOR_FLAGS) {
    return thin(id, 'authenticity', `likes and comments of only ${ratio.sampleSize} recent posts are known`, openPostsTip(sample, ratio.sampleSize, MIN_POSTS_FOR_FLAGS));
  }
  const evidence = { commentsPer100Likes: Number(ratio.value.toFixed(2)), posts: ratio.sampleSize };
  const source = 'SpendVet; KOLens';
  if (ratio.range.max <= SUSPICIOUS_COMMENTS) {
    return checked(id, 'authenticity', [
      {
        id: 'comment-like-ratio',
        severity: 'risk',
        message: `Only ${ratio.value.toFixed(2)} comments per 100 likes (1 per ${count(100 / Math.max(ratio.value, 0.001))}): likes without conversation are a sign of bought likes.`,
        evidence,
        rule: 'comments per 100 likes ≤ 1 per 300 likes (0.33)',
        source,
      },
    ]);
  }
  if (ratio.range.max < HEALTHY_COMMENTS_LOW || ratio.range.min > HEALTHY_COMMENTS_HIGH) {
    const few = ratio.range.max < HEALTHY_COMMENTS_LOW;
    return checked(id, 'authenticity', [
      {
        id: 'comment-like-ratio',
        severity: 'info',
        message: few
          ? `${ratio.value.toFixed(2)} comments per 100 likes, under the healthy 2-5: the audience likes more than it talks.`
          : `${ratio.value.toFixed(2)} comments per 100 likes, over the healthy 2-5: giveaways ("comment to win") or comment pods can cause this.`,
        evidence,
        rule: `comments per 100 likes outside ${HEALTHY_COMMENTS_LOW}-${HEALTHY_COMMENTS_HIGH}`,
        source,
      },
    ]);
  }
  return checked(id, 'authenticity');
}
