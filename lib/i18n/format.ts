// How numbers and dates read on screen, in the UI language. Unknown stays visibly unknown.
import { localeTag, t } from './index';
import { percent } from './percent';
import type { Count } from '../schema/snapshot';

const PLATFORM_NAMES = { tiktok: 'TikTok', instagram: 'Instagram', youtube: 'YouTube' } as const;

export function platformName(platform: keyof typeof PLATFORM_NAMES): string {
  return PLATFORM_NAMES[platform];
}

// A table re-renders hundreds of cells: one formatter per language and style, made once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, make: () => T): T {
  const id = `${kind}\u0000${locale}`;
  let made = formatters.get(id) as T | undefined;
  if (!made) formatters.set(id, (made = make()));
  return made;
}

export function formatNumber(value: number, locale = localeTag()): string {
  return formatter('number', locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/** "12,345" when exact; "≈12.3K" ("≈1.2万" in Chinese) when rounded, in the UI's language, whatever the page's. */
export function formatCount(count: Count | null, locale = localeTag()): string {
  if (count === null) return t('unknown');
  if (count.min === count.max) return formatNumber(count.value, locale);
  return `≈${formatCompact(count.value, locale)}`;
}

/** "1.2M" ("120万" in Chinese): a figure short enough for a chart's axis. */
export function formatCompact(value: number, locale = localeTag()): string {
  return formatter('compact', locale, () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })).format(value);
}

/** The range a rounded count stands for, for a tooltip. */
export function describeCount(count: Count | null, locale = localeTag()): string {
  if (count === null) return t('countNotReadable');
  const where = t(count.source === 'embedded-json' ? 'countFromJson' : count.source === 'attribute' ? 'countFromAttribute' : 'countFromText');
  if (count.min === count.max) return t('countExact', { where });
  return t(count.shown ? 'countRoundedShown' : 'countRounded', {
    shown: count.shown ?? '',
    min: formatNumber(count.min, locale),
    max: formatNumber(count.max, locale),
    where,
  });
}

export function formatPercent(ratio: number | null): string {
  return ratio === null ? t('unknown') : percent(ratio, ratio < 0.01 ? 2 : 1);
}

export function formatDateTime(ms: number, locale = localeTag()): string {
  return formatter('dateTime', locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(ms);
}

/** "Dec 3" ("12月3日"): a day short enough for a chart's axis, without the year. */
export function formatShortDate(ms: number, locale = localeTag()): string {
  return formatter('shortDate', locale, () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' })).format(ms);
}
