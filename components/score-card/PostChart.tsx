// Views per recent post, oldest left, with the posts the scoring singles out marked:
// outliers that carry the average, and the bought-views fingerprint.
import { lazy, Suspense, useEffect, useState } from 'react';
import { formatNumber } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import type { PostMark } from '../../lib/scoring';
import { LEGEND, markOf, SWATCH } from './marks';

const PostBars = lazy(() => import('./PostBars'));

/**
 * False until the frame after the one that first shows the component. The figures' table (a row per
 * post of the window, thirty and more) is drawn then: drawn with the score card, it made the card's
 * first frame 1.7-2.4 ms longer (paired, 24 and 40 opens of a 300-video channel); a screen reader
 * finds it one frame later, long before chart.js has drawn the bars.
 */
function useAfterFirstFrame(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return shown;
}

export function PostChart({ posts }: { posts: PostMark[] }) {
  const tableDrawn = useAfterFirstFrame();
  const withViews = posts.filter((post) => post.views !== null);
  if (withViews.length < 2) return null;
  const marks = withViews.map(markOf);
  const used = [...new Set(marks)];
  return (
    <figure className="post-chart" aria-label={t('pop_chartLabel')}>
      {/* chart.js loads after the card is shown: the figures are on screen without waiting for it. */}
      <Suspense fallback={<div className="post-bars" aria-hidden="true" />}>
        <PostBars views={withViews.map((post) => post.views!)} marks={marks} label={t('pop_chartAlt', { count: withViews.length })} />
      </Suspense>
      <figcaption className="small muted">
        {t('pop_chartCaption', { count: withViews.length })}{' '}
        {used.map((mark) => (
          <span key={mark} className="legend" data-mark={mark}>
            <span className="swatch" style={{ background: SWATCH[mark] }} /> {t(LEGEND[mark])}
          </span>
        ))}
      </figcaption>
      {/* The same figures as text, for screen readers, from the frame after the card's. */}
      {tableDrawn && (
        <table className="visually-hidden">
          <caption>{t('pop_chartLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pop_chartColPost')}</th>
              <th scope="col">{t('pop_chartColViews')}</th>
              <th scope="col">{t('pop_chartColMark')}</th>
            </tr>
          </thead>
          <tbody>
            {withViews.map((post, index) => (
              <tr key={index}>
                <th scope="row">{formatNumber(index + 1)}</th>
                <td>{formatNumber(post.views!)}</td>
                <td>{t(LEGEND[marks[index]!])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
