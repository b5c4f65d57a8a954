// Followers and engagement over the saved snapshots, drawn with chart.js.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { formatDateTime, formatNumber, formatPercent } from '../lib/format';
import type { HistoryPoint } from '../lib/history';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

interface Series {
  label: string;
  colour: string;
  value(point: HistoryPoint): number | null;
  format(value: number): string;
}

function HistoryLine({ points, series, title }: { points: HistoryPoint[]; series: Series[]; title: string }) {
  const shown = series.filter((one) => points.some((point) => one.value(point) !== null));
  if (shown.length === 0) return <p className="muted small">{title}: not readable on any saved snapshot.</p>;
  const format = shown[0]!.format;
  return (
    <figure className="history-chart" aria-label={title}>
      <figcaption className="small">
        <strong>{title}</strong>{' '}
        {shown.map((one) => (
          <span key={one.label} className="legend">
            <span className="swatch" style={{ background: one.colour }} /> {one.label}
          </span>
        ))}
      </figcaption>
      <div className="history-canvas">
        <Line
          data={{
            labels: points.map((point) => formatDateTime(point.at)),
            datasets: shown.map((one) => ({
              label: one.label,
              data: points.map((point) => one.value(point)),
              borderColor: one.colour,
              backgroundColor: one.colour,
              spanGaps: true,
              tension: 0.2,
            })),
          }}
          options={{
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format(item.parsed.y ?? 0)}` } } },
            scales: { x: { ticks: { maxTicksLimit: 6 } }, y: { ticks: { callback: (value) => format(Number(value)) } } },
          }}
        />
      </div>
      {/* The same figures as text, for screen readers and copying. */}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Snapshot</th>
            {shown.map((one) => (
              <th key={one.label} scope="col">{one.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.at}>
              <th scope="row">{formatDateTime(point.at)}</th>
              {shown.map((one) => {
                const value = one.value(point);
                return <td key={one.label}>{value === null ? 'unknown' : one.format(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function HistoryChart({ points }: { points: HistoryPoint[] }) {
  if (points.length < 2) {
    return (
      <p className="muted small" data-testid="history-single">
        {points.length === 0 ? 'No readable snapshot yet.' : 'One snapshot so far: save this creator again later to see how the figures move.'}
      </p>
    );
  }
  return (
    <div className="history-charts">
      <HistoryLine
        title="Followers"
        points={points}
        series={[{ label: 'Followers', colour: '#3345c4', value: (point) => point.followers, format: formatNumber }]}
      />
      <HistoryLine
        title="Engagement"
        points={points}
        series={[
          { label: 'Engagement rate', colour: '#1b6e3a', value: (point) => point.engagementRate, format: (value) => formatPercent(value) },
          { label: 'View rate', colour: '#c77700', value: (point) => point.viewRate, format: (value) => formatPercent(value) },
        ]}
      />
    </div>
  );
}
