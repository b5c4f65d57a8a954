// What keeps a grade from saying more than its data: caps with their reasons (a red flag is never
// outranked by a good average), the provisional mark below enough evidence, and how many checks ran.
import { text, type Text } from '../i18n/text';
import type { Grade } from '../schema/assessment';
import type { Sample } from './sample';
import type { Check } from './check';
import { moreViewsTip, openPostsTip, postsWithinReach } from './check';
import { HIGH_CONFIDENCE_POSTS } from './confidence';
import { checkName, confidenceLabel } from './labels';
import type { MetricSet } from './metric';
import type { Confidence, Flag, GradeCap, ScoreComponent } from './types';
import { joinTexts } from './words';

/** No post for this many days caps the grade at C; for the second, at D. */
export const SILENT_CAPS: ReadonlyArray<readonly [Grade, number]> = [
  ['D', 180],
  ['C', 60],
];
/** Two warnings cap the grade at B; a risk flag at C. */
export const WARNINGS_FOR_CAP = 2;

const GRADE_ORDER: readonly Grade[] = ['D', 'C', 'B', 'A', 'S'];
const rank = (grade: Grade) => GRADE_ORDER.indexOf(grade);

/** Every cap the assessment's flags, silence and confidence put on the grade, lowest first. */
export function capsOf(flags: readonly Flag[], metrics: MetricSet, confidence: Confidence, sample: Sample): GradeCap[] {
  const caps: GradeCap[] = [];
  const risks = flags.filter((flag) => flag.severity === 'risk');
  if (risks.length > 0) {
    caps.push({ grade: 'C', reason: 'risk-flag', text: text('sc_capRisk', { grade: 'C', flags: joinTexts(risks.map((flag) => checkName(flag.id))) }) });
  }
  const warnings = flags.filter((flag) => flag.severity === 'warn');
  if (warnings.length >= WARNINGS_FOR_CAP) {
    caps.push({ grade: 'B', reason: 'two-warnings', text: text('sc_capWarnings', { grade: 'B', count: warnings.length, flags: joinTexts(warnings.map((flag) => checkName(flag.id))) }) });
  }
  const days = metrics.daysSinceLastPost;
  // Only where the newest posts are seen (a profile), and only when surely that long (the page may round dates).
  if (sample.snapshot.pageKind === 'profile' && days.value !== null && days.range !== null) {
    const silent = SILENT_CAPS.find(([, limit]) => days.range!.min >= limit);
    if (silent) {
      caps.push({ grade: silent[0], reason: silent[0] === 'D' ? 'silent-180-days' : 'silent-60-days', text: text('sc_capSilent', { grade: silent[0], days: days.value, limit: silent[1] }) });
    }
  }
  if (confidence !== 'high') caps.push({ grade: 'B', reason: 'needs-high-confidence', text: text('sc_capConfidence', { grade: 'B', confidence: confidenceLabel(confidence) }) });
  return caps.sort((a, b) => rank(a.grade) - rank(b.grade));
}

/** The caps that lower `grade`, lowest first, and the grade they leave. */
export function applyCaps(grade: Grade, caps: readonly GradeCap[]): { grade: Grade; applied: GradeCap[] } {
  const applied = caps.filter((cap) => rank(cap.grade) < rank(grade));
  return { grade: applied[0]?.grade ?? grade, applied };
}

export interface Provisional {
  provisional: boolean;
  /** The one thing that would firm the grade up; absent when nothing the user can open would. */
  firmUp?: Text;
}

/** Below enough evidence (fewer than nine posts measured, or reach not measured) a grade is provisional. */
export function provisionalOf(sample: Sample, metrics: MetricSet, components: readonly ScoreComponent[]): Provisional {
  const reach = components.find((part) => part.id === 'reach');
  const posts = Math.max(metrics.medianViews.sampleSize, metrics.engagementRate.sampleSize);
  if (reach?.points === null) {
    const tip = moreViewsTip(sample);
    return tip ? { provisional: true, firmUp: tip } : { provisional: true };
  }
  if (posts >= HIGH_CONFIDENCE_POSTS) return { provisional: false };
  // Nothing firms it up when the creator has too few recent posts: then nothing is asked.
  if (postsWithinReach(sample) < HIGH_CONFIDENCE_POSTS) return { provisional: true };
  // More views where the views run ahead (a grid shows them for every post); else posts opened,
  // counted by those showing likes and comments, since opening a post adds those.
  const views = metrics.medianViews.sampleSize;
  const engaged = Math.max(metrics.engagementRate.sampleSize, metrics.engagementPerView.sampleSize);
  const tip = (views > engaged ? moreViewsTip(sample) : undefined) ?? openPostsTip(sample, engaged, HIGH_CONFIDENCE_POSTS);
  return tip ? { provisional: true, firmUp: tip } : { provisional: true };
}

export interface ChecksRun {
  run: number;
  total: number;
  summary: Text;
}

/** "6 of 11 checks ran; 5 need more posts": the rules that apply to this page, and how many ran. */
export function checksRunOf(checks: readonly Check[]): ChecksRun {
  const applicable = checks.filter((check) => check.status !== 'n/a');
  const run = applicable.filter((check) => check.status === 'checked').length;
  const thin = applicable.length - run;
  const tip = applicable.find((check) => check.status === 'thin' && check.improve)?.improve;
  const summary = text('sc_checksRan', { run, total: applicable.length, thin, tip: tip ? text('sc_checksTip', { tip }) : '' });
  return { run, total: applicable.length, summary };
}

/** "No warning signs" may be said only when most of the checks ran. */
export function mostChecksRan({ run, total }: Pick<ChecksRun, 'run' | 'total'>): boolean {
  return total > 0 && run * 2 > total;
}
