// The bars of PostChart, drawn with chart.js: a chunk of its own, loaded after the score card is on screen.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin, type TooltipItem } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatCompact, formatNumber } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import { LEGEND, type Mark } from './marks';
import { useChartColours } from '../shared/useChartColours';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Two slanted gaps near the top of each bar the scale cuts off, the usual sign of a broken bar. */
const cutMarks: Plugin<'bar'> = {
  id: 'cutMarks',
  afterDatasetsDraw(chart) {
    const max = chart.options.scales?.y?.max;
    if (typeof max !== 'number') return;
    const { ctx, chartArea } = chart;
    const bars = chart.getDatasetMeta(0).data;
    chart.data.datasets[0]!.data.forEach((value, index) => {
      if (typeof value !== 'number' || value <= max) return;
      const { x, width } = bars[index]!.getProps(['x', 'width'], true) as { x: number; width: number };
      ctx.save();
      // Erased rather than painted over: right on the light and the dark background alike.
      ctx.globalCompositeOperation = 'destination-out';
      ctx.lineWidth = 2;
      for (const y of [chartArea.top + 7, chartArea.top + 12]) {
        ctx.beginPath();
        ctx.moveTo(x - width / 2 - 1, y + 2);
        ctx.lineTo(x + width / 2 + 1, y - 2);
        ctx.stroke();
      }
      ctx.restore();
    });
  },
};

const PLUGINS = [cutMarks];

/** The views axis's top and tick step, where the chart sets them rather than fitting every bar. */
export interface ViewsScale {
  max: number;
  step: number;
}

/**
 * `axisLabels`: each post's date on the x-axis, or its position where the date is unknown.
 * `scale`: the views axis, or null to fit every bar; a taller bar is cut off at the top.
 */
export default function PostBars({ views, marks, axisLabels, scale, label }: { views: number[]; marks: Mark[]; axisLabels: string[]; scale: ViewsScale | null; label: string }) {
  const colours = useChartColours();
  return (
    <Bar
      aria-label={label}
      data={{
        labels: axisLabels,
        datasets: [{ data: views, backgroundColor: marks.map((mark) => colours[mark]), borderRadius: 2 }],
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
          y: {
            grid: { color: colours.grid },
            border: { color: colours.grid },
            // A bar above max is clipped to the plot by chart.js.
            max: scale?.max,
            ticks: { color: colours.text, stepSize: scale?.step, callback: (value) => formatCompact(Number(value)) },
          },
        },
      }}
      plugins={PLUGINS}
      height={140}
    />
  );
}
