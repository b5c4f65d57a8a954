// A campaign's budget currency and the user's own rate to the US dollar: the rate as typed in the
// campaign form, and the price band the popup shows, in the budget's currency when a rate is given.
// No exchange rate is ever fetched: without the user's rate the band stays in US dollars and says so.
import { text, type Text } from '../i18n/text';
import type { Campaign } from './settings';

/** The rate field: empty is no rate; anything but a positive number is refused with why. */
export function readRate(input: string): { perUsd: number | null } | { error: Text } {
  const typed = input.trim().replace(',', '.');
  if (!typed) return { perUsd: null };
  const perUsd = Number(typed);
  return Number.isFinite(perUsd) && perUsd > 0 ? { perUsd } : { error: text('pop_errRate') };
}

/** The expected price per post as the popup shows it against the budget. */
export type BudgetBand =
  /** In US dollars: the budget is in dollars, or there is none. */
  | { kind: 'usd'; low: number; high: number }
  /** Converted into the budget's currency at the user's rate. */
  | { kind: 'converted'; low: number; high: number; currency: string; perUsd: number }
  /** Still in US dollars: the budget is in `currency` and no rate was given. */
  | { kind: 'no-rate'; low: number; high: number; currency: string };

export function bandInBudgetCurrency(bandUsd: { low: number; high: number }, budget: Campaign['budget']): BudgetBand {
  const currency = budget?.currency.toUpperCase() ?? 'USD';
  if (currency === 'USD') return { kind: 'usd', ...bandUsd };
  const perUsd = budget?.perUsd ?? null;
  // A stored rate that is no positive number (the form refuses one) converts nothing.
  if (perUsd === null || !Number.isFinite(perUsd) || perUsd <= 0) return { kind: 'no-rate', ...bandUsd, currency };
  return { kind: 'converted', low: bandUsd.low * perUsd, high: bandUsd.high * perUsd, currency, perUsd };
}
