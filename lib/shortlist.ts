// One row of the shortlist as the table and the CSV show it, computed from the stored
// snapshot each time it is read.
import type { ShortlistEntry } from './db';
import { assess, type Assessment } from './scoring';

export interface ShortlistRow {
  entry: ShortlistEntry;
  assessment: Assessment | null;
}

export function toRows(entries: ShortlistEntry[]): ShortlistRow[] {
  return entries.map((entry) => ({
    entry,
    assessment: entry.latest ? assess(entry.latest, entry.sample.map((seen) => seen.post)) : null,
  }));
}
