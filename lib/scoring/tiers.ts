import type { Count } from '../schema';
import type { Tier, TierId } from './types';

/** The tiers from smallest to largest. */
export const TIER_IDS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const satisfies readonly TierId[];

/** 1 for nano up to 5 for mega, for sorting and minimums. */
export function tierRank(id: TierId): number {
  return TIER_IDS.indexOf(id) + 1;
}

// Tiers as the trade uses them: nano < 10K, micro < 100K, mid < 500K, macro < 1M, mega.
const TIERS: ReadonlyArray<{ id: TierId; label: string; below: number; range: string }> = [
  { id: 'nano', label: 'Nano', below: 10_000, range: 'under 10K followers' },
  { id: 'micro', label: 'Micro', below: 100_000, range: '10K-100K followers' },
  { id: 'mid', label: 'Mid-tier', below: 500_000, range: '100K-500K followers' },
  { id: 'macro', label: 'Macro', below: 1_000_000, range: '500K-1M followers' },
  { id: 'mega', label: 'Mega', below: Infinity, range: 'over 1M followers' },
];

function tierOf(followers: number) {
  return TIERS.find((tier) => followers < tier.below) ?? TIERS[TIERS.length - 1]!;
}

export function tierFor(followers: Count | null): Tier | null {
  if (followers === null) return null;
  const tier = tierOf(followers.value);
  return {
    id: tier.id,
    label: tier.label,
    range: tier.range,
    uncertain: tierOf(followers.min).id !== tier.id || tierOf(followers.max).id !== tier.id,
  };
}
