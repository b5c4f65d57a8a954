// Follower step jumps between two saved readings that no viral post explains (HypeAuditor; SpendVet).
import { text } from '../i18n/text';
import type { Post, Snapshot } from '../schema/snapshot';
import { checked, thin, type Check, type CheckInput } from './check';
import { percent } from '../i18n/percent';
import { DAY_MS } from './sample';
import { names } from './words';

const JUMP_HOURS = 48;
export const JUMP_WINDOW_MS = JUMP_HOURS * 3_600_000;
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

/** The jumps between consecutive readings of `dated` (readings with a follower count, oldest first). */
function jumps(dated: readonly Snapshot[]): Jump[] {
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
    return thin(id, 'authenticity', text('sc_reasonNoCloseReadings', { hours: JUMP_HOURS }), text('sc_tipScoreAgainSoon', { hours: JUMP_HOURS }));
  }
  const found = jumps(pairs);
  if (found.length === 0) return checked(id, 'authenticity');
  const posts = [...sample.all, ...history.flatMap((s) => s.posts)];
  if (!posts.some((post) => post.views !== null)) {
    return thin(id, 'authenticity', text('sc_reasonJumpWithoutViews'), text('sc_tipOpenVideosTab'));
  }
  const unexplained = found.filter((jump) => !posts.some((post) => explains(post, jump)));
  if (unexplained.length === 0) return checked(id, 'authenticity');
  const biggest = unexplained.reduce((a, b) => (b.gain > a.gain ? b : a));
  const hours = Math.round((biggest.to.capturedAt - biggest.from.capturedAt) / 3_600_000);
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'warn',
      message: text('sc_flagFollowerJump', { gain: biggest.gain, share: percent(biggest.share), hours }),
      evidence: {
        gain: biggest.gain,
        share: percent(biggest.share),
        hours,
        before: biggest.from.creator.followers!.value,
        after: biggest.to.creator.followers!.value,
        viewsNeeded: biggest.gain * VIEWS_PER_NEW_FOLLOWER,
      },
      rule: text('sc_ruleFollowerJump', { gain: JUMP_FOLLOWERS, share: percent(JUMP_SHARE), hours: JUMP_HOURS, views: VIEWS_PER_NEW_FOLLOWER }),
      source: names('HypeAuditor; SpendVet'),
    },
  ]);
}
