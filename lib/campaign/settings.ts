// The campaigns as the user sets them up in the options: what a campaign is, which one is active,
// and where they are kept (the extension's local storage), validated when read: a damaged or older
// value gives no campaigns rather than a broken popup.
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { PLATFORMS } from '../schema/limits';
import { TIER_IDS } from '../schema/assessment';

const str = (max: number) => z.string().check(z.maxLength(max));
const list = (max: number) => z.array(str(100)).check(z.maxLength(max));

export const CampaignSchema = z.object({
  id: str(64).check(z.minLength(1)),
  name: str(100).check(z.minLength(1)),
  /** Countries or regions the campaign sells in, as the user writes them (US, DE, 东南亚 …). */
  targetMarkets: list(50),
  /** ISO 639-1 codes of the languages the content should be in (en, de, zh …). */
  languages: list(20),
  /** Words and hashtags of the niche, matched in captions and hashtags without case. */
  keywords: list(100),
  /** Platforms the campaign books; empty means any. */
  platforms: z.array(z.enum(PLATFORMS)),
  budget: z.nullable(
    z.object({
      amount: z.number().check(z.positive()),
      currency: str(10).check(z.minLength(3)),
      /** Units of the budget currency per US dollar, for comparing with the USD rules of thumb. */
      perUsd: z.nullable(z.number().check(z.positive())),
    }),
  ),
  minTier: z.nullable(z.enum(TIER_IDS)),
});
export type Campaign = z.infer<typeof CampaignSchema>;

export const CampaignSettingsSchema = z.object({
  campaigns: z.array(CampaignSchema).check(z.maxLength(100)),
  activeId: z.nullable(z.string()),
});
export type CampaignSettings = z.infer<typeof CampaignSettingsSchema>;

export const NO_CAMPAIGNS: CampaignSettings = { campaigns: [], activeId: null };

export function activeCampaign(settings: CampaignSettings): Campaign | null {
  return settings.campaigns.find((campaign) => campaign.id === settings.activeId) ?? null;
}

/** Splits "beauty, #skincare  护肤" into words: commas, semicolons, 、，and line breaks separate. */
export function splitList(input: string): string[] {
  return [...new Set(input.split(/[,;\n、，；]+/).map((item) => item.trim()).filter(Boolean))];
}

/**
 * The stored campaigns, as stored: `unknown`, since an older version or a damaged write may have left
 * anything there. Read them with loadCampaigns, write them with saveCampaigns.
 */
export const campaignsItem = storage.defineItem<unknown>('local:campaigns', { fallback: NO_CAMPAIGNS });

/** A value that does not parse reads as no campaigns; an active id that names no campaign reads as none. */
function readCampaigns(stored: unknown): CampaignSettings {
  const parsed = CampaignSettingsSchema.safeParse(stored);
  if (!parsed.success) return NO_CAMPAIGNS;
  const { campaigns, activeId } = parsed.data;
  return { campaigns, activeId: campaigns.some((campaign) => campaign.id === activeId) ? activeId : null };
}

export async function loadCampaigns(): Promise<CampaignSettings> {
  return readCampaigns(await campaignsItem.getValue());
}

export async function saveCampaigns(settings: CampaignSettings): Promise<void> {
  await campaignsItem.setValue(CampaignSettingsSchema.parse(settings));
}
