// Snapshot -> Assessment. Pure: the same snapshot always gets the same assessment, so
// scores are recomputed from stored snapshots and a better heuristic needs no migration.
import type { Post, Snapshot } from '../schema';
import { TIKTOK_ER_BY_FOLLOWERS } from './benchmarks';
import { findFlags, MIN_VIDEOS_FOR_VIEW_FLAGS } from './flags';
import { engagementRate, likesPerVideoPerFollower, meanViews, medianViews, samplePosts, viewRate } from './metrics';
import { clamp } from './stats';
import { tierFor } from './tiers';
import type { Assessment, Confidence, Flag, Grade, Metric, ScoreComponent } from './types';

export * from './types';

export const SCORING_VERSION = '0.1.0';

// Reach: 0 points at a 2% view rate (CreatorDB's example of a dead audience), full points
// from 20% up. The upper anchor is our own reference point, shown as such in the UI.
export const VIEW_RATE_FLOOR = 0.02;
export const VIEW_RATE_FULL = 0.2;
// Engagement: full points at 1.5x the published average, scaled linearly below it.
export const ENGAGEMENT_FULL_MULTIPLE = 1.5;
export const MIN_VIDEOS_FOR_REACH = 3;
export const MIN_POSTS_FOR_ENGAGEMENT = 3;
export const FLAG_PENALTY: Record<Flag['severity'], number> = { info: 0, warn: 5, risk: 15 };

const GRADE_BANDS: ReadonlyArray<[Grade, number]> = [
  ['S', 85],
  ['A', 70],
  ['B', 55],
  ['C', 40],
  ['D', 0],
];

export function gradeFor(score: number): Grade {
  return GRADE_BANDS.find(([, floor]) => score >= floor)![0];
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

function components(metrics: Record<Metric['id'], Metric>): ScoreComponent[] {
  const result: ScoreComponent[] = [];
  const rate = metrics.viewRate;
  if (rate.value !== null && rate.sampleSize >= MIN_VIDEOS_FOR_REACH) {
    result.push({
      id: 'reach',
      label: 'Reach quality',
      points: Math.round(clamp((rate.value - VIEW_RATE_FLOOR) / (VIEW_RATE_FULL - VIEW_RATE_FLOOR), 0, 1) * 100),
      weight: 0.5,
      explanation: `View rate ${percent(rate.value)} over ${rate.sampleSize} videos: 0 points at ${percent(VIEW_RATE_FLOOR)} (CreatorDB's dead-audience example), full points from ${percent(VIEW_RATE_FULL)} (Creator Lens reference).`,
    });
  }
  const rated = metrics.engagementRate;
  if (rated.value !== null && rated.benchmark && rated.sampleSize >= MIN_POSTS_FOR_ENGAGEMENT) {
    const benchmark = rated.benchmark;
    result.push({
      id: 'engagement',
      label: 'Engagement quality',
      points: Math.round(clamp(rated.value / (benchmark.value * ENGAGEMENT_FULL_MULTIPLE), 0, 1) * 100),
      weight: 0.5,
      explanation: `Engagement rate ${percent(rated.value)} over ${rated.sampleSize} posts against the ${percent(benchmark.value)} ${benchmark.measure} (${benchmark.source} ${benchmark.year}); full points from ${ENGAGEMENT_FULL_MULTIPLE}× that.`,
    });
    return result;
  }
  const likes = metrics.likesPerVideoPerFollower;
  if (likes.value !== null) {
    const benchmark = TIKTOK_ER_BY_FOLLOWERS;
    result.push({
      id: 'engagement',
      label: 'Engagement quality',
      points: Math.round(clamp(likes.value / (benchmark.value * ENGAGEMENT_FULL_MULTIPLE), 0, 1) * 100),
      weight: 0.5,
      explanation: `Likes per video per follower ${percent(likes.value)} against the ${percent(benchmark.value)} ${benchmark.measure} on TikTok (${benchmark.source} ${benchmark.year}); full points from ${ENGAGEMENT_FULL_MULTIPLE}× that.`,
    });
  }
  return result;
}

function confidenceOf(snapshot: Snapshot, metrics: Record<Metric['id'], Metric>, parts: ScoreComponent[]) {
  const reasons: string[] = [];
  const improve: string[] = [];
  const videos = metrics.viewRate.sampleSize;
  const followers = snapshot.creator.followers;
  if (parts.length < 2) reasons.push(`${parts.length} of 2 score components could be measured`);
  if (videos < MIN_VIDEOS_FOR_VIEW_FLAGS) {
    reasons.push(`views of only ${videos} unpinned post${videos === 1 ? ' was' : 's were'} visible`);
    if (snapshot.creator.privateAccount) {
      // Nothing to open: the posts are hidden.
    } else if (snapshot.pageKind === 'post') {
      improve.push(`open @${snapshot.creator.handle}'s profile and score it to read the views of their recent posts`);
    } else if (snapshot.platform === 'instagram') {
      improve.push(`open the Reels tab (instagram.com/${snapshot.creator.handle}/reels/), where Instagram shows view counts, and score it`);
    } else {
      improve.push('scroll the post grid so that more posts load, then score again');
    }
  }
  if (snapshot.creator.postCount === null && snapshot.platform === 'tiktok' && snapshot.pageKind === 'profile') {
    improve.push('reload the profile page and score again: TikTok sends the video count with a freshly loaded page');
  }
  if (followers !== null && followers.max - followers.min > followers.value * 0.01) {
    reasons.push(`the follower count is rounded (${followers.shown ?? followers.value})`);
  }
  let confidence: Confidence = 'low';
  if (parts.length === 2 && videos >= 9 && reasons.length === 0) confidence = 'high';
  else if (parts.length === 2 || (parts.length === 1 && videos >= MIN_VIDEOS_FOR_VIEW_FLAGS)) confidence = 'medium';
  return { confidence, reasons, improve };
}

/**
 * `seenBefore` are the creator's posts seen earlier on their own pages (newest first): they
 * bring the likes and comments a profile grid hides.
 */
export function assess(snapshot: Snapshot, seenBefore: readonly Post[] = []): Assessment {
  const posts = samplePosts(snapshot, seenBefore);
  const metrics = {
    viewRate: viewRate(snapshot, posts),
    medianViews: medianViews(snapshot, posts),
    meanViews: meanViews(snapshot, posts),
    likesPerVideoPerFollower: likesPerVideoPerFollower(snapshot),
    engagementRate: engagementRate(snapshot, posts),
  };
  const flags = findFlags(snapshot, metrics);
  const parts = components(metrics);
  const { confidence, reasons, improve } = confidenceOf(snapshot, metrics, parts);
  const base = {
    scoringVersion: SCORING_VERSION,
    tier: tierFor(snapshot.creator.followers),
    metrics: [metrics.viewRate, metrics.engagementRate, metrics.likesPerVideoPerFollower, metrics.medianViews, metrics.meanViews].filter(
      // Lifetime likes per video is TikTok's proxy; other platforms do not show lifetime likes.
      (metric) => metric.id !== 'likesPerVideoPerFollower' || snapshot.platform === 'tiktok',
    ),
    flags,
    components: parts,
    confidence,
    confidenceReasons: reasons,
    improve,
  };
  if (parts.length === 0) {
    return {
      ...base,
      score: null,
      grade: null,
      penalty: 0,
      unscoredReason: `Not enough on the page to score: ${[...new Set([metrics.viewRate.unknownReason, snapshot.platform === 'tiktok' ? metrics.likesPerVideoPerFollower.unknownReason : metrics.engagementRate.unknownReason])].filter(Boolean).join('; ')}.`,
    };
  }
  const weighted = parts.reduce((sum, part) => sum + part.points * part.weight, 0) / parts.reduce((sum, part) => sum + part.weight, 0);
  const penalty = flags.reduce((sum, flag) => sum + FLAG_PENALTY[flag.severity], 0);
  const score = Math.round(clamp(weighted - penalty, 0, 100));
  return { ...base, score, grade: gradeFor(score), penalty };
}
