// Views per recent post, oldest left, with the posts the scoring singles out marked:
// outliers that carry the average, and the bought-views fingerprint.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type TooltipItem } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatNumber } from '../lib/format';
import { t, type MessageKey } from '../lib/i18n';
import type { PostMark } from '../lib/scoring';
import { useChartColours } from './useChartColours';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Mark = 'normal' | 'pinned' | 'outlier' | 'suspect';

/** Each mark's colour variable in theme.css (the canvas reads the same through useChartColours). */
const SWATCH: Record<Mark, string> = {
  normal: 'var(--chart-normal)',
  pinned: 'var(--chart-pinned)',
  outlier: 'var(--chart-outlier)',
  suspect: 'var(--chart-suspect)',
};

export function markOf(post: PostMark): Mark {
  if (post.boughtViewsSuspect) return 'suspect';
  if (post.outlier) return 'outlier';
  return post.pinned ? 'pinned' : 'normal';
}

const LEGEND: Record<Mark, MessageKey> = {
  normal: 'pop_markNormal',
  pinned: 'pop_markPinned',
  outlier: 'pop_markOutlier',
  suspect: 'pop_markSuspect',
};

export function PostChart({ posts }: { posts: PostMark[] }) {
  const colours = useChartColours();
  const withViews = posts.filter((post) => post.views !== null);
  if (withViews.length < 2) return null;
  const marks = withViews.map(markOf);
  const used = [...new Set(marks)];
  return (
    <figure className="post-chart" aria-label={t('pop_chartLabel')}>
      <Bar
        aria-label={t('pop_chartAlt', { count: withViews.length })}
        data={{
          labels: withViews.map((_, index) => String(index + 1)),
          datasets: [{ data: withViews.map((post) => post.views!), backgroundColor: marks.map((mark) => colours[mark]), borderRadius: 2 }],
        }}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: {
            tooltip: {
              callbacks: {
                label: (item: TooltipItem<'bar'>) => t('pop_chartTooltip', { views: formatNumber(item.parsed.y ?? 0), mark: t(LEGEND[marks[item.dataIndex]!]) }),
              },
            },
          },
          scales: {
            x: { grid: { display: false }, border: { color: colours.grid }, ticks: { color: colours.text } },
            y: { grid: { color: colours.grid }, border: { color: colours.grid }, ticks: { color: colours.text, callback: (value) => formatNumber(Number(value)) } },
          },
        }}
        height={140}
      />
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
    </figure>
  );
}
