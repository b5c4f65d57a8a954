// A campaign's results from its stored records: a creator's results (per post and for the creator as
// a whole) add up, never split; the commission is paid on the revenue they brought; a creator without
// results leaves their figures needing them.
import { describe, expect, it } from 'vitest';
import { campaignResults } from '../../../lib/campaign/campaign-results';
import { newDeal } from '../../../lib/db/deal-record';
import { resultId, type ResultRecord } from '../../../lib/db/result-record';
import { aCampaign } from '../../helpers/campaign-work';

const NOW = Date.UTC(2026, 2, 1);
const campaign = { ...aCampaign({ id: 'c1', name: 'Serum', createdAt: NOW }), budget: { amount: 500, currency: 'USD', perUsd: null } };
const usd = (amount: number) => ({ amount, currency: 'USD' });
function result(creatorId: string, matchedBy: string, figures: Partial<ResultRecord>): ResultRecord {
  const base = { campaignId: 'c1', creatorId, deliverableId: null, source: 'manual' as const, matchedBy, clicks: null, orders: null, itemsSold: null, newCustomers: null, revenue: null, refunds: null, commission: null, fileName: null, at: NOW };
  return { ...base, id: resultId('c1', 'manual', matchedBy), ...figures };
}
const lenaDeal = { ...newDeal('c1', 'tiktok:lena', NOW), fee: usd(200), commissionPercent: 10 };
const kaiDeal = { ...newDeal('c1', 'tiktok:kai', NOW), fee: usd(100) };

describe('campaignResults', () => {
  it('adds a post’s results and the creator’s, and pays the commission on their revenue', () => {
    const stored = [
      result('tiktok:lena', 'post:d1', { deliverableId: 'd1', orders: 4, revenue: usd(600) }),
      result('tiktok:lena', 'creator:tiktok:lena', { orders: 6, revenue: usd(400) }),
    ];
    const { creators, campaign: whole } = campaignResults(campaign, [lenaDeal, kaiDeal], [], new Map(), stored);
    const lena = creators.find((row) => row.creatorId === 'tiktok:lena')!;
    expect(lena.layers.conversion.orders).toMatchObject({ value: 10 });
    // 200 fee + 10% of 1,000.
    expect(lena.layers.finance.cost).toMatchObject({ value: 300 });
    expect(lena.layers.conversion.cpa).toMatchObject({ value: 30 });
    expect(lena.sources).toEqual(['manual']);
    const kai = creators.find((row) => row.creatorId === 'tiktok:kai')!;
    expect(kai.layers.conversion.orders).toMatchObject({ needs: ['orders'] });
    expect(kai.sources).toEqual([]);
    expect(whole.finance.cost).toMatchObject({ value: 400 });
    expect(whole.finance.revenue).toMatchObject({ value: 1000 });
  });

  it('leaves a commission needing what the revenue needs until it is known in the campaign’s currency', () => {
    const stored = [result('tiktok:lena', 'creator:tiktok:lena', { orders: 6, revenue: { amount: 400, currency: 'EUR' } })];
    const { creators } = campaignResults(campaign, [lenaDeal], [], new Map(), stored);
    expect(creators[0]!.layers.finance.cost).toEqual(expect.objectContaining({ needs: ['rate:EUR'] }));
    const rated = campaignResults({ ...campaign, costRates: { EUR: 1.1 } }, [lenaDeal], [], new Map(), stored);
    expect(rated.creators[0]!.layers.finance.cost).toMatchObject({ value: expect.closeTo(244, 6) });
  });

  it('names a file a result came from', () => {
    const stored = [result('tiktok:lena', 'video:1', { source: 'tiktok-shop', id: 'c1|tiktok-shop|video:1', orders: 1, fileName: 'march.csv' })];
    expect(campaignResults(campaign, [lenaDeal], [], new Map(), stored).creators[0]!.sources).toEqual(['march.csv']);
  });

  it('keeps the campaign’s CTR and revenue per 1,000 views waiting while a creator with results has no post read, instead of dividing their clicks by others’ views', () => {
    const deliverable = { id: 'd1', campaignId: 'c1', creatorId: 'tiktok:lena', platform: 'tiktok' as const, postKey: 'tiktok:7301', url: 'https://www.tiktok.com/@lena/video/7301', dueDate: null, postedAt: null, attachedAt: NOW, attachedBy: 'typed' as const };
    const point = { deliverableId: 'd1', at: NOW, views: 20_000, likes: 900, comments: 40, shares: 30, saves: 12, disclosure: 'clear' as const, available: true };
    const lenaOnly = [result('tiktok:lena', 'creator:tiktok:lena', { clicks: 800, revenue: usd(1800) })];
    const seen = campaignResults(campaign, [lenaDeal, kaiDeal], [deliverable], new Map([['d1', [point]]]), lenaOnly).campaign;
    expect(seen.intent.ctr).toMatchObject({ value: 0.04 });
    expect(seen.finance.gmvPerThousandViews).toMatchObject({ value: 90 });

    const both = [...lenaOnly, result('tiktok:kai', 'creator:tiktok:kai', { clicks: 300, revenue: usd(450) })];
    const waiting = campaignResults(campaign, [lenaDeal, kaiDeal], [deliverable], new Map([['d1', [point]]]), both).campaign;
    expect(waiting.intent.clicks).toMatchObject({ value: 1100 });
    expect(waiting.intent.ctr).toMatchObject({ needs: ['posts'], notes: [expect.objectContaining({ key: 'roi_noteResultsWithoutPost' })] });
    expect(waiting.finance.gmvPerThousandViews).toMatchObject({ needs: ['posts'] });
    // Figures that do not divide by views still count everyone.
    expect(waiting.finance.revenue).toMatchObject({ value: 2250 });
  });
});
