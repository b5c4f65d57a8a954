// What a campaign's languages and markets are picked from: ISO codes only. Their names come from the
// browser's own Intl data in each UI language ("Spanish", "西班牙语"), so none is written by hand, and
// a code is found by either name or by itself. What is stored stays the code.
import { LOCALES, localeTag } from '../i18n';

/**
 * ISO 639 codes of the languages the browser's detector tells (Chrome's CLD3), which is what the
 * campaign's language fit compares with.
 */
export const LANGUAGE_CODES = [
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'ceb', 'co', 'cs', 'cy', 'da', 'de', 'el', 'en', 'eo', 'es', 'et', 'eu',
  'fa', 'fi', 'fil', 'fr', 'fy', 'ga', 'gd', 'gl', 'gu', 'ha', 'haw', 'he', 'hi', 'hmn', 'hr', 'ht', 'hu', 'hy', 'id', 'ig', 'is',
  'it', 'ja', 'jv', 'ka', 'kk', 'km', 'kn', 'ko', 'ku', 'ky', 'la', 'lb', 'lo', 'lt', 'lv', 'mg', 'mi', 'mk', 'ml', 'mn', 'mr',
  'ms', 'mt', 'my', 'ne', 'nl', 'no', 'ny', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'sd', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq',
  'sr', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'tr', 'uk', 'ur', 'uz', 'vi', 'xh', 'yi', 'yo', 'zh', 'zu',
] as const;

/**
 * ISO 3166-1 alpha-2 codes of countries and territories, then the two areas sellers plan by that
 * Chromium's Intl data names: the European Union and Latin America (UN M.49 419). Its data has no
 * name for the other M.49 areas (Southeast Asia is 035), so they are not offered.
 */
export const REGION_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF',
  'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG',
  'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC',
  'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL',
  'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN',
  'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA',
  'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN',
  'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP',
  'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO',
  'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV',
  'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG',
  'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
  'EU', '419',
] as const;

export type CodeKind = 'language' | 'region' | 'currency';

type Namer = (code: string) => string | null;

/** Names codes of one kind in one locale; null for a code the browser has no name for. */
function namer(kind: CodeKind, locale: string): Namer {
  const names = new Intl.DisplayNames(locale, { type: kind, fallback: 'none' });
  return (code) => {
    try {
      return names.of(code) ?? null;
    } catch {
      // Not a well-formed code (an older campaign's free text, "东南亚"): it has no name but itself.
      return null;
    }
  };
}

/** The code's name in the UI language (or the locale given), or null when the browser has none for it. */
export function nameOf(kind: CodeKind, code: string, locale = localeTag()): string | null {
  return namer(kind, locale)(code);
}

export interface Choice {
  code: string;
  /** The name in the UI language; the code itself when the browser has no name for it. */
  name: string;
  /** What a search finds it by: its names in every UI language and its code, in lower case. */
  words: string[];
}

/** The codes as choices, by name in the UI language. */
export function choicesOf(kind: CodeKind, codes: readonly string[]): Choice[] {
  const here = namer(kind, localeTag());
  const everywhere = LOCALES.map((locale) => namer(kind, localeTag(locale)));
  const collator = new Intl.Collator(localeTag());
  return codes
    .map((code) => {
      const names = everywhere.map((name) => name(code)).filter((name): name is string => name !== null);
      return { code, name: here(code) ?? code, words: [code, ...names].map((word) => word.toLocaleLowerCase()) };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The choices a search finds, best first: the code itself, then a name or code that starts with
 * it, then one that holds it ("es" finds Spanish before Estonian before Portuguese).
 */
export function searchChoices(choices: readonly Choice[], query: string): Choice[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (!wanted) return [...choices];
  const rank = (choice: Choice): number => {
    if (choice.code.toLocaleLowerCase() === wanted) return 0;
    if (choice.words.some((word) => word.startsWith(wanted) || word.split(/[\s(（-]+/).some((part) => part.startsWith(wanted)))) return 1;
    return choice.words.some((word) => word.includes(wanted)) ? 2 : 3;
  };
  return choices
    .map((choice) => ({ choice, rank: rank(choice) }))
    .filter((found) => found.rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map((found) => found.choice);
}
