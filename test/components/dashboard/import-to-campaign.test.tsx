// The import dialog's "Add imported creators to campaign": none by default; a campaign chosen, every
// creator of the file is booked in it and the summary says how many were added to it.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportDialog } from '../../../components/dashboard/ImportDialog';
import { campaignRecordOf } from '../../../lib/db/campaign-record';
import { putCampaign } from '../../../lib/db/campaigns';
import { addToCampaign, listDeals } from '../../../lib/db/deals';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { useReactRoot } from '../../helpers/render';
import { fieldIn, typeIn } from '../../helpers/form-fields';

const mounted = useReactRoot();
const NOW = Date.UTC(2026, 5, 10, 12);
let db: CreatorLensDatabase;
let summaries: string[];
beforeEach(async () => {
  fakeBrowser.reset();
  summaries = [];
  db = openDatabase(`import-campaign-${Math.random().toString(36).slice(2)}`);
  await putCampaign(db, campaignRecordOf({ id: 'c1', name: 'Summer Glow', targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null }, NOW));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const settle = async (times = 10) => {
  for (let i = 0; i < times; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
};
async function importFile(campaign: string | null) {
  await mounted.render(<ImportDialog db={db} now={() => NOW} onImported={(summary) => summaries.push(summary)} onClose={() => {}} />);
  const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File(['Creator,Platform\n@nora,TikTok\n@bo,TikTok\n'], 'list.csv', { type: 'text/csv' })], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  expect(fieldIn(mounted.container, 'Add imported creators to campaign').value).toBe('');
  if (campaign !== null) await typeIn(mounted.container, 'Add imported creators to campaign', campaign);
  const button = [...mounted.container.querySelectorAll('button')].find((one) => /^Import 2 creators$/.test(one.textContent ?? ''))!;
  await act(async () => button.click());
  await mounted.until(() => summaries.length > 0, 'the import');
}

describe('an import into a campaign', () => {
  it('books the imported creators in the campaign chosen, counting those already in it', async () => {
    await addToCampaign(db, 'c1', ['tiktok:bo'], NOW);
    await importFile('c1');
    expect(summaries).toEqual(['Imported: 2 added, 0 merged, 0 unchanged. 1 creator added to Summer Glow. From list.csv.']);
    expect((await listDeals(db, 'c1')).map((deal) => deal.creatorId).sort()).toEqual(['tiktok:bo', 'tiktok:nora']);
  });

  it('books nobody when left at none', async () => {
    await importFile(null);
    expect(summaries).toEqual(['Imported: 2 added, 0 merged, 0 unchanged. From list.csv.']);
    expect(await db.deals.count()).toBe(0);
  });
});
