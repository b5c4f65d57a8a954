// KOL or KOC, as the trade uses the words: KOLs are large, professional, expensive reach; KOCs are
// nano and micro creators who post as consumers.
import type { Snapshot } from '../schema';
import type { CreatorClass, Tier } from './types';

export const KOL_RULE =
  'KOL: macro or mega (500K+ followers), or mid-tier (100K-500K) with a verified badge or a contact e-mail in the bio; KOC: nano and micro (under 100K), or mid-tier without those professional signals';

export function creatorClassOf(snapshot: Snapshot, tier: Tier | null): CreatorClass | null {
  if (tier === null) return null;
  const uncertain = tier.uncertain ? ' (the follower count is rounded across a tier boundary)' : '';
  if (tier.id === 'macro' || tier.id === 'mega') {
    return { id: 'KOL', reason: `${tier.label} reach, ${tier.range}${uncertain}. Rule: ${KOL_RULE}.` };
  }
  if (tier.id === 'mid') {
    const signals = [snapshot.creator.verified === true ? 'verified badge' : null, snapshot.creator.email ? 'contact e-mail in the bio' : null].filter(
      (signal): signal is string => signal !== null,
    );
    return signals.length > 0
      ? { id: 'KOL', reason: `Mid-tier reach with professional signals (${signals.join(', ')})${uncertain}. Rule: ${KOL_RULE}.` }
      : { id: 'KOC', reason: `Mid-tier reach without a verified badge or contact e-mail${uncertain}. Rule: ${KOL_RULE}.` };
  }
  return { id: 'KOC', reason: `${tier.label} creator, ${tier.range}${uncertain}. Rule: ${KOL_RULE}.` };
}
