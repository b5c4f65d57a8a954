// A campaign's results section: two creators, one with a delivered post read and one without; a fee in
// euros without the campaign's rate says it needs one (never 0), and with the rate the campaign's CPM
// meets its target while CPE misses; clicks, orders and revenue say they are needed; both languages.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignResults } from '../../../components/dashboard/CampaignResults';
import { campaignFromDraft, emptyDraft } from '../../../lib/campaign/draft';
import type { CampaignRecord } from '../../../lib/db/campaign-record';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { addPoint, attachDeliverable } from '../../../lib/db/deliverables';
import { saveSnapshot } from '../../../lib/db/readings';
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
const rows = () => [...mounted.container.querySelectorAll('.results-table tbody tr, .results-table tfoot tr')].map((row) => [...row.children].map(shownIn));
const verdicts = () => [...mounted.container.querySelectorAll('.kpi-verdicts li')].map((item) => item.textContent);

async function render(shown: CampaignRecord) {
  await mounted.render(<CampaignResults db={db} campaign={shown} />);
  await mounted.until(() => mounted.container.querySelector('.results-table') !== null, 'the results table');
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
    expect(mounted.container.querySelector('[data-testid="later-layers"]')?.textContent).toContain('needs clicks, needs orders, and needs revenue for the whole campaign');
  });

  it('gives each figure its formula as a tooltip and to screen readers, and names what a post did not show', async () => {
    await render(campaign);
    const cpm = mounted.container.querySelector('.results-table tbody tr td:nth-of-type(5) span')!;
    expect(cpm.getAttribute('title')).toBe('CPM = cost ÷ views × 1,000');
    expect(cpm.querySelector('.visually-hidden')?.textContent).toBe(' (CPM = cost ÷ views × 1,000)');
    const engagements = mounted.container.querySelector('.results-table tbody tr td:nth-of-type(2) span')!;
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

describe('in Chinese', () => {
  useLocale('zh_CN');

  it('says the same in Chinese', async () => {
    await render(campaign);
    expect(rows()[1]?.[4]).toBe('需要 EUR 的汇率');
    expect(mounted.container.querySelector('h3')?.textContent).toBe('效果');
    expect(englishLeft(mounted.container, ['tiktok', 'maxi', 'lena'])).toEqual([]);
  });
});
