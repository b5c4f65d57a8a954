// One path from a page's reading to what the score card shows: the reader's answer is checked once,
// where it arrives; a post page's posts join the creator's sample; what the shortlist holds of the
// creator (posts seen on their own pages, saved readings) is read; and the snapshot is assessed as
// of when it was read. The popup and the link menu both score through here.
import { lastSaved, loadHistory, loadSample, recordPosts } from '../db/readings';
import type { Text } from '../i18n/text';
import { sinceSaved } from './grade-history';
import type { CreatorLensDatabase } from '../db';
import { creatorId } from '../db/records';
import type { ReadFailure } from '../schema/failure';
import type { Post, Snapshot } from '../schema/snapshot';
import { parseResponse } from '../reading/check';
import type { UncheckedReading } from '../reading/inject';
import { assess, type Assessment, type ScoringInputs } from '../scoring';

export interface ScoredPage {
  snapshot: Snapshot;
  assessment: Assessment;
  /** The creator's posts seen on their own pages, newest first. */
  seenPosts: readonly Post[];
  /** Why the creator's sample could not be read: the score then rests on the page alone. */
  sampleError?: unknown;
  /** "Was S 87 on Dec 3: …" when the grade differs from the one shown when the creator was last saved. */
  sinceSaved?: Text;
}

export type PageScore = ({ ok: true } & ScoredPage) | ReadFailure;

/** The creator's stored sample (newest seen first) and saved readings (oldest first). */
export async function scoringInputs(db: CreatorLensDatabase, snapshot: Snapshot): Promise<ScoringInputs> {
  const id = creatorId(snapshot.platform, snapshot.creator.handle);
  const [seen, history] = await Promise.all([loadSample(db, id), loadHistory(db, id)]);
  return { seenPosts: seen.map((entry) => entry.post), history };
}

/**
 * A checked snapshot scored. `record`: add a post page's posts to the sample first (false for a
 * result shown again: it was recorded when it was read). `now` dates the posts seen.
 */
export async function scoreSnapshot(db: CreatorLensDatabase, snapshot: Snapshot, { record, now }: { record: boolean; now: number }): Promise<ScoredPage> {
  let inputs: ScoringInputs = { seenPosts: [], history: [] };
  let saved: Awaited<ReturnType<typeof lastSaved>> = null;
  let sampleError: unknown;
  try {
    if (record && snapshot.pageKind === 'post') await recordPosts(db, snapshot, now);
    [inputs, saved] = await Promise.all([scoringInputs(db, snapshot), lastSaved(db, creatorId(snapshot.platform, snapshot.creator.handle))]);
  } catch (error) {
    sampleError = error;
  }
  const assessment = assess(snapshot, { ...inputs, now: snapshot.capturedAt });
  const change = sinceSaved(saved, assessment);
  return { snapshot, assessment, seenPosts: inputs.seenPosts, ...(sampleError === undefined ? {} : { sampleError }), ...(change ? { sinceSaved: change } : {}) };
}

/** A page reader's answer, checked and scored; a reading that did not happen says why. */
export async function scoreReading(db: CreatorLensDatabase, reading: UncheckedReading, now: number): Promise<PageScore> {
  const response = 'unchecked' in reading ? parseResponse(reading.unchecked) : reading;
  if (!response.ok) return response;
  return { ok: true, ...(await scoreSnapshot(db, response.snapshot, { record: true, now })) };
}
