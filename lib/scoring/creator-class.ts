// KOL or KOC, as the trade uses the words: KOLs are large, professional, expensive reach; KOCs are
// nano and micro creators who post as consumers.
import { text, type Text } from '../i18n/text';
import type { Snapshot } from '../schema/snapshot';
import type { CreatorClass, Tier } from './types';
import { joinTexts } from './words';

/** KOL: macro or mega, or mid-tier with a verified badge or a contact e-mail; KOC: the rest. */
export const KOL_RULE: Text = text('sc_kolRule');

export function creatorClassOf(snapshot: Snapshot, tier: Tier | null): CreatorClass | null {
  if (tier === null) return null;
  const common = { tier: tier.label, range: tier.range, uncertain: tier.uncertain ? text('sc_classUncertain') : '', rule: KOL_RULE };
  if (tier.id === 'macro' || tier.id === 'mega') return { id: 'KOL', reason: text('sc_classLargeReach', common) };
  if (tier.id === 'mid') {
    const signals = [snapshot.creator.verified === true ? text('sc_signalVerified') : null, snapshot.creator.email ? text('sc_signalEmail') : null].filter(
      (signal): signal is Text => signal !== null,
    );
    return signals.length > 0
      ? { id: 'KOL', reason: text('sc_classMidKol', { ...common, signals: joinTexts(signals) }) }
      : { id: 'KOC', reason: text('sc_classMidKoc', common) };
  }
  return { id: 'KOC', reason: text('sc_classSmall', common) };
}
