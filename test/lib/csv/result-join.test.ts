// Joining a result file's rows to the campaign: by video id to a delivered post, by handle to a
// creator, by discount code or tracking link to a deal; every row that finds nothing is listed with
// why; the joined rows become results that replace their earlier import and store all or nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinResults } from '../../../lib/csv/result-join';
import type { ResultRow } from '../../../lib/csv/result-rows';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { newDeal, type DealRecord } from '../../../lib/db/deal-record';
import { listResults, putResults } from '../../../lib/db/results';
import { say } from '../../../lib/i18n';
import { aTikTokPost } from '../../helpers/campaign-work';

const NOW = new Date(2026, 3, 1, 12).getTime();

function deal(handle: string, given: Partial<DealRecord> = {}, platform = 'tiktok'): DealRecord {
  return { ...newDeal('c1', `${platform}:${handle}`, NOW), ...given };
}

const DEALS = [
  deal('lena', { discountCode: 'LENA10', trackingLink: 'https://shop.example/glow?utm_source=tiktok&utm_medium=influencer&utm_campaign=spring&utm_content=lena' }),
  deal('kai', { discountCode: 'KAI5', trackingLink: 'https://shop.example/glow?utm_source=tiktok&utm_medium=influencer&utm_campaign=spring&utm_content=kai' }),
  deal('mia', { trackingLink: 'https://shop.example/?utm_campaign=solo' }),
];
const POSTS = [aTikTokPost('d1', 'lena', '7301234567890123456', { dueDate: null, postedAt: NOW, attachedAt: NOW })];
const CAMPAIGN = { campaignId: 'c1', deals: DEALS, deliverables: POSTS };

let rowNumber = 1;
function row(given: Partial<Omit<ResultRow, 'counts' | 'money'>> & { orders?: number; revenue?: number; refunds?: number }): ResultRow {
  const { orders = null, revenue = null, refunds = null, ...names } = given;
  return {
    row: ++rowNumber,
    videoId: null,
    creator: null,
    code: null,
    utmCampaign: null,
    utmContent: null,
    ...names,
    counts: { clicks: null, orders, itemsSold: null, newCustomers: null },
    money: { revenue, grossSales: null, refunds, commission: null },
  };
}
const FILE = { source: 'tiktok-shop', fileName: 'affiliate.csv', currency: 'USD', now: NOW } as const;

describe('joining a row to the campaign', () => {
  it.each([
    ['a video id to the delivered post', row({ videoId: '7301234567890123456' }), 'video:7301234567890123456', 'tiktok:lena', 'd1'],
    ['a handle with @ in any case to the creator', row({ creator: '@LENA' }), 'creator:@lena', 'tiktok:lena', null],
    ['a handle without @', row({ creator: 'kai' }), 'creator:@kai', 'tiktok:kai', null],
    ['a discount code in any case', row({ code: 'lena10' }), 'code:LENA10', 'tiktok:lena', null],
    ['utm_campaign and utm_content to the tracking link', row({ utmCampaign: 'Spring', utmContent: 'kai' }), 'link:spring/kai', 'tiktok:kai', null],
    ['utm_campaign alone when one link has it', row({ utmCampaign: 'solo' }), 'link:solo', 'tiktok:mia', null],
  ])('%s', (_name, given, matchedBy, creatorId, deliverableId) => {
    const { matched, unmatched } = joinResults([given], CAMPAIGN, FILE);
    expect(unmatched).toEqual([]);
    expect(matched.map(({ record }) => [record.matchedBy, record.creatorId, record.deliverableId])).toEqual([[matchedBy, creatorId, deliverableId]]);
  });

  it.each([
    ['a video not delivered in this campaign', row({ videoId: '7000000000000000001', creator: 'lena' }), 'video 7000000000000000001 is not among this campaign’s delivered posts'],
    ['a video id a spreadsheet rounded', row({ videoId: '7.30123E+18' }), 'video id 7.30123E+18 was rounded by a spreadsheet; export the file again without opening it, or format the column as text'],
    ['a creator not booked', row({ creator: '@nobody' }), 'no creator @nobody is booked in this campaign'],
    ['an unknown code', row({ code: 'SAVE50' }), 'no deal of this campaign has the discount code SAVE50'],
    ['a utm_campaign two creators share, without utm_content', row({ utmCampaign: 'spring' }), 'several creators’ links have spring; a utm_content column would tell them apart'],
    ['a row naming nobody', row({ orders: 3 }), 'the row names no video, creator, discount code or utm_campaign'],
  ])('lists %s with why', (_name, given, why) => {
    const { matched, unmatched } = joinResults([given], CAMPAIGN, FILE);
    expect(matched).toEqual([]);
    expect(unmatched.map((row) => [row.row, say(row.why)])).toEqual([[given.row, why]]);
  });

  it('names a handle two booked creators share as unmatched, not a guess', () => {
    const campaign = { ...CAMPAIGN, deals: [...DEALS, deal('lena', {}, 'instagram')] };
    const { unmatched } = joinResults([row({ creator: 'lena' })], campaign, FILE);
    expect(say(unmatched[0]!.why)).toBe('more than one creator of this campaign is called @lena');
  });
});

describe('the results a file gives', () => {
  it('adds up the rows of one video (one row per product sold), keeping unknown apart from 0', () => {
    const rows = [row({ videoId: '7301234567890123456', orders: 2, revenue: 40.1 }), row({ videoId: '7301234567890123456', orders: 3, revenue: 59.9 })];
    const { matched } = joinResults(rows, CAMPAIGN, FILE);
    expect(matched).toHaveLength(1);
    expect(matched[0]!.record).toMatchObject({ orders: 5, revenue: { amount: 100, currency: 'USD' }, refunds: null, clicks: null, fileName: 'affiliate.csv' });
    expect(matched[0]!.rows).toEqual(rows.map((given) => given.row));
  });

  it('takes gross sales as the revenue when the file has no net sales', () => {
    const given = row({ code: 'KAI5' });
    given.money.grossSales = 250;
    const { matched } = joinResults([given], CAMPAIGN, { ...FILE, source: 'discount-code' });
    expect(matched[0]!.record.revenue).toEqual({ amount: 250, currency: 'USD' });
  });
});

describe('storing the joined results', () => {
  let db: CreatorLensDatabase;
  beforeEach(() => {
    db = openDatabase(`result-join-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('replaces the results of the same file imported again instead of counting them twice', async () => {
    const first = joinResults([row({ code: 'LENA10', orders: 4 })], CAMPAIGN, { ...FILE, source: 'discount-code' });
    await putResults(db, first.matched.map((result) => result.record));
    const again = joinResults([row({ code: 'lena10', orders: 6 })], CAMPAIGN, { ...FILE, source: 'discount-code' });
    await putResults(db, again.matched.map((result) => result.record));
    expect((await listResults(db, 'c1')).map((result) => [result.matchedBy, result.orders])).toEqual([['code:LENA10', 6]]);
  });
});
