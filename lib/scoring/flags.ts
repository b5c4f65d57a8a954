// Every rule, applied in the order the flag list shows them.
import type { Check, CheckInput } from './check';
import { fakeAccountSignals, inactivity, massFollowing, noVideos, privateAccount } from './flags-account';
import { lowQualityComments } from './flags-comments';
import { disclosure } from './flags-compliance';
import { commentLikeRatio, engagementForTier } from './flags-engagement';
import { youngAccount } from './flags-age';
import { followerJump } from './flags-growth';
import { boughtViews, lowViewRate, spikyViews } from './flags-views';

export type { Check, CheckInput } from './check';

const RULES: ReadonlyArray<(input: CheckInput) => Check> = [
  privateAccount,
  noVideos,
  massFollowing,
  fakeAccountSignals,
  lowViewRate,
  spikyViews,
  boughtViews,
  engagementForTier,
  commentLikeRatio,
  lowQualityComments,
  followerJump,
  youngAccount,
  inactivity,
  disclosure,
];

export function runChecks(input: CheckInput): Check[] {
  return RULES.map((rule) => rule(input));
}
