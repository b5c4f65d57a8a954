// Published benchmarks we compare against, each with its source and year.
// Sources define engagement differently; the UI names the one used next to every comparison.
import type { Benchmark } from './types';

export const TIKTOK_ER_BY_FOLLOWERS: Benchmark = {
  id: 'socialinsider-2024-tiktok-er-followers',
  platform: 'tiktok',
  measure: 'average engagement rate by followers',
  value: 0.037,
  source: 'Socialinsider',
  year: '2024-25',
};

export const INSTAGRAM_ER_BY_FOLLOWERS: Benchmark = {
  id: 'socialinsider-2024-instagram-er-followers',
  platform: 'instagram',
  measure: 'average engagement rate by followers',
  value: 0.0048,
  source: 'Socialinsider',
  year: '2024-25',
};

/** The engagement-by-followers benchmark for a platform; YouTube's published bands are by size only. */
export const ER_BY_FOLLOWERS: Partial<Record<Benchmark['platform'], Benchmark>> = {
  tiktok: TIKTOK_ER_BY_FOLLOWERS,
  instagram: INSTAGRAM_ER_BY_FOLLOWERS,
};
