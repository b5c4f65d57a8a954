// What a deal costs, in the campaign's currency: the fee, the samples (product cost and shipping),
// the commission on the revenue the creator brought, and any other costs. Each amount is converted
// with the rates the user entered for the campaign; none is ever fetched, and an amount in a currency
// without a rate makes the total "needs a rate for EUR", never a guess.
import type { Price } from '../db/records';
import { known, sum, type Amount, type Need } from './roi-figure';

/** Units of the campaign's currency per unit of another currency, as the user entered them. */
export type Rates = Readonly<Record<string, number>>;

/** Where the campaign's currency comes from, for the page to say. */
export type CurrencySource = 'budget' | 'totalBudget' | 'default';

/** The currency results are counted in: the budget's, else the total budget's, else US dollars. */
export function campaignCurrency(campaign: { budget: { currency: string } | null; totalBudget?: { currency: string } | null }): { currency: string; source: CurrencySource } {
  if (campaign.budget) return { currency: campaign.budget.currency.toUpperCase(), source: 'budget' };
  if (campaign.totalBudget) return { currency: campaign.totalBudget.currency.toUpperCase(), source: 'totalBudget' };
  return { currency: 'USD', source: 'default' };
}

/** The money in the campaign's currency, or the rate it needs. */
export function convert(money: Price, currency: string, rates: Rates): Amount {
  const from = money.currency.toUpperCase();
  if (from === currency.toUpperCase()) return { value: money.amount };
  const rate = rates[from];
  // A stored rate that is no positive number (the dialog refuses one) converts nothing.
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) return { needs: [`rate:${from}` satisfies Need] };
  return { value: money.amount * rate };
}

export interface CostInputs {
  /** The fee agreed; null when none was (a gifted collaboration, or not agreed yet). */
  fee: Price | null;
  /** The deal's samples: a sample whose product cost was not entered needs it. */
  samples: readonly { cost: Price | null }[];
  /** What shipping the samples cost. */
  shipping: readonly Price[];
  /** The commission rate agreed, in percent; null when none. */
  commissionPercent: number | null;
  /** The revenue the creator brought, which the commission is paid on; null until results are in. */
  attributedRevenue: Price | null;
  other: readonly Price[];
}

export type CostPart = 'fee' | 'samples' | 'shipping' | 'commission' | 'other';

export interface DealCosts {
  /** Each part that applies to the deal, in the campaign's currency or what it needs. */
  parts: { part: CostPart; amount: Amount }[];
  /** The whole, or every need of the parts; 'cost' when nothing was agreed that costs anything. */
  total: Amount;
}

export function dealCosts(inputs: CostInputs, currency: string, rates: Rates): DealCosts {
  const inCurrency = (money: Price) => convert(money, currency, rates);
  const parts: DealCosts['parts'] = [];
  if (inputs.fee !== null) parts.push({ part: 'fee', amount: inCurrency(inputs.fee) });
  if (inputs.samples.length > 0) {
    parts.push({ part: 'samples', amount: sum(inputs.samples.map((sample) => (sample.cost === null ? { needs: ['sampleCost'] } : inCurrency(sample.cost)))) });
  }
  if (inputs.shipping.length > 0) parts.push({ part: 'shipping', amount: sum(inputs.shipping.map(inCurrency)) });
  if (inputs.commissionPercent !== null) {
    const revenue: Amount = inputs.attributedRevenue === null ? { needs: ['revenue'] } : inCurrency(inputs.attributedRevenue);
    parts.push({ part: 'commission', amount: known(revenue) ? { value: (revenue.value * inputs.commissionPercent) / 100 } : revenue });
  }
  if (inputs.other.length > 0) parts.push({ part: 'other', amount: sum(inputs.other.map(inCurrency)) });
  // A deal with nothing agreed has no cost yet: unknown, not free.
  return { parts, total: parts.length === 0 ? { needs: ['cost'] } : sum(parts.map((part) => part.amount)) };
}
