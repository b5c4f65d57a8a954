// Rules about the account itself: what it follows, whether it looks generated, whether it still posts.
import { text, type Text } from '../i18n/text';
import { accountAuthenticity, FAKE_THRESHOLD } from './authenticity';
import { checked, notApplicable, thin, type Check, type CheckInput } from './check';
import type { Flag } from './types';
import { joinTexts, names } from './words';

export const MASS_FOLLOWING = 1500;
/** KOLens: a silence of 60+ days. */
export const INACTIVE_DAYS = 60;

export function privateAccount({ sample }: CheckInput): Check {
  if (!sample.snapshot.creator.privateAccount) return notApplicable('private-account', null);
  return checked('private-account', null, [
    {
      id: 'private-account',
      severity: 'info',
      message: text('sc_flagPrivateAccount'),
      evidence: { private: text('sc_yes') },
      rule: text('sc_rulePrivateAccount'),
      source: text('sc_sourcePageData'),
    },
  ]);
}

export function noVideos({ sample }: CheckInput): Check {
  const posts = sample.snapshot.creator.postCount;
  if (posts === null) return notApplicable('no-videos', 'authenticity');
  if (posts.max > 0) return checked('no-videos', 'authenticity');
  return checked('no-videos', 'authenticity', [
    {
      id: 'no-videos',
      severity: 'risk',
      message: text('sc_flagNoVideos'),
      evidence: { videos: 0 },
      rule: text('sc_ruleNoVideos'),
      source: names('InstaFake (Akyon & Kalfaoglu 2019); Modash'),
    },
  ]);
}

export function massFollowing({ sample }: CheckInput): Check {
  const { following, followers } = sample.snapshot.creator;
  if (following === null) return thin('mass-following', 'authenticity', text('sc_reasonFollowingUnreadable'));
  const flags: Flag[] = [];
  // Most favourable readings: the lowest following and the highest follower count.
  if (following.min > MASS_FOLLOWING) {
    flags.push({
      id: 'mass-following',
      severity: 'warn',
      message: text('sc_flagMassFollowing', { following: following.value }),
      evidence: { following: following.value, threshold: MASS_FOLLOWING },
      rule: text('sc_ruleMassFollowing', { threshold: MASS_FOLLOWING }),
      source: names('HypeAuditor'),
    });
  }
  if (followers !== null && following.min > followers.max) {
    flags.push({
      id: 'following-exceeds-followers',
      severity: 'warn',
      message: text('sc_flagFollowingExceedsFollowers'),
      evidence: { following: following.value, followers: followers.value },
      rule: text('sc_ruleFollowingExceedsFollowers'),
      source: names('InstaFake (Akyon & Kalfaoglu 2019); HypeAuditor'),
    });
  }
  return checked('mass-following', 'authenticity', flags);
}

/** Account-level fake signals (no posts, empty bio, digits in the handle, following >> followers). */
export function fakeAccountSignals({ sample }: CheckInput): Check {
  const { creator } = sample.snapshot;
  const result = accountAuthenticity({
    // Favourable readings, so rounding never adds a signal.
    followers: creator.followers?.max ?? null,
    following: creator.following?.min ?? null,
    posts: creator.postCount?.max ?? null,
    bioLength: creator.bio === null ? null : creator.bio.trim().length,
    handle: creator.handle,
    fullName: creator.displayName,
    hasProfilePicture: null, // Snapshots do not record the picture.
    isPrivate: creator.privateAccount,
    hasExternalUrl: creator.bioLinks.length > 0,
  });
  const id = 'fake-account-signals';
  if (!result.enough) return thin(id, 'authenticity', text('sc_reasonFewAccountFacts'), text('sc_tipReloadForAccount'));
  if (result.risk < FAKE_THRESHOLD) return checked(id, 'authenticity');
  const evidence: Record<string, number | Text> = { risk: result.risk, threshold: FAKE_THRESHOLD };
  for (const signal of result.signals) evidence[signal.id] = typeof signal.evidence.weight === 'number' ? signal.evidence.weight : text('sc_yes');
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'risk',
      message: text('sc_flagFakeAccount', { signals: joinTexts(result.signals.map((signal) => signal.message), 'semicolon') }),
      evidence,
      rule: text('sc_ruleFakeAccount', { threshold: FAKE_THRESHOLD }),
      source: names('InstaFake (Akyon & Kalfaoglu 2019); Modash; HypeAuditor'),
    },
  ]);
}

export function inactivity({ sample, metrics }: CheckInput): Check {
  const id = 'inactive';
  const days = metrics.daysSinceLastPost;
  // On a post page the newest posts may not be among those seen, so silence cannot be judged there.
  if (sample.snapshot.pageKind !== 'profile' || sample.snapshot.creator.privateAccount) return notApplicable(id, 'activity');
  if (days.value === null || days.range === null) {
    return thin(id, 'activity', days.unknownReason ?? text('sc_reasonNoDate'), sample.all.length > 0 ? text('sc_tipOpenNewestPost') : undefined);
  }
  if (days.range.min < INACTIVE_DAYS) return checked(id, 'activity');
  return checked(id, 'activity', [
    {
      id,
      severity: 'warn',
      message: text('sc_flagInactive', { days: days.value }),
      evidence: { daysSinceLastPost: days.value, threshold: INACTIVE_DAYS },
      rule: text('sc_ruleInactive', { days: INACTIVE_DAYS }),
      source: names('KOLens'),
    },
  ]);
}
