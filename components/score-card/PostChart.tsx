// Views per recent post, in page order, with the posts the scoring singles out marked:
// outliers that carry the average, and the bought-views fingerprint.
import { lazy, Suspense } from 'react';
import { formatCompact, formatNumber, formatShortDate } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import type { PostMark } from '../../lib/scoring';
import { LEGEND, markOf, SWATCH } from './marks';
import type { ViewsScale } from './PostBars';

const PostBars = lazy(() => import('./PostBars'));

/**
 * The views axis when a pinned post (often an old hit) would flatten the recent ones: the unpinned
 * posts set it, up to a whole step, and a taller pinned post is cut off at its top. Null when every
 * bar fits: no pinned post stands above the rest, or every post is pinned.
 */
function scaleWithoutPinned(posts: PostMark[]): ViewsScale | null {
  const unpinned = posts.filter((post) => !post.pinned).map((post) => post.views!);
  if (unpinned.length === 0) return null;
  const tallest = Math.max(...unpinned);
  // Chosen here rather than by chart.js, so the note under the chart knows which bars are cut:
  // about four steps of 1, 2 or 5 times a power of ten.
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(tallest / 4, 1)));
  const step = [1, 2, 5, 10].map((times) => times * magnitude).find((size) => size * 4 >= tallest)!;
  const max = Math.max(step, Math.ceil(tallest / step) * step);
  return posts.some((post) => post.views! > max) ? { max, step } : null;
}

export function PostChart({ posts }: { posts: PostMark[] }) {
  const withViews = posts.filter((post) => post.views !== null);
  if (withViews.length < 2) return null;
  const marks = withViews.map(markOf);
  const used = [...new Set(marks)];
  const axisLabels = withViews.map((post, index) => (post.publishedAt === null ? t('pop_chartPostAt', { position: index + 1 }) : formatShortDate(post.publishedAt)));
  const scale = scaleWithoutPinned(withViews);
  const cutOff = scale === null ? [] : withViews.flatMap((post, index) => (post.views! > scale.max ? [{ post, index }] : []));
  return (
    <figure className="post-chart" aria-label={t('pop_chartLabel')}>
      {/* chart.js loads after the card is shown: the figures are on screen without waiting for it. */}
      <Suspense fallback={<div className="post-bars" aria-hidden="true" />}>
        <PostBars views={withViews.map((post) => post.views!)} marks={marks} axisLabels={axisLabels} scale={scale} label={t('pop_chartAlt', { count: withViews.length })} />
      </Suspense>
      <figcaption className="small muted">
        {t('pop_chartCaption', { count: withViews.length })}{' '}
        {used.map((mark) => (
          <span key={mark} className="legend" data-mark={mark}>
            <span className="swatch" style={{ background: SWATCH[mark] }} /> {t(LEGEND[mark])}
          </span>
        ))}
        {cutOff.map(({ post, index }) => (
          <span key={index} className="cut-off" title={formatNumber(post.views!)}>
            {t('pop_chartCutOff', { post: axisLabels[index]!, views: formatCompact(post.views!) })}
          </span>
        ))}
      </figcaption>
      {/* The same figures as text, for screen readers. */}
      <table className="visually-hidden">
        <caption>{t('pop_chartLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pop_chartColPost')}</th>
            <th scope="col">{t('pop_chartColDate')}</th>
            <th scope="col">{t('pop_chartColViews')}</th>
            <th scope="col">{t('pop_chartColMark')}</th>
          </tr>
        </thead>
        <tbody>
          {withViews.map((post, index) => (
            <tr key={index}>
              <th scope="row">{formatNumber(index + 1)}</th>
              <td>{post.publishedAt === null ? t('pop_dateUnknown') : axisLabels[index]}</td>
              <td>{formatNumber(post.views!)}</td>
              <td>{t(LEGEND[marks[index]!])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
