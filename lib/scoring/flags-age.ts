// A young account with a large following: followers bought, or an account bought with them.
import { text } from '../i18n/text';
import { checked, thin, type Check, type CheckInput } from './check';
import { DAY_MS } from './sample';
import { names } from './words';

/**
 * An account younger than a quarter, already at the macro tier's floor (DOMAIN.md's tiers: 500K).
 * No published benchmark names an age; organic growth to half a million followers within three
 * months is rare enough for a creator to be asked about it (Creator Lens reading).
 */
export const YOUNG_ACCOUNT_DAYS = 90;
export const YOUNG_ACCOUNT_FOLLOWERS = 500_000;

export function youngAccount({ sample }: CheckInput): Check {
  const id = 'young-account';
  const { creator, capturedAt } = sample.snapshot;
  // Unknown age is no pass and no flag: the rule did not run, and it feeds no score.
  if (creator.joinedAt == null) return thin(id, null, text('fa_reasonAgeUnknown'));
  if (creator.followers === null) return thin(id, null, text('fa_reasonFollowersUnknown'));
  const days = Math.floor((capturedAt - creator.joinedAt.value) / DAY_MS);
  if (days < 0) return thin(id, null, text('fa_reasonAgeUnknown'));
  // Favourable reading: the fewest followers the rounding allows.
  if (days >= YOUNG_ACCOUNT_DAYS || creator.followers.min < YOUNG_ACCOUNT_FOLLOWERS) return checked(id, 'authenticity');
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'warn',
      message: text('fa_flagYoungAccount', { days, followers: creator.followers.value }),
      evidence: { accountAgeDays: days, followers: creator.followers.value },
      rule: text('fa_ruleYoungAccount', { days: YOUNG_ACCOUNT_DAYS, followers: YOUNG_ACCOUNT_FOLLOWERS }),
      source: names('Creator Lens reading'),
    },
  ]);
}
