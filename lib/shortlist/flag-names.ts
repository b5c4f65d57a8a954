// A flag's name in a few words, for a table cell; the flag's message says it in full. Keyed by the
// id of the rule that raised it (lib/scoring's checks), which stays when the message's wording moves.
import { text, type Text } from '../i18n/text';
import type { MessageKey } from '../i18n/dictionary';

const FLAG_NAMES: Readonly<Record<string, MessageKey>> = {
  'private-account': 'columns_flagPrivateAccount',
  'no-videos': 'columns_flagNoVideos',
  'mass-following': 'columns_flagMassFollowing',
  'following-exceeds-followers': 'columns_flagFollowingExceeds',
  'fake-account-signals': 'columns_flagFakeAccount',
  inactive: 'columns_flagInactive',
  'young-account': 'columns_flagYoungAccount',
  'low-quality-comments': 'columns_flagLowQualityComments',
  'unclear-disclosure': 'columns_flagUnclearDisclosure',
  'undisclosed-brand-signals': 'columns_flagUndisclosed',
  'engagement-low': 'columns_flagEngagementLow',
  'engagement-high': 'columns_flagEngagementHigh',
  'comment-like-ratio': 'columns_flagCommentLikeRatio',
  'follower-jump': 'columns_flagFollowerJump',
  'low-view-rate': 'columns_flagLowViewRate',
  'spiky-views': 'columns_flagSpikyViews',
  'bought-views': 'columns_flagBoughtViews',
};

/** The flag's short name; its full message for a rule this list does not know yet. */
export function flagName(flag: { id: string; message: Text }): Text {
  const key = FLAG_NAMES[flag.id];
  return key ? text(key) : flag.message;
}
