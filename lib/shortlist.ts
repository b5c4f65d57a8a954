// One row of the shortlist as the table and the CSV show it, computed from the stored
// snapshot each time it is read.
import type { ShortlistEntry } from './db';
import { assess, type Assessment } from './scoring';

export interface ShortlistRow {
  entry: ShortlistEntry;
  assessment: Assessment | null;
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
