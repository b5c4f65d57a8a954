// Booking creators in a campaign from wherever the user is (the shortlist's bulk bar, the popup, an
// import): which campaigns can take them (not archived, the active one first), and how many were new.
import { listCampaigns } from '../db/campaigns';
import { addToCampaign, dealsOfCreator } from '../db/deals';
import type { CreatorLensDatabase } from '../db';
import { loadCampaigns } from './settings';

export interface CampaignChoice {
  id: string;
  name: string;
  active: boolean;
}

/** The campaigns a creator can be added to: not archived, the active one first, then in the order created. */
export async function campaignChoices(db: CreatorLensDatabase): Promise<CampaignChoice[]> {
  const { campaigns, activeId } = await loadCampaigns(db);
  const choices = campaigns.map((campaign) => ({ id: campaign.id, name: campaign.name, active: campaign.id === activeId }));
  return [...choices.filter((choice) => choice.active), ...choices.filter((choice) => !choice.active)];
}

/** Books creators in a campaign; those already in it keep their deal. */
export async function bookCreators(db: CreatorLensDatabase, campaignId: string, creatorIds: readonly string[], now: number): Promise<{ added: number; already: number }> {
  const added = await addToCampaign(db, campaignId, creatorIds, now);
  return { added, already: new Set(creatorIds).size - added };
}

export interface Booking {
  /** Campaigns not archived that the creator is not in yet, the active one first. */
  choices: CampaignChoice[];
  /** The names of the campaigns the creator is in, archived ones included, in the order created. */
  bookedIn: string[];
}

/** Where a creator is booked and where they can still be added. */
export async function bookingOf(db: CreatorLensDatabase, creatorId: string): Promise<Booking> {
  const choices = await campaignChoices(db);
  const [campaigns, deals] = await Promise.all([listCampaigns(db), dealsOfCreator(db, creatorId)]);
  const booked = new Set(deals.map((deal) => deal.campaignId));
  return {
    choices: choices.filter((choice) => !booked.has(choice.id)),
    bookedIn: campaigns.filter((campaign) => booked.has(campaign.id)).map((campaign) => campaign.name),
  };
}
