// What a campaign's page reads of its posts: the deals, each creator's name as shown, the delivered
// posts and every post's readings, in one query per table.
import type { DealRecord } from '../db/deal-record';
import type { DeliverablePoint, DeliverableRecord } from '../db/deliverable-record';
import { listDeals } from '../db/deals';
import { listDeliverables, pointsOfAll } from '../db/deliverables';
import type { CreatorLensDatabase } from '../db';

export interface CampaignPosts {
  deals: DealRecord[];
  /** "@lena", or the creator id of one no longer on the shortlist. */
  names: Map<string, string>;
  deliverables: DeliverableRecord[];
  /** Each post's readings, oldest first. */
  readings: Map<string, DeliverablePoint[]>;
}

export async function readCampaignPosts(db: CreatorLensDatabase, campaignId: string): Promise<CampaignPosts> {
  const deals = await listDeals(db, campaignId);
  const creators = await db.creators.bulkGet(deals.map((deal) => deal.creatorId));
  const names = new Map(deals.map((deal, index) => [deal.creatorId, creators[index] ? `@${creators[index].handle}` : deal.creatorId]));
  const deliverables = await listDeliverables(db, campaignId);
  // One query for every post's readings: a campaign of 500 posts opens as fast as one of 5.
  const readings = await pointsOfAll(db, deliverables.map((deliverable) => deliverable.id));
  return { deals, names, deliverables, readings };
}
