// What a campaign has promised to pay so far: the fees of its deals, added up within one currency.
// Fees in another currency than the campaign's budget are listed apart, never converted by a guess.
import type { DealRecord } from '../db/deal-record';

export interface Committed {
  /** The fees in the budget's currency, added; null when no deal in it has a fee. */
  inBudgetCurrency: number | null;
  /** The budget's share they take (0.24 for 24%); null without a total budget or such fees. */
  shareOfTotal: number | null;
  /** Fees in other currencies, added per currency, in the order first met. */
  other: Array<{ currency: string; amount: number }>;
}

export function committedFees(deals: readonly DealRecord[], totalBudget: { amount: number; currency: string } | null, budgetCurrency: string): Committed {
  let inBudgetCurrency: number | null = null;
  const other = new Map<string, number>();
  for (const { fee } of deals) {
    if (fee === null) continue;
    if (fee.currency === budgetCurrency) inBudgetCurrency = (inBudgetCurrency ?? 0) + fee.amount;
    else other.set(fee.currency, (other.get(fee.currency) ?? 0) + fee.amount);
  }
  // Cents, so 0.1 + 0.2 reads 0.3.
  if (inBudgetCurrency !== null) inBudgetCurrency = Math.round(inBudgetCurrency * 100) / 100;
  const shareOfTotal = inBudgetCurrency !== null && totalBudget !== null && totalBudget.currency === budgetCurrency ? inBudgetCurrency / totalBudget.amount : null;
  return { inBudgetCurrency, shareOfTotal, other: [...other].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 })) };
}
