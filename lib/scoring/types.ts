import type { Text } from '../i18n/text';
import type { Platform, Post, Snapshot } from '../schema/snapshot';

import type { ComponentId, Confidence, Grade, Severity, TierId } from '../schema/assessment';

export type { ComponentId, Confidence, Grade, Severity, TierId };

export interface Tier {
  id: TierId;
  label: Text;
  /** Follower range of the tier, for display. */
  range: Text;
  /** True when the follower count is rounded across a tier boundary. */
  uncertain: boolean;
}

/** One published figure, as data: where it comes from and what exactly it measures. */
export interface Benchmark {
  id: string;
  platform: Platform;
  /** Tiers the figure applies to; all tiers when absent. */
  tiers?: TierId[];
  /** The source's own follower band when it is narrower than our tiers (matched on the follower count). */
  followers?: { min: number; max: number | null };
  /**
   * What is measured, in the source's own definition, without its statistic: the pages put
   * `statistic` in front of it ("average" + "engagement rate by views …"), so it is said once.
   */
  measure: Text;
  /** Which of our metrics it is compared with. */
  metric: MetricId;
  /** The figure (a ratio), or the low and high ends of a published band. */
  value: number;
  high?: number;
  /** 'median' | 'average' | 'band' ... as the source states it; `statisticLabel` puts it in words. */
  statistic: string;
  /** The source's name, shown as it is in every language. */
  source: string;
  /** "2024-25", or "undated" when the source states no year; `yearLabel` puts it in words. */
  year: string;
  /** Where the figure is published. */
  url?: string;
}

export type MetricId =
  | 'engagementRate'
  | 'engagementPerView'
  | 'viewRate'
  | 'medianViews'
  | 'meanViews'
  | 'medianLikes'
  | 'medianComments'
  | 'commentsPerHundredLikes'
  | 'sharesPerView'
  | 'savesPerView'
  | 'postsPerWeek'
  | 'daysSinceLastPost'
  | 'likesPerVideoPerFollower'
  | 'sponsoredShare'
  | 'sponsoredVsOrganicEngagement';

/** A computed figure with everything needed to show where it came from. */
export interface Metric {
  id: MetricId;
  label: Text;
  /** null when it cannot be computed; `unknownReason` then says why. */
  value: number | null;
  /** Lowest and highest value the page's rounding allows. */
  range: { min: number; max: number } | null;
  unit: 'ratio' | 'count' | 'days' | 'per-week' | 'multiple';
  formula: Text;
  sampleSize: number;
  unknownReason?: Text;
  /** The published figure it is compared with, when one exists for this platform and tier. */
  benchmark?: Benchmark;
  /** Where the creator stands against the benchmarks of its tier, in words ("above the published median"). */
  placement?: Text;
}

export interface Flag {
  id: string;
  severity: Severity;
  message: Text;
  /** Named values the flag rests on; `evidenceLabel(name)` gives each name in words. */
  evidence: Record<string, number | string | Text>;
  rule: Text;
  source: Text;
  /** Posts the flag is about (bought-views fingerprint, undisclosed sponsorship). */
  postIds?: string[];
  /** The score component the flag feeds (authenticity, compliance ...). */
  component?: ComponentId;
}

export interface ScoreComponent {
  id: ComponentId;
  label: Text;
  /** 0-100, pulled toward 50 by how little it rests on, or null when the page does not show enough to measure it. */
  points: number | null;
  /** The points as measured, before shrinkage; null when not measured. */
  measured: number | null;
  /** How many posts the part rests on (fewer pull it harder toward neutral). */
  evidence: number;
  /** For a part made of rules: how many of its rules ran, of those that apply. */
  checks?: { run: number; total: number };
  /** The component's share of the score (weights add up to 1). */
  weight: number;
  /** Points this component adds to the score: its points (50 when not measured) x weight. */
  contribution: number;
  explanation: Text;
}

/** A post as the per-post chart draws it. */
export interface PostMark {
  id: string;
  url: string;
  views: number | null;
  engagement: number | null;
  publishedAt: number | null;
  pinned: boolean;
  /** Views far above the creator's own median (one outlier carries the average). */
  outlier: boolean;
  /** Views >= 1.5x the own median with engagement >= 30% below the own typical. */
  boughtViewsSuspect: boolean;
  sponsored: boolean | null;
  /** Ad disclosure read from the label and caption; null when neither is known. */
  disclosure?: 'clear' | 'unclear' | 'none' | null;
}

/** On a post page: the post's engagement per view against the creator's typical. */
export interface ThisPost {
  postId: string;
  /** (likes + comments [+ shares]) ÷ views of this post; null when the page does not show them. */
  perView: number | null;
  /** The median of the creator's other recent posts; null until `typicalNeeds` of them show it. */
  typical: number | null;
  /** The other recent posts that show views, likes and comments. */
  typicalPosts: number;
  typicalNeeds: number;
}

export interface CreatorClass {
  id: 'KOL' | 'KOC';
  reason: Text;
}

export interface ScoringSettings {
  /** Recent window: the last N posts ... */
  windowPosts: number;
  /** ... within this many days. */
  windowDays: number;
}

/** The recent window every metric uses unless told otherwise. */
export const RECENT_WINDOW: ScoringSettings = { windowPosts: 30, windowDays: 90 };

/** What the shortlist holds of a creator besides the page being scored. */
export interface ScoringInputs {
  /** Posts seen earlier on their own pages, newest first. */
  seenPosts: readonly Post[];
  /** Earlier snapshots of the same creator, oldest first. */
  history: readonly Snapshot[];
}

/** Everything an assessment may use besides the page itself. All optional. */
export interface ScoringContext extends ScoringInputs {
  settings: ScoringSettings;
  /** Unix ms; dates and inactivity are measured against it. */
  now: number;
}

/** Why a grade is held down, as a stable id (the command line's `caps[].reason`). */
export type CapReason = 'risk-flag' | 'two-warnings' | 'silent-60-days' | 'silent-180-days' | 'needs-high-confidence';

/** A ceiling on the grade, and its reason in words ("Capped at C: comment pods suspected"). */
export interface GradeCap {
  grade: Grade;
  reason: CapReason;
  text: Text;
}

export interface Assessment {
  scoringVersion: string;
  tier: Tier | null;
  creatorClass: CreatorClass | null;
  metrics: Metric[];
  flags: Flag[];
  components: ScoreComponent[];
  /** 0-100, or null with `unscoredReason`. */
  score: number | null;
  /** The grade after its caps; null with `unscoredReason`. */
  grade: Grade | null;
  unscoredReason?: Text;
  /** The caps that lowered the grade, lowest first (empty when none did). */
  caps: GradeCap[];
  /** Below enough evidence the grade is provisional; `firmUp` says the one thing that would firm it up. */
  provisional: boolean;
  firmUp?: Text;
  /** Checks (rules) that ran, of those that apply to this page, and the same in words. */
  checksRun: number;
  checksTotal: number;
  checksSummary: Text;
  /** The grade in one line: its caps, else the strongest and weakest parts. */
  verdict: Text;
  confidence: Confidence;
  confidenceReasons: Text[];
  /** What the user can open to make the assessment surer, each a sentence of its own. */
  improve: Text[];
  /** The recent posts, in page order, for the per-post chart. */
  posts: PostMark[];
  /** On a post page: that post against the creator's typical. */
  thisPost?: ThisPost;
}
