// Per-language tables for reading counts and dates, derived from the browser's own CLDR data
// (Intl) the first time a language is asked for, then cached. Nothing runs at import time and
// nothing is typed in by hand except the few quirks noted where they are added.

export type DateUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const UNITS: DateUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

// Scripts written without spaces between words: a unit or word may touch the next one there.
const NO_SPACE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const WORD = /[\p{L}\p{M}\p{Nd}]/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Text as the tables hold it: NFC; no format marks (LRM, RLM, ALM, zero-width spaces); no
 * Arabic short vowels or tatweel (pages drop the tanween CLDR writes); ASCII digits; every run
 * of spaces (NBSP, narrow NBSP, thin) one space; lower case.
 */
export function normalize(text: string): string {
  // Printable ASCII (most counts and dates on English pages) has no marks, other digits or other
  // spaces, and NFC leaves it as it is.
  if (PRINTABLE_ASCII.test(text)) return text.replace(/ {2,}/g, ' ').trim().toLowerCase();
  return text
    .normalize('NFC')
    .replace(/[\p{Cf}\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/(?![0-9])\p{Nd}/gu, asciiDigit)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Unicode assigns decimal digits only in contiguous runs 0..9, so a digit's value is its
// distance from the start of its run: this reads every script's digits (٣ ۳ ३ ๓ ３) alike.
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  let offset = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - offset - 1))) offset++;
  return String(offset % 10);
}

/** Whether two characters may touch without a space: not two letters of a spaced script. */
export function mayTouch(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined || !WORD.test(before) || !WORD.test(after)) return true;
  return NO_SPACE.test(before) || NO_SPACE.test(after);
}

/** The runtime's name for a page's `<html lang>`, or null when it has no data for it. */
export function localeOf(lang: string | null | undefined): string | null {
  return lang ? supportedLocale(lang) : null;
}

function cached<T>(build: (locale: string) => T): (locale: string) => T {
  const tables = new Map<string, T>();
  return (locale) => {
    let table = tables.get(locale);
    if (table === undefined) tables.set(locale, (table = build(locale)));
    return table;
  };
}

// Asked for every count and date a page shows, always with the page's one language, and
// supportedLocalesOf is slow (~5 µs a call in Chromium): the answer is kept.
const supportedLocale = cached((lang: string): string | null => {
  try {
    return Intl.NumberFormat.supportedLocalesOf(lang.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null; // not a language tag at all
  }
});

function sortedLongestFirst<T>(entries: Map<string, T | null>): [string, T][] {
  return [...entries]
    .filter((entry): entry is [string, T] => entry[1] !== null)
    .sort((a, b) => b[0].length - a[0].length);
}

/** Records `value` under `key`; a key that two readings claim is ambiguous and dropped (null). */
function claim<T>(entries: Map<string, T | null>, key: string, value: T): void {
  const old = entries.get(key);
  entries.set(key, old === undefined || old === value ? value : null);
}

/**
 * The smallest whole number of each plural form ("1 тысяча", "2 тысячи", "5 тысяч"; Arabic 1, 2,
 * 3, 11, 100; Filipino "4 na milyon"), so that formatting them shows every form a page can show.
 */
const pluralExamples = cached((locale: string): number[] => {
  const rules = new Intl.PluralRules(locale);
  const examples = new Map<string, number>();
  for (let number = 1; number < 200; number++) if (!examples.has(rules.select(number))) examples.set(rules.select(number), number);
  return [...examples.values()];
});

// ---------------------------------------------------------------------------------------------
// Numbers

export interface NumberTable {
  /** The language's decimal mark, which decides "1.234 mil" (a decimal or a group?). */
  decimal: string;
  /** Unit words after a number ("k", "mio.", "万", "लाख") and what they multiply by, longest first. */
  units: [string, number][];
}

function compactUnits(locale: string, into: Map<string, number | null>): void {
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
    for (let exponent = 3; exponent < 12; exponent++) {
      for (const mantissa of [...pluralExamples(locale), 1.5]) {
        const value = mantissa * 10 ** exponent;
        // Units are read up to 10^11: no count reaches 10^12, and a unit for it would clash with
        // TikTok's K/M/B (Spanish "B" is a billón, 10^12; on a page it is TikTok's billion).
        if (value >= 1e12) continue;
        let shown = '';
        let unit = '';
        for (const { type, value: text } of format.formatToParts(value)) {
          if (type === 'integer' || type === 'fraction') shown += text;
          else if (type === 'decimal') shown += '.';
          else if (type === 'compact' && shown === '') shown = 'NaN'; // a unit before the number ("elfu 12"): not read
          else if (type !== 'group') unit += text;
        }
        const power = Math.round(Math.log10(value / Number(normalize(shown))));
        unit = normalize(unit);
        if (!unit || !(power > 0)) continue; // no unit, or one before the number (NaN)
        // A word CLDR gives two powers keeps the smaller (Bengali "কো" is a crore, 10^7, but 10^11 in one pattern).
        for (const name of unit.endsWith('.') ? [unit, unit.slice(0, -1)] : [unit]) if (!into.has(name)) into.set(name, 10 ** power);
      }
    }
  }
}

export const numberTable = cached((locale: string): NumberTable => {
  const units = new Map<string, number | null>();
  compactUnits(locale, units);
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
  return { decimal: decimal?.value ?? '.', units: sortedLongestFirst(units) };
});

/**
 * The languages this extension is written for. A word after a number that one of them uses as a
 * unit makes the count unreadable unless the page's own language reads it: "12 mil" on an
 * English page is 12 thousand or 12 million, not 12.
 */
export const SOME_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'pt-BR', 'fr', 'de', 'it', 'ru', 'tr', 'id', 'vi', 'th', 'ar', 'hi', 'pl', 'nl', 'cs', 'ro', 'he', 'fa'];

/**
 * The names of the units of all SOME_LANGUAGES (as their number tables hold them) that parseCount
 * may need to refuse a count, sorted. Left out, because parseCount answers the same without them:
 * the units read on every page (anyLanguageUnitsOfIntl: a count they follow has a unit, and the
 * names are not asked), and a name that begins with another and may end there ("mil." begins with
 * "mil", "พันล้าน" with "พัน"): a text that begins with the longer begins with the shorter.
 * Building 23 tables takes ~17 ms of CLDR look-ups, too slow for every reading of a page, so the
 * readers use the copy scripts/unit-names.ts writes from this into unit-names.ts
 * (SOME_LANGUAGE_UNIT_NAMES; test/unit-names.test.ts checks that it is still what this gives).
 */
export function someLanguageUnitNamesOfIntl(): string[] {
  const names = new Set<string>();
  for (const locale of SOME_LANGUAGES) for (const [name] of numberTable(locale).units) names.add(name);
  const everywhere = anyLanguageUnitsOfIntl().map(([name]) => name);
  const shorter = [...names, ...everywhere];
  const beginsWith = (name: string, other: string) => other !== name && name.startsWith(other) && mayTouch(other.at(-1), name[other.length]);
  return [...names].filter((name) => !everywhere.includes(name) && !shorter.some((other) => beginsWith(name, other))).sort();
}

/**
 * Units that mean the same on every page, read when the page's language has no unit of that
 * name or the language is unknown: English K/M/B (TikTok writes them whatever the UI language,
 * and Instagram writes them in lower case, "30.3m"), the Chinese/Japanese 万/萬/亿/億, the
 * Korean 천/만/억, and 千 (a thousand), which pages write though CLDR's zh and ja forms start at 万.
 * Longest first. Five languages' tables cost a few ms, so the readers use the copy that
 * scripts/unit-names.ts writes from this into unit-names.ts (ANY_LANGUAGE_UNITS).
 */
export function anyLanguageUnitsOfIntl(): [string, number][] {
  const units = new Map<string, number | null>([['千', 1e3]]);
  for (const locale of ['en', 'zh-CN', 'zh-TW', 'ja', 'ko']) compactUnits(locale, units);
  return sortedLongestFirst(units);
}

// ---------------------------------------------------------------------------------------------
// Relative dates

export interface RelativeForm {
  pattern: RegExp;
  /**
   * Words the pattern takes as they are, so a text without them cannot match: the longest run
   * without spaces of the form's words ("ago" of "hours ago"). A page's texts are tried against
   * every form; this rules most of the forms out without running their patterns.
   */
  needle: string;
  unit: DateUnit;
  /** Set for phrases without a number ("yesterday", "قبل يومين"); otherwise group 1 holds it. */
  amount?: number;
}

/** The longest run without spaces in the words of a form (`escape` lets only the spaces go). */
const needleOf = (...words: string[]) => words.join(' ').split(' ').sort((a, b) => b.length - a.length)[0]!;

// Where pages and CLDR word the same thing differently: YouTube and Instagram write Arabic
// relative dates with منذ ("since", "منذ 3 أيام") where CLDR writes قبل ("before").
const PAGE_WORDING: Record<string, [string, string]> = { ar: ['قبل', 'منذ'] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?');
const WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{Nd}])';
const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{Nd}])';
const spaced = (char: string | undefined) => char !== undefined && WORD.test(char) && !NO_SPACE.test(char);
/** A pattern for `text` that does not start or end inside a word of a spaced script. */
const wordPattern = (text: string, middle = escape(text), last = text) =>
  new RegExp(`${spaced(text[0]) ? WORD_BEFORE : ''}${middle}${spaced(last.at(-1)) ? WORD_AFTER : ''}`, 'u');

const literal = (parts: Intl.RelativeTimeFormatPart[]) => normalize(parts.map((part) => part.value).join(''));

export const relativeTable = cached((locale: string): RelativeForm[] => {
  // "before\0after" around the number, or a whole phrase, -> its unit (and amount); null when ambiguous.
  const numbered = new Map<string, DateUnit | null>();
  const phrases = new Map<string, string | null>();
  const singular = new Map<string, true | null>(); // forms where a word may stand for 1: "a month ago", "vor einem Monat"
  const wording = PAGE_WORDING[locale.split('-')[0] ?? ''];
  const add = <T>(into: Map<string, T | null>, key: string, value: T) => {
    claim(into, key, value);
    if (wording && key.includes(wording[0])) claim(into, key.replace(wording[0], wording[1]), value);
  };
  for (const style of ['long', 'short', 'narrow'] as const) {
    const always = new Intl.RelativeTimeFormat(locale, { style });
    const auto = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
    for (const unit of UNITS) {
      for (const amount of new Set([1, 2, ...pluralExamples(locale)])) {
        const parts = always.formatToParts(-amount, unit);
        const at = parts.findIndex((part) => part.type !== 'literal');
        if (at < 0) {
          add(phrases, literal(parts), `${unit} ${amount}`); // Arabic duals: "قبل يومين"
          continue;
        }
        const key = `${literal(parts.slice(0, at))}\u0000${literal(parts.slice(at + 1))}`;
        add(numbered, key, unit);
        if (amount === 1 && style === 'long') add(singular, key, true);
      }
      // "yesterday", "vorgestern", "last week", "today": the words numeric:'auto' puts in place of a number.
      for (const amount of [0, 1, 2]) {
        const phrase = normalize(auto.format(-amount || 0, unit));
        if (!/\d/.test(phrase)) add(phrases, phrase, `${unit} ${amount}`);
      }
    }
  }
  const forms: RelativeForm[] = [];
  for (const [key, unit] of sortedLongestFirst(numbered)) {
    const [before = '', after = ''] = key.split('\u0000');
    const word = singular.get(key) ? `|${WORD_BEFORE}[a-z\\u00c0-\\u024f]{1,5}` : '';
    const middle = `${escape(before)} ?(?<![\\d.,٬])(\\d+(?:[.,'’٬ ]\\d{3})*${word}) ?${escape(after)}`;
    forms.push({ pattern: wordPattern(before, middle, after), needle: needleOf(before, after), unit });
  }
  for (const [phrase, meaning] of sortedLongestFirst(phrases)) {
    const [unit, amount] = meaning.split(' ');
    forms.push({ pattern: wordPattern(phrase), needle: needleOf(phrase), unit: unit as DateUnit, amount: Number(amount) });
  }
  return forms;
});

// ---------------------------------------------------------------------------------------------
// Absolute dates

export interface DateTable {
  /** Month names (standalone and in a date, long and short), longest first. */
  months: { pattern: RegExp; month: number }[];
  /** Whether a numeric date puts the day before the month ("24.8.2019" vs "8/24/2019"). */
  dayFirst: boolean;
  /** Years the default calendar counts ahead of the Gregorian one (Thai Buddhist era: 543). */
  eraOffset: number;
}

export const dateTable = cached((locale: string): DateTable => {
  const names = new Map<string, number | null>();
  for (const month of ['long', 'short'] as const) {
    for (const day of [undefined, 'numeric'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, day, timeZone: 'UTC' });
      for (let index = 0; index < 12; index++) {
        const part = format.formatToParts(Date.UTC(2019, index, 24)).find((p) => p.type === 'month');
        const name = normalize(part?.value ?? '').replace(/\.$/, '');
        // Numeric month names ("8月", "8월", "tháng 8") are read as numbers instead.
        if (name && !/\d/.test(name)) claim(names, name, index + 1);
      }
    }
  }
  const months = sortedLongestFirst(names).map(([name, month]) => ({
    pattern: wordPattern(name),
    month,
  }));
  const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(Date.UTC(2019, 7, 24));
  const order = parts.map((part) => part.type).filter((type) => type === 'day' || type === 'month');
  const year = Number(normalize(parts.find((part) => part.type === 'year')?.value ?? ''));
  return { months, dayFirst: order[0] === 'day', eraOffset: year > 2019 ? year - 2019 : 0 };
});
