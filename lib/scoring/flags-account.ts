// Rules about the account itself: what it follows, whether it looks generated, whether it still posts.
import { accountAuthenticity, FAKE_THRESHOLD } from './authenticity';
import { checked, notApplicable, thin, type Check, type CheckInput } from './check';
import { count } from './format';
import type { Flag } from './types';

export const MASS_FOLLOWING = 1500;
/** KOLens: a silence of 60+ days. */
export const INACTIVE_DAYS = 60;

export function privateAccount({ sample }: CheckInput): Check {
  if (!sample.snapshot.creator.privateAccount) return notApplicable('private-account', null);
  return checked('private-account', null, [
    {
      id: 'private-account',
      severity: 'info',
      message: 'The account is private: its posts and their views cannot be checked.',
      evidence: { private: 'yes' },
      rule: 'the page marks the account private',
      source: 'platform page data',
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
      message: 'The account has posted nothing.',
      evidence: { videos: 0 },
      rule: 'post count is 0',
      source: 'InstaFake (Akyon & Kalfaoglu 2019); Modash',
    },
  ]);
}

export function massFollowing({ sample }: CheckInput): Check {
  const { following, followers } = sample.snapshot.creator;
  if (following === null) return thin('mass-following', 'authenticity', 'the following count could not be read');
  const flags: Flag[] = [];
  // Most favourable readings: the lowest following and the highest follower count.
  if (following.min > MASS_FOLLOWING) {
    flags.push({
      id: 'mass-following',
      severity: 'warn',
      message: `Follows ${count(following.value)} accounts: a sign of follow-for-follow growth.`,
      evidence: { following: following.value, threshold: MASS_FOLLOWING },
      rule: `following > ${count(MASS_FOLLOWING)}`,
      source: 'HypeAuditor',
    });
  }
  if (followers !== null && following.min > followers.max) {
    flags.push({
      id: 'following-exceeds-followers',
      severity: 'warn',
      message: 'Follows more accounts than follow it back, which is unusual for a creator.',
      evidence: { following: following.value, followers: followers.value },
      rule: 'following > followers',
      source: 'InstaFake (Akyon & Kalfaoglu 2019); HypeAuditor',
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
  if (!result.enough) return thin(id, 'authenticity', 'too few account facts (posts, bio, followers, following) could be read to judge the account', 'reload the profile page and score it again so that its counts and bio are read');
  if (result.risk < FAKE_THRESHOLD) return checked(id, 'authenticity');
  const evidence: Record<string, number | string> = { risk: result.risk, threshold: FAKE_THRESHOLD };
  for (const signal of result.signals) evidence[signal.id] = typeof signal.evidence.weight === 'number' ? signal.evidence.weight : 'yes';
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'risk',
      message: `The account itself looks generated: ${result.signals.map((signal) => signal.message.replace(/\.$/, '')).join('; ')}.`,
      evidence,
      rule: `account signal weights add up to ≥ ${FAKE_THRESHOLD} (no posts, empty bio, digits in the handle, following far above followers …)`,
      source: 'InstaFake (Akyon & Kalfaoglu 2019); Modash; HypeAuditor',
    },
  ]);
}

export function inactivity({ sample, metrics }: CheckInput): Check {
  const id = 'inactive';
  const days = metrics.daysSinceLastPost;
  // On a post page the newest posts may not be among those seen, so silence cannot be judged there.
  if (sample.snapshot.pageKind !== 'profile' || sample.snapshot.creator.privateAccount) return notApplicable(id, 'activity');
  if (days.value === null || days.range === null) {
    return thin(id, 'activity', days.unknownReason ?? 'no post shows a date', sample.all.length > 0 ? 'open the newest post so that its date is read, then score the profile again' : undefined);
  }
  if (days.range.min < INACTIVE_DAYS) return checked(id, 'activity');
  return checked(id, 'activity', [
    {
      id,
      severity: 'warn',
      message: `No new post for ${Math.floor(days.value)} days.`,
      evidence: { daysSinceLastPost: Math.floor(days.value), threshold: INACTIVE_DAYS },
      rule: `${INACTIVE_DAYS}+ days since the last post`,
      source: 'KOLens',
    },
  ]);
}
