// Engagement against the published figures of the creator's tier, and the comment-to-like ratio.
import { text } from '../i18n/text';
import { checked, notApplicable, openPostsTip, thin, type Check, type CheckInput } from './check';
import { percent } from '../i18n/percent';
import { tierName, yearLabel } from './labels';
import { isFollowersProblem, MIN_POSTS_FOR_FLAGS } from './metric';
import { benchmarksFor, describe } from './placement';
import type { Benchmark, Flag } from './types';
import { names } from './words';

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
    if (isFollowersProblem(rate.unknownReason)) return notApplicable(id, 'authenticity');
    return thin(id, 'authenticity', rate.unknownReason ?? text('sc_reasonLikesCommentsOfOnly', { count: 0 }), openPostsTip(sample, 0, MIN_POSTS_FOR_FLAGS));
  }
  if (rate.sampleSize < MIN_POSTS_FOR_FLAGS) {
    return thin(id, 'authenticity', text('sc_reasonLikesCommentsOfOnly', { count: rate.sampleSize }), openPostsTip(sample, rate.sampleSize, MIN_POSTS_FOR_FLAGS));
  }
  const followers = sample.snapshot.creator.followers?.value ?? null;
  const rows = benchmarksFor(sample.snapshot.platform, 'engagementRate', tier?.id ?? null, followers);
  if (rows.length === 0) return notApplicable(id, 'authenticity');
  const low = lowest(rows);
  const high = highest(rows);
  const group = tier ? text('sc_groupTierAccounts', { tier: tierName(tier.id) }) : text('sc_groupAccounts');
  const flags: Flag[] = [];
  // Most favourable reading: the top of the range for "too low", the bottom for "too high".
  if (rate.range.max < low.value * LOW_ENGAGEMENT_WARN) {
    const risk = rate.range.max < low.value * LOW_ENGAGEMENT_RISK;
    const factor = risk ? LOW_ENGAGEMENT_RISK : LOW_ENGAGEMENT_WARN;
    flags.push({
      id: 'engagement-low',
      severity: risk ? 'risk' : 'warn',
      message: text('sc_flagEngagementLow', { rate: percent(rate.value), part: risk ? 'quarter' : 'half', group, benchmark: describe(low) }),
      evidence: evidenceOf(rate.value, rate.sampleSize, followers, low.value, low.value * factor),
      rule: text('sc_ruleEngagementLow', { factor }),
      source: text('sc_sourceEngagementLow', { source: low.source, year: yearLabel(low.year) }),
    });
  }
  const top = high.high ?? high.value;
  if (rate.range.min > top * HIGH_ENGAGEMENT) {
    flags.push({
      id: 'engagement-high',
      severity: 'warn',
      message: text('sc_flagEngagementHigh', { rate: percent(rate.value), multiple: HIGH_ENGAGEMENT, group, benchmark: describe(high) }),
      evidence: evidenceOf(rate.value, rate.sampleSize, followers, top, top * HIGH_ENGAGEMENT),
      rule: text('sc_ruleEngagementHigh', { multiple: HIGH_ENGAGEMENT }),
      source: text('sc_sourceEngagementHigh', { source: high.source, year: yearLabel(high.year) }),
    });
  }
  return checked(id, 'authenticity', flags);
}

/** What an engagement flag shows: the rate, the posts, the followers and the figure it was held against. */
function evidenceOf(rate: number, posts: number, followers: number | null, benchmark: number, threshold: number): Flag['evidence'] {
  return { engagementRate: percent(rate), posts, followers: followers ?? text('unknown'), benchmark: percent(benchmark), threshold: percent(threshold) };
}

/** 2-5 comments per 100 likes is healthy; 1 per 300 or fewer is suspicious (SpendVet; KOLens). */
export const HEALTHY_COMMENTS_LOW = 2;
export const HEALTHY_COMMENTS_HIGH = 5;
export const SUSPICIOUS_COMMENTS = 100 / 300;

export function commentLikeRatio({ sample, metrics }: CheckInput): Check {
  const id = 'comment-like-ratio';
  const ratio = metrics.commentsPerHundredLikes;
  if (ratio.value === null || ratio.range === null || ratio.sampleSize < MIN_POSTS_FOR_FLAGS) {
    return thin(id, 'authenticity', text('sc_reasonLikesCommentsOfOnly', { count: ratio.sampleSize }), openPostsTip(sample, ratio.sampleSize, MIN_POSTS_FOR_FLAGS));
  }
  const evidence = { commentsPer100Likes: Number(ratio.value.toFixed(2)), posts: ratio.sampleSize };
  const source = names('SpendVet; KOLens');
  const healthy = { low: HEALTHY_COMMENTS_LOW, high: HEALTHY_COMMENTS_HIGH };
  if (ratio.range.max <= SUSPICIOUS_COMMENTS) {
    return checked(id, 'authenticity', [
      {
        id: 'comment-like-ratio',
        severity: 'risk',
        message: text('sc_flagCommentsVeryFew', { ratio: ratio.value, likes: Math.round(100 / Math.max(ratio.value, 0.001)) }),
        evidence,
        rule: text('sc_ruleCommentsVeryFew', { likes: Math.round(100 / SUSPICIOUS_COMMENTS), ratio: SUSPICIOUS_COMMENTS }),
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
        message: text(few ? 'sc_flagCommentsFew' : 'sc_flagCommentsMany', { ratio: ratio.value, ...healthy }),
        evidence,
        rule: text('sc_ruleCommentsOutsideHealthy', healthy),
        source,
      },
    ]);
  }
  return checked(id, 'authenticity');
}
