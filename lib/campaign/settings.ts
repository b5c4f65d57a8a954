// The campaigns, in the extension's local storage, validated when read: a damaged or older value
// gives no campaigns rather than a broken popup.
import { browser } from 'wxt/browser';
import { CampaignSettingsSchema, NO_CAMPAIGNS, type CampaignSettings } from './fit';

const KEY = 'campaigns';

export async function loadCampaigns(): Promise<CampaignSettings> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEY);
  const parsed = CampaignSettingsSchema.safeParse(stored[KEY]);
  if (!parsed.success) return NO_CAMPAIGNS;
  const { campaigns, activeId } = parsed.data;
  return { campaigns, activeId: campaigns.some((campaign) => campaign.id === activeId) ? activeId : null };
}

export async function saveCampaigns(settings: CampaignSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: CampaignSettingsSchema.parse(settings) });
}
