// The fees a campaign has agreed, against its total budget: added within the budget's currency, the
// rest named apart and never converted, nothing when no fee is agreed yet.
import { describe, expect, it } from 'vitest';
import { committedFees } from '../../../lib/campaign/committed';
import { newDeal } from '../../../lib/db/deal-record';

const NOW = Date.UTC(2026, 2, 1);
const deal = (creator: string, fee: { amount: number; currency: string } | null) => ({ ...newDeal('c1', creator, NOW), fee });

describe('the fees a campaign agreed', () => {
  it.each([
    ['no deals', [], { amount: 50_000, currency: 'CNY' }, { inBudgetCurrency: null, shareOfTotal: null, other: [] }],
    ['deals without fees yet', [deal('a', null), deal('b', null)], { amount: 50_000, currency: 'CNY' }, { inBudgetCurrency: null, shareOfTotal: null, other: [] }],
    ['fees in the budget currency', [deal('a', { amount: 3600, currency: 'CNY' }), deal('b', { amount: 8400, currency: 'CNY' }), deal('c', null)], { amount: 50_000, currency: 'CNY' }, { inBudgetCurrency: 12_000, shareOfTotal: 0.24, other: [] }],
    ['cents that add up exactly', [deal('a', { amount: 0.1, currency: 'USD' }), deal('b', { amount: 0.2, currency: 'USD' })], { amount: 0.6, currency: 'USD' }, { inBudgetCurrency: 0.3, shareOfTotal: 0.5, other: [] }],
    ['fees over budget', [deal('a', { amount: 900, currency: 'USD' })], { amount: 600, currency: 'USD' }, { inBudgetCurrency: 900, shareOfTotal: 1.5, other: [] }],
    ['other currencies apart, per currency', [deal('a', { amount: 300, currency: 'USD' }), deal('b', { amount: 2000, currency: 'CNY' }), deal('c', { amount: 200, currency: 'USD' }), deal('d', { amount: 90, currency: 'EUR' })], { amount: 50_000, currency: 'CNY' }, { inBudgetCurrency: 2000, shareOfTotal: 0.04, other: [{ currency: 'USD', amount: 500 }, { currency: 'EUR', amount: 90 }] }],
    ['no total budget: no share', [deal('a', { amount: 300, currency: 'USD' })], null, { inBudgetCurrency: 300, shareOfTotal: null, other: [] }],
  ])('%s', (_case, deals, total, expected) => {
    expect(committedFees(deals, total, total?.currency ?? 'USD')).toEqual(expected);
  });
});
