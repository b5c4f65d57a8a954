// The user's rate to the US dollar, as typed and as used: the popup's price band shows in the
// budget's currency at that rate, or in US dollars saying no rate was given. No rate is fetched.
import { describe, expect, it } from 'vitest';
import { bandInBudgetCurrency, readRate } from '../../../lib/campaign/money';
import type { Campaign } from '../../../lib/campaign/settings';
import { english } from '../../../lib/i18n';

describe('the rate as typed', () => {
  it.each([
    ['7.2', 7.2],
    [' 7,2 ', 7.2],
    ['16300', 16_300],
    ['', null],
    ['   ', null],
  ] as const)('“%s” reads as %s', (typed, perUsd) => {
    expect(readRate(typed)).toEqual({ perUsd });
  });

  it.each(['0', '-7.2', 'abc', 'Infinity', '7.2.1'])('“%s” is refused, saying why', (typed) => {
    const read = readRate(typed);
    expect('error' in read && english(read.error)).toBe('The rate to the US dollar must be a positive number.');
  });
});

describe('the price band against the budget', () => {
  // TikTok's USD 5-15 CPM on 20,000 median views: USD 100-300 a post.
  const bandUsd = { low: 100, high: 300 };
  const budget = (currency: string, perUsd: number | null): Campaign['budget'] => ({ amount: 1_000, currency, perUsd });
  it.each([
    ['a USD budget', budget('USD', null), { kind: 'usd', low: 100, high: 300 }],
    ['no budget', null, { kind: 'usd', low: 100, high: 300 }],
    ['a CNY budget at 7.2 per USD', budget('CNY', 7.2), { kind: 'converted', low: 720, high: 2_160, currency: 'CNY', perUsd: 7.2 }],
    ['an IDR budget at 16,300 per USD', budget('IDR', 16_300), { kind: 'converted', low: 1_630_000, high: 4_890_000, currency: 'IDR', perUsd: 16_300 }],
    ['a CNY budget without a rate', budget('CNY', null), { kind: 'no-rate', low: 100, high: 300, currency: 'CNY' }],
    ['a stored rate of zero', budget('CNY', 0), { kind: 'no-rate', low: 100, high: 300, currency: 'CNY' }],
    ['a stored negative rate', budget('EUR', -1), { kind: 'no-rate', low: 100, high: 300, currency: 'EUR' }],
  ] as const)('%s', (_, given, shown) => {
    expect(bandInBudgetCurrency(bandUsd, given)).toEqual(shown);
  });
});
