// How the counts a page shows become numbers with their precision. A count that cannot be
// read must come back as null (unknown), never as 0: a creator with "0 followers" would score
// as a dead account.
import { describe, expect, it } from 'vitest';
import { parseCount, roundedRange, type CountRange } from '../../../lib/parse/count';

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

/** A figure rounded to `step` ("12.3K": 12,300 to the nearest 100) and every count it stands for. */
function rounded(value: number, step: number): CountRange {
  return { value, min: value - step / 2, max: value + step / 2 - 1 };
}

describe('parseCount in the page language', () => {
  it.each<[string, string, CountRange]>([
    // English; YouTube rounds to three significant digits.
    ['en', '12.3K', rounded(12_300, 100)],
    ['en', '5.04m', rounded(5_040_000, 10_000)],
    ['en', '22.6M', rounded(22_600_000, 100_000)],
    ['en', '1.2 million', rounded(1_200_000, 100_000)],
    ['en', '2,455,259 Comments', range(2_455_259)],
    ['en', '987 views', range(987)],
    ['en-GB', '1.5B', rounded(1_500_000_000, 100_000_000)],
    // Chinese and Japanese count in ten-thousands (万) and hundred-millions (亿/億).
    ['zh-CN', '3.4万', rounded(34_000, 1_000)],
    ['zh-CN', '1.2亿', rounded(120_000_000, 10_000_000)],
    ['zh-CN', '1.2千', rounded(1_200, 100)],
    ['zh-CN', '12万次观看', rounded(120_000, 10_000)],
    ['zh-CN', '1.5K', rounded(1_500, 100)],
    ['zh-TW', '3.4萬', rounded(34_000, 1_000)],
    ['zh-TW', '2.5億', rounded(250_000_000, 10_000_000)],
    ['ja', '1.2万', rounded(12_000, 1_000)],
    ['ja', '3億', rounded(300_000_000, 100_000_000)],
    ['ja', '12万回視聴', rounded(120_000, 10_000)],
    ['ja', '1,234回視聴', range(1_234)],
    ['ja', '5千', rounded(5_000, 1_000)],
    // Korean: 천 (10^3), 만 (10^4), 억 (10^8).
    ['ko', '1.2천', rounded(1_200, 100)],
    ['ko', '3.4만', rounded(34_000, 1_000)],
    ['ko', '2억', rounded(200_000_000, 100_000_000)],
    ['ko', '1.2만명', rounded(12_000, 1_000)],
    // Spanish: "mil" is a thousand, "M" a million, "mil M" a thousand million.
    ['es', '12 mil', rounded(12_000, 1_000)],
    ['es', '12,3 mil suscriptores', rounded(12_300, 100)],
    ['es', '1,2 M', rounded(1_200_000, 100_000)],
    ['es', '1,2 mil M', rounded(1_200_000_000, 100_000_000)],
    ['es', '3 mil millones', rounded(3_000_000_000, 1_000_000_000)],
    ['es', '12 mil mensajes', rounded(12_000, 1_000)],
    ['es', '1.234', range(1_234)],
    ['es', '1,2B', rounded(1_200_000_000, 100_000_000)], // TikTok's B, not CLDR's billón (10^12)
    // Portuguese; Instagram writes "476.3 mil" with a dot in pt-BR, and "30.3m".
    ['pt-BR', '476.3 mil seguidores', rounded(476_300, 100)],
    ['pt-BR', '1,2 mil', rounded(1_200, 100)],
    ['pt-BR', '1,2 mi', rounded(1_200_000, 100_000)],
    ['pt-BR', '3 bi', rounded(3_000_000_000, 1_000_000_000)],
    ['pt-BR', '30.3m', rounded(30_300_000, 100_000)],
    ['pt-BR', '1.234.567', range(1_234_567)],
    ['pt-BR', '1.234 mil', rounded(1_234_000, 1_000)], // "." groups in Portuguese
    // French: narrow no-break spaces group, a comma is the decimal mark.
    ['fr', `12${NARROW_NBSP}345`, range(12_345)],
    ['fr', `12${NARROW_NBSP}345 abonnés`, range(12_345)],
    ['fr', `1,2${NARROW_NBSP}k`, rounded(1_200, 100)],
    ['fr', `1,2${NBSP}M`, rounded(1_200_000, 100_000)],
    ['fr', '3 Md', rounded(3_000_000_000, 1_000_000_000)],
    ['fr', '1,2 million d’abonnés', rounded(1_200_000, 100_000)],
    // German does not abbreviate thousands; "." groups.
    ['de', '1,2 Mio. Abonnenten', rounded(1_200_000, 100_000)],
    ['de', '1,2 Mio', rounded(1_200_000, 100_000)],
    ['de', '1,5 Millionen', rounded(1_500_000, 100_000)],
    ['de', '3 Mrd.', rounded(3_000_000_000, 1_000_000_000)],
    ['de', '1.234', range(1_234)],
    ['de', '1.234.567', range(1_234_567)],
    ['de', '12 Kommentare', range(12)],
    ['de', '1.234K', rounded(1_234_000, 1_000)], // "." groups in German
    ['it', '1,2 Mln', rounded(1_200_000, 100_000)],
    ['it', '3,4 mila', rounded(3_400, 100)],
    ['it', '2 Mld', rounded(2_000_000_000, 1_000_000_000)],
    ['it', '12K', rounded(12_000, 1_000)],
    ['ru', '12 тыс.', rounded(12_000, 1_000)],
    ['ru', '1,2 млн', rounded(1_200_000, 100_000)],
    ['ru', '3 млрд', rounded(3_000_000_000, 1_000_000_000)],
    ['ru', '5 тысяч', rounded(5_000, 1_000)],
    ['ru', `12${NBSP}345`, range(12_345)],
    // Turkish: "B" is bin (a thousand), "Mn" a million, "Mr" a milyar.
    ['tr', '1,5 B', rounded(1_500, 100)],
    ['tr', '2,3 Mn', rounded(2_300_000, 100_000)],
    ['tr', '1 Mr', rounded(1_000_000_000, 1_000_000_000)],
    ['tr', '12 bin', rounded(12_000, 1_000)],
    ['tr', '12 Beğeni', range(12)],
    // Indonesian: "rb" (ribu) a thousand, "jt" (juta) a million, "M" (miliar) a billion.
    ['id', '12,3 rb', rounded(12_300, 100)],
    ['id', '1,2 jt', rounded(1_200_000, 100_000)],
    ['id', '1,5 M', rounded(1_500_000_000, 100_000_000)],
    ['id', '2 ribu', rounded(2_000, 1_000)],
    // Vietnamese: "N" (nghìn) a thousand, "Tr" (triệu) a million, "T" (tỷ) a billion.
    ['vi', '12 N', rounded(12_000, 1_000)],
    ['vi', '1,2 Tr', rounded(1_200_000, 100_000)],
    ['vi', '3 T', rounded(3_000_000_000, 1_000_000_000)],
    ['vi', '12 nghìn', rounded(12_000, 1_000)],
    // Thai: พัน 10^3, หมื่น 10^4, แสน 10^5, ล้าน 10^6; the next word may touch the unit.
    ['th', '2 พัน', rounded(2_000, 1_000)],
    ['th', '3 หมื่น', rounded(30_000, 10_000)],
    ['th', '5 แสน', rounded(500_000, 100_000)],
    ['th', '1.2 ล้าน', rounded(1_200_000, 100_000)],
    ['th', '1.2 ล้านครั้ง', rounded(1_200_000, 100_000)],
    ['th', '12K', rounded(12_000, 1_000)],
    // Arabic: Arabic-Indic digits, ٫ decimal and ٬ group marks, direction marks anywhere.
    ['ar', '١٢٫٣ ألف', rounded(12_300, 100)],
    ['ar', '١٬٢٣٤', range(1_234)],
    ['ar', '1.2 مليون', rounded(1_200_000, 100_000)],
    ['ar', `${RLM}١٫٥ مليار${RLM}`, rounded(1_500_000_000, 100_000_000)],
    ['ar', `12${ALM} ألف مشاهدة`, rounded(12_000, 1_000)],
    ['ar-EG', '١٬٢٣٤٬٥٦٧', range(1_234_567)],
    ['fa', '۱۲ هزار', rounded(12_000, 1_000)],
    ['he', `${RLM}12.3K${LRM}`, rounded(12_300, 100)],
    // Hindi: हज़ार 10^3, लाख 10^5, करोड़ 10^7 (short क॰), अरब 10^9; Indian grouping.
    ['hi', '1.2 हज़ार', rounded(1_200, 100)],
    ['hi', '12 लाख', rounded(1_200_000, 100_000)],
    ['hi', '1.5 करोड़', rounded(15_000_000, 1_000_000)],
    ['hi', '1.5 क॰', rounded(15_000_000, 1_000_000)],
    ['hi', '3 अरब', rounded(3_000_000_000, 1_000_000_000)],
    ['hi', '12,34,567', range(1_234_567)],
    ['hi', '१२,३४,५६७', range(1_234_567)],
    ['pl', '12,3 tys.', rounded(12_300, 100)],
    ['pl', '1,2 mln', rounded(1_200_000, 100_000)],
    ['pl', '3 mld', rounded(3_000_000_000, 1_000_000_000)],
    ['pl', `12${NBSP}345`, range(12_345)],
    ['nl', '12K', rounded(12_000, 1_000)],
    ['nl', '1,2 mln.', rounded(1_200_000, 100_000)],
    ['nl', '3 mld.', rounded(3_000_000_000, 1_000_000_000)],
    ['nl', '1.234', range(1_234)],
    // Czech and Romanian "mil." is a million, unlike Spanish and Portuguese "mil".
    ['cs', '1,2 mil.', rounded(1_200_000, 100_000)],
    ['cs', '12 tis.', rounded(12_000, 1_000)],
    ['ro', '1,2 mil.', rounded(1_200_000, 100_000)],
    // Bengali: CLDR also gives "কো" (a crore) for 10^11 in one pattern; the crore is meant.
    ['bn', '৩৬ কো', rounded(360_000_000, 10_000_000)],
    // The tag as pages write it: lower case, underscores.
    ['pt-br', '1,2 mil', rounded(1_200, 100)],
    ['pt_BR', '1,2 mil', rounded(1_200, 100)],
  ])('reads %s "%s"', (lang, text, expected) => {
    expect(parseCount(text, lang)).toEqual(expected);
  });

  it.each<[string, string | null, CountRange | null]>([
    // The same text means different things in different languages.
    ['"1,5 B" in Turkish (bin)', 'tr', rounded(1_500, 100)],
    ['"1,5 B" in English', 'en', rounded(1_500_000_000, 100_000_000)],
    ['"1,5 B" without a language (TikTok)', null, rounded(1_500_000_000, 100_000_000)],
  ])('reads %s', (_label, lang, expected) => {
    expect(parseCount('1,5 B', lang)).toEqual(expected);
  });

  it.each<[string, string | null, CountRange | null]>([
    ['Spanish', 'es', rounded(1_200, 100)],
    ['Portuguese', 'pt-BR', rounded(1_200, 100)],
    ['Czech', 'cs', rounded(1_200_000, 100_000)],
    ['Romanian', 'ro', rounded(1_200_000, 100_000)],
    ['English (no such unit)', 'en', null],
    ['an unknown language', null, null],
  ])('reads "1,2 mil." in %s', (_label, lang, expected) => {
    expect(parseCount('1,2 mil.', lang)).toEqual(expected);
  });

  it.each<[string, string, string | null, CountRange | null]>([
    ['"1,5 M" in Indonesian is a miliar', '1,5 M', 'id', rounded(1_500_000_000, 100_000_000)],
    ['"1,5 M" in Spanish is a millón', '1,5 M', 'es', rounded(1_500_000, 100_000)],
    ['"3 T" in Vietnamese is a tỷ', '3 T', 'vi', rounded(3_000_000_000, 1_000_000_000)],
    ['"3 T" in English (a trillion: no count is that large)', '3 T', 'en', null],
    ['"1.234 mil" in Spanish ("." groups)', '1.234 mil', 'es', rounded(1_234_000, 1_000)],
    ['"1.234K" in English ("." is the decimal mark)', '1.234K', 'en', range(1_234)],
    ['"1,234K" in English ("," groups)', '1,234K', 'en', rounded(1_234_000, 1_000)],
  ])('reads %s', (_label, text, lang, expected) => {
    expect(parseCount(text, lang)).toEqual(expected);
  });

  it.each<[string, string, CountRange]>([
    // Without the page's language only forms that mean the same everywhere are read.
    ['K', '12.3K', rounded(12_300, 100)],
    ['lower-case m (Instagram)', '30.3m', rounded(30_300_000, 100_000)],
    ['万', '3.4万', rounded(34_000, 1_000)],
    ['億', '1.2億', rounded(120_000_000, 10_000_000)],
    ['만', '1.2만', rounded(12_000, 1_000)],
    ['a grouped integer', '1,234,567', range(1_234_567)],
    ['Indian grouping', '12,34,567', range(1_234_567)],
    ['Arabic-Indic digits and group mark', '١٬٢٣٤', range(1_234)],
    ['a narrow no-break space group', `12${NARROW_NBSP}345`, range(12_345)],
    ['trailing words', '2,455,259 Comments', range(2_455_259)],
  ])('reads %s without a language', (_label, text, expected) => {
    expect(parseCount(text, null)).toEqual(expected);
    expect(parseCount(text, 'xx-unknown')).toEqual(expected);
  });

  it.each<[string, string, string | null]>([
    ['"12 mil" (a thousand or a million?)', '12 mil', null],
    ['"1,2 Mio." (a unit of one language)', '1,2 Mio.', null],
    ['"12 тыс."', '12 тыс.', null],
    ['"12 rb"', '12 rb', null],
    ['"12 लाख"', '12 लाख', null],
    ['"1.234K" (a decimal or a group?)', '1.234K', null],
    ['"12 mil" on an English page', '12 mil', 'en'],
    ['"12 Mio." on a French page', '12 Mio.', 'fr'],
    ['a glued unknown unit "12X"', '12X', 'en'],
    ['a leading word "Followers 12.3K"', 'Followers 12.3K', 'en'],
    ['a decimal without a unit "1,5"', '1,5', 'de'],
    ['a decimal without a unit "1.5"', '1.5', 'en'],
    ['a broken group "1,23"', '1,23', 'de'],
    ['mixed group marks "1,234.567"', '1,234.567', 'en'],
    ['too many decimals for the unit "1,2345 mil"', '1,2345 mil', 'es'],
    ['a placeholder "—"', '—', 'fr'],
    ['an empty string', '', 'ja'],
    ['a number beyond exact integers', '99.999.999.999.999.999', 'de'],
    ['a tag that is no language', '12 mil', 'not a tag!'],
  ])('returns null for %s', (_label, text, lang) => {
    expect(parseCount(text, lang)).toBeNull();
  });

  it('reads "0" as zero in every language', () => {
    for (const lang of ['en', 'ar-EG', 'hi', 'fr', null]) {
      const zero = new Intl.NumberFormat(lang ?? 'en').format(0);
      expect(parseCount(zero, lang), `${lang}: ${zero}`).toEqual(range(0));
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
