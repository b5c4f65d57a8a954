// The words of an assessment that are stored and exported (list summaries, a grade set by hand,
// the CSV): lib/scoring computes them, lib/db and lib/csv keep them.

export const GRADES = ['S', 'A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

export const TIER_IDS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type TierId = (typeof TIER_IDS)[number];

export type Confidence = 'low' | 'medium' | 'high';
export type Severity = 'info' | 'warn' | 'risk';

export const COMPONENT_IDS = ['reach', 'engagement', 'authenticity', 'activity', 'compliance'] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];
