// How the counts a page shows become numbers with their precision. A count that cannot be
// read must come back as null (unknown), never as 0: a creator with "0 followers" would score
// as a dead account.
import { describe, expect, it } from 'vitest';
import { parseCount, roundedRange, type CountRange } from '../lib/parse/count';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
const THIN_SPACE = '\u2009';
const LRM = '\u200e';
const RLM = '\u200f';
const ALM = '\u061c';

function range(value: number, min = value, max = value): CountRange {
  return { value, min, max };
}

describe('parseCount', () => {
  it.each<[string, string, CountRange]>([
    // Compact figures stand for every count that rounds to them.
    ['"12.3K"', '12.3K', range(12_300, 12_250, 12_349)],
    ['lower-case "12.3k"', '12.3k', range(12_300, 12_250, 12_349)],
    ['"12K" (no decimal: a step of 1,000)', '12K', range(12_000, 11_500, 12_499)],
    ['"85.3K"', '85.3K', range(85_300, 85_250, 85_349)],
    ['"1.2M"', '1.2M', range(1_200_000, 1_150_000, 1_249_999)],
    ['"1,2M" (comma decimal, e.g. German/French UI)', '1,2M', range(1_200_000, 1_150_000, 1_249_999)],
    ['"12,3 K" (French, space before the unit)', `12,3${NBSP}K`, range(12_300, 12_250, 12_349)],
    ['"1.5B"', '1.5B', range(1_500_000_000, 1_450_000_000, 1_549_999_999)],
    ['"3.4万" (Chinese ten-thousands)', '3.4万', range(34_000, 33_500, 34_499)],
    ['"1.2亿" (Chinese hundred-millions)', '1.2亿', range(120_000_000, 115_000_000, 124_999_999)],
    ['"1.2億" (Japanese hundred-millions)', '1.2億', range(120_000_000, 115_000_000, 124_999_999)],
    // Grouped integers are exact whatever the separator.
    ['"1,234" (English grouping)', '1,234', range(1_234)],
    ['"1.234" (German grouping)', '1.234', range(1_234)],
    ['"1.234.567" (German grouping, two groups)', '1.234.567', range(1_234_567)],
    ['"12 345" with a no-break space', `12${NBSP}345`, range(12_345)],
    ['"12 345" with a narrow no-break space (French)', `12${NARROW_NBSP}345`, range(12_345)],
    ['"1 234 567" with thin spaces', `1${THIN_SPACE}234${THIN_SPACE}567`, range(1_234_567)],
    ['"987"', '987', range(987)],
    ['"0" (a real zero stays zero)', '0', range(0)],
    ['surrounding whitespace', '  640\n', range(640)],
    // Arabic, Hebrew and Persian pages wrap numbers in direction marks.
    ['RTL marks around "12.3K"', `${RLM}12.3K${RLM}`, range(12_300, 12_250, 12_349)],
    ['LTR marks around "1,234"', `${LRM}1,234${LRM}`, range(1_234)],
    ['Arabic letter mark before "987"', `${ALM}987`, range(987)],
  ])('reads %s', (_label, text, expected) => {
    expect(parseCount(text)).toEqual(expected);
  });

  it.each<[string, string | null | undefined]>([
    ['an empty string', ''],
    ['only spaces', `  ${NBSP} `],
    ['letters', 'abc'],
    ['"1.2.3"', '1.2.3'],
    ['a placeholder "--"', '--'],
    ['null', null],
    ['undefined', undefined],
    ['a negative number', '-5'],
    ['a broken group "1,23"', '1,23'],
    ['an unknown unit "1.2X"', '1.2X'],
    ['a unit without digits "K"', 'K'],
    ['more decimals than the unit has digits "1.23456万"', '1.23456万'],
    ['a number beyond exact integers', '99999999999999999999'],
    ['a label such as "Followers"', 'Followers'],
  ])('returns null (unknown, not 0) for %s', (_label, text) => {
    expect(parseCount(text)).toBeNull();
  });

  it('keeps value inside its range for every compact figure', () => {
    for (const text of ['1K', '9.9K', '10K', '999.9K', '1M', '2.4M', '31K', '7.6K', '1B', '9.9万']) {
      const result = parseCount(text);
      expect(result, text).not.toBeNull();
      if (result === null) continue;
      expect(result.min, text).toBeLessThanOrEqual(result.value);
      expect(result.max, text).toBeGreaterThanOrEqual(result.value);
      expect(result.min, text).toBeLessThan(result.max);
    }
  });
});

describe('roundedRange', () => {
  it.each<[string, number, CountRange]>([
    ['0', 0, range(0)],
    ['987 (below 1,000 TikTok shows every digit)', 987, range(987)],
    ['1,000 (could be 950..1,049)', 1_000, range(1_000, 950, 1_049)],
    ['12,300 (TikTok shows "12.3K")', 12_300, range(12_300, 12_250, 12_349)],
    ['427,700 (rounded stats for 427,682)', 427_700, range(427_700, 427_650, 427_749)],
    ['427,682 (not a multiple of the step: exact)', 427_682, range(427_682)],
    ['48,213 (exact)', 48_213, range(48_213)],
    ['50,100,000 (@tiktok followers, 2021)', 50_100_000, range(50_100_000, 50_050_000, 50_149_999)],
    ['246,000,000 (@tiktok likes, 2021)', 246_000_000, range(246_000_000, 245_950_000, 246_049_999)],
    ['1,500,000,000', 1_500_000_000, range(1_500_000_000, 1_450_000_000, 1_549_999_999)],
  ])('gives %s its range', (_label, value, expected) => {
    expect(roundedRange(value)).toEqual(expected);
  });

  it.each<[string, number]>([
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a number beyond exact integers', 2 ** 53],
  ])('returns null for %s', (_label, value) => {
    expect(roundedRange(value)).toBeNull();
  });
});
