// Followers and engagement over the saved snapshots, one point per day, drawn with chart.js.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { formatCompact, formatDateTime, formatNumber, formatPercent } from '../../lib/i18n/format';
import { localeTag, t } from '../../lib/i18n';
import type { HistoryPoint } from '../../lib/shortlist/history';
import { themedAxes, useChartColours, type ChartColours } from '../shared/useChartColours';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

interface Series {
  /** An id for React keys; the label is in the UI language. */
  id: string;
  label: string;
  /** Which of the theme's chart colours draws it. */
  colour: keyof ChartColours;
  value(point: HistoryPoint): number | null;
  /** A value in full, for the tooltip and the table. */
  format(value: number): string;
  /** A value on the axis, short like the lists' figures. */
  tick(value: number): string;
}

/** The CSS variable of each colour, for the legend's swatches (the canvas gets the resolved values). */
const SWATCH: Partial<Record<keyof ChartColours, string>> = {
  followers: 'var(--chart-followers)',
  engagement: 'var(--chart-engagement)',
  viewRate: 'var(--chart-view-rate)',
};

function HistoryLine({ points, series, title, colours }: { points: HistoryPoint[]; series: Series[]; title: string; colours: ChartColours }) {
  const shown = series.filter((one) => points.some((point) => one.value(point) !== null));
  if (shown.length === 0) return <p className="muted small">{t('dash_chartUnreadable', { title })}</p>;
  const { format, tick } = shown[0]!;
  return (
    <figure className="history-chart" aria-label={title}>
      <figcaption className="small">
        <strong>{title}</strong>{' '}
        {shown.map((one) => (
          <span key={one.id} className="legend">
            <span className="swatch" style={{ background: SWATCH[one.colour] ?? colours[one.colour] }} /> {one.label}
          </span>
        ))}
      </figcaption>
      <div className="history-canvas">
        {/* Hidden from screen readers: the table below gives them the same figures. */}
        <Line
          aria-hidden="true"
          data={{
            labels: points.map((point) => formatDateTime(point.at)),
            datasets: shown.map((one) => ({
              label: one.label,
              data: points.map((point) => one.value(point)),
              borderColor: colours[one.colour],
              backgroundColor: colours[one.colour],
              spanGaps: true,
              tension: 0.2,
            })),
          }}
          options={{
            animation: false,
            // Chart.js formats its own numbers in this locale; the labels are already in words.
            locale: localeTag(),
            responsive: true,
            maintainAspectRatio: false,
            plugins: { tooltip: { callbacks: { label: (item) => t('dash_chartValue', { label: item.dataset.label ?? '', value: format(item.parsed.y ?? 0) }) } } },
            scales: themedAxes(colours, tick),
          }}
        />
      </div>
      {/* The same figures as text, for screen readers and copying. */}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash_snapshot')}</th>
            {shown.map((one) => (
              <th key={one.id} scope="col">{one.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.at}>
              <th scope="row">{formatDateTime(point.at)}</th>
              {shown.map((one) => {
                const value = one.value(point);
                return <td key={one.id}>{value === null ? t('unknown') : one.format(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** One point per day (`points`), drawn from `snapshotCount` snapshots. */
export function HistoryChart({ points, snapshotCount }: { points: HistoryPoint[]; snapshotCount: number }) {
  const colours = useChartColours();
  if (points.length < 2) {
    return (
      <p className="muted small" data-testid="history-single">
        {points.length === 0 ? t('dash_noHistory') : snapshotCount > 1 ? t('visits_oneDay', { count: snapshotCount }) : t('dash_oneSnapshot')}
      </p>
    );
  }
  return (
    <div className="history-charts">
      <HistoryLine
        title={t('dash_followers')}
        points={points}
        colours={colours}
        series={[{ id: 'followers', label: t('dash_followers'), colour: 'followers', value: (point) => point.followers, format: (value) => formatNumber(value), tick: (value) => formatCompact(value) }]}
      />
      <HistoryLine
        title={t('dash_engagement')}
        points={points}
        colours={colours}
        series={[
          { id: 'engagementRate', label: t('dash_engagementRate'), colour: 'engagement', value: (point) => point.engagementRate, format: formatPercent, tick: formatPercent },
          { id: 'viewRate', label: t('dash_viewRate'), colour: 'viewRate', value: (point) => point.viewRate, format: formatPercent, tick: formatPercent },
        ]}
      />
    </div>
  );
}
