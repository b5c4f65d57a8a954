// Whatever the runtime's own Intl writes for a language, the parsers read back: every integer
// as that language formats it, every compact figure as a range holding the number, and every
// relative date as a span holding the instant. These are the forms pages generate from CLDR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, roundedRange } from '../../../lib/parse/count';
import { parseAbsoluteDate, parseRelativeDate, relativeRange, UNIT_MS, type DateUnit } from '../../../lib/parse/date';
import { normalize } from '../../../lib/parse/locale-tables';
import { SOME_LANGUAGE_UNIT_NAMES } from '../../../lib/parse/unit-names';

const LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'pt-BR', 'fr', 'de', 'it', 'ru', 'tr', 'id', 'vi', 'th', 'ar', 'hi', 'pl', 'nl'];
// Arabic-Indic (ar-EG), Persian (fa) and Hebrew (he) digits and marks; Czech and Romanian "mil.".
const MORE_LANGUAGES = ['ar-EG', 'fa', 'he', 'cs', 'ro'];

const NOW = Date.UTC(2024, 5, 15, 12, 0, 0);
const UNITS = Object.keys(UNIT_MS) as DateUnit[];
const RUNS = { numRuns: 100 };
const count = fc.integer({ min: 0, max: 1e11 });

describe.each([...LANGUAGES, ...MORE_LANGUAGES])('%s', (lang) => {
  it('reads every integer as the language formats it, exactly', () => {
    const format = new Intl.NumberFormat(lang);
    fc.assert(
      fc.property(count, (n) => {
        expect(parseCount(format.format(n), lang), format.format(n)).toEqual({ value: n, min: n, max: n });
      }),
      RUNS,
    );
  });

  it('reads every compact figure (short and long) as a range holding the number', () => {
    const formats = [new Intl.NumberFormat(lang, { notation: 'compact' }), new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long' })];
    fc.assert(
      fc.property(count, fc.constantFrom(...formats), (n, format) => {
        const shown = format.format(n);
        const range = parseCount(shown, lang);
        expect(range, shown).not.toBeNull();
        expect(range?.min, shown).toBeLessThanOrEqual(n);
        expect(range?.max, shown).toBeGreaterThanOrEqual(n);
        // The figure itself is inside its range.
        expect(range?.value, shown).toBeGreaterThanOrEqual(range?.min ?? Infinity);
        expect(range?.value, shown).toBeLessThanOrEqual(range?.max ?? -Infinity);
      }),
      RUNS,
    );
  });

  it('reads every past relative date as a span holding that instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom(...UNITS),
        fc.constantFrom<Intl.RelativeTimeFormatStyle>('long', 'short', 'narrow'),
        fc.constantFrom<Intl.RelativeTimeFormatNumeric>('always', 'auto'),
        (k, unit, style, numeric) => {
          const shown = new Intl.RelativeTimeFormat(lang, { style, numeric }).format(-k, unit);
          const range = parseRelativeDate(shown, lang, NOW);
          const instant = NOW - k * UNIT_MS[unit];
          expect(range, shown).not.toBeNull();
          expect(range?.min, shown).toBeLessThanOrEqual(instant);
          expect(range?.max, shown).toBeGreaterThanOrEqual(instant);
          // Read as exactly k units: "3 days ago" is neither 2 days nor 3 weeks.
          expect(range, shown).toEqual(relativeRange(k, unit, NOW));
        },
      ),
      RUNS,
    );
  });
});

// ---- Any text at all ------------------------------------------------------------------------
// Pages hold whatever their authors and scripts write: the parsers must answer for every string
// and every language tag, and what they answer must be a range a Count can store.

const DAY_MS = 86_400_000;
const ANY_LANG = fc.oneof(fc.constantFrom(null, undefined, '', 'xx', 'en-US', 'de-CH', 'hi-IN', 'ar-EG', 'fa-IR', 'th-TH', 'zh-Hant-TW', 'pt_BR', 'not a tag', '@@', 'x-private'), fc.constantFrom(...LANGUAGES, ...MORE_LANGUAGES), fc.string({ maxLength: 12 }));
const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
// Decimal digit blocks of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width, mathematical bold).
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x1d7ce];
const inScript = (ascii: string, zero: number) => ascii.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
/** Pieces of figures as pages write them, and pieces that break them. */
const FIGURE_PIECES = [
  ...'0123456789', '.', ',', ' ', '\u00a0', '\u202f', "'", '’', '٫', '٬', '-', '−', '+', 'e', 'E', 'K', 'k', 'M', 'm', 'B', 'b', 'mil', 'Mio.', 'Mrd.', 'tys.',
  'млн', 'тыс.', '万', '萬', '亿', '億', '千', '천', '만', '억', 'लाख', 'करोड़', 'ألف', 'مليون', 'ล้าน', 'Tsd.', 'bn', 'lakh', 'crore', ' followers', '人', '\u200f',
  '\u200e', '\u061c', '\u0640', '٣', '۳', '३', '৩', '๓', '３', '𝟑', 'Infinity', 'NaN', '1e21', '9007199254740993', '99999999999999999999',
];
const figureLike = fc.oneof(
  fc.array(fc.constantFrom(...FIGURE_PIECES), { minLength: 1, maxLength: 10 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...FIGURE_PIECES), lone), maxLength: 12 }),
);

function expectStorableRange(range: { value: number; min: number; max: number } | null, shown: string): void {
  if (range === null) return;
  for (const field of ['value', 'min', 'max'] as const) {
    expect(Number.isSafeInteger(range[field]), `${JSON.stringify(shown)}: ${field} ${range[field]}`).toBe(true);
    expect(range[field], `${JSON.stringify(shown)}: ${field}`).toBeGreaterThanOrEqual(0);
  }
  expect(range.min, JSON.stringify(shown)).toBeLessThanOrEqual(range.value);
  expect(range.value, JSON.stringify(shown)).toBeLessThanOrEqual(range.max);
}

describe('on any text', () => {
  // normalize as documented, step by step; it takes a shorter way for printable ASCII.
  const spelledOut = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\p{Cf}\u064b-\u065f\u0670\u0640]/gu, '')
      .replace(/(?![0-9])\p{Nd}/gu, (digit) => String(Number.parseInt(inAscii(digit), 10)))
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const inAscii = (digit: string) => {
    const zero = DIGIT_ZEROS.find((start) => digit.codePointAt(0)! - start >= 0 && digit.codePointAt(0)! - start <= 9);
    return zero === undefined ? digit : String(digit.codePointAt(0)! - zero);
  };

  it('normalize gives the same text by its short way for ASCII as step by step', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    fc.assert(fc.property(ascii, (text) => {
      expect(normalize(text), JSON.stringify(text)).toBe(spelledOut(text));
    }), { numRuns: 3000 });
    const mixed = fc.string({ unit: fc.constantFrom('1', ',', ' ', '  ', 'K', 'views', '\u00a0', '\u200e', '\t', '\n', '٣', 'É', 'ß'), maxLength: 12 });
    fc.assert(fc.property(mixed, (text) => {
      expect(normalize(text), JSON.stringify(text)).toBe(spelledOut(text));
    }), { numRuns: 2000 });
  });

  it('a number before a unit of another language is not read on a page that does not say its language ("12 mil", "3 млн")', () => {
    for (const name of SOME_LANGUAGE_UNIT_NAMES) {
      for (const shown of [`12 ${name}`, `12${name}`, `1,234 ${name} views`]) expect(parseCount(shown, null), shown).toBeNull();
    }
    // and is, as an exact number, when the word after it is no unit: "views" starts like "v" of no unit
    expect(parseCount('1,234 views', null)).toEqual({ value: 1234, min: 1234, max: 1234 });
    expect(parseCount('12 milk', null)).toEqual({ value: 12, min: 12, max: 12 });
  });

  it('parseCount never throws and gives null or whole, non-negative bounds with min <= value <= max', () => {
    fc.assert(fc.property(figureLike, ANY_LANG, (shown, lang) => expectStorableRange(parseCount(shown, lang), shown)), { numRuns: 3000 });
  });

  it('a figure behind a minus sign is never read as a negative count', () => {
    fc.assert(
      fc.property(count, fc.constantFrom('-', '−', '‐', '–', '- '), fc.constantFrom(...LANGUAGES), (n, minus, lang) => {
        const shown = `${minus}${new Intl.NumberFormat(lang).format(n)}`;
        const range = parseCount(shown, lang);
        expectStorableRange(range, shown);
      }),
      RUNS,
    );
  });

  it('digits of other scripts read as the same integer as ASCII digits, with or without grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...DIGIT_ZEROS), fc.boolean(), (n, zero, grouped) => {
        const ascii = grouped ? new Intl.NumberFormat('en-US').format(n) : String(n);
        const shown = inScript(ascii, zero);
        expect(parseCount(shown, null), shown).toEqual({ value: n, min: n, max: n });
      }),
      { numRuns: 500 },
    );
  });

  it('integers beyond the safe range are unreadable, never rounded to another number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 30n }), fc.constantFrom(null, 'en', 'de'), (n, lang) => {
        expect(parseCount(String(n), lang), String(n)).toBeNull();
      }),
      RUNS,
    );
  });

  it('roundedRange holds every safe non-negative integer and refuses anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const range = roundedRange(n);
        expectStorableRange(range, String(n));
        expect(range!.value).toBe(n);
        expect(range!.min).toBeLessThanOrEqual(n);
        expect(range!.max).toBeGreaterThanOrEqual(n);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constantFrom(NaN, Infinity, -Infinity, 2 ** 53, 1e300)), (n) => {
        expect(roundedRange(n), String(n)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('parseRelativeDate never throws, and never reads a date after `now`', () => {
    fc.assert(
      fc.property(figureLike, ANY_LANG, fc.integer({ min: 0, max: 4e12 }), (shown, lang, now) => {
        const range = parseRelativeDate(shown, lang, now);
        if (range === null) return;
        expect(range.min, shown).toBeLessThanOrEqual(range.value);
        expect(range.value, shown).toBeLessThanOrEqual(range.max);
        expect(range.max, shown).toBeLessThanOrEqual(now);
        expect(Number.isInteger(range.min) && Number.isInteger(range.max), shown).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('relative phrases with any amount, in any language, and future phrases are never read as after `now`', () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(10 ** 6, 10 ** 9, 10 ** 15));
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...LANGUAGES, ...MORE_LANGUAGES),
        fc.constantFrom<Intl.RelativeTimeFormatStyle>('long', 'short', 'narrow'),
        fc.constantFrom<Intl.RelativeTimeFormatNumeric>('always', 'auto'),
        fc.boolean(),
        (k, unit, lang, style, numeric, future) => {
          const shown = new Intl.RelativeTimeFormat(lang, { style, numeric }).format(future ? k : -k, unit);
          const range = parseRelativeDate(shown, lang, NOW);
          if (range === null) return;
          expect(range.max, `${lang}: ${shown}`).toBeLessThanOrEqual(NOW);
          expect(range.min, `${lang}: ${shown}`).toBeLessThanOrEqual(range.max);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('parseAbsoluteDate never throws and gives a whole UTC day; a date without a year is never after `now`', () => {
    const dateLike = fc.oneof(
      figureLike,
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }), fc.constantFrom('-', '/', '.', ' ', '年', '月'))
        .map(([d, m, y, sep]) => (y === undefined ? `${m}${sep}${d}` : `${y}${sep}${m}${sep}${d}`)),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom('Jan', 'Feb', 'März', 'août', '8月', 'дек.', 'ago.'), fc.option(fc.integer({ min: 1899, max: 2600 }), { nil: undefined })).map(
        ([d, month, y]) => `${d} ${month}${y === undefined ? '' : ` ${y}`}`,
      ),
    );
    fc.assert(
      fc.property(dateLike, ANY_LANG, fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: undefined }), (shown, lang, now) => {
        const range = parseAbsoluteDate(shown, lang, now);
        if (range === null) return;
        expect(range.max - range.min, shown).toBe(DAY_MS - 1);
        expect(Number.isInteger(range.min / DAY_MS), shown).toBe(true);
        expect(range.value, shown).toBe(range.min + DAY_MS / 2);
        const hasYear = /\d{4}/.test(shown.replace(/(?![0-9])\p{Nd}/gu, '0'));
        if (!hasYear && now !== undefined) expect(range.min, `${shown} (no year) at ${now}`).toBeLessThanOrEqual(now);
      }),
      { numRuns: 2000 },
    );
  });
});
