// Booking creators in a campaign from the popup and from an import: where a creator can still be
// added (not archived, the active campaign first, not those they are in), and an import that books
// every creator of its file in one go, or nothing when it fails.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bookCreators, bookingOf } from '../../../lib/campaign/booking';
import { setActiveCampaign } from '../../../lib/campaign/settings';
import { checkImport } from '../../../lib/csv/check';
import { autoMap } from '../../../lib/csv/mapping';
import { importCreators } from '../../../lib/csv/merge';
import { parseCsv } from '../../../lib/csv/read';
import { campaignRecordOf } from '../../../lib/db/campaign-record';
import { putCampaign } from '../../../lib/db/campaigns';
import { listDeals, putDeal } from '../../../lib/db/deals';
import { newDeal } from '../../../lib/db/deal-record';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { english } from '../../../lib/i18n';

const NOW = Date.UTC(2026, 5, 10, 12);
let db: CreatorLensDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`booking-${Math.random().toString(36).slice(2)}`);
  const campaign = (id: string, name: string, at: number) => campaignRecordOf({ id, name, targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null }, at);
  await putCampaign(db, campaign('c1', 'Spring Launch', NOW - 3));
  await putCampaign(db, { ...campaign('c2', 'Old Promo', NOW - 2), archivedAt: NOW - 1 });
  await putCampaign(db, campaign('c3', 'Summer Glow', NOW - 1));
  await setActiveCampaign('c3');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function checked(text: string) {
  const read = await parseCsv(text, {});
  if (!read.ok) throw new Error(english(read.error));
  return checkImport(read.csv, autoMap(read.csv), {});
}
const FILE = 'platform,handle\ntiktok,lena\ntiktok,kai\nyoutube,mia\n';

describe('booking a creator', () => {
  it('offers the campaigns not archived and not booked yet, the active one first, and names those the creator is in', async () => {
    expect(await bookingOf(db, 'tiktok:lena')).toEqual({
      choices: [{ id: 'c3', name: 'Summer Glow', active: true }, { id: 'c1', name: 'Spring Launch', active: false }],
      bookedIn: [],
    });
    expect(await bookCreators(db, 'c3', ['tiktok:lena'], NOW)).toEqual({ added: 1, already: 0 });
    await putDeal(db, newDeal('c2', 'tiktok:lena', NOW));
    expect(await bookingOf(db, 'tiktok:lena')).toEqual({ choices: [{ id: 'c1', name: 'Spring Launch', active: false }], bookedIn: ['Old Promo', 'Summer Glow'] });
    expect(await bookCreators(db, 'c3', ['tiktok:lena', 'tiktok:kai', 'tiktok:kai'], NOW)).toEqual({ added: 1, already: 1 });
  });
});

describe('an import into a campaign', () => {
  it('books every creator of the file, new, merged or unchanged, keeping a deal already agreed', async () => {
    await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), discountCode: 'LENA10' });
    const result = await importCreators(db, await checked(FILE), NOW, {}, 'c1');
    expect(result).toEqual({ created: 3, updated: 0, unchanged: 0, booked: 2 });
    const deals = await listDeals(db, 'c1');
    expect(deals.map((deal) => deal.creatorId).sort()).toEqual(['tiktok:kai', 'tiktok:lena', 'youtube:mia']);
    expect(deals.find((deal) => deal.creatorId === 'tiktok:lena')?.discountCode).toBe('LENA10');
    // Imported again, unchanged: all are in it already.
    expect(await importCreators(db, await checked(FILE), NOW, {}, 'c1')).toEqual({ created: 0, updated: 0, unchanged: 3, booked: 0 });
  });

  it('imports nobody when the booking cannot be written: the creators and their deals go in together or not at all', async () => {
    // A campaign id no deal record takes fails the booking, after every creator was written.
    await expect(importCreators(db, await checked(FILE), NOW, {}, '')).rejects.toThrow();
    expect(await db.creators.count()).toBe(0);
    expect(await db.deals.count()).toBe(0);
  });
});
