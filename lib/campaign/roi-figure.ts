// What a results figure is: a number computed from what the user gave, or the inputs it still needs,
// each with its formula in words. A missing input or a zero denominator is a need, never 0, NaN or
// Infinity.
import { text, type Text } from '../i18n/text';

/** An input a figure lacks; '…>0' is a denominator that is zero (CPC with no clicks is no number). */
export type Need =
  | 'posts'
  | 'views'
  | 'engagements'
  | 'clicks'
  | 'orders'
  | 'newCustomers'
  | 'revenue'
  | 'refunds'
  | 'cost'
  | 'sampleCost'
  | 'margin'
  | `rate:${string}`
  | 'views>0'
  | 'engagements>0'
  | 'clicks>0'
  | 'orders>0'
  | 'cost>0';

/** A number, or what it needs. */
export type Amount = { value: number } | { needs: Need[] };

/** A figure as shown: its amount, its formula, and what the reader should know of how it was made. */
export type Figure = Amount & { formula: Text; notes: Text[] };

export const known = (amount: Amount): amount is { value: number } => 'value' in amount;

/** Every need of the amounts, once each, in the order first met. */
export function needsOf(...amounts: readonly Amount[]): Need[] {
  return [...new Set(amounts.flatMap((amount) => ('needs' in amount ? amount.needs : [])))];
}

/** The sum of the amounts, or everything any of them needs. */
export function sum(amounts: readonly Amount[]): Amount {
  const needs = needsOf(...amounts);
  if (needs.length > 0) return { needs };
  return { value: amounts.reduce((total, amount) => total + (known(amount) ? amount.value : 0), 0) };
}

/** top / bottom, or what is missing: a zero bottom is `zero` (never Infinity or NaN). */
export function ratio(top: Amount, bottom: Amount, zero: Need): Amount {
  const needs = needsOf(top, bottom);
  if (needs.length > 0) return { needs };
  const denominator = (bottom as { value: number }).value;
  if (denominator === 0) return { needs: [zero] };
  return { value: (top as { value: number }).value / denominator };
}

export const scaled = (amount: Amount, by: number): Amount => (known(amount) ? { value: amount.value * by } : amount);

/** A count the user gave or null: null is the need named. */
export const given = (value: number | null, need: Need): Amount => (value === null ? { needs: [need] } : { value });

/** A need in words ("a rate for EUR", "no clicks"). */
export function needText(need: Need): Text {
  if (need.startsWith('rate:')) return text('roi_needRate', { currency: need.slice('rate:'.length) });
  const words: Record<Exclude<Need, `rate:${string}`>, Text> = {
    posts: text('roi_needPosts'),
    views: text('roi_needViews'),
    engagements: text('roi_needEngagements'),
    clicks: text('roi_needClicks'),
    orders: text('roi_needOrders'),
    newCustomers: text('roi_needNewCustomers'),
    revenue: text('roi_needRevenue'),
    refunds: text('roi_needRefunds'),
    cost: text('roi_needCost'),
    sampleCost: text('roi_needSampleCost'),
    margin: text('roi_needMargin'),
    'views>0': text('roi_zeroViews'),
    'engagements>0': text('roi_zeroEngagements'),
    'clicks>0': text('roi_zeroClicks'),
    'orders>0': text('roi_zeroOrders'),
    'cost>0': text('roi_zeroCost'),
  };
  return words[need as Exclude<Need, `rate:${string}`>];
}
