// One row of the shortlist as the table, the filters, the comparison and the CSV see it: the
// creator record and the summary of its readings (null while that is being computed).
import type { CreatorRecord } from '../db/records';
import { summarise, type ReadingSet } from './summary';
import type { CreatorSummary } from '../db/records';

export interface ShortlistRow {
  creator: CreatorRecord;
  summary: CreatorSummary | null;
  /** The creator is listed, its summary is still being computed. */
  pending?: true;
}

/** A creator with its newest readings. */
export type ShortlistEntry = { creator: CreatorRecord } & ReadingSet;

/** Rows from creators and their readings, computed on the spot (what the stored summaries hold). */
export function toRows(entries: readonly ShortlistEntry[]): ShortlistRow[] {
  return entries.map(({ creator, ...set }) => ({ creator, summary: summarise(creator.id, set) }));
}
