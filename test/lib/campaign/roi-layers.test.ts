// The four layers, formula by formula, with the edge cases: a post without views, no clicks,
// refunds above revenue, zero cost, revenue in a currency with and without a rate, and the formula
// texts in both languages.
import { describe, expect, it } from 'vitest';
import { layers, type LayerInputs, type Layers, type PostFigures, type Results } from '../../../lib/campaign/layers';
import { needText, type Amount, type Figure } from '../../../lib/campaign/roi-figure';
import { say } from '../../../lib/i18n';

const post = (views: number | null, likes: number | null = 100, comments: number | null = 20, shares: number | null = 5, saves: number | null = null): PostFigures => ({ views, likes, comments, shares, saves });
const usd = (amount: number) => ({ amount, currency: 'USD' });
const results = (over: Partial<Results> = {}): Results => ({ clicks: 400, orders: 20, newCustomers: 12, revenue: usd(2000), refunds: usd(200), ...over });
const base: LayerInputs = { posts: [post(10_000)], results: [results()], cost: { value: 500 }, currency: 'USD', rates: {}, grossMarginPercent: 40 };
const of = (over: Partial<LayerInputs> = {}) => layers({ ...base, ...over });
const amount = (figure: Figure): Amount => ('value' in figure ? { value: figure.value } : { needs: figure.needs });
/** A case: its name, the figure it reads, what differs from the base inputs, and what it should be. */
type Case = [string, (l: Layers) => Figure, Partial<LayerInputs>, Amount];

describe('content', () => {
  it.each<Case>([
    ['views', (l) => l.content.views, {}, { value: 10_000 }],
    ['views of two posts', (l) => l.content.views, { posts: [post(10_000), post(5_000)] }, { value: 15_000 }],
    ['views with a post without views', (l) => l.content.views, { posts: [post(10_000), post(null)] }, { needs: ['views'] }],
    ['views with a post not read yet', (l) => l.content.views, { posts: [post(10_000), null] }, { needs: ['views'] }],
    ['views before any post', (l) => l.content.views, { posts: [] }, { needs: ['posts'] }],
    ['engagements where known', (l) => l.content.engagements, {}, { value: 125 }],
    ['engagements of a post showing none', (l) => l.content.engagements, { posts: [post(10_000, null, null, null, null)] }, { needs: ['engagements'] }],
    ['engagement rate', (l) => l.content.engagementRate, {}, { value: 0.0125 }],
    ['engagement rate of a post with 0 views', (l) => l.content.engagementRate, { posts: [post(0)] }, { needs: ['views>0'] }],
    ['CPM', (l) => l.content.cpm, {}, { value: 50 }],
    ['CPM of a deliverable without views', (l) => l.content.cpm, { posts: [post(null)] }, { needs: ['views'] }],
    ['CPM with a cost needing a rate', (l) => l.content.cpm, { cost: { needs: ['rate:EUR'] } }, { needs: ['rate:EUR'] }],
    ['CPE', (l) => l.content.cpe, {}, { value: 4 }],
    ['CPE with no engagements', (l) => l.content.cpe, { posts: [post(10_000, 0, 0, 0, 0)] }, { needs: ['engagements>0'] }],
  ])('%s', (_case, pick, over, expected) => {
    expect(amount(pick(of(over)))).toEqual(expected);
  });

  it('names the engagement kinds a post did not show', () => {
    const engagements = of({ posts: [post(10_000, 100, 20, null, null)] }).content.engagements;
    expect(engagements).toMatchObject({ value: 120 });
    expect(engagements.notes.map((note) => say(note, 'en'))).toEqual(['shares not shown on every post', 'saves not shown on every post']);
  });
});

describe('intent and conversion', () => {
  it.each<Case>([
    ['clicks', (l) => l.intent.clicks, {}, { value: 400 }],
    ['clicks of two sets of results', (l) => l.intent.clicks, { results: [results(), results({ clicks: 100 })] }, { value: 500 }],
    ['clicks before any results', (l) => l.intent.clicks, { results: [] }, { needs: ['clicks'] }],
    ['CTR', (l) => l.intent.ctr, {}, { value: 0.04 }],
    ['CPC', (l) => l.intent.cpc, {}, { value: 1.25 }],
    ['CPC with no clicks', (l) => l.intent.cpc, { results: [results({ clicks: 0 })] }, { needs: ['clicks>0'] }],
    ['CPC with clicks unknown', (l) => l.intent.cpc, { results: [results({ clicks: null })] }, { needs: ['clicks'] }],
    ['orders', (l) => l.conversion.orders, {}, { value: 20 }],
    ['conversion rate', (l) => l.conversion.conversionRate, {}, { value: 0.05 }],
    ['conversion rate with no clicks', (l) => l.conversion.conversionRate, { results: [results({ clicks: 0 })] }, { needs: ['clicks>0'] }],
    ['new customers where given', (l) => l.conversion.newCustomers, {}, { value: 12 }],
    ['new customers not given', (l) => l.conversion.newCustomers, { results: [results({ newCustomers: null })] }, { needs: ['newCustomers'] }],
    ['CPA', (l) => l.conversion.cpa, {}, { value: 25 }],
    ['CPA with no orders', (l) => l.conversion.cpa, { results: [results({ orders: 0 })] }, { needs: ['orders>0'] }],
  ])('%s', (_case, pick, over, expected) => {
    expect(amount(pick(of(over)))).toEqual(expected);
  });
});

describe('finance', () => {
  it.each<Case>([
    ['cost', (l) => l.finance.cost, {}, { value: 500 }],
    ['revenue', (l) => l.finance.revenue, {}, { value: 2000 }],
    ['revenue in another currency with a rate', (l) => l.finance.revenue, { results: [results({ revenue: { amount: 1000, currency: 'EUR' } })], rates: { EUR: 1.5 } }, { value: 1500 }],
    ['revenue in another currency without a rate', (l) => l.finance.revenue, { results: [results({ revenue: { amount: 1000, currency: 'EUR' } })] }, { needs: ['rate:EUR'] }],
    ['net revenue', (l) => l.finance.netRevenue, {}, { value: 1800 }],
    ['net revenue with refunds above revenue', (l) => l.finance.netRevenue, { results: [results({ refunds: usd(2500) })] }, { value: -500 }],
    ['ROAS on net revenue', (l) => l.finance.roas, {}, { value: 3.6 }],
    ['ROAS on gross revenue when refunds are unknown', (l) => l.finance.roas, { results: [results({ refunds: null })] }, { value: 4 }],
    ['ROAS with refunds above revenue: negative, as it is', (l) => l.finance.roas, { results: [results({ refunds: usd(2500) })] }, { value: -1 }],
    ['ROAS with zero cost', (l) => l.finance.roas, { cost: { value: 0 } }, { needs: ['cost>0'] }],
    ['ROAS before any results', (l) => l.finance.roas, { results: [] }, { needs: ['revenue'] }],
    ['profit ROI', (l) => l.finance.profitRoi, {}, { value: 0.44 }],
    ['profit ROI without a margin', (l) => l.finance.profitRoi, { grossMarginPercent: null }, { needs: ['margin'] }],
    ['profit ROI with zero cost', (l) => l.finance.profitRoi, { cost: { value: 0 } }, { needs: ['cost>0'] }],
    ['GMV per 1,000 views', (l) => l.finance.gmvPerThousandViews, {}, { value: 200 }],
    ['GMV per 1,000 views of a post without views', (l) => l.finance.gmvPerThousandViews, { posts: [post(null)] }, { needs: ['views'] }],
  ])('%s', (_case, pick, over, expected) => {
    const got = amount(pick(of(over)));
    if ('value' in expected) expect('value' in got ? got.value : got).toBeCloseTo(expected.value, 10);
    else expect(got).toEqual(expected);
  });

  it('says ROAS is net when refunds are known, gross when not, and when net revenue is negative', () => {
    const net = of().finance.roas;
    expect(say(net.formula, 'en')).toBe('ROAS (net) = net revenue ÷ cost');
    expect(net.notes).toEqual([]);
    const gross = of({ results: [results({ refunds: null })] }).finance.roas;
    expect(say(gross.formula, 'en')).toBe('ROAS (gross) = revenue ÷ cost');
    expect(gross.notes.map((note) => say(note, 'en'))).toEqual(['gross: refunds not known']);
    const negative = of({ results: [results({ refunds: usd(2500) })] }).finance;
    expect(negative.roas.notes.map((note) => say(note, 'en'))).toEqual(['refunds are above revenue: net revenue is negative']);
    expect(negative.netRevenue.notes.map((note) => say(note, 'zh_CN'))).toEqual(['退款高于销售额：净销售额为负']);
  });
});

describe('formula texts and needs in both languages', () => {
  it.each<['en' | 'zh_CN', (l: Layers) => Figure, string]>([
    ['en', (l) => l.content.cpm, 'CPM = cost ÷ views × 1,000'],
    ['zh_CN', (l) => l.content.cpm, 'CPM = 成本 ÷ 播放量 × 1,000'],
    ['en', (l) => l.intent.ctr, 'CTR = clicks ÷ views'],
    ['zh_CN', (l) => l.intent.ctr, '点击率 = 点击量 ÷ 播放量'],
    ['en', (l) => l.conversion.conversionRate, 'Conversion rate = orders ÷ clicks'],
    ['zh_CN', (l) => l.conversion.conversionRate, '转化率 = 订单数 ÷ 点击量'],
    ['en', (l) => l.finance.profitRoi, 'Profit ROI = (net revenue × gross margin − cost) ÷ cost'],
    ['zh_CN', (l) => l.finance.profitRoi, '利润 ROI =（净销售额 × 毛利率 − 成本）÷ 成本'],
  ])('%s: %#', (locale, pick, expected) => {
    expect(say(pick(of()).formula, locale)).toBe(expected);
  });

  it.each([
    ['clicks>0', 'en', 'no clicks'],
    ['clicks>0', 'zh_CN', '没有点击'],
    ['rate:EUR', 'en', 'needs a rate for EUR'],
    ['rate:EUR', 'zh_CN', '需要 EUR 的汇率'],
    ['cost>0', 'en', 'needs a cost above 0'],
    ['margin', 'zh_CN', '需要毛利率'],
  ] as const)('%s in %s', (need, locale, expected) => {
    expect(say(needText(need), locale)).toBe(expected);
  });
});
