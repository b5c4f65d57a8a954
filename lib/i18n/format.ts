// How numbers and dates read on screen, in the UI language. Unknown stays visibly unknown. One rule
// per kind of figure, so a column, a card and a flag never write the same kind two ways:
// - counts (followers, views, likes...) in lists, cards, the comparison and charts: formatCount and
//   formatCompact. Plain digits below 10,000 ("9,999"), compact from there ("21.5M", "2150万").
//   "≈" goes before a count exactly when the page itself only showed it rounded (its min and max
//   differ), so a compact figure without "≈" was read exactly. Wherever a compact figure stands, its
//   tooltip and a text a screen reader reads give the exact figure or the range (describeCount).
// - exact digits (formatNumber) where a figure is typed in, is a count a flag gives as evidence,
//   sits in a table for screen readers, or where no tooltip can go (the command line's summary).
//   CSV keeps its own plain, machine-readable numbers (lib/csv/export).
// - percentages: formatPercent on screen and percent() inside messages, always two decimals
//   ("4.00%", "12.60%", "0.47%"), "<0.01%" for a ratio that is not zero but would round to it; alike
//   in both languages.
// - multiples and rates per week: formatDecimal, one decimal ("1.3").
// - a score part's weight: a whole percent ("25%"), a share the scoring sets, not a measured rate.
// - money: lib/shortlist/pricing's formatMoney, in the currency's own style, cents below 10.
import { localeTag, t, type MessageKey } from './index';
import { percent } from './percent';
import type { Count } from '../schema/snapshot';
import type { SellerMark } from '../schema/limits';
import { oncePerKey } from '../memo';

const PLATFORM_NAMES = { tiktok: 'TikTok', instagram: 'Instagram', youtube: 'YouTube' } as const;

export function platformName(platform: keyof typeof PLATFORM_NAMES): string {
  return PLATFORM_NAMES[platform];
}

// A table re-renders hundreds of cells: one formatter per language and style, made once (a page of
// 100 rows formats in 0.2 ms with them, 8-9 ms making them each time; paired, 60 runs).
const numberFormat = oncePerKey((locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const compactFormat = oncePerKey((locale: string) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }));
const dateFormat = oncePerKey((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
const dateTimeFormat = oncePerKey((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
const shortDateFormat = oncePerKey((locale: string) => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }));

export function formatNumber(value: number, locale = localeTag()): string {
  return numberFormat(locale).format(value);
}

/** Below this, a count reads in full digits; from it, compact. */
const COMPACT_FROM = 10_000;

/**
 * "1.2M" for an exact 1,234,567, "≈21.5M" ("≈2150万" in Chinese) for a count the page rounded,
 * "9,999" and "≈1,200" below 10,000: in the UI's language, whatever the page's.
 */
export function formatCount(count: Count | null, locale = localeTag()): string {
  if (count === null) return t('unknown');
  const figure = formatCompact(count.value, locale);
  return count.min === count.max ? figure : `≈${figure}`;
}

/** "21.5M" ("2150万" in Chinese) from 10,000 up, "9,999" below: a count short enough for a list, a card or a chart's axis. */
export function formatCompact(value: number, locale = localeTag()): string {
  return Math.abs(value) < COMPACT_FROM ? formatNumber(value, locale) : compactFormat(locale).format(value);
}

/** The full digits of a figure formatCompact writes short ("1,234,567" behind "1.2M"), for its tooltip; nothing below 10,000. */
export function compactInFull(value: number, locale = localeTag()): string | undefined {
  return Math.abs(value) < COMPACT_FROM ? undefined : formatNumber(value, locale);
}

/** The exact figure, or the range a rounded count stands for: what a compact count's tooltip says. */
export function describeCount(count: Count | null, locale = localeTag()): string {
  if (count === null) return t('countNotReadable');
  const where = t(count.source === 'embedded-json' ? 'countFromJson' : count.source === 'attribute' ? 'countFromAttribute' : 'countFromText');
  if (count.min === count.max) return t('countExact', { exact: formatNumber(count.value, locale), where });
  return t(count.shown ? 'countRoundedShown' : 'countRounded', {
    shown: count.shown ?? '',
    min: formatNumber(count.min, locale),
    max: formatNumber(count.max, locale),
    where,
  });
}

/** "1.3" ("1.3" in Chinese too): a multiple or a rate, to one decimal. */
export function formatDecimal(value: number, locale = localeTag()): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** "4.00%", "12.60%", "<0.01%": a ratio as a percentage, always to two decimals (lib/i18n/percent). */
export function formatPercent(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? t('unknown') : percent(ratio);
}

/** Whether a Date can hold the moment (±100,000,000 days from 1970): beyond, formatting would throw. */
const isMoment = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;

// A stored date that is no date (from an older version's data) reads "unknown", never an error
// that would take the page with it.
/** "Dec 3, 2026" ("2026年12月3日"): a day, without the time. */
export function formatDate(ms: number, locale = localeTag()): string {
  return isMoment(ms) ? dateFormat(locale).format(ms) : t('unknown');
}

export function formatDateTime(ms: number, locale = localeTag()): string {
  return isMoment(ms) ? dateTimeFormat(locale).format(ms) : t('unknown');
}

/** The moment for a <time dateTime>, or nothing when it is no date. */
export function machineDate(ms: number): string | undefined {
  return isMoment(ms) ? new Date(ms).toISOString() : undefined;
}

/** "Dec 3" ("12月3日"): a day short enough for a chart's axis, without the year. */
export function formatShortDate(ms: number, locale = localeTag()): string {
  return isMoment(ms) ? shortDateFormat(locale).format(ms) : t('unknown');
}

/** The words for each mark of selling a page shows (lib/schema/limits' SELLER_MARKS). */
export const SELLER_MARK_WORDS: Record<SellerMark, MessageKey> = {
  'commerce-account': 'fa_markCommerceAccount',
  seller: 'fa_markSeller',
  'shop-tab': 'fa_markShopTab',
  'business-account': 'fa_markBusinessAccount',
  'store-shelf': 'fa_markStoreShelf',
};
