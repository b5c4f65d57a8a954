// How sure the assessment is, from the sample size, the rounding of the follower count and the
// rules that lacked data; and what the user can open to make it surer.
import { text, type Text } from '../i18n/text';
import type { Check } from './check';
import { checkName, componentName } from './labels';
import { MIN_POSTS_FOR_FLAGS, type MetricSet } from './metric';
import type { Sample } from './sample';
import { collect } from './stats';
import type { Confidence } from '../schema/assessment';
import type { ScoreComponent } from './types';
import { joinTexts, unique } from './words';

/** Posts with views or with likes and comments needed for high confidence. */
export const HIGH_CONFIDENCE_POSTS = 9;
/** A follower count rounded by more than this share of itself lowers confidence. */
export const ROUNDING_TOLERANCE = 0.01;
/** The per-post fraud rules; high confidence allows at most this many of them to lack data. */
export const CORE_CHECKS = ['low-view-rate', 'spiky-views', 'bought-views', 'engagement-for-tier', 'comment-like-ratio'];
export const MAX_THIN_CORE_FOR_HIGH = 2;

export interface ConfidenceResult {
  confidence: Confidence;
  reasons: Text[];
  improve: Text[];
}

export function confidenceOf(sample: Sample, metrics: MetricSet, components: readonly ScoreComponent[], checks: readonly Check[], scored: boolean): ConfidenceResult {
  const { snapshot } = sample;
  const reasons: Text[] = [];
  const measured = components.filter((part) => part.points !== null);
  const missing = components.filter((part) => part.points === null).map((part) => componentName(part.id));
  if (missing.length > 0) reasons.push(text('sc_confidenceComponents', { measured: measured.length, total: components.length, missing: joinTexts(missing) }));

  const views = metrics.medianViews.sampleSize;
  const engaged = metrics.engagementRate.sampleSize;
  const posts = Math.max(views, engaged);
  if (views < HIGH_CONFIDENCE_POSTS) reasons.push(text('sc_confidenceViews', { count: views }));
  if (engaged < HIGH_CONFIDENCE_POSTS) reasons.push(text('sc_reasonLikesCommentsOfOnly', { count: engaged }));

  const followers = snapshot.creator.followers;
  const rounded = followers !== null && followers.max - followers.min > followers.value * ROUNDING_TOLERANCE;
  if (rounded) reasons.push(followers.shown ? text('sc_confidenceRounded', { shown: followers.shown }) : text('sc_confidenceRoundedAbout', { value: followers.value }));

  const thinCore = checks.filter((check) => CORE_CHECKS.includes(check.id) && check.status === 'thin');
  if (thinCore.length > 0) reasons.push(text('sc_confidenceThinRules', { rules: joinTexts(thinCore.map((check) => checkName(check.id))) }));

  let confidence: Confidence = 'low';
  if (!scored) confidence = 'low';
  // High confidence (which S and A need) rests on every part of the score: a grade above B is never
  // one that a part the page does not show could have pulled down.
  else if (posts >= HIGH_CONFIDENCE_POSTS && !rounded && measured.length === components.length && thinCore.length <= MAX_THIN_CORE_FOR_HIGH) confidence = 'high';
  else if (posts >= MIN_POSTS_FOR_FLAGS || measured.length >= 3) confidence = 'medium';

  const improve = collect(checks, (check) => (check.status === 'thin' && check.improve ? check.improve : null));
  if (snapshot.creator.postCount === null && snapshot.platform === 'tiktok' && snapshot.pageKind === 'profile') {
    improve.push(text('sc_tipReloadForVideoCount'));
  }
  return { confidence, reasons, improve: unique(improve) };
}
