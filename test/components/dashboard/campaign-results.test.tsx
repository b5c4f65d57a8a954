// A campaign's results section: two creators, one with a delivered post read and one without; a fee in
// euros without the campaign's rate says it needs one (never 0), and with the rate the campaign's CPM
// meets its target while CPE misses; clicks, orders and revenue say they are needed until results are
// stored, then intent, conversion and finance are computed per creator and for the campaign, with
// where the results came from; both languages.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignResults } from '../../../components/dashboard/CampaignResults';
import { campaignFromDraft, emptyDraft } from '../../../lib/campaign/draft';
import type { CampaignRecord } from '../../../lib/db/campaign-record';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { addPoint, attachDeliverable } from '../../../lib/db/deliverables';
import { saveSnapshot } from '../../../lib/db/readings';
import { resultId, type ResultRecord } from '../../../lib/db/result-record';
import { putResults } from '../../../lib/db/results';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { makeSnapshot } from '../../helpers/snapshots';

const NOW = Date.UTC(2026, 2, 1, 12);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let campaign: CampaignRecord;

beforeEach(async () => {
  db = openDatabase(`results-${Math.random().toString(36).slice(2)}`);
  const made = campaignFromDraft({ ...emptyDraft('USD'), name: 'Serum launch', amount: '600', kpis: { cpm: '100', cpe: '5', cpa: '', roas: '2', totalViews: '' } }, null, 'c1', NOW);
  if (!('campaign' in made)) throw new Error('campaign not made');
  campaign = made.campaign;
  await saveSnapshot(db, makeSnapshot(), '', NOW);
  await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:maxi'], NOW);
  await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), fee: { amount: 500, currency: 'USD' } });
  await putDeal(db, { ...newDeal('c1', 'tiktok:maxi', NOW), fee: { amount: 300, currency: 'EUR' } });
  await attachDeliverable(db, { id: 'd1', campaignId: 'c1', creatorId: 'tiktok:lena', platform: 'tiktok', postKey: 'tiktok:7301', url: 'https://www.tiktok.com/@lena/video/7301', dueDate: null, postedAt: null, attachedAt: NOW, attachedBy: 'typed' });
  await addPoint(db, { deliverableId: 'd1', at: NOW, views: 10_000, likes: 100, comments: 20, shares: 5, saves: null, disclosure: 'clear', available: true });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

// What each cell shows, without the formula said to screen readers.
const shownIn = (cell: Element) => (cell.tagName === 'TH' ? cell.textContent : cell.querySelector('span')?.firstChild?.textContent)?.trim();
const rowsOf = (layer: string) => [...mounted.container.querySelectorAll(`.results-${layer} tbody tr, .results-${layer} tfoot tr`)].map((row) => [...row.children].map(shownIn));
// The content layer, without the column of results entered.
const rows = () => rowsOf('content').map((row) => row.slice(0, 7));
const verdicts = () => [...mounted.container.querySelectorAll('.kpi-verdicts li')].map((item) => item.textContent);

async function render(shown: CampaignRecord) {
  await mounted.render(<CampaignResults db={db} campaign={shown} />);
  await mounted.until(() => mounted.container.querySelector('.results-content') !== null, 'the results tables');
}

describe('in English', () => {
  useLocale('en');

  it('shows each creator’s content layer, and a fee without a rate as needing one', async () => {
    await render(campaign);
    expect(rows()).toEqual([
      ['@lena', '10,000', '125', '1.25%', '$500', '$50', '$4.00'],
      ['tiktok:maxi', 'needs a delivered post', 'needs a delivered post', 'needs a delivered post', 'needs a rate for EUR', 'needs a rate for EUR and needs a delivered post', 'needs a rate for EUR and needs a delivered post'],
      ['Whole campaign', '10,000', '125', '1.25%', 'needs a rate for EUR', 'needs a rate for EUR', 'needs a rate for EUR'],
    ]);
    expect(mounted.container.textContent).toContain('in USD (the budget’s currency)');
    expect(verdicts()).toEqual(['CPM (cost per 1,000 views): not known yet, needs a rate for EUR', 'CPE (cost per engagement): not known yet, needs a rate for EUR', 'ROAS (sales ÷ spend): not known yet, needs revenue and needs a rate for EUR']);
    expect(rowsOf('intent')[2]).toEqual(['Whole campaign', 'needs clicks', 'needs clicks', 'needs a rate for EUR and needs clicks']);
    expect(rowsOf('finance')[0]?.slice(0, 3)).toEqual(['@lena', '$500', 'needs revenue']);
  });

  it('gives each figure its formula as a tooltip and to screen readers, and names what a post did not show', async () => {
    await render(campaign);
    const cpm = mounted.container.querySelector('.results-content tbody tr td:nth-of-type(5) span')!;
    expect(cpm.getAttribute('title')).toBe('CPM = cost ÷ views × 1,000');
    expect(cpm.querySelector('.visually-hidden')?.textContent).toBe(' (CPM = cost ÷ views × 1,000)');
    const engagements = mounted.container.querySelector('.results-content tbody tr td:nth-of-type(2) span')!;
    expect(engagements.getAttribute('title')).toContain('saves not shown on every post');
  });

  it('with the campaign’s rate for euros, meets the CPM target and misses the CPE target, saying by how much', async () => {
    await render({ ...campaign, costRates: { EUR: 1.1 } });
    await mounted.until(() => rows()[2]?.[4] === '$830', 'the converted cost');
    // (500 + 300 × 1.1) ÷ 10,000 × 1,000 = 83 against 100; 830 ÷ 125 = 6.64 against 5.
    expect(rows()[2]).toEqual(['Whole campaign', '10,000', '125', '1.25%', '$830', '$83', '$6.64']);
    expect(verdicts()).toEqual([
      'CPM (cost per 1,000 views): met, $83 against a target of $100 ($17, 17.00% better)',
      'CPE (cost per engagement): missed, $6.64 against a target of $5.00 ($1.64, 32.80% short)',
      'ROAS (sales ÷ spend): not known yet, needs revenue',
    ]);
  });
});

/** A result as stored: every figure unknown unless given. */
function result(creatorId: string, source: ResultRecord['source'], matchedBy: string, figures: Partial<ResultRecord>): ResultRecord {
  const base = { campaignId: 'c1', creatorId, deliverableId: null, source, matchedBy, clicks: null, orders: null, itemsSold: null, newCustomers: null, revenue: null, refunds: null, commission: null, fileName: null, at: NOW };
  return { ...base, id: resultId('c1', source, matchedBy), ...figures };
}
const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('with results typed and imported', () => {
  useLocale('en');

  beforeEach(async () => {
    await putResults(db, [
      // Lena: one typed for her post, one imported for her as a whole; they add up, neither is split.
      result('tiktok:lena', 'manual', 'post:d1', { deliverableId: 'd1', clicks: 400, orders: 20, revenue: usd(1500), refunds: usd(100) }),
      result('tiktok:lena', 'tiktok-shop', 'creator:@lena', { clicks: 100, orders: 5, newCustomers: 4, revenue: usd(500), refunds: usd(0), fileName: 'affiliate-march.csv' }),
      // Maxi: refunds above revenue.
      result('tiktok:maxi', 'manual', 'creator:tiktok:maxi', { clicks: 50, orders: 2, revenue: usd(100), refunds: usd(150) }),
    ]);
  });

  it('computes intent, conversion and finance per creator and for the campaign, never 0 for what is missing', async () => {
    await render({ ...campaign, costRates: { EUR: 1.1 }, grossMarginPercent: 40, kpiTargets: { ...campaign.kpiTargets, cpa: 20 } });
    await mounted.until(() => rowsOf('finance')[2]?.[1] === '$830', 'the converted cost');
    // Lena: 400 + 100 clicks on 10,000 views, $500 ÷ 500 clicks; Maxi has no post read, so no CTR, and
    // the campaign's waits too (Maxi's clicks over Lena's views would read too high).
    expect(rowsOf('intent')).toEqual([
      ['@lena', '500', '5.00%', '$1.00'],
      ['tiktok:maxi', '50', 'needs a delivered post', '$6.60'],
      ['Whole campaign', '550', 'needs a delivered post', '$1.51'],
    ]);
    // New customers came with only one of Lena's results: unknown, not 4.
    expect(rowsOf('conversion')).toEqual([
      ['@lena', '25', '5.00%', 'needs new customers', '$20'],
      ['tiktok:maxi', '2', '4.00%', 'needs new customers', '$165'],
      ['Whole campaign', '27', '4.91%', 'needs new customers', '$31'],
    ]);
    // Cost, revenue, refunds, net revenue, ROAS on net revenue, profit ROI at a 40% margin, revenue per 1,000 views.
    expect(rowsOf('finance')).toEqual([
      ['@lena', '$500', '$2,000', '$100', '$1,900', '3.8', '52.00%', '$200'],
      ['tiktok:maxi', '$330', '$100', '$150', '-$50.00', '-0.2', '-106.06%', 'needs a delivered post'],
      ['Whole campaign', '$830', '$2,100', '$250', '$1,850', '2.2', '-10.84%', 'needs a delivered post'],
    ]);
    const maxiNet = mounted.container.querySelector('.results-finance tbody tr:nth-of-type(2) td:nth-of-type(4) span')!;
    expect(maxiNet.getAttribute('title')).toContain('refunds are above revenue: net revenue is negative');
    expect(verdicts()).toEqual([
      'CPM (cost per 1,000 views): met, $83 against a target of $100 ($17, 17.00% better)',
      'CPE (cost per engagement): missed, $6.64 against a target of $5.00 ($1.64, 32.80% short)',
      'CPA (cost per order): missed, $31 against a target of $20 ($11, 53.70% short)',
      'ROAS (sales ÷ spend): met, 2.2 against a target of 2.0 (0.2, 11.45% better)',
    ]);
  });

  it('names where each creator’s results came from: typed by hand or the file', async () => {
    await render(campaign);
    const lenaRevenue = mounted.container.querySelector('.results-finance tbody tr td:nth-of-type(2) span')!;
    expect(lenaRevenue.getAttribute('title')).toContain('From: typed by hand, affiliate-march.csv');
    expect(mounted.container.querySelector('.results-content tbody tr:nth-of-type(2) .result-entry')?.textContent).toContain('From: typed by hand');
  });

  it('without a gross margin, profit ROI says it needs one', async () => {
    await render(campaign);
    expect(rowsOf('finance')[0]?.[6]).toBe('needs the gross margin');
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');

  it('says the same in Chinese', async () => {
    await render(campaign);
    expect(rows()[1]?.[4]).toBe('需要 EUR 的汇率');
    expect(mounted.container.querySelector('h3')?.textContent).toBe('效果');
    expect(englishLeft(mounted.container, ['tiktok', 'maxi', 'lena'])).toEqual([]);
  });
});
