// The campaigns an earlier version kept in the extension's storage come into the database once,
// whole, with the active one still active; a damaged stored value moves nothing and stays as it was.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeCampaign, loadCampaigns, moveStoredCampaigns, saveCampaigns, type Campaign } from '../../../lib/campaign/settings';
import { listCampaigns } from '../../../lib/db/campaigns';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';

const NOW = Date.UTC(2026, 2, 1);
let db: CreatorLensDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`move-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const spring: Campaign = { id: 'c1', name: 'Spring 护肤', targetMarkets: ['US', 'DE'], languages: ['en', 'de'], keywords: ['skincare', '#kbeauty'], platforms: ['tiktok'], budget: { amount: 3600, currency: 'CNY', perUsd: 7.2 }, minTier: 'micro' };
const autumn: Campaign = { id: 'c2', name: 'Autumn', targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null };
const store = (value: unknown) => fakeBrowser.storage.local.set({ campaigns: value });

describe('moving the stored campaigns into the database', () => {
  it('moves nothing when none were stored', async () => {
    expect(await moveStoredCampaigns(db, NOW)).toBe(0);
    expect(await db.campaigns.count()).toBe(0);
    expect(await loadCampaigns(db)).toEqual({ campaigns: [], activeId: null });
  });

  it('keeps every campaign with all it had, and the active one stays active', async () => {
    await store({ campaigns: [spring, autumn], activeId: 'c2' });
    expect(await moveStoredCampaigns(db, NOW)).toBe(2);
    const moved = await listCampaigns(db);
    expect(moved).toEqual([
      { ...spring, goal: null, startDate: null, endDate: null, kpiTargets: { cpm: null, cpe: null, cpa: null, roas: null, totalViews: null }, archivedAt: null, createdAt: NOW, updatedAt: NOW },
      expect.objectContaining({ ...autumn, archivedAt: null }),
    ]);
    expect(activeCampaign(await loadCampaigns(db))?.name).toBe('Autumn');
    // Storage keeps only which one is active.
    expect((await fakeBrowser.storage.local.get('campaigns')).campaigns).toEqual({ campaigns: [], activeId: 'c2' });
  });

  it('copies nothing twice, and undoes no change made since', async () => {
    await store({ campaigns: [spring, autumn], activeId: 'c1' });
    await moveStoredCampaigns(db, NOW);
    await saveCampaigns(db, { campaigns: [{ ...spring, name: 'Spring, renamed' }, autumn], activeId: 'c1' }, NOW + 1);
    // Run again over the same stored value, as a page that read it before the first move finished would.
    await store({ campaigns: [spring, autumn], activeId: 'c1' });
    expect(await moveStoredCampaigns(db, NOW + 2)).toBe(0);
    expect(await db.campaigns.count()).toBe(2);
    expect((await db.campaigns.get('c1'))?.name).toBe('Spring, renamed');
  });

  it('moves nothing from a damaged value, and leaves it in storage as it was', async () => {
    const damaged = { campaigns: [{ ...spring, budget: { amount: -5, currency: 'CNY', perUsd: null } }], activeId: 'c1' };
    await store(damaged);
    expect(await moveStoredCampaigns(db, NOW)).toBe(0);
    expect(await loadCampaigns(db)).toEqual({ campaigns: [], activeId: null });
    expect(await db.campaigns.count()).toBe(0);
    expect((await fakeBrowser.storage.local.get('campaigns')).campaigns).toEqual(damaged);
  });
});

describe('the options page’s saving', () => {
  it('keeps what it does not edit and archives a campaign it no longer lists', async () => {
    await store({ campaigns: [spring, autumn], activeId: 'c1' });
    await moveStoredCampaigns(db, NOW);
    await db.campaigns.update('c1', { goal: 'conversion', kpiTargets: { cpm: null, cpe: null, cpa: 12, roas: 3, totalViews: null } });
    await saveCampaigns(db, { campaigns: [{ ...spring, keywords: ['serum'] }], activeId: 'c1' }, NOW + 1);
    const [kept, gone] = await listCampaigns(db);
    expect(kept).toMatchObject({ id: 'c1', keywords: ['serum'], goal: 'conversion', kpiTargets: { cpa: 12, roas: 3 }, archivedAt: null, updatedAt: NOW + 1 });
    expect(gone).toMatchObject({ id: 'c2', archivedAt: NOW + 1 });
    expect((await loadCampaigns(db)).campaigns.map((campaign) => campaign.id)).toEqual(['c1']);
  });
});
