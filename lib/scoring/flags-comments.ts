// Comment quality on post pages: emoji-only, generic, mention-only and duplicate comments.
import { text } from '../i18n/text';
import { checked, thin, whenPostsToOpen, type Check, type CheckInput } from './check';
import { commentQuality } from './comments';
import { percent } from '../i18n/percent';
import { names } from './words';

/** HypeAuditor: low-quality comments making up half or more of a post's comments is an alarm. */
export const LOW_QUALITY_ALARM = 0.5;
/** Fewer visible comments than this and one or two emoji would decide the share. */
export const MIN_VISIBLE_COMMENTS = 10;

export function lowQualityComments({ sample }: CheckInput): Check {
  const id = 'low-quality-comments';
  const read = sample.all
    .filter((post) => post.visibleComments.length > 0)
    .map((post) => ({ post, quality: commentQuality(post.visibleComments) }))
    .filter(({ quality }) => quality.total >= MIN_VISIBLE_COMMENTS);
  if (read.length === 0) {
    return thin(id, 'authenticity', text('sc_reasonFewComments', { min: MIN_VISIBLE_COMMENTS }), whenPostsToOpen(sample, text('sc_tipLoadComments', { min: MIN_VISIBLE_COMMENTS })));
  }
  const alarming = read.filter(({ quality }) => (quality.lowQualityShare ?? 0) >= LOW_QUALITY_ALARM);
  if (alarming.length === 0) return checked(id, 'authenticity');
  const worst = alarming.reduce((a, b) => ((b.quality.lowQualityShare ?? 0) > (a.quality.lowQualityShare ?? 0) ? b : a));
  const q = worst.quality;
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'risk',
      message: text('sc_flagLowQualityComments', { posts: alarming.length, worst: percent(q.lowQualityShare ?? 0), total: q.total }),
      evidence: {
        posts: alarming.length,
        postsRead: read.length,
        worstShare: percent(q.lowQualityShare ?? 0),
        comments: q.total,
        emojiOnly: q.emojiOnly,
        generic: q.generic,
        mentionOnly: q.mentionOnly,
        duplicates: q.duplicates,
      },
      rule: text('sc_ruleLowQualityComments', { share: percent(LOW_QUALITY_ALARM), min: MIN_VISIBLE_COMMENTS }),
      source: names('HypeAuditor'),
      postIds: alarming.map(({ post }) => post.id),
    },
  ]);
}
