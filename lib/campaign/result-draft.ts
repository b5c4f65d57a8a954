// Results typed by hand, as the "Enter results" dialog edits them: for the creator as a whole or for one
// of their delivered posts, every figure as typed. Each field that cannot be taken (-5 clicks, "abc"
// orders, refunds with no revenue beside them) gets its own message, and no record is made until every
// field reads: nothing is saved half. Typed results are stored with the source 'manual', matched by
// `creator:<id>` or `post:<deliverableId>`, so typing them again replaces them.
import { resultId, ResultRecordSchema, type ResultRecord } from '../db/result-record';
import type { Price } from '../db/records';
import { MAX_COUNT, MAX_PRICE } from '../schema/bounds';
import { text, type Text } from '../i18n/text';

/** Who the results are for: the creator as a whole, or one delivered post by its id. */
export type ResultTarget = { kind: 'creator' } | { kind: 'post'; deliverableId: string };

export const COUNT_FIELDS = ['clicks', 'orders', 'itemsSold', 'newCustomers'] as const;
export const MONEY_FIELDS = ['revenue', 'refunds', 'commission'] as const;
type CountField = (typeof COUNT_FIELDS)[number];
type MoneyField = (typeof MONEY_FIELDS)[number];

export type ResultDraft = Record<CountField | MoneyField, string> & Record<`${MoneyField}Currency`, string>;
export type ResultField = CountField | MoneyField | 'form';
export type ResultErrors = Partial<Record<ResultField, Text>>;

export const matchedByOf = (creatorId: string, target: ResultTarget): string => (target.kind === 'creator' ? `creator:${creatorId}` : `post:${target.deliverableId}`);

/** The typed results stored for the target, if any. */
export function storedFor(results: readonly ResultRecord[], campaignId: string, creatorId: string, target: ResultTarget): ResultRecord | undefined {
  const id = resultId(campaignId, 'manual', matchedByOf(creatorId, target));
  return results.find((result) => result.id === id);
}

const shown = (value: number | null) => (value === null ? '' : String(value));

/** The dialog's fields: what is stored for the target, or empty in the campaign's currency. */
export function resultDraftOf(stored: ResultRecord | undefined, currency: string): ResultDraft {
  const moneyOf = (price: Price | null | undefined) => ({ amount: shown(price?.amount ?? null), currency: price?.currency ?? currency });
  const revenue = moneyOf(stored?.revenue);
  const refunds = moneyOf(stored?.refunds);
  const commission = moneyOf(stored?.commission);
  return {
    clicks: shown(stored?.clicks ?? null),
    orders: shown(stored?.orders ?? null),
    itemsSold: shown(stored?.itemsSold ?? null),
    newCustomers: shown(stored?.newCustomers ?? null),
    revenue: revenue.amount,
    revenueCurrency: revenue.currency,
    refunds: refunds.amount,
    refundsCurrency: refunds.currency,
    commission: commission.amount,
    commissionCurrency: commission.currency,
  };
}

// Thousands separators as people type them ("1,200", "1 200"); a decimal comma reads as a point.
const COUNT_PATTERN = /^\d{1,3}(?:[ ,]\d{3})*$|^\d+$/;
const MONEY_PATTERN = /^\d+(?:[.,]\d{1,2})?$/;

function readCount(typed: string): { value: number | null } | { error: Text } {
  const trimmed = typed.trim();
  if (trimmed === '') return { value: null };
  if (!COUNT_PATTERN.test(trimmed)) return { error: text('res_errCount') };
  const value = Number(trimmed.replace(/[ ,]/g, ''));
  return Number.isSafeInteger(value) && value <= MAX_COUNT ? { value } : { error: text('res_errCount') };
}

function readMoney(typed: string, currency: string): { value: Price | null } | { error: Text } {
  const trimmed = typed.trim();
  if (trimmed === '') return { value: null };
  if (!MONEY_PATTERN.test(trimmed)) return { error: text('res_errMoney') };
  const amount = Number(trimmed.replace(',', '.'));
  return amount <= MAX_PRICE ? { value: { amount, currency } } : { error: text('res_errMoney') };
}

/** The record the draft makes, or a message for each field it cannot take. */
export function resultFromDraft(
  draft: ResultDraft,
  where: { campaignId: string; creatorId: string; target: ResultTarget },
  now: number,
): { result: ResultRecord } | { errors: ResultErrors } {
  const errors: ResultErrors = {};
  const counts = {} as Record<CountField, number | null>;
  for (const field of COUNT_FIELDS) {
    const read = readCount(draft[field]);
    if ('error' in read) errors[field] = read.error;
    else counts[field] = read.value;
  }
  const money = {} as Record<MoneyField, Price | null>;
  for (const field of MONEY_FIELDS) {
    const read = readMoney(draft[field], draft[`${field}Currency`]);
    if ('error' in read) errors[field] = read.error;
    else money[field] = read.value;
  }
  // Refunds come out of revenue: without the revenue, net revenue and ROAS could not be told apart.
  if (!errors.refunds && !errors.revenue && money.refunds && money.revenue === null) errors.refunds = text('res_errRefundsAlone');
  if (Object.keys(errors).length > 0) return { errors };
  if (COUNT_FIELDS.every((field) => counts[field] === null) && MONEY_FIELDS.every((field) => money[field] === null)) return { errors: { form: text('res_errEmpty') } };
  const matchedBy = matchedByOf(where.creatorId, where.target);
  const result = ResultRecordSchema.parse({
    id: resultId(where.campaignId, 'manual', matchedBy),
    campaignId: where.campaignId,
    creatorId: where.creatorId,
    deliverableId: where.target.kind === 'post' ? where.target.deliverableId : null,
    source: 'manual',
    matchedBy,
    ...counts,
    ...money,
    fileName: null,
    at: now,
  });
  return { result };
}
