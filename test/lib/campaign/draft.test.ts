// A campaign's brand accounts and hashtags as typed in its dialog: kept without their @ or #, once
// each, and shown back with them; a campaign stored before they existed still reads.
import { describe, expect, it } from 'vitest';
import { CampaignRecordSchema } from '../../../lib/db/campaign-record';
import { campaignFromDraft, draftOf, emptyDraft } from '../../../lib/campaign/draft';

describe('brand marks of a campaign', () => {
  it('keeps handles and hashtags without their signs, once each whatever the case, and shows them back with them', () => {
    const made = campaignFromDraft({ ...emptyDraft('USD'), name: 'Summer', brandHandles: '@acme, acme_us，@ACME_US', brandHashtags: '#AcmeSummer; #acme26' }, null, 'c1', 1_760_000_000_000);
    if (!('campaign' in made)) throw new Error('not made');
    expect(made.campaign.brandHandles).toEqual(['acme', 'acme_us']);
    expect(made.campaign.brandHashtags).toEqual(['AcmeSummer', 'acme26']);
    expect(draftOf(made.campaign)).toMatchObject({ brandHandles: '@acme, @acme_us', brandHashtags: '#AcmeSummer, #acme26' });
  });

  it('reads a campaign stored without them', () => {
    const made = campaignFromDraft({ ...emptyDraft('USD'), name: 'Old' }, null, 'c1', 1_760_000_000_000);
    if (!('campaign' in made)) throw new Error('not made');
    const { brandHandles: _handles, brandHashtags: _tags, ...stored } = made.campaign;
    expect(CampaignRecordSchema.safeParse(stored).success).toBe(true);
    expect(draftOf(CampaignRecordSchema.parse(stored))).toMatchObject({ brandHandles: '', brandHashtags: '' });
  });
});
