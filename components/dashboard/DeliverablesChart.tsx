// Views of a campaign's delivered posts over time, one line per post, drawn with chart.js; the same
// figures as a list for screen readers.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { DeliverablePoint } from '../../lib/db/deliverable-record';
import { formatCompact, formatDate, formatNumber } from '../../lib/i18n/format';
import { localeTag, t } from '../../lib/i18n';
import { themedAxes, useChartColours, type ChartColours } from '../shared/useChartColours';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export interface ChartLine {
  id: string;
  /** Who and which post, in words ("@lena · 12 Mar"). */
  label: string;
  /** Oldest first. */
  points: readonly DeliverablePoint[];
}

/** The lines take the theme's chart colours in turn. */
const LINE_COLOURS: ReadonlyArray<keyof ChartColours> = ['followers', 'engagement', 'viewRate', 'outlier', 'suspect', 'pinned'];

/**
 * At most one line per colour: more lines cannot be told apart (and 500 of them would take seconds
 * to draw). The posts with the most views at their newest reading are drawn; the table has them all.
 */
export const MAX_CHART_LINES = LINE_COLOURS.length;

export function DeliverablesChart({ lines }: { lines: readonly ChartLine[] }) {
  const colours = useChartColours();
  const measured = lines
    .map((line) => ({ ...line, points: line.points.flatMap((point) => (point.views === null ? [] : [{ at: point.at, views: point.views }])) }))
    .filter((line) => line.points.length > 0);
  if (measured.length === 0) return <p className="muted small">{t('deliv_chartNone')}</p>;
  const withViews = measured.length <= MAX_CHART_LINES ? measured : [...measured].sort((a, b) => b.points.at(-1)!.views - a.points.at(-1)!.views).slice(0, MAX_CHART_LINES);
  // One column per day any post was read; a post's value on a day is its newest reading of that day.
  const days = [...new Set(withViews.flatMap((line) => line.points.map((point) => formatDate(point.at))))];
  const moments = new Map(withViews.flatMap((line) => line.points.map((point) => [formatDate(point.at), point.at] as const)));
  days.sort((a, b) => (moments.get(a) ?? 0) - (moments.get(b) ?? 0));
  const title = t('deliv_chartTitle');
  const axes = themedAxes(colours, formatCompact);
  return (
    <figure className="history-chart deliverables-chart" aria-label={title}>
      <figcaption className="small">
        <strong>{title}</strong>{' '}
        {withViews.length < measured.length ? <span className="muted">{t('deliv_chartTop', { shown: withViews.length, total: measured.length })} </span> : null}
        {withViews.map((line, index) => (
          <span key={line.id} className="legend">
            <span className="swatch" style={{ background: colours[LINE_COLOURS[index % LINE_COLOURS.length]!] }} /> {line.label}
          </span>
        ))}
      </figcaption>
      <div className="history-canvas">
        {/* Hidden from screen readers: the list below gives them the same figures. */}
        <Line
          aria-hidden="true"
          data={{
            labels: days,
            datasets: withViews.map((line, index) => {
              const byDay = new Map(line.points.map((point) => [formatDate(point.at), point.views]));
              const colour = colours[LINE_COLOURS[index % LINE_COLOURS.length]!];
              return { label: line.label, data: days.map((day) => byDay.get(day) ?? null), borderColor: colour, backgroundColor: colour, spanGaps: true, tension: 0.2 };
            }),
          }}
          options={{
            animation: false,
            locale: localeTag(),
            responsive: true,
            maintainAspectRatio: false,
            plugins: { tooltip: { callbacks: { label: (item) => t('dash_chartValue', { label: item.dataset.label ?? '', value: formatNumber(item.parsed.y ?? 0) }) } } },
            // From zero: a post's growth looks as big as it is, not as steep as a cut axis would draw it.
            scales: { x: axes.x, y: { ...axes.y, beginAtZero: true } },
          }}
        />
      </div>
      <div className="visually-hidden">
        <p>{t('deliv_chartAlt')}</p>
        <ul>
          {withViews.flatMap((line) =>
            line.points.map((point) => (
              <li key={`${line.id}-${point.at}`}>{t('deliv_chartPoint', { post: line.label, views: formatNumber(point.views), date: formatDate(point.at) })}</li>
            )),
          )}
        </ul>
      </div>
    </figure>
  );
}
