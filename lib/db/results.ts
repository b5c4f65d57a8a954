// Results (./result-record), written and read through the schema.
import { ResultRecordSchema, type ResultRecord } from './result-record';
import type { CreatorLensDatabase } from './index';

/** A campaign's results, in no particular order. */
export async function listResults(db: CreatorLensDatabase, campaignId: string): Promise<ResultRecord[]> {
  const stored: unknown[] = await db.results.where('campaignId').equals(campaignId).toArray();
  return stored.flatMap((record) => {
    const checked = ResultRecordSchema.safeParse(record);
    return checked.success ? [checked.data] : [];
  });
}

/**
 * Stores results in one transaction: all or, when one fails its schema, none. A result with the id
 * of one stored (the same campaign, source and match) replaces it.
 */
export async function putResults(db: CreatorLensDatabase, results: readonly ResultRecord[]): Promise<void> {
  const checked = results.map((result) => ResultRecordSchema.parse(result));
  await db.transaction('rw', db.results, () => db.results.bulkPut(checked));
}
