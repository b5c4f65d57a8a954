// What a quoted price buys: cost per thousand views (CPM) and per engagement (CPE), from the
// creator's typical post. Unknown stays unknown, with the reason: never 0 or NaN.
import { localeTag, say, t } from '../i18n';
import { text, type Text } from '../i18n/text';
import type { Price } from '../db/records';
import type { Post } from '../schema/snapshot';
import type { Assessment } from '../scoring';
import { median } from '../scoring/stats';

/** A figure, or why there is none (in words with `say`). */
export type PriceFigure = { value: number; reason?: undefined } | { value: null; reason: Text };

/** ISO 4217 codes offered in the price field, the most used first. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'INR', 'BRL', 'CAD', 'AUD', 'CHF', 'SGD', 'HKD', 'MXN', 'IDR', 'THB', 'VND', 'PHP', 'MYR', 'TRY', 'SEK', 'PLN', 'AED', 'SAR'] as const;

function priceProblem(price: Price | null): Text | null {
  if (price === null) return text('pop_priceNotQuoted');
  if (!Number.isFinite(price.amount) || price.amount <= 0) return text('pop_priceNotPositive');
  return null;
}

/**
 * Median engagements per recent post: likes + comments, plus shares where the post shows them.
 * `posts` are the creator's posts as read (snapshot and sample), to find the shares by post id.
 */
export function medianEngagementsOf(assessment: Assessment | null, posts: readonly Post[] = []): number | null {
  if (!assessment) return null;
  const shares = new Map(posts.map((post) => [post.id, post.shares?.value ?? null]));
  const values = assessment.posts.flatMap((mark) => {
    if (mark.pinned || mark.engagement === null) return [];
    return [mark.engagement + (shares.get(mark.id) ?? 0)];
  });
  return median(values);
}

export function cpm(price: Price | null, medianViews: number | null): PriceFigure {
  const problem = priceProblem(price);
  if (problem) return { value: null, reason: problem };
  if (medianViews === null) return { value: null, reason: text('pop_cpmNoViews') };
  if (medianViews <= 0) return { value: null, reason: text('pop_cpmZeroViews') };
  return { value: (price!.amount / medianViews) * 1000 };
}

export function cpe(price: Price | null, medianEngagements: number | null): PriceFigure {
  const problem = priceProblem(price);
  if (problem) return { value: null, reason: problem };
  if (medianEngagements === null) return { value: null, reason: text('pop_cpeNoEngagement') };
  if (medianEngagements <= 0) return { value: null, reason: text('pop_cpeZero') };
  return { value: price!.amount / medianEngagements };
}

/** The amount in the currency, in the UI language ("US$500" in Chinese). */
export function formatMoney(amount: number, currency: string, locale = localeTag()): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: amount < 10 ? 2 : 0 }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** The figure as money, or "unknown: " and why, in the UI language. */
export function formatFigure(figure: PriceFigure, currency: string | undefined): string {
  if (figure.value === null) return t('pop_figureUnknown', { reason: say(figure.reason) });
  if (!currency) return t('pop_figureUnknown', { reason: t('pop_noCurrency') });
  return formatMoney(figure.value, currency);
}
