// Results as the database keeps them: importing the same rows again replaces them, a row that does
// not read whole stores nothing of its file, and money may be 0 but never negative.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { resultId, type ResultRecord } from '../../../lib/db/result-record';
import { listResults, putResults } from '../../../lib/db/results';

const NOW = Date.UTC(2026, 2, 1);
let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`results-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const row = (matchedBy: string, orders: number | null, revenue: number): ResultRecord => ({
  id: resultId('c1', 'tiktok-shop', matchedBy),
  campaignId: 'c1',
  creatorId: 'tiktok:lena',
  deliverableId: null,
  source: 'tiktok-shop',
  matchedBy,
  clicks: null,
  orders,
  itemsSold: null,
  newCustomers: null,
  revenue: { amount: revenue, currency: 'USD' },
  refunds: null,
  commission: null,
  fileName: 'affiliate-orders.xlsx.csv',
  at: NOW,
});

describe('results', () => {
  it('replaces the rows of a file imported again instead of counting them twice', async () => {
    await putResults(db, [row('video:7301', 4, 120), row('video:7302', 0, 0)]);
    await putResults(db, [row('video:7301', 6, 180.5)]);
    const stored = (await listResults(db, 'c1')).sort((a, b) => a.matchedBy.localeCompare(b.matchedBy));
    expect(stored.map((result) => [result.matchedBy, result.orders, result.revenue?.amount])).toEqual([
      ['video:7301', 6, 180.5],
      ['video:7302', 0, 0],
    ]);
  });

  it.each([
    ['negative revenue', { revenue: { amount: -1, currency: 'USD' } }],
    ['a fraction of a cent', { revenue: { amount: 1.005, currency: 'USD' } }],
    ['a currency that is no code', { revenue: { amount: 5, currency: 'dollars' } }],
    ['half an order', { orders: 0.5 }],
  ])('stores nothing of a file with %s in one row', async (_case, change) => {
    await expect(putResults(db, [row('video:7301', 1, 10), { ...row('video:7302', 1, 10), ...change }])).rejects.toThrow();
    expect(await db.results.count()).toBe(0);
  });
});
