import { describeCount, formatCount, formatDateTime } from '../lib/format';
import type { Post } from '../lib/schema';

const FIGURES = [
  ['views', 'Views'],
  ['likes', 'Likes'],
  ['comments', 'Comments'],
  ['shares', 'Shares'],
  ['saves', 'Saves'],
] as const;

function published(post: Post): string {
  const date = post.publishedAt;
  if (date === null) return 'date unknown';
  if (date.min === date.max) return formatDateTime(date.value);
  return `${date.shown ?? 'about'} (${formatDateTime(date.min)} – ${formatDateTime(date.max)})`;
}

/** The figures of the one post a post page shows. */
export function PostFigures({ post }: { post: Post }) {
  return (
    <section aria-label="This post" className="post-figures">
      <h3>This post</h3>
      <div className="stats">
        {FIGURES.map(([key, label]) => (
          <div className="stat" key={key} title={describeCount(post[key])}>
            <strong data-post-stat={key}>{formatCount(post[key])}</strong>
            <span className="muted small">{label}</span>
          </div>
        ))}
      </div>
      <p className="small muted">
        Posted {published(post)} ·{' '}
        <span data-testid="sponsored">
          {post.sponsored === true ? 'Marked as paid partnership' : post.sponsored === false ? 'No paid-partnership mark' : 'Paid-partnership mark not readable'}
        </span>
        {post.hashtags.length > 0 ? ` · ${post.hashtags.map((tag) => `#${tag}`).join(' ')}` : ''}
      </p>
    </section>
  );
}
