import { TIER_IDS, type TierId } from '../schema/assessment';
import type { Count } from '../schema/snapshot';
import { tierLabel, tierRange } from './labels';
import type { Tier } from './types';

/** 1 for nano up to 5 for mega, for sorting and minimums. */
export function tierRank(id: TierId): number {
  return TIER_IDS.indexOf(id) + 1;
}

// Tiers as the trade uses them: nano < 10K, micro < 100K, mid < 500K, macro < 1M, mega.
const TIERS: ReadonlyArray<{ id: TierId; below: number }> = [
  { id: 'nano', below: 10_000 },
  { id: 'micro', below: 100_000 },
  { id: 'mid', below: 500_000 },
  { id: 'macro', below: 1_000_000 },
  { id: 'mega', below: Infinity },
];

function tierOf(followers: number) {
  return TIERS.find((tier) => followers < tier.below) ?? TIERS[TIERS.length - 1]!;
}

export function tierFor(followers: Count | null): Tier | null {
  if (followers === null) return null;
  const tier = tierOf(followers.value);
  return {
    id: tier.id,
    label: tierLabel(tier.id),
    range: tierRange(tier.id),
    uncertain: tierOf(followers.min).id !== tier.id || tierOf(followers.max).id !== tier.id,
  };
}
