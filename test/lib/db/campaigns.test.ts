// A campaign record is checked where it is written and where it is read: a budget or KPI target of
// -5, an end before the start or a day that does not exist is refused and nothing is stored.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCampaigns, putCampaign } from '../../../lib/db/campaigns';
import { NO_KPI_TARGETS, type CampaignRecord } from '../../../lib/db/campaign-record';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';

const NOW = Date.UTC(2026, 2, 1);
let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`campaigns-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const launch: CampaignRecord = {
  id: 'c1',
  name: 'Serum launch 精华上市',
  goal: 'conversion',
  startDate: '2026-03-01',
  endDate: '2026-04-30',
  targetMarkets: ['US'],
  languages: ['en'],
  keywords: ['serum'],
  platforms: ['tiktok'],
  budget: { amount: 20_000, currency: 'USD', perUsd: null },
  minTier: null,
  kpiTargets: { ...NO_KPI_TARGETS, cpa: 12, roas: 3 },
  archivedAt: null,
  createdAt: NOW,
  updatedAt: NOW,
};

describe('a campaign record', () => {
  it('is stored and read back whole', async () => {
    await putCampaign(db, launch);
    expect(await listCampaigns(db)).toEqual([launch]);
  });

  it.each([
    ['a budget of -5', { budget: { amount: -5, currency: 'USD', perUsd: null } }],
    ['a budget that is no number', { budget: { amount: Number('abc'), currency: 'USD', perUsd: null } }],
    ['a CPA target of -5', { kpiTargets: { ...NO_KPI_TARGETS, cpa: -5 } }],
    ['a view target that is no number', { kpiTargets: { ...NO_KPI_TARGETS, totalViews: Number.NaN } }],
    ['an end before the start', { endDate: '2026-02-28' }],
    ['a day that does not exist', { startDate: '2026-02-31' }],
    ['a goal of its own', { goal: 'fame' }],
    ['no name', { name: '' }],
  ])('with %s is refused and nothing is stored', async (_, change) => {
    await expect(putCampaign(db, { ...launch, ...change } as CampaignRecord)).rejects.toThrow();
    expect(await db.campaigns.count()).toBe(0);
  });

  it('that was damaged in storage is left out of the list rather than shown half', async () => {
    await putCampaign(db, launch);
    await db.campaigns.put({ ...launch, id: 'c2', kpiTargets: { ...NO_KPI_TARGETS, cpm: -1 } });
    expect((await listCampaigns(db)).map((campaign) => campaign.id)).toEqual(['c1']);
  });
});
