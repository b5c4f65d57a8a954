// A deal's costs in the campaign's currency: each part converted with the user's own rates, a part in
// a currency without a rate named as needing one (never guessed, never 0), and the campaign's currency
// taken from its budget, else its total budget, else US dollars.
import { describe, expect, it } from 'vitest';
import { campaignCurrency, convert, dealCosts, type CostInputs } from '../../../lib/campaign/costs';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const none: CostInputs = { fee: null, samples: [], shipping: [], commissionPercent: null, attributedRevenue: null, other: [] };

describe('convert', () => {
  it.each([
    ['the campaign currency as it is', usd(500), {}, { value: 500 }],
    ['another currency at the user’s rate', eur(100), { EUR: 1.1 }, { value: 110.00000000000001 }],
    ['another currency without a rate', eur(100), { GBP: 1.3 }, { needs: ['rate:EUR'] }],
    ['a stored rate that is no positive number', eur(100), { EUR: 0 }, { needs: ['rate:EUR'] }],
  ])('%s', (_case, money, rates, expected) => {
    expect(convert(money, 'USD', rates)).toEqual(expected);
  });
});

describe('dealCosts', () => {
  it.each<[string, Partial<CostInputs>, Record<string, number>, unknown]>([
    ['fee only', { fee: usd(800) }, {}, { value: 800 }],
    ['fee, samples, shipping and other costs in one currency', { fee: usd(800), samples: [{ cost: usd(40) }, { cost: usd(25) }], shipping: [usd(15)], other: [usd(20)] }, {}, { value: 900 }],
    ['mixed currencies with a rate', { fee: eur(500), samples: [{ cost: usd(40) }] }, { EUR: 1.2 }, { value: 640 }],
    ['mixed currencies without a rate', { fee: eur(500), samples: [{ cost: usd(40) }], shipping: [{ amount: 10, currency: 'GBP' }] }, {}, { needs: ['rate:EUR', 'rate:GBP'] }],
    ['commission on the revenue the creator brought', { fee: usd(100), commissionPercent: 10, attributedRevenue: usd(2500) }, {}, { value: 350 }],
    ['commission before the revenue is known', { fee: usd(100), commissionPercent: 10 }, {}, { needs: ['revenue'] }],
    ['a sample without its product cost', { samples: [{ cost: null }] }, {}, { needs: ['sampleCost'] }],
    ['nothing agreed that costs anything', {}, {}, { needs: ['cost'] }],
  ])('%s', (_case, inputs, rates, expected) => {
    expect(dealCosts({ ...none, ...inputs }, 'USD', rates).total).toEqual(expected);
  });

  it('keeps each part apart, with what each needs', () => {
    const costs = dealCosts({ ...none, fee: eur(500), samples: [{ cost: usd(40) }], commissionPercent: 15 }, 'USD', {});
    expect(costs.parts).toEqual([
      { part: 'fee', amount: { needs: ['rate:EUR'] } },
      { part: 'samples', amount: { value: 40 } },
      { part: 'commission', amount: { needs: ['revenue'] } },
    ]);
  });
});

describe('campaignCurrency', () => {
  it.each([
    ['the budget’s', { budget: { currency: 'eur' }, totalBudget: { currency: 'GBP' } }, { currency: 'EUR', source: 'budget' }],
    ['the total budget’s', { budget: null, totalBudget: { currency: 'GBP' } }, { currency: 'GBP', source: 'totalBudget' }],
    ['US dollars without a budget', { budget: null }, { currency: 'USD', source: 'default' }],
  ])('%s', (_case, campaign, expected) => {
    expect(campaignCurrency(campaign)).toEqual(expected);
  });
});
