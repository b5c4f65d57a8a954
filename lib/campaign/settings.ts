// The campaigns and which one is active. The campaigns are records in the database (lib/db/campaigns);
// an earlier version kept them in the extension's local storage, from where they are copied in the
// first time they are read here (moveStoredCampaigns). Which one is active stays in that storage
// item's `activeId`, where it has always been: it is a choice of this browser rather than a record
// to back up, every earlier version's choice holds without moving it, and the popup reads it without
// waiting on the database.
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { CampaignFitSchema, campaignRecordOf } from '../db/campaign-record';
import { copyCampaigns, listCampaigns, putCampaign } from '../db/campaigns';
import type { CreatorLensDatabase } from '../db';

/** What the campaign fit reads of a campaign. */
export type Campaign = z.infer<typeof CampaignFitSchema>;

/** The storage item as earlier versions wrote it: the campaigns themselves, and which is active. */
const StoredCampaignsSchema = z.object({
  campaigns: z.array(CampaignFitSchema).check(z.maxLength(100)),
  activeId: z.nullable(z.string()),
});

/** The campaigns the options page and the popup work with: the ones not archived, and which is active. */
export interface CampaignSettings {
  campaigns: Campaign[];
  activeId: string | null;
}

export const NO_CAMPAIGNS: CampaignSettings = { campaigns: [], activeId: null };

export function activeCampaign(settings: CampaignSettings): Campaign | null {
  return settings.campaigns.find((campaign) => campaign.id === settings.activeId) ?? null;
}

/** Splits "beauty, #skincare  护肤" into words: commas, semicolons, 、，and line breaks separate. */
export function splitList(input: string): string[] {
  return [...new Set(input.split(/[,;\n、，；]+/).map((item) => item.trim()).filter(Boolean))];
}

/**
 * The stored item, as stored: `unknown`, since an older version or a damaged write may have left
 * anything there. Its campaigns are only ever read (to move them); its activeId is read and written.
 */
export const campaignsItem = storage.defineItem<unknown>('local:campaigns', { fallback: NO_CAMPAIGNS });

function parseStored(stored: unknown): z.infer<typeof StoredCampaignsSchema> | null {
  const parsed = StoredCampaignsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * Copies the campaigns an earlier version kept in storage into the database, in one transaction,
 * once: campaigns already there are left as they are, so running it again (or in two pages at the
 * same moment) copies nothing twice. A stored value that does not read moves nothing, and it is left
 * in storage as it was.
 */
export async function moveStoredCampaigns(db: CreatorLensDatabase, now: number): Promise<number> {
  const stored = parseStored(await campaignsItem.getValue());
  if (stored === null || stored.campaigns.length === 0) return 0;
  const added = await copyCampaigns(db, stored.campaigns.map((campaign) => campaignRecordOf(campaign, now)));
  // Only once they are all in the database does storage let go of them, keeping which is active: a
  // restored backup then holds the campaigns it holds, with none coming back from storage.
  await campaignsItem.setValue({ campaigns: [], activeId: stored.activeId });
  return added;
}

/** Which campaign is active: its id, or null for none (or an unreadable stored value). */
export async function activeCampaignId(): Promise<string | null> {
  return parseStored(await campaignsItem.getValue())?.activeId ?? null;
}

/** Makes a campaign the active one (null: none). The campaigns an earlier version stored stay as they were. */
export async function setActiveCampaign(id: string | null): Promise<void> {
  const stored = parseStored(await campaignsItem.getValue());
  await campaignsItem.setValue({ campaigns: stored?.campaigns ?? [], activeId: id });
}

/** The campaigns not archived and which is active; an active id that names none of them reads as none. */
export async function loadCampaigns(db: CreatorLensDatabase): Promise<CampaignSettings> {
  await moveStoredCampaigns(db, Date.now());
  const campaigns = (await listCampaigns(db)).filter((campaign) => campaign.archivedAt === null);
  const activeId = await activeCampaignId();
  return { campaigns, activeId: campaigns.some((campaign) => campaign.id === activeId) ? activeId : null };
}

/**
 * Stores the campaigns as the options page edits them, in one transaction: what it does not edit (goal,
 * dates, KPI targets) is kept, and a campaign it no longer lists is archived, not deleted, since other
 * records may name it.
 */
export async function saveCampaigns(db: CreatorLensDatabase, settings: CampaignSettings, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.campaigns, async () => {
    const stored = new Map((await listCampaigns(db)).map((campaign) => [campaign.id, campaign]));
    const listed = new Set(settings.campaigns.map((campaign) => campaign.id));
    for (const campaign of settings.campaigns) {
      const before = stored.get(campaign.id);
      await putCampaign(db, before ? { ...before, ...CampaignFitSchema.parse(campaign), archivedAt: null, updatedAt: now } : campaignRecordOf(campaign, now));
    }
    for (const campaign of stored.values()) {
      if (campaign.archivedAt === null && !listed.has(campaign.id)) await putCampaign(db, { ...campaign, archivedAt: now, updatedAt: now });
    }
  });
  await setActiveCampaign(settings.activeId);
}
