// @vitest-environment node
// The page readers take two unit tables from lib/parse/unit-names.ts, generated once by
// scripts/unit-names.ts rather than built from Intl on every reading: the unit names of every
// language they read (to refuse "12 mil" on a page whose language does not say what "mil" means)
// and the units read on every page (K/M/B, 万/億, 천/만/억). This rebuilds both from this runtime's
// Intl, exactly as the generator does, so that the committed copy cannot drift silently.
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../lib/parse/count';
import { anyLanguageUnitsOfIntl, mayTouch, numberTable, someLanguageUnitNamesOfIntl, SOME_LANGUAGES } from '../../../lib/parse/locale-tables';
import { ANY_LANGUAGE_UNITS, SOME_LANGUAGE_UNIT_NAMES } from '../../../lib/parse/unit-names';

const OUT_OF_DATE = 'lib/parse/unit-names.ts is out of date: run `npx tsx scripts/unit-names.ts` and commit the result';

describe('generated unit tables (lib/parse/unit-names.ts)', () => {
  it('SOME_LANGUAGE_UNIT_NAMES are the unit names Intl gives for SOME_LANGUAGES', () => {
    const built = someLanguageUnitNamesOfIntl();
    const committed = [...SOME_LANGUAGE_UNIT_NAMES];
    const added = built.filter((name) => !committed.includes(name));
    const gone = committed.filter((name) => !built.includes(name));
    expect({ added, gone, sameOrder: JSON.stringify(committed) === JSON.stringify(built) }, OUT_OF_DATE).toEqual({ added: [], gone: [], sameOrder: true });
  });

  it('ANY_LANGUAGE_UNITS are the units Intl gives, in the same order', () => {
    expect(ANY_LANGUAGE_UNITS, OUT_OF_DATE).toEqual(anyLanguageUnitsOfIntl());
  });

  it('the names left out change no answer: every text after a number is refused by all names as by the kept ones', () => {
    // parseCount's question, for the text after a number: does it begin with a unit read on every
    // page, or else with a unit name of one of the languages (and may end there)?
    const isUnit = (rest: string) => (name: string) => rest.startsWith(name) && mayTouch(name.at(-1), rest[name.length]);
    const everywhere = ANY_LANGUAGE_UNITS.map(([name]) => name);
    const refused = (rest: string, names: readonly string[]) => everywhere.some(isUnit(rest)) || names.some(isUnit(rest));
    const all = new Set(SOME_LANGUAGES.flatMap((locale) => numberTable(locale).units.map(([name]) => name)));
    for (const name of all) {
      for (const rest of [name, `${name} views`, `${name}.`, `${name}x`, `${name}а`, `${name}ก`, `${name}万`, name.slice(0, -1)]) {
        expect(refused(rest, SOME_LANGUAGE_UNIT_NAMES), JSON.stringify(rest)).toBe(refused(rest, [...all]));
      }
    }
  });

  it('keep a unit of another language from being read as a plain number', () => {
    // "mil" is Spanish and Portuguese (a thousand) and Czech (a million): not 12 on an English page.
    expect(parseCount('12 mil', 'en')).toBeNull();
    expect(parseCount('12 mil.', 'en')).toBeNull();
    expect(parseCount('12 mil millones', 'en')).toBeNull();
    expect(parseCount('12 mil', 'es')).toEqual({ value: 12_000, min: 11_500, max: 12_499 });
    // "лайков" is no unit anywhere: the count is the number before it.
    expect(parseCount('12 лайков', 'en')).toEqual({ value: 12, min: 12, max: 12 });
    // Units read on every page, whatever the language.
    expect(parseCount('3.4万', 'de')).toEqual({ value: 34_000, min: 33_500, max: 34_499 });
  });
});
