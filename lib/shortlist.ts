// One row of the shortlist as the table and the CSV show it, computed from the stored
// snapshot each time it is read.
import type { CreatorRecord, ShortlistEntry } from './db';
import { assess, type Assessment } from './scoring';

export interface ShortlistRow {
  entry: ShortlistEntry;
  assessment: Assessment | null;
  /** The creator is listed, its readings are still being loaded and scored. */
  pending?: true;
}

/**
 * Rows from the creator records alone, shown while the readings load: with 10,000 creators the
 * names, statuses, tags and notes are on screen long before every score is computed.
 */
export function pendingRows(creators: readonly CreatorRecord[]): ShortlistRow[] {
  return creators.map((creator) => ({
    entry: { creator, latest: null, snapshotCount: 0, sample: [], history: [] },
    assessment: null,
    pending: true,
  }));
}

/** `now` dates inactivity: the table shows how long ago each creator last posted. */
export function toRows(entries: ShortlistEntry[], now: number): ShortlistRow[] {
  return entries.map((entry) => ({
    entry,
    assessment: entry.latest
      ? assess(entry.latest, { seenPosts: entry.sample.map((seen) => seen.post), history: entry.history, now })
      : null,
  }));
}
