// What YouTube never shows of a creator, on a channel page or a video page alike.
import { flatText } from '../../i18n/text';

export const NOT_SHOWN = {
  following: flatText('pg_ytNoFollowing'),
  totalLikes: flatText('pg_ytNoTotalLikes'),
};
