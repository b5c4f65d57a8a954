// Creators booked in campaigns and their deals (./deal-record). Every write goes through the schema;
// a record that does not read whole is left out of a list rather than shown half.
import { DealRecordSchema, dealId, newDeal, type DealRecord } from './deal-record';
import type { CreatorLensDatabase } from './index';

const whole = (stored: unknown[]): DealRecord[] =>
  stored.flatMap((record) => {
    const checked = DealRecordSchema.safeParse(record);
    return checked.success ? [checked.data] : [];
  });

/** The deals of one campaign, in the order the creators were added. */
export async function listDeals(db: CreatorLensDatabase, campaignId: string): Promise<DealRecord[]> {
  return whole(await db.deals.where('campaignId').equals(campaignId).toArray()).sort((a, b) => a.addedAt - b.addedAt || a.creatorId.localeCompare(b.creatorId));
}

/** Every campaign a creator is booked in, as deals. */
export async function dealsOfCreator(db: CreatorLensDatabase, creatorId: string): Promise<DealRecord[]> {
  return whole(await db.deals.where('creatorId').equals(creatorId).toArray());
}

/**
 * Books creators in a campaign, in one transaction; a creator already in it keeps their deal as it
 * is. Returns how many were added.
 */
export async function addToCampaign(db: CreatorLensDatabase, campaignId: string, creatorIds: readonly string[], now: number): Promise<number> {
  const records = [...new Set(creatorIds)].map((creatorId) => DealRecordSchema.parse(newDeal(campaignId, creatorId, now)));
  return db.transaction('rw', db.deals, async () => {
    const present = new Set(await db.deals.where('campaignId').equals(campaignId).primaryKeys());
    const added = records.filter((record) => !present.has(record.id));
    await db.deals.bulkAdd(added);
    return added.length;
  });
}

/** Stores a deal as edited; one that fails the schema throws and nothing is written. */
export async function putDeal(db: CreatorLensDatabase, deal: DealRecord): Promise<void> {
  const checked = DealRecordSchema.parse(deal);
  if (checked.id !== dealId(checked.campaignId, checked.creatorId)) throw new Error('A deal is named by its campaign and creator.');
  await db.deals.put(checked);
}

/** Takes a creator out of a campaign: only their deal in it goes; the shortlist and other campaigns keep them. */
export async function removeFromCampaign(db: CreatorLensDatabase, campaignId: string, creatorId: string): Promise<void> {
  await db.deals.delete(dealId(campaignId, creatorId));
}
