// The work in a campaign as the database keeps it: a creator booked twice keeps one deal, a deal,
// an attempt or a deliverable that does not read whole is refused with nothing written, a post is
// one deliverable per campaign, and a deliverable's readings come back in time order.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { dealId, newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, dealsOfCreator, listDeals, putDeal } from '../../../lib/db/deals';
import type { DeliverableRecord } from '../../../lib/db/deliverable-record';
import { addPoint, attachDeliverable, deliverablesOfPost, listDeliverables, pointsOf } from '../../../lib/db/deliverables';
import type { OutreachRecord } from '../../../lib/db/outreach-record';
import { listOutreach, putOutreach } from '../../../lib/db/outreach';

const NOW = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`work-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('creators in a campaign', () => {
  it('books each creator once per campaign and keeps a deal already agreed', async () => {
    expect(await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:kai', 'tiktok:lena'], NOW)).toBe(2);
    await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), fee: { amount: 300, currency: 'USD' }, discountCode: 'LENA10', updatedAt: NOW + 1 });
    expect(await addToCampaign(db, 'c1', ['tiktok:lena', 'youtube:mia'], NOW + DAY)).toBe(1);
    expect(await addToCampaign(db, 'c2', ['tiktok:lena'], NOW + DAY)).toBe(1);
    const deals = await listDeals(db, 'c1');
    expect(deals.map((deal) => deal.creatorId)).toEqual(['tiktok:kai', 'tiktok:lena', 'youtube:mia']);
    expect(deals.find((deal) => deal.creatorId === 'tiktok:lena')?.discountCode).toBe('LENA10');
    expect((await dealsOfCreator(db, 'tiktok:lena')).map((deal) => deal.campaignId).sort()).toEqual(['c1', 'c2']);
  });

  it.each([
    ['a fee of -5', { fee: { amount: -5, currency: 'USD' } }],
    ['a commission over 100%', { commissionPercent: 140 }],
    ['a tracking link that is not a web address', { trackingLink: 'javascript:alert(1)' }],
    ['a sample received before it was sent', { samples: [{ product: 'Serum', cost: null, sentOn: '2026-03-05', receivedOn: '2026-03-01' }] }],
    ['a due day that does not exist', { promised: [{ count: 1, format: 'video' as const, dueDate: '2026-02-31' }] }],
  ])('refuses %s and keeps the deal as it was', async (_case, change) => {
    await addToCampaign(db, 'c1', ['tiktok:lena'], NOW);
    await expect(putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), ...change })).rejects.toThrow();
    expect((await listDeals(db, 'c1'))[0]).toEqual(newDeal('c1', 'tiktok:lena', NOW));
  });

  it('refuses a deal filed under another campaign or creator than its name says', async () => {
    await expect(putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), id: dealId('c2', 'tiktok:lena') })).rejects.toThrow(/campaign and creator/);
    expect(await db.deals.count()).toBe(0);
  });
});

describe('contact attempts', () => {
  const attempt: OutreachRecord = { id: 'o1', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'email', sentAt: NOW, outcome: 'waiting', answeredAt: null, note: '', updatedAt: NOW };

  it('keeps attempts in the order they were sent', async () => {
    await putOutreach(db, { ...attempt, id: 'o2', sentAt: NOW + DAY, outcome: 'replied', answeredAt: NOW + 2 * DAY });
    await putOutreach(db, attempt);
    expect((await listOutreach(db, 'c1')).map((entry) => entry.id)).toEqual(['o1', 'o2']);
  });

  it.each([
    ['an answer without its time', { outcome: 'replied' as const, answeredAt: null }],
    ['an answer before the message went', { outcome: 'agreed' as const, answeredAt: NOW - 1 }],
    ['a time on an attempt still waiting', { outcome: 'waiting' as const, answeredAt: NOW + DAY }],
  ])('refuses %s', async (_case, change) => {
    await expect(putOutreach(db, { ...attempt, ...change })).rejects.toThrow();
    expect(await db.outreach.count()).toBe(0);
  });
});

describe('deliverables', () => {
  const post: DeliverableRecord = {
    id: 'd1',
    campaignId: 'c1',
    creatorId: 'tiktok:lena',
    platform: 'tiktok',
    postKey: 'tiktok:7301',
    url: 'https://www.tiktok.com/@lena/video/7301',
    dueDate: '2026-03-10',
    postedAt: null,
    attachedAt: NOW,
    attachedBy: 'typed',
  };

  it('attaches a post once per campaign, and the same post to another campaign', async () => {
    expect(await attachDeliverable(db, post)).toBe('attached');
    expect(await attachDeliverable(db, { ...post, id: 'd2' })).toBe('duplicate');
    expect(await attachDeliverable(db, { ...post, id: 'd3', campaignId: 'c2' })).toBe('attached');
    expect((await listDeliverables(db, 'c1')).map((entry) => entry.id)).toEqual(['d1']);
    expect((await deliverablesOfPost(db, 'tiktok:7301')).map((entry) => entry.campaignId).sort()).toEqual(['c1', 'c2']);
  });

  it('refuses a post address on another site', async () => {
    await expect(attachDeliverable(db, { ...post, url: 'https://tiktok.com.evil.example/@lena/video/7301' })).rejects.toThrow();
    expect(await db.deliverables.count()).toBe(0);
  });

  it('gives a post\'s readings back oldest first, and refuses a negative count', async () => {
    const point = { deliverableId: 'd1', views: 1000, likes: 90, comments: 4, shares: null, saves: null, disclosure: 'clear' as const, available: true };
    await addPoint(db, { ...point, at: NOW + 2 * DAY, views: 5000 });
    await addPoint(db, { ...point, at: NOW + DAY });
    await expect(addPoint(db, { ...point, at: NOW + 3 * DAY, views: -1 })).rejects.toThrow();
    expect((await pointsOf(db, 'd1')).map((entry) => entry.views)).toEqual([1000, 5000]);
  });
});
