// Dates as pages show them: relative ("3 days ago") and absolute ("24 Aug 2019"), read in
// the page's language. A relative date is a range, like a rounded count.
import type { CountRange } from './count';

const UNIT_MS = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30.44 * 86_400_000,
  year: 365.25 * 86_400_000,
} as const;
export type DateUnit = keyof typeof UNIT_MS;

const ENGLISH_RELATIVE = /^(?:streamed |premiered )?(\d+|an?|one) (second|minute|hour|day|week|month|year)s? ago$/i;

/**
 * "3 days ago" -> the span of instants it can mean, in Unix ms: 3 days ago means at least 3
 * and less than 4 days before `now`. Null when the text is not a relative date.
 */
export function parseRelativeDate(text: string | null | undefined, lang: string | null | undefined, now: number): CountRange | null {
  void lang;
  if (text == null) return null;
  const match = ENGLISH_RELATIVE.exec(text.trim());
  if (!match) return null;
  const amount = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
  return relativeRange(amount, match[2]!.toLowerCase() as DateUnit, now);
}

export function relativeRange(amount: number, unit: DateUnit, now: number): CountRange {
  const step = UNIT_MS[unit];
  const max = Math.round(now - amount * step);
  const min = Math.round(now - (amount + 1) * step) + 1;
  return { value: Math.round((min + max) / 2), min, max };
}

/** An absolute calendar date ("24 Aug 2019", "2019-08-24") as the span of that day in UTC. */
export function parseAbsoluteDate(text: string | null | undefined, lang: string | null | undefined): CountRange | null {
  void lang;
  if (text == null) return null;
  const cleaned = text.trim().replace(/^(?:premiered|streamed live on|published on)\s+/i, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(cleaned);
  const start = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : Date.parse(`${cleaned} UTC`);
  if (!Number.isFinite(start)) return null;
  const day = Math.floor(start / UNIT_MS.day) * UNIT_MS.day;
  return { value: day + UNIT_MS.day / 2, min: day, max: day + UNIT_MS.day - 1 };
}
