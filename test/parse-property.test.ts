// Whatever the runtime's own Intl writes for a language, the parsers read back: every integer
// as that language formats it, every compact figure as a range holding the number, and every
// relative date as a span holding the instant. These are the forms pages generate from CLDR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../lib/parse/count';
import { parseRelativeDate, relativeRange, UNIT_MS, type DateUnit } from '../lib/parse/date';

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
