// Comment quality on post pages: emoji-only, generic, mention-only and duplicate comments.
import { checked, thin, type Check, type CheckInput } from './check';
import { commentQuality } from './comments';
import { percent } from './format';

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
    return thin(id, 'authenticity', `no post with at least ${MIN_VISIBLE_COMMENTS} visible comments has been read`, `open a recent post and let at least ${MIN_VISIBLE_COMMENTS} comments load, then score it`);
  }
  const alarming = read.filter(({ quality }) => (quality.lowQualityShare ?? 0) >= LOW_QUALITY_ALARM);
  if (alarming.length === 0) return checked(id, 'authenticity');
  const worst = alarming.reduce((a, b) => ((b.quality.lowQualityShare ?? 0) > (a.quality.lowQualityShare ?? 0) ? b : a));
  const q = worst.quality;
  return checked(id, 'authenticity', [
    {
      id,
      severity: 'risk',
      message: `${alarming.length === 1 ? 'On one post' : `On ${alarming.length} posts`}, half or more of the visible comments are emoji-only, generic, mention-only or duplicates (worst: ${percent(q.lowQualityShare ?? 0)} of ${q.total}): a sign of comment pods or bought comments.`,
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
      rule: `low-quality comments ≥ ${percent(LOW_QUALITY_ALARM)} of a post's visible comments (at least ${MIN_VISIBLE_COMMENTS} read)`,
      source: 'HypeAuditor',
      postIds: alarming.map(({ post }) => post.id),
    },
  ]);
}
