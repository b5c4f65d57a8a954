// What an assessment may use besides the page, read from the shortlist: the posts seen on their
// own pages and the creator's saved readings. Scoring a post page adds it to the sample first.
import { creatorId, loadHistory, loadSample, recordPosts, type CreatorLensDatabase } from './db';
import type { Post, Snapshot } from './schema';
import { assess, type Assessment } from './scoring';

export interface ScoringInputs {
  seenPosts: Post[];
  history: Snapshot[];
}

/** `record`: add a post page's posts to the sample first (false for a result shown again). */
export async function scoringContext(db: CreatorLensDatabase, snapshot: Snapshot, now: number, record = true): Promise<ScoringInputs> {
  const id = creatorId(snapshot.platform, snapshot.creator.handle);
  if (record) await recordPosts(db, snapshot, now);
  const [seen, history] = await Promise.all([loadSample(db, id), loadHistory(db, id)]);
  return { seenPosts: seen.map((entry) => entry.post), history };
}

/** The assessment the popup shows, as of the reading. */
export function assessWith(snapshot: Snapshot, inputs: ScoringInputs): Assessment {
  return assess(snapshot, { ...inputs, now: snapshot.capturedAt });
}
