// Turns the counts pages show ("12.3K", "1,234", "1,2M", "3.4万") into numbers with their
// precision. Anything unreadable is null: a count we cannot read is unknown, never 0.
import type { Count } from '../schema';

export interface CountRange {
  value: number;
  min: number;
  max: number;
}

// TikTok writes K/M/B in every UI language; Chinese and Japanese pages may use 万/億.
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

// Spaces of every width that pages use as group separators, and the marks that wrap numbers in RTL text.
const INVISIBLE = /[\s\u00a0\u202f\u2009\u200e\u200f\u061c]/g;
const GROUPED_INTEGER = /^\d{1,3}(?:([,.'’])\d{3})(?:\1\d{3})*$/;
const COMPACT = /^(\d+)(?:[.,](\d+))?([kmb万萬亿億])$/i;

/**
 * An exact integer, or a rounded compact figure with the range it stands for. `lang` is the
 * page's language (`<html lang>`), which decides ambiguous forms.
 */
export function parseCount(text: string | null | undefined, lang?: string | null): CountRange | null {
  void lang;
  if (text == null) return null;
  const compactText = text.replace(INVISIBLE, '');
  if (compactText === '') return null;
  if (/^\d+$/.test(compactText)) return exact(Number(compactText));
  if (GROUPED_INTEGER.test(compactText)) return exact(Number(compactText.replace(/[,.'’]/g, '')));
  const compact = COMPACT.exec(compactText);
  if (compact) {
    const [, whole = '', fraction = '', suffix = ''] = compact;
    const unit = MULTIPLIERS[suffix.toLowerCase()];
    if (unit === undefined) return null;
    // The last shown digit's place value: "12.3K" steps by 100, "12K" by 1,000.
    const step = unit / 10 ** fraction.length;
    if (step < 1) return null;
    const value = Math.round(Number(`${whole}.${fraction || '0'}`) * unit);
    return { value, min: Math.max(0, Math.ceil(value - step / 2)), max: Math.ceil(value + step / 2) - 1 };
  }
  return null;
}

function exact(value: number): CountRange | null {
  return Number.isSafeInteger(value) ? { value, min: value, max: value } : null;
}

/**
 * The range a number from embedded page data stands for. TikTok's `stats` objects hold
 * figures rounded the way the page displays them (427,682 followers arrive as 427,700):
 * a number that is a whole multiple of its display step may have been rounded.
 */
export function roundedRange(value: number): CountRange | null {
  if (!Number.isSafeInteger(value) || value < 0) return null;
  if (value < 1000) return { value, min: value, max: value };
  const unit = value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1e3;
  const step = unit / 10;
  if (value % step !== 0) return { value, min: value, max: value };
  return { value, min: value - step / 2, max: value + step / 2 - 1 };
}

export function toCount(range: CountRange, source: Count['source'], shown?: string): Count {
  return shown === undefined ? { ...range, source } : { ...range, source, shown: shown.slice(0, 64) };
}

export function isExact(count: Pick<Count, 'min' | 'max'>): boolean {
  return count.min === count.max;
}
