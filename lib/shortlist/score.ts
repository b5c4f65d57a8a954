// What an assessment may use besides the page, read from the shortlist: the posts seen on their
// own pages and the creator's saved readings. Scoring a post page adds it to the sample first.
import { creatorId, loadHistory, loadSample, recordPosts, type CreatorLensDatabase } from '../db';
import { PLATFORMS } from '../schema/limits';
import type { Post, Snapshot } from '../schema/snapshot';
import { assess, type Assessment } from '../scoring';

export interface ScoringInputs {
  seenPosts: Post[];
  history: Snapshot[];
}

/** The creator's stored sample (newest seen first) and saved readings (oldest first). */
async function storedInputs(db: CreatorLensDatabase, id: string): Promise<ScoringInputs> {
  const [seen, history] = await Promise.all([loadSample(db, id), loadHistory(db, id)]);
  return { seenPosts: seen.map((entry) => entry.post), history };
}

/** `record`: add a post page's posts to the sample first (false for a result shown again). */
export async function scoringContext(db: CreatorLensDatabase, snapshot: Snapshot, now: number, record = true): Promise<ScoringInputs> {
  if (record && snapshot.pageKind === 'post') await recordPosts(db, snapshot, now);
  return storedInputs(db, creatorId(snapshot.platform, snapshot.creator.handle));
}

/** The stored inputs of the creator a page reader's answer names, asked for before the answer is checked. */
export interface EarlyContext {
  id: string;
  inputs: Promise<ScoringInputs>;
}

/**
 * Starts reading the stored inputs of the creator a profile reading names while the reading is
 * still unchecked: the lookup and the check overlap. The unchecked answer only gives a lookup key;
 * `contextFor` uses the result only for a checked snapshot of the same creator. A post page is not
 * looked up early: its posts join the sample before it is read. Null when the answer names no
 * creator of a profile page.
 */
export function lookUpEarly(db: CreatorLensDatabase, unchecked: unknown): EarlyContext | null {
  const answer = unchecked as { ok?: unknown; snapshot?: { platform?: unknown; pageKind?: unknown; creator?: { handle?: unknown } | null } | null } | null;
  const snapshot = answer?.ok === true ? answer.snapshot : null;
  const platform = PLATFORMS.find((known) => known === snapshot?.platform);
  const handle = snapshot?.creator?.handle;
  if (platform === undefined || snapshot?.pageKind !== 'profile' || typeof handle !== 'string') return null;
  const id = creatorId(platform, handle);
  const inputs = storedInputs(db, id);
  // Unused when the checked snapshot turns out otherwise: its failure is then nobody's to report.
  inputs.catch(() => undefined);
  return { id, inputs };
}

/** `scoringContext`, taken from what `lookUpEarly` started when it was for this snapshot's creator and page kind. */
export function contextFor(db: CreatorLensDatabase, snapshot: Snapshot, now: number, record: boolean, early: EarlyContext | null): Promise<ScoringInputs> {
  const usable = early !== null && snapshot.pageKind === 'profile' && early.id === creatorId(snapshot.platform, snapshot.creator.handle);
  return usable ? early.inputs : scoringContext(db, snapshot, now, record);
}

/** The assessment the popup shows, as of the reading. */
export function assessWith(snapshot: Snapshot, inputs: ScoringInputs): Assessment {
  return assess(snapshot, { ...inputs, now: snapshot.capturedAt });
}
