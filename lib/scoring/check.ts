// One rule applied to one assessment: its flags, or why the data was too thin to apply it.
// Thin data never raises a flag; it lowers confidence and tells the user what to open.
import { text, type Text } from '../i18n/text';
import type { MetricSet } from './metric';
import type { Sample } from './sample';
import type { ComponentId } from '../schema/assessment';
import type { Flag, Tier } from './types';
import type { Snapshot } from '../schema/snapshot';

export interface Check {
  id: string;
  /** The component the rule's flags feed; null for notes that feed none. */
  component: ComponentId | null;
  /** 'checked': the rule was applied (fired or not); 'thin': not enough data; 'n/a': does not apply. */
  status: 'checked' | 'thin' | 'n/a';
  flags: Flag[];
  /** Why the rule could not be applied. */
  reason?: Text;
  /** What the user can open so that it can. */
  improve?: Text;
}

export interface CheckInput {
  sample: Sample;
  metrics: MetricSet;
  tier: Tier | null;
  history: readonly Snapshot[];
}

// Checks and flags get their fields added rather than spread: in V8 (node 20) an object spread
// followed by more fields takes a slow path, ~0.5 µs each plus garbage that outlives the
// assessment, and every assessment builds dozens of these.

export function checked(id: string, component: ComponentId | null, flags: Flag[] = []): Check {
  // The flags are new, made by the rule for this check: each is marked with its component.
  if (component) for (const flag of flags) flag.component = component;
  return { id, component, status: 'checked', flags };
}

export function thin(id: string, component: ComponentId | null, reason: Text, improve?: Text): Check {
  const check: Check = { id, component, status: 'thin', flags: [], reason };
  if (improve) check.improve = improve;
  return check;
}

export const notApplicable = (id: string, component: ComponentId | null): Check => ({ id, component, status: 'n/a', flags: [] });

/** The flags of `checks`, in order (a flatMap, without V8's slow path for it). */
export function flagsOf(checks: readonly Check[]): Flag[] {
  return ([] as Flag[]).concat(...checks.map((check) => check.flags));
}

/** What to open for more posts with likes and comments, by page kind and platform. */
export function openPostsTip(sample: Sample, have: number, need: number): Text {
  return text('sc_tipOpenPosts', { count: Math.max(1, need - have) });
}

/** What to open for more view counts. */
export function moreViewsTip(sample: Sample): Text | undefined {
  const { snapshot } = sample;
  if (snapshot.creator.privateAccount) return undefined; // Nothing to open: the posts are hidden.
  if (snapshot.pageKind === 'post') return text('sc_tipOpenProfile', { handle: snapshot.creator.handle });
  // On the Reels tab already: more of its tiles are what shows more views.
  if (snapshot.platform === 'instagram' && !/\/reels\/?$/.test(new URL(snapshot.url).pathname)) return text('sc_tipOpenReels', { handle: snapshot.creator.handle });
  return text('sc_tipScrollGrid');
}
