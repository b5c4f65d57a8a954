import { describeCount, formatCount, formatDateTime } from '../../lib/i18n/format';
import { t, type MessageKey } from '../../lib/i18n';
import type { Post } from '../../lib/schema/snapshot';
import { CountNotes } from './CountNotes';

const FIGURES: ReadonlyArray<readonly ['views' | 'likes' | 'comments' | 'shares' | 'saves', MessageKey]> = [
  ['views', 'pop_views'],
  ['likes', 'pop_likes'],
  ['comments', 'pop_comments'],
  ['shares', 'pop_shares'],
  ['saves', 'pop_saves'],
];

function published(post: Post): string {
  const date = post.publishedAt;
  if (date === null) return t('pop_dateUnknown');
  if (date.min === date.max) return formatDateTime(date.value);
  return t('pop_dateRange', { shown: date.shown ?? t('pop_about'), from: formatDateTime(date.min), to: formatDateTime(date.max) });
}

function sponsorship(post: Post): string {
  if (post.sponsored === true) return t('pop_sponsoredYes');
  return t(post.sponsored === false ? 'pop_sponsoredNo' : 'pop_sponsoredUnknown');
}

/** The figures of the one post a post page shows. */
export function PostFigures({ post }: { post: Post }) {
  return (
    <section aria-label={t('pop_thisPost')} className="post-figures">
      <div className="stats">
        {FIGURES.map(([key, label]) => (
          <div className="stat" key={key} title={describeCount(post[key])}>
            <strong data-post-stat={key}>{formatCount(post[key])}</strong>
            <span className="muted small">{t(label)}</span>
          </div>
        ))}
      </div>
      <CountNotes figures={FIGURES.map(([key, label]) => ({ id: key, label: t(label), count: post[key] }))} />
      <p className="small muted">
        {t('pop_posted', { when: published(post) })} · <span data-testid="sponsored">{sponsorship(post)}</span>
        {post.hashtags.length > 0 ? ` · ${post.hashtags.map((tag) => `#${tag}`).join(' ')}` : ''}
      </p>
    </section>
  );
}
