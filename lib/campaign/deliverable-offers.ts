// What the popup and side panel do with a reading of a post page for the campaigns: the post's
// figures as a point of each deliverable it already is, and an offer to attach it to each campaign
// the creator is booked in whose marks it carries and which does not have it yet.
import type { CampaignRecord } from '../db/campaign-record';
import type { DealRecord } from '../db/deal-record';
import { postKeyOf, postOfReading, recordDeliverablePoints, type PointsRecorded } from '../db/deliverable-points';
import { dealsOfCreator } from '../db/deals';
import { deliverablesOfPost } from '../db/deliverables';
import { listCampaigns } from '../db/campaigns';
import { creatorId } from '../db/records';
import type { CreatorLensDatabase } from '../db';
import type { Snapshot } from '../schema/snapshot';
import { attachPost, dueDateFor, type AttachResult } from './attach-deliverable';
import { deliverableMarks, type DeliverableMark } from './detect-deliverable';

export interface DeliverableOffer {
  campaign: Pick<CampaignRecord, 'id' | 'name'>;
  deal: DealRecord;
  /** What in the post matched, strongest first; never empty. */
  marks: DeliverableMark[];
}

export interface ReadingForCampaigns {
  /** Null for a remembered reading, or a page that is no post. */
  points: PointsRecorded | null;
  offers: DeliverableOffer[];
}

/** Records a fresh reading's points (not a remembered one: it is no news), then what can be attached. */
export async function deliverablesOfReading(db: CreatorLensDatabase, snapshot: Snapshot, fresh: boolean): Promise<ReadingForCampaigns> {
  const post = postOfReading(snapshot);
  if (post === null) return { points: null, offers: [] };
  const points = fresh ? await recordDeliverablePoints(db, snapshot) : null;
  // A post that is gone is delivered to nothing new.
  if (snapshot.unavailable !== undefined) return { points, offers: [] };
  const deals = await dealsOfCreator(db, creatorId(snapshot.platform, snapshot.creator.handle));
  if (deals.length === 0) return { points, offers: [] };
  const attached = new Set((await deliverablesOfPost(db, postKeyOf(snapshot.platform, post.id))).map((deliverable) => deliverable.campaignId));
  const campaigns = new Map((await listCampaigns(db)).map((campaign) => [campaign.id, campaign]));
  const offers = deals.flatMap((deal) => {
    const campaign = campaigns.get(deal.campaignId);
    // An archived campaign is over: nothing more is delivered to it.
    if (campaign === undefined || campaign.archivedAt !== null || attached.has(deal.campaignId)) return [];
    const marks = deliverableMarks(post, deal, campaign);
    return marks.length > 0 ? [{ campaign: { id: campaign.id, name: campaign.name }, deal, marks }] : [];
  });
  return { points, offers };
}

/** Attaches the post read to an offer's campaign, due as the deal's next promise, with this reading as its first point. */
export async function attachOffered(db: CreatorLensDatabase, offer: DeliverableOffer, snapshot: Snapshot, id: string, now: number): Promise<AttachResult> {
  const post = postOfReading(snapshot);
  const result = await attachPost(db, { deal: offer.deal, url: post?.url ?? snapshot.url, dueDate: (await dueDateFor(db, offer.deal)) ?? '', attachedBy: 'offered' }, id, now);
  if ('attached' in result) await recordDeliverablePoints(db, snapshot);
  return result;
}
