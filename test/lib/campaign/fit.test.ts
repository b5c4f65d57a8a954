// Campaign fit: the language of bio and captions, the niche share of recent posts and the price
// the creator's views suggest, each against the active campaign, with tables of cases.
import { describe, expect, it } from 'vitest';
import { campaignFit, isOnNiche, languageFit, nicheFit, priceFit, recentPosts, type Detection } from '../../../lib/campaign/fit';
import { splitList, type Campaign } from '../../../lib/campaign/settings';
import { cleanForDetection, detectLanguages, type Detector } from '../../../lib/campaign/language';
import type { Post } from '../../../lib/schema/snapshot';
import { english, say, type Text } from '../../../lib/i18n';
import { cpe, cpm, formatFigure } from '../../../lib/shortlist/pricing';
import { assess } from '../../../lib/scoring';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { exact, makePosts, makeSnapshot } from '../../helpers/snapshots';

const base: Campaign = { id: 'c', name: 'Spring', targetMarkets: ['US'], languages: ['en'], keywords: ['skincare', '#kbeauty'], platforms: [], budget: null, minTier: null };
const detections = (...languages: Array<string | null>): Detection[] => languages.map((language, index) => ({ source: index === 0 ? 'bio' : 'caption', language }));
const withText = (captions: Array<[string | null, string[]]>): Post[] =>
  makePosts(captions.map(() => 1_000)).map((post, index) => ({ ...post, caption: captions[index]![0], hashtags: captions[index]![1] }));

describe('language fit', () => {
  it.each([
    ['all in a target language', ['en'], detections('en', 'en', 'en-US'), 'fits', /3 of 3 texts are in en/],
    ['most in another language', ['en'], detections('en', 'es', 'es', 'es'), 'does-not-fit', /Only 1 of 4 texts is in en; most are in es/],
    ['Chinese scripts count as Chinese', ['zh'], detections('zh-Hant', 'zh-CN', 'en'), 'fits', /2 of 3/],
    ['two target languages', ['en', 'es'], detections('en', 'es', 'fr'), 'fits', /2 of 3 texts are in en, es/],
    ['half is not enough', ['en'], detections('en', 'de'), 'does-not-fit', /Only 1 of 2/],
    ['nothing detectable', ['en'], detections(null, null), 'unknown', /No bio or caption long enough/],
    ['no language asked for', [], detections('en'), 'unknown', /names no content language/],
  ] as const)('%s', (_, languages, found, verdict, reason) => {
    const fit = languageFit(found, { ...base, languages: [...languages] });
    expect(fit.verdict).toBe(verdict);
    expect(english(fit.reason)).toMatch(reason);
  });

  it('asks the browser about the bio and each caption, without hashtags, mentions and links, skipping short texts', async () => {
    const asked: string[] = [];
    const detect: Detector = async (text) => {
      asked.push(text);
      return text.includes('piel') ? { isReliable: true, languages: [{ language: 'es', percentage: 97 }] } : { isReliable: false, languages: [{ language: 'en', percentage: 40 }] };
    };
    const posts = withText([['Rutina de noche para piel seca #skincare @brand https://x.y/z', []], ['ok #fyp', []], [null, ['kbeauty']]]);
    const found = await detectLanguages('Morning routines and honest reviews', posts, detect);
    expect(asked).toEqual(['Morning routines and honest reviews', 'Rutina de noche para piel seca']);
    // The unreliable answer for the bio is no answer.
    expect(found).toEqual([{ source: 'bio', language: null }, { source: 'caption', language: 'es' }]);
    expect(cleanForDetection('新品 #护肤 @品牌 试用')).toBe('新品 试用');
  });
});

describe('niche fit', () => {
  it.each([
    ['8 of 10 on the niche', 8, 10, 'fits', '8 of 10 recent posts (80%)'],
    ['exactly 70% is not more than 70%', 7, 10, 'does-not-fit', '7 of 10 recent posts (70%)'],
    ['a lifestyle mix', 3, 10, 'does-not-fit', '3 of 10 recent posts (30%)'],
  ] as const)('%s', (_, on, total, verdict, reason) => {
    const posts = withText(Array.from({ length: total }, (_, i) => (i < on ? ['My night SKINCARE routine', []] : ['Weekend in Lisbon', ['travel']])));
    const fit = nicheFit(posts, base);
    expect(fit).toMatchObject({ verdict, onNiche: on, judged: total });
    expect(english(fit.reason)).toContain(reason);
  });

  it('matches hashtags with or without #, and leaves posts without text out of the count', () => {
    expect(isOnNiche({ caption: null, hashtags: ['KBeauty'] }, base.keywords)).toBe(true);
    expect(isOnNiche({ caption: 'new serum', hashtags: [] }, ['#serum'])).toBe(true);
    expect(isOnNiche({ caption: '护肤新品', hashtags: [] }, ['护肤'])).toBe(true);
    const fit = nicheFit(withText([['skincare haul', []], [null, []], ['', []]]), base);
    expect(fit).toMatchObject({ verdict: 'fits', onNiche: 1, judged: 1 });
    expect(nicheFit(withText([[null, []]]), base).verdict).toBe('unknown');
    expect(english(nicheFit(withText([['skincare', []]]), { ...base, keywords: [] }).reason)).toMatch(/names no niche keywords/);
  });
});

describe('price fit', () => {
  const budget = (amount: number, currency = 'USD', perUsd: number | null = null): Campaign => ({ ...base, budget: { amount, currency, perUsd } });
  it.each([
    // TikTok CPM USD 5-15: 20,000 median views -> USD 100-300 per post.
    ['tiktok', 20_000, budget(200), 'fits', { low: 100, high: 300 }, /within the estimated price/],
    ['tiktok', 20_000, budget(50), 'does-not-fit', { low: 100, high: 300 }, /below the estimated price/],
    ['tiktok', 20_000, budget(1_000), 'fits', { low: 100, high: 300 }, /room to spare/],
    // YouTube CPM USD 15-30: 100,000 views -> USD 1,500-3,000.
    ['youtube', 100_000, budget(1_000), 'does-not-fit', { low: 1_500, high: 3_000 }, /USD 15-30 CPM \(YouTube/],
    // CNY at 7.2 per USD: 1,440 CNY = 200 USD.
    ['instagram', 20_000, budget(1_440, 'CNY', 7.2), 'fits', { low: 100, high: 300 }, /within/],
    ['instagram', 20_000, budget(1_440, 'CNY'), 'unknown', { low: 100, high: 300 }, /give its rate to the US dollar/],
    ['instagram', 20_000, base, 'unknown', { low: 100, high: 300 }, /sets no budget/],
    ['instagram', null, budget(100), 'unknown', null, /Views per post are not known/],
  ] as const)('%s with %s median views', (platform, views, campaign, verdict, band, reason) => {
    const fit = priceFit(platform, views, campaign);
    expect(fit.verdict).toBe(verdict);
    expect(fit.bandUsd).toEqual(band);
    expect(english(fit.reason)).toMatch(reason);
  });
});

describe('the whole fit', () => {
  it('checks platform and minimum tier, and judges the recent unpinned posts only', () => {
    const posts = withText([['pinned skincare launch', []], ['travel vlog', []], ['skincare routine', []]]).map((post, index) => ({ ...post, pinned: index === 0 }));
    const snapshot = makeSnapshot({ posts, creator: { followers: exact(50_000) } });
    const assessment = assess(snapshot);
    const judged = recentPosts(snapshot, [], assessment);
    expect(judged.map((post) => post.caption)).toEqual(['travel vlog', 'skincare routine']);
    const fit = campaignFit(snapshot, assessment, { ...base, platforms: ['tiktok'], minTier: 'mid' }, [], judged);
    expect(fit.platform.verdict).toBe('fits');
    expect(fit.tier.verdict).toBe('does-not-fit');
    expect(english(fit.tier.reason)).toContain('below the minimum (mid)');
    expect(fit.niche).toMatchObject({ onNiche: 1, judged: 2, verdict: 'does-not-fit' });
    // The quality score is the assessment's own, whatever the campaign.
    expect(assess(snapshot).score).toBe(assessment.score);
  });

  it('splits typed lists on commas, semicolons and Chinese separators', () => {
    expect(splitList('beauty, #skincare；护肤、 serum\n,beauty')).toEqual(['beauty', '#skincare', '护肤', 'serum']);
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');
  const budget = (amount: number, currency = 'USD', perUsd: number | null = null): Campaign => ({ ...base, budget: { amount, currency, perUsd } });
  /** English words left in a sentence, as a reader of the Chinese UI would see it. */
  function left(sentence: string): string[] {
    const element = document.createElement('p');
    element.textContent = sentence;
    return englishLeft(element);
  }
  const onNiche = withText([['My night SKINCARE routine', []], ['Weekend in Lisbon', ['travel']]]);
  const snapshot = makeSnapshot({ creator: { followers: exact(50_000) } });
  const assessment = assess(snapshot);
  const reasons: Array<[string, Text]> = [
    ['language: none asked for', languageFit(detections('en'), { ...base, languages: [] }).reason],
    ['language: nothing detectable', languageFit(detections(null), base).reason],
    ['language: fits', languageFit(detections('en', 'en'), base).reason],
    ['language: does not fit', languageFit(detections('en', 'es', 'es'), base).reason],
    ['niche: no keywords', nicheFit(onNiche, { ...base, keywords: [] }).reason],
    ['niche: no text', nicheFit(withText([[null, []]]), base).reason],
    ['niche: share', nicheFit(onNiche, base).reason],
    ['price: no views', priceFit('tiktok', null, base).reason],
    ['price: no budget', priceFit('tiktok', 20_000, base).reason],
    ['price: no rate', priceFit('tiktok', 20_000, budget(1_440, 'CNY')).reason],
    ['price: below', priceFit('youtube', 100_000, budget(1_000)).reason],
    ['price: within', priceFit('tiktok', 20_000, budget(200)).reason],
    ['price: room to spare', priceFit('instagram', 20_000, budget(1_000)).reason],
    ['platform: any', campaignFit(snapshot, assessment, base, [], []).platform.reason],
    ['platform: booked', campaignFit(snapshot, assessment, { ...base, platforms: ['tiktok'] }, [], []).platform.reason],
    ['platform: not booked', campaignFit(snapshot, assessment, { ...base, platforms: ['instagram', 'youtube'] }, [], []).platform.reason],
    ['tier: no minimum', campaignFit(snapshot, assessment, base, [], []).tier.reason],
    ['tier: meets', campaignFit(snapshot, assessment, { ...base, minTier: 'micro' }, [], []).tier.reason],
    ['tier: below', campaignFit(snapshot, assessment, { ...base, minTier: 'macro' }, [], []).tier.reason],
    ['tier: not shown', campaignFit(makeSnapshot({ creator: { followers: null } }), assess(makeSnapshot({ creator: { followers: null } })), { ...base, minTier: 'macro' }, [], []).tier.reason],
    ['cpm: no price', cpm(null, 1_000).reason!],
    ['cpm: not positive', cpm({ amount: 0, currency: 'USD' }, 1_000).reason!],
    ['cpm: no views', cpm({ amount: 500, currency: 'USD' }, null).reason!],
    ['cpm: no views on the median post', cpm({ amount: 500, currency: 'USD' }, 0).reason!],
    ['cpe: no engagement known', cpe({ amount: 500, currency: 'USD' }, null).reason!],
    ['cpe: none on the median post', cpe({ amount: 500, currency: 'USD' }, 0).reason!],
  ];

  it.each(reasons)('%s', (_, reason) => {
    const words = say(reason);
    expect(words).toMatch(/[\u4e00-\u9fff]/);
    expect(left(words)).toEqual([]);
    expect(words).not.toMatch(/pop_|\{/);
  });

  it('formats price figures in Chinese', () => {
    expect(formatFigure(cpm(null, 1_000), 'USD')).toBe('未知：尚未报价');
    expect(formatFigure({ value: 12 }, undefined)).toBe('未知：未设置币种');
    expect(formatFigure({ value: 1_234 }, 'CNY')).toBe('¥1,234');
  });
});
