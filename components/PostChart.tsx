// Views per recent post, oldest left, with the posts the scoring singles out marked:
// outliers that carry the average, and the bought-views fingerprint.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type TooltipItem } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatNumber } from '../lib/format';
import { t, type MessageKey } from '../lib/i18n';
import type { PostMark } from '../lib/scoring';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const COLOURS = { normal: '#3345c4', pinned: '#9aa3b5', outlier: '#c77700', suspect: '#b3261e' };

export function markOf(post: PostMark): keyof typeof COLOURS {
  if (post.boughtViewsSuspect) return 'suspect';
  if (post.outlier) return 'outlier';
  return post.pinned ? 'pinned' : 'normal';
}

const LEGEND: Record<keyof typeof COLOURS, MessageKey> = {
  normal: 'pop_markNormal',
  pinned: 'pop_markPinned',
  outlier: 'pop_markOutlier',
  suspect: 'pop_markSuspect',
};

export function PostChart({ posts }: { posts: PostMark[] }) {
  const withViews = posts.filter((post) => post.views !== null);
  if (withViews.length < 2) return null;
  const marks = withViews.map(markOf);
  const used = [...new Set(marks)];
  return (
    <figure className="post-chart" aria-label={t('pop_chartLabel')}>
      <Bar
        data={{
          labels: withViews.map((_, index) => String(index + 1)),
          datasets: [{ data: withViews.map((post) => post.views!), backgroundColor: marks.map((mark) => COLOURS[mark]), borderRadius: 2 }],
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
          scales: { x: { grid: { display: false } }, y: { ticks: { callback: (value) => formatNumber(Number(value)) } } },
        }}
        height={140}
      />
      <figcaption className="small muted">
        {t('pop_chartCaption', { count: withViews.length })}{' '}
        {used.map((mark) => (
          <span key={mark} className="legend" data-mark={mark}>
            <span className="swatch" style={{ background: COLOURS[mark] }} /> {t(LEGEND[mark])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
