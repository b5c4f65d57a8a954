// Dates as pages show them: relative ("3 days ago", "vor 3 Tagen", "3天前") and absolute
// ("24 Aug 2019", "2019年8月24日"), read in the page's language with tables the runtime's Intl
// data provides (see locale-tables.ts). A relative date is a range, like a rounded count.
import type { CountRange } from './count';
import { dateTable, localeOf, normalize, relativeTable, type DateUnit } from './locale-tables';

export type { DateUnit } from './locale-tables';

const DAY = 86_400_000;
export const UNIT_MS: Record<DateUnit, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: DAY,
  week: 7 * DAY,
  month: 30.44 * DAY,
  year: 365.25 * DAY,
};

// English is read after the page's own language on every page: TikTok's "3d ago", "2w ago",
// "5h ago" are English's narrow forms, and an unknown language is read as English.
function languages(lang: string | null | undefined): string[] {
  const locale = localeOf(lang);
  return locale === null || locale.split('-')[0] === 'en' ? [locale ?? 'en'] : [locale, 'en'];
}

/**
 * "3 days ago" -> the span of instants it can mean, in Unix ms: 3 days ago means at least 3
 * and less than 4 days before `now`. Words around it ("Streamed 2 days ago") are ignored;
 * "yesterday" and "last week" count as one day and one week ago. Null when the text is not a
 * relative date in the page's language (or English).
 */
export function parseRelativeDate(text: string | null | undefined, lang: string | null | undefined, now: number): CountRange | null {
  if (text == null) return null;
  const shown = normalize(text);
  for (const locale of languages(lang)) {
    for (const { pattern, needle, unit, amount } of relativeTable(locale)) {
      if (!shown.includes(needle)) continue; // cheap: the pattern needs the needle's words
      const match = pattern.exec(shown);
      if (!match) continue;
      const number = match[1] ?? '';
      // A word in place of the number is "a", "an", "one", "ein", "un", "bir": one.
      return relativeRange(amount ?? (/\d/.test(number) ? Number(number.replace(/\D/g, '')) : 1), unit, now);
    }
  }
  return null;
}

export function relativeRange(amount: number, unit: DateUnit, now: number): CountRange {
  const step = UNIT_MS[unit];
  const max = Math.round(now - amount * step);
  const min = Math.round(now - (amount + 1) * step) + 1;
  return { value: Math.round((min + max) / 2), min, max };
}

/**
 * An absolute calendar date as the span of that day in UTC: "24 Aug 2019", "Aug 24, 2019",
 * "2019-08-24", "2019年8月24日", "24. Aug. 2019", "24 de ago. de 2019", "24.08.2019" (day and
 * month in the page's language's order), and dates without a year ("24 Aug", TikTok's "8-24",
 * month-day) in the year of `now`, or the year before when that day is still to come.
 */
export function parseAbsoluteDate(text: string | null | undefined, lang: string | null | undefined, now?: number): CountRange | null {
  if (text == null) return null;
  let shown = normalize(text);
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[t ]|$)/.exec(shown); // a datetime attribute
  if (iso) return dayRange(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const locale = localeOf(lang);
  let month: number | undefined;
  for (const table of languages(lang)) {
    const found = new Set<number>();
    for (const name of dateTable(table).months) {
      if (!name.pattern.test(shown)) continue;
      found.add(name.month);
      shown = shown.replace(name.pattern, ' '); // so "一月" is not found again inside "十一月"
    }
    if (found.size > 1) return null;
    [month] = found;
    if (month !== undefined) break;
  }
  const numbers = (shown.match(/\d+/g) ?? []).map((digits) => ({ value: Number(digits), isYear: digits.length === 4 }));
  const years = numbers.filter((number) => number.isYear);
  const [first, second, third] = numbers.map((number) => number.value);
  if (years.length > 1 || first === undefined) return null;
  const year = years[0]?.value;
  const { dayFirst, eraOffset } = locale ? dateTable(locale) : { dayFirst: undefined, eraOffset: 0 };
  let day: number | undefined;
  if (month !== undefined) {
    // "24 Aug 2019", "Aug 24, 2019", "24 Aug": one day and at most one year around the name.
    if (numbers.length !== (year === undefined ? 1 : 2)) return null;
    day = numbers.find((number) => !number.isYear)?.value;
  } else if (numbers.length === 3 && numbers[0]?.isYear) {
    [month, day] = [second, third]; // "2019年8月24日", "2019. 8. 24.", "2019/8/24"
  } else if (numbers.length === 3 && numbers[2]?.isYear && dayFirst !== undefined) {
    [day, month] = dayFirst ? [first, second] : [second, first]; // "24.08.2019", "8/24/2019"
  } else if (numbers.length === 2 && /^\d\d?-\d\d?$/.test(shown)) {
    [month, day] = [first, second]; // TikTok's "8-24" in every language
  } else if (numbers.length === 2 && year === undefined && dayFirst !== undefined) {
    [day, month] = dayFirst ? [first, second] : [second, first]; // "24.8."
  } else {
    return null;
  }
  if (day === undefined || month === undefined) return null;
  if (year !== undefined) {
    // A Thai page counts years in the Buddhist era (2562 = 2019), unless it writes 2019 itself.
    return dayRange(eraOffset > 0 && year >= 1900 + eraOffset ? year - eraOffset : year, month, day);
  }
  if (now === undefined) return null;
  const thisYear = new Date(now).getUTCFullYear();
  const range = dayRange(thisYear, month, day);
  return range && range.min > now ? dayRange(thisYear - 1, month, day) : range;
}

function dayRange(year: number, month: number, day: number): CountRange | null {
  const start = Date.UTC(year, month - 1, day);
  const date = new Date(start);
  // Rejects "31 Feb" and months beyond 12 rather than rolling them over.
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { value: start + DAY / 2, min: start, max: start + DAY - 1 };
}
