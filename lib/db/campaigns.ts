// Reading and writing campaign records (./campaign-record). Every write and every read goes through
// the schema: a damaged record is left out of the list rather than shown half.
import { CampaignRecordSchema, type CampaignRecord } from './campaign-record';
import type { CreatorLensDatabase } from './index';

/** Every campaign that reads whole, archived ones included, in the order they were created. */
export async function listCampaigns(db: CreatorLensDatabase): Promise<CampaignRecord[]> {
  const stored: unknown[] = await db.campaigns.toArray();
  return stored
    .flatMap((record) => {
      const checked = CampaignRecordSchema.safeParse(record);
      return checked.success ? [checked.data] : [];
    })
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Stores a campaign, new or changed; one that fails the schema throws and nothing is written. */
export async function putCampaign(db: CreatorLensDatabase, campaign: CampaignRecord): Promise<void> {
  await db.campaigns.put(CampaignRecordSchema.parse(campaign));
}

/**
 * Copies campaigns into the table, in one transaction, leaving alone every id already there: copying
 * the same campaigns again adds nothing and undoes no edit made since. Returns how many were added.
 */
export async function copyCampaigns(db: CreatorLensDatabase, campaigns: CampaignRecord[]): Promise<number> {
  const records = campaigns.map((campaign) => CampaignRecordSchema.parse(campaign));
  return db.transaction('rw', db.campaigns, async () => {
    const present = new Set(await db.campaigns.toCollection().primaryKeys());
    const added = records.filter((record) => !present.has(record.id));
    await db.campaigns.bulkAdd(added);
    return added.length;
  });
}
