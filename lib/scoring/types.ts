import type { Platform } from '../schema';

export type TierId = 'nano' | 'micro' | 'mid' | 'macro' | 'mega';
export type Grade = 'S' | 'A' | 'B' | 'C' | 'D';
export type Confidence = 'low' | 'medium' | 'high';
export type Severity = 'info' | 'warn' | 'risk';

export interface Tier {
  id: TierId;
  label: string;
  /** Follower range of the tier, for display. */
  range: string;
  /** True when the follower count is rounded across a tier boundary. */
  uncertain: boolean;
}

export interface Benchmark {
  id: string;
  platform: Platform;
  /** What is measured, in the source's own definition. */
  measure: string;
  value: number;
  source: string;
  year: string;
}

/** A computed figure with everything needed to show where it came from. */
export interface Metric {
  id: 'viewRate' | 'medianViews' | 'meanViews' | 'likesPerVideoPerFollower' | 'engagementRate';
  label: string;
  /** null when it cannot be computed; `unknownReason` then says why. */
  value: number | null;
  /** Lowest and highest value the page's rounding allows. */
  range: { min: number; max: number } | null;
  unit: 'ratio' | 'count';
  formula: string;
  sampleSize: number;
  unknownReason?: string;
  benchmark?: Benchmark;
}

export interface Flag {
  id: string;
  severity: Severity;
  message: string;
  evidence: Record<string, number | string>;
  rule: string;
  source: string;
}

export interface ScoreComponent {
  id: 'reach' | 'engagement';
  label: string;
  /** 0-100 */
  points: number;
  weight: number;
  explanation: string;
}

export interface Assessment {
  scoringVersion: string;
  tier: Tier | null;
  metrics: Metric[];
  flags: Flag[];
  components: ScoreComponent[];
  /** 0-100, or null with `unscoredReason`. */
  score: number | null;
  grade: Grade | null;
  /** Points taken off for flags (warn 5, risk 15 each). */
  penalty: number;
  unscoredReason?: string;
  confidence: Confidence;
  confidenceReasons: string[];
  /** What the user can open to make the assessment surer. */
  improve: string[];
}
