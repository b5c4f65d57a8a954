// What a reader must never be shown, found in rendered words: a count in raw digits ("2300000"),
// "only 0", a word doubled ("average average"), a rule id ("bought-views"), English left in Chinese,
// a message that did not render ("{"), "1 posts", and a sentence that starts in lower case.
import type { Locale } from '../../lib/i18n';
import { englishWordsIn } from './i18n';

/**
 * English words written with hyphens, as the messages use them: words, not ids. An id is written
 * the same way ("low-view-rate"), so each one here is a word a dictionary has, and
 * test/lib/i18n/sentences.test checks that none of them is an id the scoring uses.
 */
export const HYPHENATED_WORDS = [
  'mid-tier', 'e-mail', 'follow-for-follow', 'paid-partnership', 'low-quality', 'emoji-only', 'mention-only',
  'in-app', 'one-off', 'do-not-work', 'per-view', 'follow-up',
];

/** Names and quoted page words a Chinese reader sees as they are (besides test/helpers/i18n's). */
export const NAMES_IN_CHINESE = [
  // Sources and studies, as their owners write them
  'via', 'eMarketer', 'Modash', 'Untapper', 'InstaFake', 'Akyon', 'Kalfaoglu', 'Hero',
  // What the disclosure rules match, quoted as captions and links write it ("use my code", utm_)
  'use', 'code', 'thanks', 'utm', 'ref',
  // The CSV's stable column keys, named as the file writes them (followers, profile_url)
  'followers',
  // Encodings and settings the CSV messages name as the programs show them
  'Windows', 'Shift', 'JIS', 'GBK', 'Unicode',
];

/** Addresses, file types, keys, discount codes (LENA10), hashtags, handles and e-mail addresses: data, not words. */
const DATA =
  /(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/[\w./?=&%{}@-]*)?|\/[\w/.=?&{}-]+|(?<!\w)\.[a-z]{2,4}\b|\b[a-z]+_[a-z_]*|\b[A-Z]+\d+[A-Z\d]*\b|#[\p{L}\p{N}_]+|@[\w.{}]+|\S+@\S+/gu;

/** Verbs and singular words ending in "s" that may follow a 1 ("1 needs more data"). */
const AFTER_ONE = new Set(['needs', 'has', 'is', 'was', 'carries', 'shows', 'does', 'goes', 'ends']);

export interface Rendering {
  locale: Locale;
  words: string;
  /** The words are shown as a whole sentence: the first letter must be a capital. */
  sentence?: boolean;
}

/** What is wrong with `words` as a reader sees them; empty when nothing is. */
export function wordingProblems({ locale, words, sentence }: Rendering): string[] {
  const problems: string[] = [];
  if (/[{}]/.test(words)) problems.push('a value is left unfilled ("{")');
  const prose = words.replace(DATA, ' ');
  const raw = /(?<![\d.,])\d{5,}(?![\d])/.exec(prose);
  if (raw) problems.push(`a count in raw digits ("${raw[0]}")`);
  if (locale === 'en') {
    if (/\bonly 0(?![.,]\d)\b/i.test(prose)) problems.push('"only 0"');
    const doubled = /\b(\p{L}+)\s+\1\b/iu.exec(prose);
    if (doubled) problems.push(`a doubled word ("${doubled[0]}")`);
    for (const id of prose.match(/\b[A-Za-z]+(?:-[a-z]+)+\b/g) ?? []) {
      if (!HYPHENATED_WORDS.includes(id.toLowerCase())) problems.push(`an id ("${id}")`);
    }
    // "1 posts", but not the end of a range ("0-1 subscribers").
    const one = /(?<![\d.,\-–])\b1\s+(\p{L}+s)\b/u.exec(prose);
    if (one && !AFTER_ONE.has(one[1]!)) problems.push(`a plural after 1 ("${one[0]}")`);
    if (sentence) {
      const first = /^[\s“"'‘(«[]*(.)/u.exec(words)?.[1];
      if (first && /\p{Ll}/u.test(first)) problems.push('a sentence that starts in lower case');
    }
  } else {
    if (/只(?:有|知道|看到了?|读取了?)\s*0\s*(?:条|个|项)/.test(prose)) problems.push('"只有 0"');
    const english = englishWordsIn(prose, NAMES_IN_CHINESE);
    if (english.length > 0) problems.push(`English words (${english.join(', ')})`);
  }
  return problems;
}
