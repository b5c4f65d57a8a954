// "Add to campaign…" in the shortlist's bulk bar: the active campaign is offered first and chosen, the
// archived ones are not offered, the notice counts who was added and who was in it already, and with
// no campaign at all it says so and links to the Campaigns view.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AddToCampaign } from '../../../components/dashboard/AddToCampaign';
import { setActiveCampaign } from '../../../lib/campaign/settings';
import { campaignRecordOf } from '../../../lib/db/campaign-record';
import { putCampaign } from '../../../lib/db/campaigns';
import { addToCampaign, listDeals } from '../../../lib/db/deals';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

const NOW = Date.UTC(2026, 5, 10, 12);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];
beforeEach(() => {
  fakeBrowser.reset();
  said = [];
  db = openDatabase(`add-to-campaign-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const campaign = (id: string, name: string, createdAt: number) =>
  campaignRecordOf({ id, name, targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null }, createdAt);
const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const SELECTED = ['tiktok:lena', 'tiktok:kai', 'youtube:mia', 'instagram:noor'];

async function open() {
  await mounted.render(<AddToCampaign db={db} creatorIds={SELECTED} onMessage={(text) => said.push(text)} now={() => NOW} />);
  await act(async () => q<HTMLButtonElement>('button')!.click());
  await mounted.until(() => q('select, [role="status"]') !== null, 'the campaigns');
}

describe('Add to campaign from the bulk bar', () => {
  it('books the selected creators in the campaign picked, the active one offered first, counting who was in it already', async () => {
    await putCampaign(db, campaign('c1', 'Spring Launch', NOW - 3));
    await putCampaign(db, { ...campaign('c2', 'Old Promo', NOW - 2), archivedAt: NOW - 1 });
    await putCampaign(db, campaign('c3', 'Summer Glow', NOW - 1));
    await setActiveCampaign('c3');
    await addToCampaign(db, 'c3', ['youtube:mia'], NOW - 1);
    await open();
    const select = q<HTMLSelectElement>('select')!;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Summer Glow (active)', 'Spring Launch']);
    expect(select.value).toBe('c3');
    await act(async () => q<HTMLFormElement>('form')!.requestSubmit());
    await mounted.until(() => said.length > 0, 'the notice');
    expect(said).toEqual(['3 creators added to Summer Glow (1 was already in it)']);
    expect((await listDeals(db, 'c3')).map((deal) => deal.creatorId).sort()).toEqual([...SELECTED].sort());
    // Done, the bar shows its button again.
    expect(q('button')?.textContent).toBe('Add to campaign…');
  });

  it('with no campaign, says so and links to the Campaigns view', async () => {
    await putCampaign(db, { ...campaign('c2', 'Old Promo', NOW - 2), archivedAt: NOW - 1 });
    await open();
    expect(q('[role="status"]')?.textContent).toBe('There are no campaigns yet. Create one in Campaigns');
    expect(q('a')?.getAttribute('href')).toBe('#campaigns');
    expect(await db.deals.count()).toBe(0);
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says what was done in Chinese', async () => {
      await putCampaign(db, campaign('c1', '夏季新品', NOW - 3));
      await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:kai'], NOW - 1);
      await open();
      await act(async () => q<HTMLFormElement>('form')!.requestSubmit());
      await mounted.until(() => said.length > 0, 'the notice');
      expect(said).toEqual(['已将 2 位达人加入“夏季新品”（2 位已在该活动中）']);
    });
  });
});
