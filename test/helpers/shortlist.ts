// The shortlist as the dashboard ends up listing it, for tests that check what it shows.
import type { CreatorLensDatabase } from '../../lib/db';
import type { CreatorRecord } from '../../lib/db/records';
import { listRows, refreshSummaries } from '../../lib/shortlist/listing';
import type { ShortlistRow } from '../../lib/shortlist/rows';
import { summarise, type ReadingSet } from '../../lib/shortlist/summary';

/** The whole shortlist with every summary current (the missing ones computed first, as the dashboard does). */
export async function listShortlist(db: CreatorLensDatabase): Promise<ShortlistRow[]> {
  const { stale } = await listRows(db);
  if (stale.length > 0) await refreshSummaries(db, stale);
  return (await listRows(db)).rows;
}

/** A creator with its newest readings. */
export type ShortlistEntry = { creator: CreatorRecord } & ReadingSet;

/** Rows from creators and their readings, computed on the spot (what the stored summaries hold). */
export function toRows(entries: readonly ShortlistEntry[]): ShortlistRow[] {
  return entries.map(({ creator, ...set }) => ({ creator, summary: summarise(creator.id, set) }));
}
