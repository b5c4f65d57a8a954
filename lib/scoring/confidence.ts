// How sure the assessment is, from the sample size, the rounding of the follower count and the
// rules that lacked data; and what the user can open to make it surer.
import type { Check } from './check';
import { plural } from './format';
import { MIN_POSTS_FOR_FLAGS, type MetricSet } from './metric';
import type { Sample } from './sample';
import type { Confidence, ScoreComponent } from './types';

/** Posts with views or with likes and comments needed for high confidence. */
export const HIGH_CONFIDENCE_POSTS = 9;
/** A follower count rounded by more than this share of itself lowers confidence. */
export const ROUNDING_TOLERANCE = 0.01;
/** The per-post fraud rules; high confidence allows at most this many of them to lack data. */
export const CORE_CHECKS = ['low-view-rate', 'spiky-views', 'bought-views', 'engagement-for-tier', 'comment-like-ratio'];
export const MAX_THIN_CORE_FOR_HIGH = 2;

export interface ConfidenceResult {
  confidence: Confidence;
  reasons: string[];
  improve: string[];
}

export function confidenceOf(sample: Sample, metrics: MetricSet, components: readonly ScoreComponent[], checks: readonly Check[], scored: boolean): ConfidenceResult {
  const { snapshot } = sample;
  const reasons: string[] = [];
  const measured = components.filter((part) => part.points !== null);
  const missing = components.filter((part) => part.points === null).map((part) => part.label.toLowerCase());
  if (missing.length > 0) reasons.push(`${measured.length} of ${components.length} score components could be measured (not: ${missing.join(', ')})`);

  const views = metrics.medianViews.sampleSize;
  const engaged = metrics.engagementRate.sampleSize;
  const posts = Math.max(views, engaged);
  if (views < HIGH_CONFIDENCE_POSTS) reasons.push(`views of only ${plural(views, 'unpinned post')} ${views === 1 ? 'was' : 'were'} visible`);
  if (engaged < HIGH_CONFIDENCE_POSTS) reasons.push(`likes and comments of only ${plural(engaged, 'recent post')} ${engaged === 1 ? 'is' : 'are'} known`);

  const followers = snapshot.creator.followers;
  const rounded = followers !== null && followers.max - followers.min > followers.value * ROUNDING_TOLERANCE;
  if (rounded) reasons.push(`the follower count is rounded (${followers.shown ?? followers.value})`);

  const thinCore = checks.filter((check) => CORE_CHECKS.includes(check.id) && check.status === 'thin');
  if (thinCore.length > 0) reasons.push(`not enough data for ${thinCore.map((check) => check.id).join(', ')}`);

  let confidence: Confidence = 'low';
  if (!scored) confidence = 'low';
  else if (posts >= HIGH_CONFIDENCE_POSTS && !rounded && measured.length >= 3 && thinCore.length <= MAX_THIN_CORE_FOR_HIGH) confidence = 'high';
  else if (posts >= MIN_POSTS_FOR_FLAGS || measured.length >= 3) confidence = 'medium';

  const improve = checks.flatMap((check) => (check.status === 'thin' && check.improve ? [check.improve] : []));
  if (snapshot.creator.postCount === null && snapshot.platform === 'tiktok' && snapshot.pageKind === 'profile') {
    improve.push('reload the profile page and score again: TikTok sends the video count with a freshly loaded page');
  }
  return { confidence, reasons, improve: [...new Set(improve)] };
}
