// How numbers and dates read on screen and in CSV. Unknown stays visibly unknown.
import type { Count } from './schema';

const PLATFORM_NAMES = { tiktok: 'TikTok', instagram: 'Instagram', youtube: 'YouTube' } as const;

export function platformName(platform: keyof typeof PLATFORM_NAMES): string {
  return PLATFORM_NAMES[platform];
}

export function formatNumber(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** "12,345" when exact; "≈12.3K" when rounded (in the UI's language, whatever the page's). */
export function formatCount(count: Count | null, locale = 'en'): string {
  if (count === null) return 'unknown';
  if (count.min === count.max) return formatNumber(count.value, locale);
  return `≈${new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(count.value)}`;
}

/** The range a rounded count stands for, for a tooltip. */
export function describeCount(count: Count | null, locale = 'en'): string {
  if (count === null) return 'Not readable on this page';
  const where = { 'embedded-json': "the page's embedded data", attribute: 'an exact page attribute', text: 'the visible text' }[count.source];
  if (count.min === count.max) return `Exact, from ${where}`;
  const shown = count.shown ? ` as “${count.shown}”` : '';
  return `Rounded on the page${shown}: between ${formatNumber(count.min, locale)} and ${formatNumber(count.max, locale)} (from ${where})`;
}

export function formatPercent(ratio: number | null): string {
  if (ratio === null) return 'unknown';
  const digits = ratio < 0.01 ? 2 : 1;
  return `${(ratio * 100).toFixed(digits)}%`;
}

export function formatDateTime(ms: number, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
