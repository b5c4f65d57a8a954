// One rule applied to one assessment: its flags, or why the data was too thin to apply it.
// Thin data never raises a flag; it lowers confidence and tells the user what to open.
import { text, type Text } from '../i18n/text';
import type { MetricSet } from './metric';
import { DAY_MS, type Sample } from './sample';
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

/**
 * The most unpinned recent posts this creator can show, as far as the pages tell: no more than the
 * window holds, nor than the posts they have (their count, less the pinned ones), nor, on a profile
 * whose grid already reaches past the window, than the posts inside it. A tip never asks for more.
 */
export function postsWithinReach(sample: Sample): number {
  const { snapshot, settings } = sample;
  let reach = settings.windowPosts;
  const total = snapshot.creator.postCount;
  if (total !== null) reach = Math.min(reach, Math.max(0, total.max - sample.pinned.length));
  if (gridReachesPastWindow(sample)) reach = Math.min(reach, sample.recent.length);
  return reach;
}

/** A profile's grid shows a dated unpinned post older than the window: scrolling it adds only older posts. */
function gridReachesPastWindow({ snapshot, settings, now }: Sample): boolean {
  if (snapshot.pageKind !== 'profile') return false;
  const cutoff = now - settings.windowDays * DAY_MS;
  return snapshot.posts.some((post) => !post.pinned && post.publishedAt !== null && post.publishedAt.max < cutoff);
}

/** What to open for more posts with likes and comments; nothing when the creator has too few recent posts to reach `need`. */
export function openPostsTip(sample: Sample, have: number, need: number): Text | undefined {
  if (postsWithinReach(sample) < need) return undefined;
  return text('sc_tipOpenPosts', { count: Math.max(1, need - have) });
}

/** A tip that asks to open a recent post: only when the creator has one to open. */
export function whenPostsToOpen(sample: Sample, tip: Text): Text | undefined {
  return postsWithinReach(sample) > 0 ? tip : undefined;
}

/** What to open for more view counts; nothing when no page can show more of them. */
export function moreViewsTip(sample: Sample): Text | undefined {
  const { snapshot } = sample;
  if (snapshot.creator.privateAccount) return undefined; // Nothing to open: the posts are hidden.
  if (postsWithinReach(sample) === 0) return undefined;
  if (snapshot.pageKind === 'post') return text('sc_tipOpenProfile', { handle: snapshot.creator.handle });
  // On the Reels tab already: more of its tiles are what shows more views.
  if (snapshot.platform === 'instagram' && !/\/reels\/?$/.test(new URL(snapshot.url).pathname)) return text('sc_tipOpenReels', { handle: snapshot.creator.handle });
  // A YouTube Home tab shows a shelf of the latest uploads, and scrolling it shows no more: the Videos tab does.
  if (snapshot.sources.some((source) => source.endsWith(':home-uploads'))) return text('sc_tipOpenVideosTabYouTube', { address: `${snapshot.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}/videos` });
  // The grid holds every post already, or reaches past the window: scrolling shows no more recent views.
  const total = snapshot.creator.postCount;
  if ((total !== null && snapshot.posts.length >= total.min) || gridReachesPastWindow(sample)) return undefined;
  return text('sc_tipScrollGrid');
}
