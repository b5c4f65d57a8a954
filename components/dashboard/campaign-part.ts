// What every part of a campaign's page is given by the page (components/dashboard/CampaignWork.tsx).
import type { CampaignRecord } from '../../lib/db/campaign-record';
import type { CreatorLensDatabase } from '../../lib/db';

export interface CampaignPartProps {
  db: CreatorLensDatabase;
  campaign: CampaignRecord;
  /** Says what was done (the dashboard's notice). */
  onMessage(text: string): void;
  now: () => number;
}
