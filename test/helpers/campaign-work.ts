// Records of a campaign and its work for tests: every field set to its empty value, the test
// giving what it is about.
import type { CampaignRecord } from '../../lib/db/campaign-record';
import type { DeliverableRecord } from '../../lib/db/deliverable-record';

export function aCampaign(given: Pick<CampaignRecord, 'id' | 'name' | 'createdAt'> & Partial<CampaignRecord>): CampaignRecord {
  return {
    goal: null,
    startDate: null,
    endDate: null,
    targetMarkets: [],
    languages: [],
    keywords: [],
    platforms: [],
    budget: null,
    minTier: null,
    kpiTargets: { cpm: null, cpe: null, cpa: null, roas: null, totalViews: null },
    archivedAt: null,
    updatedAt: given.createdAt,
    ...given,
  };
}

/** A TikTok post of `handle` delivered for campaign c1, typed in when it went up. */
export function aTikTokPost(id: string, handle: string, postId: string, given: Pick<DeliverableRecord, 'dueDate' | 'postedAt' | 'attachedAt'>): DeliverableRecord {
  return { id, campaignId: 'c1', creatorId: `tiktok:${handle}`, platform: 'tiktok', postKey: `tiktok:${postId}`, url: `https://www.tiktok.com/@${handle}/video/${postId}`, attachedBy: 'typed', ...given };
}
