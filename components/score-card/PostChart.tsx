// Views per recent post, in page order, with the posts the scoring singles out marked:
// outliers that carry the average, and the bought-views fingerprint.
import { lazy, Suspense } from 'react';
import { formatNumber, formatShortDate } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import type { PostMark } from '../../lib/scoring';
import { LEGEND, markOf, SWATCH } from './marks';

const PostBars = lazy(() => import('./PostBars'));

export function PostChart({ posts }: { posts: PostMark[] }) {
  const withViews = posts.filter((post) => post.views !== null);
  if (withViews.length < 2) return null;
  const marks = withViews.map(markOf);
  const used = [...new Set(marks)];
  const axisLabels = withViews.map((post, index) => (post.publishedAt === null ? t('pop_chartPostAt', { position: index + 1 }) : formatShortDate(post.publishedAt)));
  return (
    <figure className="post-chart" aria-label={t('pop_chartLabel')}>
      {/* chart.js loads after the card is shown: the figures are on screen without waiting for it. */}
      <Suspense fallback={<div className="post-bars" aria-hidden="true" />}>
        <PostBars views={withViews.map((post) => post.views!)} marks={marks} axisLabels={axisLabels} label={t('pop_chartAlt', { count: withViews.length })} />
      </Suspense>
      <figcaption className="small muted">
        {t('pop_chartCaption', { count: withViews.length })}{' '}
        {used.map((mark) => (
          <span key={mark} className="legend" data-mark={mark}>
            <span className="swatch" style={{ background: SWATCH[mark] }} /> {t(LEGEND[mark])}
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
