// Turns the counts pages show ("12.3K", "1,234", "1,2 Mio.", "3.4万", "12 लाख") into numbers
// with their precision, with units taken from the runtime's CLDR data for the page's language
// (locale-tables.ts). Anything unreadable is null: a count we cannot read is unknown, never 0.
import type { Count } from '../schema/snapshot';
import { localeOf, mayTouch, normalize, numberTable } from './locale-tables';
import { ANY_LANGUAGE_UNITS, SOME_LANGUAGE_UNIT_NAMES } from './unit-names';

export interface CountRange {
  value: number;
  min: number;
  max: number;
}

const DECIMAL_MARKS = '.,٫';

/** The unit names a count's text can start with: checked against a few, not all of them. */
function unitNamesStarting(char: string | undefined): readonly string[] {
  return char === undefined ? [] : SOME_LANGUAGE_UNIT_NAMES.filter((name) => name[0] === char);
}

/**
 * An exact integer, or a rounded compact figure with the range it stands for, read from the
 * start of `text`; words after it are ignored ("1,2 Mio. Abonnenten", "476.3 mil seguidores").
 * `lang` is the page's language (`<html lang>`): it decides what a unit means ("B" is a billion,
 * but a thousand in Turkish; "mil" a thousand in Spanish, a million in Czech) and, for
 * "1.234 mil", whether the mark is a decimal. Without a language only the forms that mean the
 * same everywhere are read: K/M/B, 万/亿, plain and grouped integers.
 */
export function parseCount(text: string | null | undefined, lang?: string | null): CountRange | null {
  if (text == null) return null;
  const shown = normalize(text);
  // Digits, with the marks pages group or split them by: "1,234", "1.234", "12 345", "1’234", "١٬٢٣٤", "1٫2".
  const number = /^\d+(?:[.,'’٫٬ ]\d+)*/.exec(shown)?.[0];
  if (number === undefined) return null;
  const locale = localeOf(lang);
  const rest = shown.slice(number.length).replace(/^ /, '');
  const isUnit = (name: string) => rest.startsWith(name) && mayTouch(name.at(-1), rest[name.length]);
  const unitOf = (units: readonly (readonly [string, number])[]) => units.find(([name]) => isUnit(name));
  // The page's language first, then the units that mean the same everywhere (K/M/B, 万/億, 천/만/억).
  const unit = unitOf(locale ? numberTable(locale).units : []) ?? unitOf(ANY_LANGUAGE_UNITS);
  // "12X" is no count; nor is "12 mil" unless the page's language says what "mil" means (a unit
  // of some language we read: SOME_LANGUAGES in locale-tables.ts).
  if (!unit && (!mayTouch(number.at(-1), shown[number.length]) || unitNamesStarting(rest[0]).some(isUnit))) return null;

  const groups = number.split(/\D/);
  const marks = number.match(/\D/g) ?? [];
  const last = marks.at(-1);
  const grouped = marks.every((mark) => mark === marks[0]) && isGrouped(groups);
  const decimal =
    last !== undefined &&
    DECIMAL_MARKS.includes(last) &&
    marks.slice(0, -1).every((mark) => mark === marks[0] && mark !== last) &&
    isGrouped(groups.slice(0, -1));
  if (!unit) return grouped ? exact(Number(groups.join(''))) : null; // a count without a unit is an integer
  let fractionDigits = 0;
  if (grouped && decimal) {
    // "1.234 mil": 1,234 thousand, or 1.234 thousand? The page's decimal mark decides.
    if (!locale) return null;
    if (numberTable(locale).decimal === last) fractionDigits = 3;
  } else if (decimal) {
    fractionDigits = groups.at(-1)?.length ?? 0;
  } else if (!grouped) {
    return null;
  }
  // The last shown digit's place value: "12.3K" steps by 100, "12K" by 1,000.
  const step = unit[1] / 10 ** fractionDigits;
  const value = Number(groups.join('')) * step;
  if (step < 1 || !Number.isSafeInteger(value + step)) return null;
  return { value, min: Math.max(0, Math.ceil(value - step / 2)), max: Math.ceil(value + step / 2) - 1 };
}

/** "1,234,567", and Indian "12,34,567": a first group of up to three digits, then groups of three. */
function isGrouped(groups: string[]): boolean {
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return true;
  const lastIsThree = rest.at(-1)?.length === 3;
  const middle = rest.slice(0, -1);
  return (
    lastIsThree &&
    ((first.length <= 3 && middle.every((group) => group.length === 3)) ||
      (first.length <= 2 && middle.every((group) => group.length === 2)))
  );
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
