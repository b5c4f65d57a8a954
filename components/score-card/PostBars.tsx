// The bars of PostChart, drawn with chart.js: a chunk of its own, loaded after the score card is on screen.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type TooltipItem } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatCompact, formatNumber } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import { LEGEND, type Mark } from './marks';
import { useChartColours } from '../shared/useChartColours';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** `axisLabels`: each post's date on the x-axis, or its position where the date is unknown. */
export default function PostBars({ views, marks, axisLabels, label }: { views: number[]; marks: Mark[]; axisLabels: string[]; label: string }) {
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
          y: { grid: { color: colours.grid }, border: { color: colours.grid }, ticks: { color: colours.text, callback: (value) => formatCompact(Number(value)) } },
        },
      }}
      height={140}
    />
  );
}
