// The side-by-side comparison of a few creators: one line per figure, one cell per creator.
import { STATUS_LABELS } from './db';
import { formatCount, formatPercent, formatNumber } from './format';
import { formatFigure, formatMoney } from './pricing';
import type { ComponentId } from './scoring';
import type { ShortlistRow } from './shortlist';
import { cpeOf, cpmOf, shownGrade } from './shortlist-filter';

export interface ComparisonLine {
  id: string;
  label: string;
  cells: string[];
}

export const MAX_COMPARED = 4;

const COMPONENTS: Array<[ComponentId, string]> = [
  ['reach', 'Reach'],
  ['engagement', 'Engagement quality'],
  ['authenticity', 'Authenticity'],
  ['activity', 'Activity'],
  ['compliance', 'Compliance'],
];

export function comparisonLines(rows: readonly ShortlistRow[]): ComparisonLine[] {
  const line = (id: string, label: string, cell: (row: ShortlistRow) => string): ComparisonLine => ({ id, label, cells: rows.map(cell) });
  return [
    line('followers', 'Followers', (row) => formatCount(row.summary?.followers ?? null)),
    line('tier', 'Tier', (row) => row.summary?.tier?.label ?? 'unknown'),
    line('class', 'Class', (row) => row.summary?.creatorClass?.id ?? 'unknown'),
    line('score', 'Score', (row) => (row.summary?.score ?? null) === null ? 'not scored' : String(row.summary!.score)),
    line('grade', 'Grade', (row) => {
      const { grade, overridden } = shownGrade(row);
      return grade ? `${grade}${overridden ? ' (set by hand)' : ''}` : '–';
    }),
    ...COMPONENTS.map(([id, label]) =>
      line(`component-${id}`, `${label} points`, (row) => {
        const part = row.summary?.components.find((c) => c.id === id);
        return part?.points === null || part === undefined ? 'n/a' : String(part.points);
      }),
    ),
    line('viewRate', 'View rate', (row) => formatPercent(row.summary?.viewRate ?? null)),
    line('engagementRate', 'Engagement rate', (row) => formatPercent(row.summary?.engagementRate ?? null)),
    line('medianViews', 'Median views', (row) => {
      const views = row.summary?.medianViews ?? null;
      return views === null ? 'unknown' : formatNumber(views);
    }),
    line('cpm', 'CPM', (row) => formatFigure(cpmOf(row), row.creator.price?.currency)),
    line('cpe', 'CPE', (row) => formatFigure(cpeOf(row), row.creator.price?.currency)),
    line('flags', 'Flags', (row) => row.summary ? String(row.summary.flags.length) : 'unknown'),
    line('status', 'Status', (row) => STATUS_LABELS[row.creator.status]),
    line('price', 'Price', (row) => {
      const price = row.creator.price;
      return price ? formatMoney(price.amount, price.currency) : 'not quoted';
    }),
  ];
}
