// The shortlist as the dashboard lists it: creator records with their stored summaries, and the
// computing of summaries that are missing or were made by another scoring version.
import Dexie from 'dexie';
import { SnapshotSchema, type Snapshot } from '../schema/snapshot';
import type { ShortlistRow } from './rows';
import { readingSet, summarise, SUMMARY_VERSION, type ReadingSet } from './summary';
import type { CreatorSummary } from '../db/records';
import { explainStorageError } from '../db/errors';
import { loadSample } from '../db/readings';
import type { CreatorLensDatabase } from '../db';
import type { CreatorRecord } from '../db/records';

/** How many of each creator's newest readings the list assesses (the detail view charts them all). */
export const LISTED_READINGS = 2;

/** The creator's newest readings and its posts seen, as the list and the detail view assess them. */
export async function loadReadingSet(db: CreatorLensDatabase, id: string): Promise<ReadingSet> {
  const range = db.snapshots.where('[creatorId+capturedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
  const [newest, snapshotCount, sample] = await Promise.all([
    range.clone().reverse().limit(LISTED_READINGS).toArray(),
    range.clone().count(),
    loadSample(db, id),
  ]);
  const readings = newest.reverse().flatMap((record) => {
    const parsed = SnapshotSchema.safeParse(record.snapshot);
    return parsed.success ? [parsed.data as Snapshot] : [];
  });
  return readingSet(readings, sample, snapshotCount);
}

/**
 * Computes and stores the summaries of these creators, in one transaction with the reads, so
 * a reading saved meanwhile (which drops the summary) is never overwritten by an older one.
 * Creators that no longer exist are skipped. Returns how many were stored.
 */
export async function refreshSummaries(db: CreatorLensDatabase, ids: readonly string[]): Promise<number> {
  try {
    return await db.transaction('rw', db.creators, db.snapshots, db.postSamples, db.summaries, async () => {
      const creators = await db.creators.bulkGet([...ids]);
      const present = creators.filter((creator): creator is CreatorRecord => creator !== undefined);
      const sets = await Promise.all(present.map((creator) => loadReadingSet(db, creator.id)));
      const summaries = present.map((creator, index) => summarise(creator.id, sets[index]!));
      await db.summaries.bulkPut(summaries);
      return summaries.length;
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

/** A creator with its summary, or pending when the summary is missing or from another version. */
function rowOf(creator: CreatorRecord, summary: CreatorSummary | undefined): ShortlistRow {
  return summary && summary.version === SUMMARY_VERSION ? { creator, summary } : { creator, summary: null, pending: true };
}

/**
 * The most creators the dashboard lists at once: each listed creator holds ~2.3 kB of the page's
 * memory with its summary (46 MB at 20,000), so 50,000 stay near 115 MB. A larger shortlist is
 * listed by its newest-seen creators; the rest stay stored and in backups.
 */
export const LISTED_AT_MOST = 50_000;

export interface ShortlistListing {
  /** Every creator (up to LISTED_AT_MOST), newest seen first; creators without a current summary are `pending`. */
  rows: ShortlistRow[];
  /** How many creators the shortlist holds, listed or not. */
  total: number;
  /** The creators whose summary is missing or out of date, in list order. */
  stale: string[];
}

/**
 * Every creator with its stored summary: a count and two reads, however many readings there are.
 * Above `atMost` creators, the newest-seen `atMost` of them.
 */
export async function listRows(db: CreatorLensDatabase, atMost = LISTED_AT_MOST): Promise<ShortlistListing> {
  return db.transaction('r', db.creators, db.summaries, async () => {
    const total = await db.creators.count();
    const newest = db.creators.orderBy('lastSeenAt').reverse();
    let rows: ShortlistRow[];
    if (total <= atMost) {
      const [creators, summaries] = await Promise.all([newest.toArray(), db.summaries.toArray()]);
      const byId = new Map(summaries.map((summary) => [summary.creatorId, summary]));
      rows = creators.map((creator) => rowOf(creator, byId.get(creator.id)));
    } else {
      // Read newest first with a limit, IndexedDB steps a cursor record by record: instead the
      // atMost-th newest sighting is found by one jump, and everything since read in one go.
      const edge = await newest.clone().offset(atMost - 1).first();
      const since = edge ? await db.creators.where('lastSeenAt').aboveOrEqual(edge.lastSeenAt).toArray() : [];
      const creators = since.reverse().slice(0, atMost);
      const summaries = await db.summaries.bulkGet(creators.map((creator) => creator.id));
      rows = creators.map((creator, index) => rowOf(creator, summaries[index]));
    }
    return { rows, total, stale: rows.flatMap((row) => (row.pending ? [row.creator.id] : [])) };
  });
}

/** The newest-seen creators with their summaries: the first screen, while the whole list loads. */
export async function listFirstRows(db: CreatorLensDatabase, count: number): Promise<ShortlistRow[]> {
  return db.transaction('r', db.creators, db.summaries, async () => {
    const creators = await db.creators.orderBy('lastSeenAt').reverse().limit(count).toArray();
    const summaries = await db.summaries.bulkGet(creators.map((creator) => creator.id));
    return creators.map((creator, index) => rowOf(creator, summaries[index]));
  });
}
