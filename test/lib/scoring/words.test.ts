// Everything an assessment says is a Text with a known key, and reads in Chinese without English
// words left (other than the names of sources and the literal tags the rules look for).
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/dictionary';
import { english, say } from '../../../lib/i18n';
import type { Text } from '../../../lib/i18n/text';
import {
  assess,
  componentLabel,
  confidenceLabel,
  evidenceLabel,
  severityLabel,
  statisticLabel,
  tierLabel,
  yearLabel,
  type Assessment,
} from '../../../lib/scoring';
import { BENCHMARKS } from '../../../lib/scoring/benchmarks';
import { checkName, metricLabel, tierRange } from '../../../lib/scoring/labels';
import { TIER_IDS } from '../../../lib/schema/assessment';
import { CASES, textsIn } from '../../helpers/assessment-cases';
import { englishLeft, useLocale } from '../../helpers/i18n';

/** Names of sources and studies (kept as published) and the literal tags, codes and links the rules match. */
const ALLOWED = [
  // Sources and studies
  'via', 'eMarketer', 'Modash', 'Untapper', 'InstaFake', 'Akyon', 'Kalfaoglu', 'Hero',
  // What the disclosure rules match, quoted as written in captions ("thanks @brand", "use my code", /ref=, utm_)
  'thanks', 'code', 'use', 'ref', 'utm',
  // Discount codes of the test snapshots
  'LENA', 'GLOW',
];

/** Hashtags and addresses without a scheme (amzn.to/3xYz, instagram.com/lena/reels/) are data, not words. */
const DATA = /#[\p{L}\p{N}_]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/[\w./?=&%-]*)?/gu;

/** A Text (or a plain value) as a Chinese reader sees it, data left out. */
function wordsLeft(value: Text | string): string[] {
  const element = document.createElement('p');
  element.textContent = (typeof value === 'string' ? value : say(value)).replace(DATA, ' ');
  return englishLeft(element, ALLOWED);
}

/** The Texts a reader is shown: each top-level one (nested ones are part of their sentence). */
function shownTexts(assessment: Assessment): Array<{ path: string; text: Text }> {
  return textsIn(assessment).filter(({ path }) => !path.includes('('));
}

/** Evidence values that are words: every string (data such as "4.0%" or "LENA10" passes). */
function evidenceStrings(assessment: Assessment): Array<{ path: string; value: string }> {
  return assessment.flags.flatMap((flag) =>
    Object.entries(flag.evidence).flatMap(([name, value]) => (typeof value === 'string' ? [{ path: `${flag.id}.${name}`, value }] : [])),
  );
}

const ASSESSMENTS = CASES.map(([name, snapshot, context]) => [name, assess(snapshot, context)] as const);

describe('every Text of an assessment has a message', () => {
  it.each(ASSESSMENTS)('%s', (_name, assessment) => {
    const texts = textsIn(assessment);
    expect(texts.length).toBeGreaterThan(10);
    for (const { path, text } of texts) {
      expect(Object.hasOwn(en, text.key), `${path}: ${text.key}`).toBe(true);
      expect(say(text, 'zh_CN'), path).not.toBe(text.key);
      expect(english(text), path).not.toBe(text.key);
    }
  });

  it('the cases cover every flag and the unscored reason', () => {
    const flags = new Set(ASSESSMENTS.flatMap(([, assessment]) => assessment.flags.map((flag) => flag.id)));
    expect([...flags].sort()).toEqual(
      [
        'bought-views',
        'comment-like-ratio',
        'engagement-high',
        'engagement-low',
        'fake-account-signals',
        'follower-jump',
        'following-exceeds-followers',
        'inactive',
        'low-quality-comments',
        'low-view-rate',
        'mass-following',
        'no-videos',
        'private-account',
        'spiky-views',
        'unclear-disclosure',
        'undisclosed-brand-signals',
      ].sort(),
    );
    expect(ASSESSMENTS.filter(([, assessment]) => assessment.unscoredReason !== undefined).length).toBeGreaterThanOrEqual(2);
  });
});

describe('in Simplified Chinese', () => {
  useLocale('zh_CN');

  it.each(ASSESSMENTS)('%s: no English words left', (_name, assessment) => {
    for (const { path, text } of shownTexts(assessment)) {
      expect(wordsLeft(text), `${path}: ${say(text)}`).toEqual([]);
    }
    for (const { path, value } of evidenceStrings(assessment)) {
      expect(wordsLeft(value), `${path}: ${value}`).toEqual([]);
    }
  });

  it('the unscored reason, a flag and a component read as Chinese sentences', () => {
    const unscored = ASSESSMENTS.find(([name]) => name.startsWith('an unscored page'))![1];
    expect(say(unscored.unscoredReason)).toBe('无法评分：触达和互动都无法衡量：无法读取粉丝数；页面上看不到任何作品。');
    const mass = ASSESSMENTS.find(([name]) => name === 'mass following')![1];
    expect(say(mass.flags.find((flag) => flag.id === 'mass-following')!.message)).toBe('关注了 2,000 个账号：这是靠互关涨粉的迹象。');
    const authenticity = mass.components.find((part) => part.id === 'authenticity')!;
    expect(say(authenticity.explanation)).toContain('大量关注 −15');
    expect(say(tierLabel('mid'))).toBe('腰部达人');
  });

  it('the labels the pages show are Chinese', () => {
    const labels: Text[] = [
      ...TIER_IDS.flatMap((id) => [tierLabel(id), tierRange(id)]),
      ...(['reach', 'engagement', 'authenticity', 'activity', 'compliance'] as const).map((id) => componentLabel(id)),
      ...ASSESSMENTS[0]![1].metrics.map((metric) => metricLabel(metric.id)),
      ...(['low', 'medium', 'high'] as const).map((c) => confidenceLabel(c)),
      ...(['info', 'warn', 'risk'] as const).map((s) => severityLabel(s)),
      ...BENCHMARKS.flatMap((row) => [row.measure, statisticLabel(row.statistic), yearLabel(row.year)]),
    ];
    for (const label of labels) expect(wordsLeft(label), say(label)).toEqual([]);
    expect(say(confidenceLabel('high'))).toBe('高');
    expect(say(severityLabel('risk'))).toBe('风险');
    expect(say(yearLabel('undated'))).toBe('未注明年份');
  });

  it('the names of the flags and of their evidence are Chinese', () => {
    for (const [, assessment] of ASSESSMENTS) {
      for (const flag of assessment.flags) {
        expect(wordsLeft(checkName(flag.id)), flag.id).toEqual([]);
        for (const name of Object.keys(flag.evidence)) expect(wordsLeft(evidenceLabel(name)), `${flag.id}.${name}`).toEqual([]);
      }
    }
  });
});

describe('the label helpers', () => {
  it('name every evidence value, rule and flag the cases produce, and every statistic', () => {
    for (const [, assessment] of ASSESSMENTS) {
      for (const flag of assessment.flags) {
        expect(checkName(flag.id).key, flag.id).not.toBe('sc_names');
        for (const name of Object.keys(flag.evidence)) expect(evidenceLabel(name).key, `${flag.id}.${name}`).not.toBe('sc_evidenceOther');
      }
    }
    for (const row of BENCHMARKS) expect(statisticLabel(row.statistic).key, row.id).not.toBe('sc_names');
  });

  it('name rules in words, keep the English words the pages showed before, and fall back to the raw name', () => {
    expect(english(severityLabel('warn'))).toBe('Warning');
    expect(english(confidenceLabel('medium'))).toBe('medium');
    expect(english(checkName('low-view-rate'))).toBe('Low view rate');
    expect(english(checkName('engagement-for-tier'))).toBe('Engagement for its size');
    expect(english(evidenceLabel('engagementRate'))).toBe('engagement rate');
    expect(english(evidenceLabel('somethingNew'))).toBe('somethingNew');
    expect(english(statisticLabel('mode'))).toBe('mode');
    expect(english(tierLabel('mid'))).toBe('Mid-tier');
  });
});
