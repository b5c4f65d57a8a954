// Every message of every area, rendered in both languages with edge values for each of its
// arguments, reads as words a user can be shown (test/helpers/wording): counts grouped, no "only 0",
// no doubled word, no rule id, no English in Chinese, nothing left unfilled, and a sentence starts
// with a capital. The arguments and their kinds are read from the messages themselves.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../helpers/message-areas';
import { en, zh_CN, type MessageKey } from '../../../lib/i18n/dictionary';
import { LOCALES, say, t, text, type Locale, type TextParam } from '../../../lib/i18n';
import { assess, type Assessment } from '../../../lib/scoring';
import { CORE_CHECKS } from '../../../lib/scoring/confidence';
import { CASES as ASSESSMENT_CASES, textsIn } from '../../helpers/assessment-cases';
import { HYPHENATED_WORDS, wordingProblems } from '../../helpers/wording';


/** An argument as the message uses it: a count, a date, a choice among named cases, or a value put in as it is. */
type Kind = { kind: 'count' } | { kind: 'date' } | { kind: 'choice'; options: Set<string> } | { kind: 'value' };

function argumentsOf(elements: MessageFormatElement[], into = new Map<string, Kind>()): Map<string, Kind> {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.number) into.set(element.value, { kind: 'count' });
    else if (element.type === TYPE.date || element.type === TYPE.time) into.set(element.value, { kind: 'date' });
    else if (element.type === TYPE.select) {
      const known = into.get(element.value);
      const options = known?.kind === 'choice' ? known.options : new Set<string>();
      for (const option of Object.keys(element.options)) if (option !== 'other') options.add(option);
      into.set(element.value, { kind: 'choice', options });
    } else if (element.type === TYPE.argument && !into.has(element.value)) into.set(element.value, { kind: 'value' });
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

/** A date, for the messages that write one ("Dec 3, 2026"). */
const DATE = Date.UTC(2026, 11, 3, 12);

/** Counts at the edges: none, one, two, and one that needs grouping. */
const COUNTS = [0, 1, 2, 2_300_000];

/**
 * What a value argument gets: a mark of its own that no check reads as a word (⟨1⟩, ⟨2⟩ …), or
 * a Text of a rounded count as a page shows one, in the reader's language.
 */
const VALUES: Record<string, (index: number, locale: Locale) => TextParam> = {
  mark: (index) => `⟨${index + 1}⟩`,
  'rounded count': (_index, locale) => text('sc_names', { names: locale === 'en' ? '≈2.3M' : '≈230万' }),
};

/**
 * Messages shown on their own as sentences that carry no full stop of their own: the page adds it
 * (a tip: "To improve: {tip}."; where a figure stands among the benchmarks) or they are a line of a
 * list (why a figure was not read, under "What was not read"). pg_waiting is a clause in brackets.
 */
const SENTENCES_WITHOUT_A_STOP = (key: string) => /^sc_tip|^sc_place|^pg_(?!waiting$)/.test(key);

/** A message is a whole sentence when it ends like one, unless it starts as the tail of another ("… and 3 more."). */
function isSentence(key: string, words: string): boolean {
  if (/^[\s…]/.test(words)) return false;
  return SENTENCES_WITHOUT_A_STOP(key) || /[.!?…。]$/.test(words.trim());
}

interface Case {
  key: MessageKey;
  locale: Locale;
  params: Record<string, TextParam>;
}

/** Every rendering of `key`: each count, each case of each choice, each kind of value. */
function casesOf(key: MessageKey): Case[] {
  const cases: Case[] = [];
  for (const locale of LOCALES) {
    // Both languages: a Chinese choice may name cases the English one leaves to `other`.
    const args = [...argumentsOf(parse(zh_CN[key], { ignoreTag: true }), argumentsOf(parse(en[key], { ignoreTag: true }))).entries()];
    const choices = args.filter(([, kind]) => kind.kind === 'choice') as Array<[string, { kind: 'choice'; options: Set<string> }]>;
    // Each option of each choice, the others at their first option; a value no option names, for `other`.
    const picks: Array<Record<string, string>> = [{}];
    for (const [name, { options }] of choices) {
      for (const option of [...options, '⟨*⟩']) picks.push({ [name]: option });
    }
    for (const count of COUNTS) {
      for (const [, value] of Object.entries(VALUES)) {
        for (const pick of picks) {
          const params: Record<string, TextParam> = {};
          args.forEach(([name, kind], index) => {
            if (kind.kind === 'count') params[name] = count;
            else if (kind.kind === 'date') params[name] = DATE;
            else if (kind.kind === 'choice') params[name] = pick[name] ?? [...kind.options][0] ?? '⟨*⟩';
            else params[name] = value(index, locale);
          });
          cases.push({ key, locale, params });
        }
        if (args.length === 0) break;
      }
      if (args.every(([, kind]) => kind.kind !== 'count')) break;
    }
  }
  return cases;
}

const KEYS = Object.values(AREAS).flatMap((area) => Object.keys(area.en)) as MessageKey[];
const CASES = KEYS.map((key) => [key, casesOf(key)] as const);

describe('every message, in both languages, with edge values', () => {
  it('covers every message of every area, in both languages', () => {
    expect(KEYS.length).toBe(Object.keys(en).length);
    for (const [key, cases] of CASES) expect(new Set(cases.map((one) => one.locale)), key).toEqual(new Set(LOCALES));
  });

  it.each(CASES)('%s', (key, cases) => {
    const found = new Set<string>();
    for (const { locale, params } of cases) {
      const words = t(key, params, locale);
      for (const problem of wordingProblems({ locale, words, sentence: locale === 'en' && isSentence(key, words) })) {
        found.add(`${locale} ${problem}: ${words}`);
      }
    }
    expect([...found]).toEqual([]);
  });
});

// The same checks on what assessments say, with the values the scoring really puts in: the
// benchmarks a figure is placed among, the rounded follower count, the names of the rules. (A
// benchmark's statistic beside what it measures is checked in test/lib/scoring/benchmarks.test.)

/** Where an assessment holds a sentence shown on its own; everything else is a label or a clause. */
const SENTENCE_PATHS = /^(flags\[\d+\]\.message|caps\[\d+\]\.text|verdict|firmUp|improve\[\d+\]|unscoredReason|checksSummary|components\[\d+\]\.explanation|creatorClass\.reason|metrics\[\d+\]\.placement)$/;

/** Each argument of `key` that takes a number as it is ({n}, not {n, number} or a plural). */
function plainArguments(key: MessageKey): Set<string> {
  const plain = new Set<string>();
  for (const message of [en[key], zh_CN[key]]) {
    for (const [name, kind] of argumentsOf(parse(message, { ignoreTag: true }))) if (kind.kind === 'value') plain.add(name);
  }
  return plain;
}

const ASSESSMENTS = ASSESSMENT_CASES.map(([name, snapshot, context]) => [name, assess(snapshot, context)] as const);

describe('what assessments say, with the values the scoring puts in', () => {
  it.each(ASSESSMENTS)('%s', (_name, assessment: Assessment) => {
    const found: string[] = [];
    for (const { path, text: shown } of textsIn(assessment)) {
      // A number goes into a sentence formatted ({n, number}, a plural), never as raw digits.
      for (const [name, value] of Object.entries(shown.params ?? {})) {
        if (typeof value === 'number' && plainArguments(shown.key).has(name)) found.push(`${path}: ${shown.key} puts the number ${name} in as it is`);
      }
      if (path.includes('(')) continue; // a nested Text is read as part of its sentence
      for (const locale of LOCALES) {
        const words = say(shown, locale);
        const sentence = locale === 'en' && SENTENCE_PATHS.test(path);
        for (const problem of wordingProblems({ locale, words, sentence })) found.push(`${path} ${locale} ${problem}: ${words}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the cases show a rounded count, a day count, rule names and benchmarks in sentences', () => {
    const all = ASSESSMENTS.flatMap(([, assessment]) => textsIn(assessment).map(({ text: shown }) => say(shown, 'en')));
    expect(all).toContain('the follower count is rounded (2.3M)');
    expect(all).toContain('the follower count is rounded (≈2.3M)');
    expect(all).toContain('No new post for 557 days.');
    expect(all.some((words) => /\(Bought views|Comments per like|Low view rate/.test(words))).toBe(true);
    expect(all.some((words) => /against the (Socialinsider|Rival IQ|HypeAuditor)/.test(words))).toBe(true);
  });

  it('no hyphenated word the checks let through is an id the scoring uses', () => {
    const ids = new Set<string>(CORE_CHECKS);
    for (const [, assessment] of ASSESSMENTS) {
      for (const flag of assessment.flags) [flag.id, ...Object.keys(flag.evidence)].forEach((id) => ids.add(id));
      for (const cap of assessment.caps) ids.add(cap.reason);
    }
    expect(ids.size).toBeGreaterThan(20);
    for (const word of HYPHENATED_WORDS) expect(ids.has(word), word).toBe(false);
  });
});
