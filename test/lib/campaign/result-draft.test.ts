// Results typed by hand: what each field takes and what it refuses, at the field, with nothing made
// until every field reads; the record made is the one typing it again replaces.
import { describe, expect, it } from 'vitest';
import { resultDraftOf, resultFromDraft, type ResultDraft } from '../../../lib/campaign/result-draft';
import { english } from '../../../lib/i18n';

const NOW = Date.UTC(2026, 2, 1, 12);
const empty = resultDraftOf(undefined, 'USD');
const forLena = { campaignId: 'c1', creatorId: 'tiktok:lena', target: { kind: 'creator' } as const };
const made = (change: Partial<ResultDraft>) => resultFromDraft({ ...empty, ...change }, forLena, NOW);
const refusals = (change: Partial<ResultDraft>) => {
  const result = made(change);
  return 'errors' in result ? Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, english(error!)])) : {};
};

describe('resultFromDraft', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1 200', 1200],
    [' 0 ', 0],
  ])('reads %j clicks as %d', (typed, clicks) => {
    expect(made({ clicks: typed })).toMatchObject({ result: { clicks } });
  });

  it.each(['-5', 'abc', '12.5', '1,20', '1e3', '2000000000000'])('refuses %j clicks at the field', (typed) => {
    expect(refusals({ clicks: typed, orders: '3' })).toEqual({ clicks: 'A whole number from 0, like 1200 or 1,200.' });
  });

  it.each([
    ['1500', 1500],
    ['99.50', 99.5],
    ['99,5', 99.5],
    ['0', 0],
  ])('reads %j revenue as %d', (typed, amount) => {
    expect(made({ revenue: typed, revenueCurrency: 'EUR' })).toMatchObject({ result: { revenue: { amount, currency: 'EUR' } } });
  });

  it.each(['-1', '12.345', 'ten', '2000000000'])('refuses %j revenue at the field', (typed) => {
    expect(Object.keys(refusals({ revenue: typed }))).toEqual(['revenue']);
  });

  it('refuses refunds without revenue, and takes them with it', () => {
    expect(refusals({ refunds: '40' })).toEqual({ refunds: 'Refunds come out of revenue: type the revenue too.' });
    expect(made({ refunds: '40', refundsCurrency: 'CNY', revenue: '100' })).toMatchObject({ result: { refunds: { amount: 40, currency: 'CNY' }, revenue: { amount: 100, currency: 'USD' } } });
  });

  it('makes nothing from an empty form', () => {
    expect(refusals({})).toEqual({ form: 'Type at least one figure.' });
  });

  it('keeps a figure left empty unknown, never 0, and names the record by what it is for', () => {
    expect(made({ orders: '7' })).toEqual({
      result: { id: 'c1|manual|creator:tiktok:lena', campaignId: 'c1', creatorId: 'tiktok:lena', deliverableId: null, source: 'manual', matchedBy: 'creator:tiktok:lena', clicks: null, orders: 7, itemsSold: null, newCustomers: null, revenue: null, refunds: null, commission: null, fileName: null, at: NOW },
    });
    expect(resultFromDraft({ ...empty, orders: '7' }, { ...forLena, target: { kind: 'post', deliverableId: 'd1' } }, NOW)).toMatchObject({ result: { id: 'c1|manual|post:d1', deliverableId: 'd1', matchedBy: 'post:d1' } });
  });
});
