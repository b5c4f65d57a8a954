// Published benchmarks, as data: every figure we compare a creator with, its source and year.
// Sources define engagement differently (by followers or by views; brands or creators; averages,
// medians or bands), so each row says what it measures and the UI names the row next to the number.
import { text } from '../i18n/text';
import type { Benchmark } from './types';

const MODASH_YOUTUBE_URL = 'https://modash.io/youtube-engagement-rate-calculator';

/** Modash's "average" band per subscriber range (8M+ YouTube creators, most recent 30 videos). */
function modashYouTube(min: number, max: number | null, low: number, high: number): Benchmark {
  const range = max === null ? `over ${min / 1_000_000}M` : `${short(min)}-${short(max)}`;
  return {
    id: `modash-youtube-${range.replace(/\s/g, '-').toLowerCase()}`,
    platform: 'youtube',
    followers: { min, max },
    measure: max === null ? text('sc_measureModashOver', { min }) : text('sc_measureModash', { min, max }),
    metric: 'engagementRate',
    value: low,
    high,
    statistic: 'band',
    source: 'Modash',
    // The page states no year; we do not invent one.
    year: 'undated',
    url: MODASH_YOUTUBE_URL,
  };
}

function short(count: number): string {
  return count >= 1_000_000 ? `${count / 1_000_000}M` : `${count / 1_000}K`;
}

export const BENCHMARKS: readonly Benchmark[] = [
  // Instagram, by followers.
  {
    id: 'hypeauditor-2026-instagram-nano',
    platform: 'instagram',
    tiers: ['nano'],
    measure: text('sc_measureNano1K'),
    metric: 'engagementRate',
    value: 0.0178,
    statistic: 'average',
    source: 'HypeAuditor (via eMarketer)',
    year: '2026',
  },
  {
    id: 'hypeauditor-2026-instagram-micro',
    platform: 'instagram',
    tiers: ['micro'],
    measure: text('sc_measureMicro10K'),
    metric: 'engagementRate',
    value: 0.0054,
    statistic: 'average',
    source: 'HypeAuditor (via eMarketer)',
    year: '2026',
  },
  {
    id: 'hypeauditor-2026-instagram-mega',
    platform: 'instagram',
    tiers: ['mega'],
    measure: text('sc_measureMega1M'),
    metric: 'engagementRate',
    value: 0.0033,
    statistic: 'average',
    source: 'HypeAuditor (via eMarketer)',
    year: '2026',
  },
  {
    id: 'hypeauditor-2023-instagram-nano',
    platform: 'instagram',
    tiers: ['nano'],
    measure: text('sc_measureNano'),
    metric: 'engagementRate',
    value: 0.0278,
    statistic: 'average',
    source: 'HypeAuditor',
    year: '2023',
  },
  {
    id: 'socialinsider-2024-instagram',
    platform: 'instagram',
    measure: text('sc_measureBrandAverage'),
    metric: 'engagementRate',
    value: 0.0048,
    statistic: 'average',
    source: 'Socialinsider',
    year: '2024-25',
  },
  {
    id: 'rivaliq-2022-instagram',
    platform: 'instagram',
    measure: text('sc_measureBrandMedian'),
    metric: 'engagementRate',
    value: 0.0047,
    statistic: 'median',
    source: 'Rival IQ',
    year: '2022',
  },
  // TikTok, by followers and by views.
  {
    id: 'hypeauditor-2023-tiktok-nano',
    platform: 'tiktok',
    tiers: ['nano'],
    measure: text('sc_measureNano'),
    metric: 'engagementRate',
    value: 0.126,
    statistic: 'average',
    source: 'HypeAuditor',
    year: '2023',
  },
  {
    id: 'socialinsider-2024-tiktok',
    platform: 'tiktok',
    measure: text('sc_measureBrandAverage'),
    metric: 'engagementRate',
    value: 0.037,
    statistic: 'average',
    source: 'Socialinsider',
    year: '2024-25',
  },
  {
    id: 'socialinsider-2022-tiktok-followers',
    platform: 'tiktok',
    measure: text('sc_measureBrandAverage'),
    metric: 'engagementRate',
    value: 0.0425,
    statistic: 'average',
    source: 'Socialinsider',
    year: '2022',
  },
  {
    id: 'rivaliq-2022-tiktok',
    platform: 'tiktok',
    measure: text('sc_measureBrandMedian'),
    metric: 'engagementRate',
    value: 0.0569,
    statistic: 'median',
    source: 'Rival IQ',
    year: '2022',
  },
  {
    id: 'socialinsider-2022-tiktok-views',
    platform: 'tiktok',
    measure: text('sc_measureBrandViews'),
    metric: 'engagementPerView',
    value: 0.051,
    statistic: 'average',
    source: 'Socialinsider',
    year: '2022',
  },
  // YouTube: Modash's bands by subscriber count, from 1K-5K down to over 1M.
  modashYouTube(1_000, 5_000, 0.0147, 0.0202),
  modashYouTube(5_000, 10_000, 0.0059, 0.0082),
  modashYouTube(10_000, 50_000, 0.0036, 0.0051),
  modashYouTube(50_000, 100_000, 0.0023, 0.0033),
  modashYouTube(100_000, 500_000, 0.0019, 0.0027),
  modashYouTube(500_000, 1_000_000, 0.0016, 0.0024),
  modashYouTube(1_000_000, null, 0.0013, 0.0018),
];
