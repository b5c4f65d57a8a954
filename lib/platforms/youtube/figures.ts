// Reading YouTube's figures out of its localised text: "572,797 views", "21.5M subscribers",
// "5,04 Mio. Abonnenten", "チャンネル登録者数 110万人", "4 hours ago", "24 Aug 2019".
import { parseCount, toCount, type CountRange } from '../../parse/count';
import { parseAbsoluteDate, parseRelativeDate } from '../../parse/date';
import type { Count } from '../../schema/snapshot';
import { oncePerText } from '../../memo';

// Digits with the group separators pages use (no plain space: it separates words), then an
// optional unit: a CJK/Hangul multiplier, or a short word ("K", "Mio.", "mil", "млн", "views").
const FIGURE = /(\d(?:[\d.,'’\u00a0\u202f]*\d)?)(?:([ \u00a0\u202f]?)([万萬亿億千천만억][\p{L}]*|\p{L}{1,5}\.?)(?!\p{L}))?/u;
const DIGITS = /\d(?:[\d.,'’\u00a0\u202f]*\d)?/gu;
const CJK_MULTIPLIER = /^[万萬亿億千천만억]/;
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Multiplier words long enough to pass for a noun ("views") and written without a dot.
const LONG_MULTIPLIERS = new Set(['lakh', 'lakhs', 'crore']);

/**
 * YouTube cuts compact figures down, never up: 5,086,703 views show as "5M", 1,409,461 as
 * "1.4M", 5,471,574 likes as "5.4m" (recorded 2023-2026). "5.2M" therefore means
 * 5,200,000-5,299,999, not the 5,150,000-5,249,999 of a rounded figure.
 */
export function truncatedRange(range: CountRange): CountRange {
  if (range.min === range.max) return range;
  const step = range.max - range.min + 1;
  return { value: range.value, min: range.value, max: range.value + step - 1 };
}

/** The figure in a YouTube label, exact or as the range its abbreviation allows. */
export function youtubeCount(text: string | null | undefined, lang: string | null, source: Count['source']): Count | null {
  const shown = text?.trim();
  if (!shown) return null;
  const match = FIGURE.exec(shown);
  if (!match) return null;
  const [, digits = '', gap = '', unit] = match;
  const candidates: string[] = [];
  if (unit !== undefined) {
    const multiplier = CJK_MULTIPLIER.test(unit) ? unit[0]! : unit;
    candidates.push(`${digits}${gap}${multiplier}`);
    // A following word that is a noun ("views", "回視聴") leaves the number alone; an unknown
    // abbreviation ("Mio.", "млн") must not, or 110 million would read as 110.
    if (isNoun(unit)) candidates.push(digits);
  } else {
    candidates.push(digits);
  }
  for (const candidate of candidates) {
    const range = safeParseCount(candidate, lang);
    if (range) return toCount(truncatedRange(range), source, shown);
  }
  return null;
}

function isNoun(unit: string): boolean {
  if (CJK_MULTIPLIER.test(unit)) return false;
  if (CJK_WORD.test(unit)) return true;
  return unit.length >= 4 && !unit.endsWith('.') && !LONG_MULTIPLIERS.has(unit.toLowerCase());
}

/** The one exact integer in a sentence ("like this video along with 5,471,574 other people"). */
export function exactCountIn(label: string | null | undefined, lang: string | null): number | null {
  if (!label) return null;
  const found = new Set<number>();
  for (const [token] of label.matchAll(DIGITS)) {
    const range = safeParseCount(token, lang);
    if (range && range.min === range.max) found.add(range.value);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * An exact count in an accessibility label that agrees with the abbreviated one shown:
 * "… 572,797 views 4 hours ago …" next to "572K views". Numbers in titles rarely fall
 * inside that range; the check keeps them out.
 */
export function exactWithin(label: string | null | undefined, rounded: Count, lang: string | null): number | null {
  if (!label) return null;
  for (const [token] of label.matchAll(DIGITS)) {
    // A token reads as its digits taken together, or not at all: one outside the range is not read.
    const digits = Number(token.replace(/\D/g, ''));
    if (digits < rounded.min || digits > rounded.max) continue;
    const range = safeParseCount(token, lang);
    if (range && range.min === range.max && range.value >= rounded.min && range.value <= rounded.max) return range.value;
  }
  return null;
}

/** English accessibility labels spell units out ("21.5 million subscribers"). */
export function fromSpelledLabel(label: string | null | undefined, lang: string | null, source: Count['source']): Count | null {
  if (!label || !(lang ?? 'en').toLowerCase().startsWith('en')) return null;
  const units: Record<string, string> = { thousand: 'K', million: 'M', billion: 'B' };
  const compact = label.replace(/(\d)\s+(thousand|million|billion)\b/i, (_all, digit: string, word: string) => `${digit}${units[word.toLowerCase()]!}`);
  return compact === label ? null : youtubeCount(compact, lang, source);
}

/** A relative ("4 hours ago") or absolute ("24 Aug 2019") date as the range it allows. */
export function youtubeDate(text: string | null | undefined, lang: string | null, now: number, source: Count['source']): Count | null {
  const shown = text?.trim();
  if (!shown) return null;
  const range = dateIn(shown, lang, now);
  if (!range || !isWholeRange(range)) return null;
  return toCount(range, source, shown);
}

/** Whether a text reads as a relative date: tells a lockup's "17 hours ago" from "26K views". */
export function isRelativeDate(text: string, lang: string | null, now: number): boolean {
  return relativeDate(text.trim(), lang, now) !== null;
}

// A grid shows the same few texts hundreds of times ("1 day ago", "1.2M views") and reads each
// video's twice (embedded data, rendered page): each text is read once per language and time
// (a 300-video channel's extraction 1.2-1.4x slower without; paired, 40 runs). The answers are
// plain data no caller changes. A parser that throws reads nothing.
const safely = <A extends unknown[]>(read: (...args: A) => CountRange | null) => (...args: A): CountRange | null => {
  try {
    return read(...args);
  } catch {
    return null;
  }
};

const relativeDate = oncePerText(
  safely((text: string, lang: string | null, now: number) => parseRelativeDate(text, lang, now)),
  (text, lang, now) => `${lang}|${now}|${text}`,
);

const dateIn = oncePerText(
  safely((text: string, lang: string | null, now: number) => relativeDate(text, lang, now) ?? parseAbsoluteDate(text, lang)),
  (text, lang, now) => `${lang}|${now}|${text}`,
);

const safeParseCount = oncePerText(
  safely((text: string, lang: string | null) => {
    const range = parseCount(text, lang);
    return range && isWholeRange(range) ? range : null;
  }),
  (text, lang) => `${lang}|${text}`,
);

function isWholeRange(range: CountRange): boolean {
  return [range.value, range.min, range.max].every((n) => Number.isSafeInteger(n) && n >= 0) && range.min <= range.max;
}
