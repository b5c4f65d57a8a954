// Follower step jumps between two saved readings that no viral post explains (HypeAuditor; SpendVet).
import type { Post, Snapshot } from '../schema';
import { checked, thin, type Check, type CheckInput } from './check';
import { count, percent } from './format';
import { DAY_MS } from './sample';

export const JUMP_WINDOW_MS = 48 * 3_600_000;
export const JUMP_FOLLOWERS = 10_000;
export const JUMP_SHARE = 0.2;
/** Below this gain a +20% is ordinary noise for a small account (Creator Lens reading). */
export const JUMP_SHARE_MIN_FOLLOWERS = 500;
/** A post explains a gain when it had at least this many views per new follower (a 10% follow rate at most; Creator Lens reading). */
export const VIEWS_PER_NEW_FOLLOWER = 10;
/** A post published this long before the earlier reading can still be bringing followers. */
const VIRAL_LEAD_MS = 7 * DAY_MS;

interface Jump {
  from: Snapshot;
  to: Snapshot;
  gain: number;
  share: number;
}

function jumps(readings: readonly Snapshot[]): Jump[] {
  const dated = readings.filter((s) => s.creator.followers !== null).sort((a, b) => a.capturedAt - b.capturedAt);
  const found: Jump[] = [];
  for (let i = 1; i < dated.length; i++) {
    const from = dated[i - 1]!;
    const to = dated[i]!;
    const elapsed = to.capturedAt - from.capturedAt;
    if (elapsed <= 0 || elapsed > JUMP_WINDOW_MS) continue;
    // Favourable reading: the smallest gain the rounding of both counts allows.
    const gain = to.creator.followers!.min - from.creator.followers!.max;
    const share = gain / Math.max(1, from.creator.followers!.max);
    if (gain >= JUMP_FOLLOWERS || (share >= JUMP_SHARE && gain >= JUMP_SHARE_MIN_FOLLOWERS)) found.push({ from, to, gain, share });
  }
  return found;
}

function explains(post: Post, jump: Jump): boolean {
  if (post.views === null || post.views.max < jump.gain * VIEWS_PER_NEW_FOLLOWER) return false;
  const at = post.publishedAt;
  return at === null || (at.min <= jump.to.capturedAt && at.max >= jump.from.capturedAt - VIRAL_LEAD_MS);
}

export function followerJump({ sample, history }: CheckInput): Check {
  const id = 'follower-jump';
  const readings = [...history, sample.snapshot];
  const pairs = readings.filter((s) => s.creator.followers !== null).sort((a, b) => a.capturedAt - b.capturedAt);
  const close = pairs.some((s, i) => i > 0 && s.capturedAt - pairs[i - 1]!.capturedAt <= JUMP_WINDOW_MS);
  if (!close) {
    return thin(id, 'authenticity', 'no two saved readings of the follower count lie within 48 hours', 'save this creator and score the profile again within 48 hours to check follower growth');
  }
  const found = jumps(readings);
  if (found.length === 0) return checked(id, 'authenticity');
  const posts = [...sample.all, ...history.flatMap((s) => s.posts)];
  if (!posts.some((post) => post.views !== null)) {
    return thin(id, 'authenticity', 'followers jumped, but no view count is known to tell whether a viral post explains it', 'open the Reels or videos tab and score it, so that view counts are read');
  }
  const unexplained = found.filter((jump) => !posts.some((post) => explains(post, jump)));
  if (unexplained.length === 0) return checked(id, 'authenticity');
  const biggest = unexplained.reduce((a, b) => (b.gain > a.gain ? b : a));
  const hours = Math.round((biggest.to.capturedAt - biggest.from.capturedAt) / 3_600_000);
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'warn',
      message: `Followers grew by ${count(biggest.gain)} (+${percent(biggest.share)}) in ${hours} hours with no post whose views explain it: a sign of bought followers.`,
      evidence: {
        gain: biggest.gain,
        share: percent(biggest.share),
        hours,
        before: biggest.from.creator.followers!.value,
        after: biggest.to.creator.followers!.value,
        viewsNeeded: biggest.gain * VIEWS_PER_NEW_FOLLOWER,
      },
      rule: `+${count(JUMP_FOLLOWERS)} or +${percent(JUMP_SHARE)} followers within 48 h, and no post with ≥ ${VIEWS_PER_NEW_FOLLOWER} views per new follower`,
      source: 'HypeAuditor; SpendVet',
    },
  ]);
}
