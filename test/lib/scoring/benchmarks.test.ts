// The published figures, which one a metric names, and where a creator stands among them.
import { describe, expect, it } from 'vitest';
import { english, LOCALES, say, t } from '../../../lib/i18n';
import { assess, statisticLabel } from '../../../lib/scoring';
import { BENCHMARKS } from '../../../lib/scoring/benchmarks';
import { benchmarksFor, placement, primaryBenchmark } from '../../../lib/scoring/placement';
import { tierFor } from '../../../lib/scoring/tiers';
import type { Platform } from '../../../lib/schema/snapshot';
import { exact, makeSnapshot, rounded, sameEngagement } from '../../helpers/snapshots';

describe('the benchmark table', () => {
  it.each([
    ['hypeauditor-2026-instagram-nano', 0.0178, 'HypeAuditor (via eMarketer)', '2026'],
    ['hypeauditor-2026-instagram-micro', 0.0054, 'HypeAuditor (via eMarketer)', '2026'],
    ['hypeauditor-2026-instagram-mega', 0.0033, 'HypeAuditor (via eMarketer)', '2026'],
    ['hypeauditor-2023-instagram-nano', 0.0278, 'HypeAuditor', '2023'],
    ['hypeauditor-2023-tiktok-nano', 0.126, 'HypeAuditor', '2023'],
    ['socialinsider-2024-tiktok', 0.037, 'Socialinsider', '2024-25'],
    ['socialinsider-2024-instagram', 0.0048, 'Socialinsider', '2024-25'],
    ['socialinsider-2022-tiktok-followers', 0.0425, 'Socialinsider', '2022'],
    ['socialinsider-2022-tiktok-views', 0.051, 'Socialinsider', '2022'],
    ['rivaliq-2022-tiktok', 0.0569, 'Rival IQ', '2022'],
    ['rivaliq-2022-instagram', 0.0047, 'Rival IQ', '2022'],
  ] as const)('%s is %d (%s %s)', (id, value, source, year) => {
    expect(BENCHMARKS.find((row) => row.id === id)).toMatchObject({ value, source, year });
  });

  it('holds Modash’s YouTube bands from 1.47-2.02% at 1K-5K down to 0.13-0.18% over 1M', () => {
    const bands = BENCHMARKS.filter((row) => row.source === 'Modash');
    expect(bands).toHaveLength(7);
    expect(bands[0]).toMatchObject({ followers: { min: 1_000, max: 5_000 }, value: 0.0147, high: 0.0202, statistic: 'band' });
    expect(bands[6]).toMatchObject({ followers: { min: 1_000_000, max: null }, value: 0.0013, high: 0.0018 });
  });

  it('every row says what it measures, its statistic, source and year, and has a unique id', () => {
    for (const row of BENCHMARKS) {
      expect(english(row.measure).length, row.id).toBeGreaterThan(10);
      expect(row.statistic.length, row.id).toBeGreaterThan(0);
      expect(row.source.length, row.id).toBeGreaterThan(0);
      expect(row.year.length, row.id).toBeGreaterThan(0);
    }
    expect(new Set(BENCHMARKS.map((row) => row.id)).size).toBe(BENCHMARKS.length);
  });
});

describe('what a row measures, beside its statistic', () => {
  it.each(BENCHMARKS.map((row) => [row.id, row] as const))('%s: says its statistic once', (_id, row) => {
    for (const locale of LOCALES) {
      const statistic = say(statisticLabel(row.statistic), locale);
      const measure = say(row.measure, locale);
      expect(measure, measure).not.toContain(statistic);
      // The score card puts them side by side: "average" + "engagement rate by views (…)".
      const words = t('pop_benchmark', { source: row.source, year: row.year, value: '1.0%', statistic, measure, platform: row.platform }, locale);
      expect(words).not.toMatch(/\b(\p{L}+)\s+\1\b/iu);
    }
    expect(english(row.measure)).not.toMatch(/^(average|median|band)\b/);
  });
});

describe('the row a metric names', () => {
  it.each<[Platform, number, string | undefined]>([
    ['instagram', 5_000, 'hypeauditor-2026-instagram-nano'],
    ['instagram', 20_000, 'hypeauditor-2026-instagram-micro'],
    ['instagram', 200_000, 'socialinsider-2024-instagram'],
    ['instagram', 2_000_000, 'hypeauditor-2026-instagram-mega'],
    ['tiktok', 5_000, 'hypeauditor-2023-tiktok-nano'],
    ['tiktok', 50_000, 'socialinsider-2024-tiktok'],
    ['youtube', 3_000, 'modash-youtube-1k-5k'],
    ['youtube', 2_000_000, 'modash-youtube-over-1m'],
    ['youtube', 500, undefined],
  ])('%s with %i followers: %s', (platform, followers, id) => {
    const tier = tierFor(exact(followers));
    expect(primaryBenchmark(benchmarksFor(platform, 'engagementRate', tier?.id ?? null, followers))?.id).toBe(id);
  });

  it('engagement per view is compared with Socialinsider’s 2022 by-views figure on TikTok only', () => {
    const posts = sameEngagement(3, 10_000, 500, 10);
    expect(assess(makeSnapshot({ posts })).metrics.find((m) => m.id === 'engagementPerView')?.benchmark?.id).toBe('socialinsider-2022-tiktok-views');
    expect(assess(makeSnapshot({ platform: 'youtube', posts })).metrics.find((m) => m.id === 'engagementPerView')?.benchmark).toBeUndefined();
  });
});

describe('placement among the published figures', () => {
  const micro = tierFor(exact(20_000));
  const instagramMicro = benchmarksFor('instagram', 'engagementRate', 'micro', 20_000);
  const at = (value: number, min = value, max = value) => english(placement({ value, min, max }, instagramMicro, 'instagram', micro));

  it.each([
    [0.002, 'Below the lowest published figure for micro Instagram accounts: the Rival IQ 2022 median (0.47%)'],
    [0.00475, 'Between the Rival IQ 2022 median (0.47%) and the Socialinsider 2024-25 average (0.48%)'],
    [0.005, 'Between the Socialinsider 2024-25 average (0.48%) and the HypeAuditor (via eMarketer) 2026 average (0.54%)'],
    [0.01, 'Above the highest published figure for micro Instagram accounts: the HypeAuditor (via eMarketer) 2026 average (0.54%)'],
  ])('%d: %s', (value, expected) => {
    expect(at(value)).toBe(expected);
  });

  it('a range that crosses a figure is "around" it, not on a side the page cannot tell', () => {
    expect(at(0.0053, 0.0052, 0.0056)).toBe('Around the HypeAuditor (via eMarketer) 2026 average (0.54%)');
  });

  it.each([
    [0.01, 'Below the Modash band for this size (1.47%-2.02%)'],
    [0.017, 'Within the Modash band for this size (1.47%-2.02%)'],
    [0.03, 'Above the Modash band for this size (1.47%-2.02%)'],
  ])('YouTube 3K subscribers at %d: %s', (value, expected) => {
    const rows = benchmarksFor('youtube', 'engagementRate', 'nano', 3_000);
    expect(english(placement({ value, min: value, max: value }, rows, 'youtube', tierFor(exact(3_000))))).toBe(expected);
  });

  it('shows on the metric of an assessment, from the rounded reading', () => {
    const snapshot = makeSnapshot({ platform: 'instagram', creator: { followers: rounded(20_000, 19_950, 20_049, '20K'), totalLikes: null }, posts: sameEngagement(3, null, 38, 2) });
    const rate = assess(snapshot).metrics.find((m) => m.id === 'engagementRate');
    expect(rate?.benchmark?.id).toBe('hypeauditor-2026-instagram-micro');
    expect(english(rate?.placement)).toBe('Below the lowest published figure for micro Instagram accounts: the Rival IQ 2022 median (0.47%)');
  });
});
