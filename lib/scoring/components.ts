// The five named parts of the score, each 0-100 or null when unmeasurable, with visible weights.
// Flags feed authenticity (a visible deduction per flag) and compliance (the share of posts flagged).
// Each part is pulled toward a neutral 50 by how little it rests on (it keeps n / (n + k) of its
// distance), and a part that could not be measured holds 50: less data moves every part toward the
// middle, never away from it, so thin data cannot score high (README, "How the score works").
import { text, type Text } from '../i18n/text';
import type { Platform } from '../schema/snapshot';
import { flagsOf, type Check } from './check';
import { percent } from '../i18n/percent';
import { checkName, componentLabel } from './labels';
import { MIN_POSTS_FOR_SCORE, type MetricSet } from './metric';
import { describe, referenceValue } from './placement';
import type { Sample } from './sample';
import { judgedPosts } from './series';
import { clamp } from './stats';
import type { ComponentId, Severity } from '../schema/assessment';
import type { Metric, ScoreComponent } from './types';
import { joinTexts } from './words';

export const WEIGHTS: Readonly<Record<ComponentId, number>> = {
  reach: 0.25,
  engagement: 0.3,
  authenticity: 0.25,
  activity: 0.1,
  compliance: 0.1,
};

// Reach: 0 points at a 2% view rate (CreatorDB's example of a dead audience), full points from
// 20% up. The upper anchor is our own reference point, shown as such.
export const VIEW_RATE_FLOOR = 0.02;
export const VIEW_RATE_FULL = 0.2;
/** Engagement: full points at 1.5x the published figure the metric names, linear below. */
export const ENGAGEMENT_FULL_MULTIPLE = 1.5;
/** Authenticity: points each flag takes away. */
export const DEDUCTION: Readonly<Record<Severity, number>> = { info: 0, warn: 15, risk: 40 };
/** Activity: full recency points up to 14 days since the last post, none from 60 (KOLens); full cadence from 1 post a week (Creator Lens reading). */
export const RECENT_DAYS = 14;
export const SILENT_DAYS = 60;
export const WEEKLY_POSTS_FULL = 1;
/** Compliance: a post with an unclear disclosure counts half; one with an undisclosed code or affiliate link counts fully. */
export const UNCLEAR_WEIGHT = 0.5;

/** The neutral value a part is pulled toward, and holds when it could not be measured. */
export const NEUTRAL_POINTS = 50;
/** Shrinkage: a part measured on n posts keeps n / (n + k) of its distance from neutral. */
export const SHRINKAGE_K = 4;

/** `points` measured on `evidence` posts, pulled toward neutral by how little they rest on. */
export function shrunk(points: number, evidence: number): number {
  const kept = evidence > 0 ? evidence / (evidence + SHRINKAGE_K) : 0;
  return Math.round(NEUTRAL_POINTS + (points - NEUTRAL_POINTS) * kept);
}

type Part = { points: number | null; explanation: Text; evidence: number; checks?: { run: number; total: number } };

const linear = (value: number, zero: number, full: number) => Math.round(clamp((value - zero) / (full - zero), 0, 1) * 100);

const notMeasured = (reason: Text, checks?: Part['checks']): Part => ({ points: null, explanation: text('sc_notMeasured', { reason }), evidence: 0, ...(checks ? { checks } : {}) });

const FLOOR_SHOWN = percent(VIEW_RATE_FLOOR);
const FULL_SHOWN = percent(VIEW_RATE_FULL);

function reach(metrics: MetricSet): Part {
  const rate = metrics.viewRate;
  if (rate.value === null || rate.sampleSize < MIN_POSTS_FOR_SCORE) {
    return notMeasured(rate.unknownReason ?? text('sc_reasonViewsOfOnly', { count: rate.sampleSize, need: MIN_POSTS_FOR_SCORE }));
  }
  return {
    points: linear(rate.value, VIEW_RATE_FLOOR, VIEW_RATE_FULL),
    evidence: rate.sampleSize,
    explanation: text('sc_explainReach', { rate: percent(rate.value), count: rate.sampleSize, floor: FLOOR_SHOWN, full: FULL_SHOWN }),
  };
}

function againstBenchmark(metric: Metric, minSample: number): Part | null {
  if (metric.value === null || !metric.benchmark || metric.sampleSize < minSample) return null;
  const reference = referenceValue(metric.benchmark);
  return {
    points: Math.round(clamp(metric.value / (reference * ENGAGEMENT_FULL_MULTIPLE), 0, 1) * 100),
    evidence: metric.sampleSize,
    explanation: text('sc_explainEngagement', {
      label: metric.label,
      value: percent(metric.value),
      formula: metric.formula,
      count: metric.sampleSize,
      unit: metric.id === 'likesPerVideoPerFollower' ? 'video' : 'post',
      benchmark: describe(metric.benchmark),
      multiple: ENGAGEMENT_FULL_MULTIPLE,
    }),
  };
}

// By followers from the posts first (the platform convention), then by views, then TikTok's lifetime proxy.
function engagement(metrics: MetricSet, platform: Platform): Part {
  const part =
    againstBenchmark(metrics.engagementRate, MIN_POSTS_FOR_SCORE) ??
    againstBenchmark(metrics.engagementPerView, MIN_POSTS_FOR_SCORE) ??
    (platform === 'tiktok' ? againstBenchmark(metrics.likesPerVideoPerFollower, 1) : null);
  if (part) return part;
  const rate = metrics.engagementRate;
  return notMeasured(rate.unknownReason ?? text('sc_reasonEngagementOfOnly', { count: rate.sampleSize, need: MIN_POSTS_FOR_SCORE }));
}

/** Authenticity rests on the rules that ran: it is measured only when at least half of its rules ran. */
function authenticity(checks: readonly Check[], postsMeasured: number): Part {
  const mine = checks.filter((check) => check.component === 'authenticity' && check.status !== 'n/a');
  const run = mine.filter((check) => check.status === 'checked');
  const counted = { run: run.length, total: mine.length };
  if (run.length === 0 || run.length * 2 < mine.length) return notMeasured(text('sc_reasonFewRulesRan', counted), counted);
  const flags = flagsOf(run);
  const taken = flags.reduce((sum, flag) => sum + DEDUCTION[flag.severity], 0);
  const notRun = mine.filter((check) => check.status === 'thin').map((check) => checkName(check.id));
  const deductions = flags
    .filter((flag) => DEDUCTION[flag.severity] > 0)
    .map((flag) => text('sc_deduction', { name: checkName(flag.id), points: DEDUCTION[flag.severity] }));
  return {
    points: Math.max(0, 100 - taken),
    // The rules read the recent posts; a rule that did not run adds no evidence.
    evidence: (postsMeasured * run.length) / mine.length,
    checks: counted,
    explanation: text('sc_explainAuthenticity', {
      warn: DEDUCTION.warn,
      risk: DEDUCTION.risk,
      deductions: deductions.length ? text('sc_deductionList', { list: joinTexts(deductions) }) : text('sc_deductionNone'),
      run: run.length,
      total: mine.length,
      notRun: notRun.length ? text('sc_rulesNotRun', { list: joinTexts(notRun) }) : '',
    }),
  };
}

function activity(metrics: MetricSet, sample: Sample): Part {
  const days = sample.snapshot.pageKind === 'profile' ? metrics.daysSinceLastPost.value : null;
  const cadence = metrics.postsPerWeek.value;
  const parts: Array<[number, Text]> = [];
  if (days !== null) parts.push([100 - linear(days, RECENT_DAYS, SILENT_DAYS), text('sc_activityRecency', { days, recent: RECENT_DAYS, silent: SILENT_DAYS })]);
  if (cadence !== null) parts.push([linear(cadence, 0, WEEKLY_POSTS_FULL), text('sc_activityCadence', { rate: cadence, full: WEEKLY_POSTS_FULL })]);
  if (parts.length === 0) return notMeasured(metrics.postsPerWeek.unknownReason ?? text('sc_reasonNoPostDates'));
  return {
    points: Math.round(parts.reduce((sum, [points]) => sum + points, 0) / parts.length),
    // Recency and cadence both rest on the dated posts.
    evidence: Math.max(metrics.postsPerWeek.sampleSize, metrics.daysSinceLastPost.sampleSize),
    explanation: text('sc_explainActivity', { parts: joinTexts(parts.map(([points, why]) => text('sc_activityPart', { why, points })), 'semicolon') }),
  };
}

function compliance(sample: Sample): Part {
  const judged = judgedPosts(sample);
  if (judged.length < MIN_POSTS_FOR_SCORE) return notMeasured(text('sc_reasonCaptionsOfOnly', { count: judged.length, need: MIN_POSTS_FOR_SCORE }));
  const unclear = judged.filter(({ disclosure }) => disclosure.status === 'unclear').length;
  const undisclosed = judged.filter(({ disclosure }) => disclosure.status === 'none' && disclosure.codes.length + disclosure.affiliateLinks.length > 0).length;
  const share = (UNCLEAR_WEIGHT * unclear + undisclosed) / judged.length;
  return {
    points: Math.round((1 - share) * 100),
    evidence: judged.length,
    explanation: text('sc_explainCompliance', { posts: judged.length, unclear, undisclosed }),
  };
}

export function scoreComponents(metrics: MetricSet, checks: readonly Check[], sample: Sample): ScoreComponent[] {
  const postsMeasured = Math.max(metrics.medianViews.sampleSize, metrics.engagementRate.sampleSize);
  const parts: Record<ComponentId, Part> = {
    reach: reach(metrics),
    engagement: engagement(metrics, sample.snapshot.platform),
    authenticity: authenticity(checks, postsMeasured),
    activity: activity(metrics, sample),
    compliance: compliance(sample),
  };
  return (Object.keys(WEIGHTS) as ComponentId[]).map((id) => {
    const { points: measured, explanation, evidence, checks: counted } = parts[id];
    const points = measured === null ? null : shrunk(measured, evidence);
    const component: ScoreComponent = {
      id,
      label: componentLabel(id),
      points,
      measured,
      evidence,
      weight: WEIGHTS[id],
      // Weights add up to 1; a part not measured holds the neutral value, so the others are not scaled up.
      contribution: Math.round((points ?? NEUTRAL_POINTS) * WEIGHTS[id] * 10) / 10,
      explanation,
    };
    if (counted) component.checks = counted;
    return component;
  });
}
