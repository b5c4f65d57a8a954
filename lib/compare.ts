// The side-by-side comparison of a few creators: one line per figure, one cell per creator.
import { STATUS_LABELS } from './db';
import { formatCount, formatPercent, formatNumber } from './format';
import { formatFigure, formatMoney, medianViewsOf } from './pricing';
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

function metric(row: ShortlistRow, id: string): number | null {
  return row.assessment?.metrics.find((m) => m.id === id)?.value ?? null;
}

export function comparisonLines(rows: readonly ShortlistRow[]): ComparisonLine[] {
  const line = (id: string, label: string, cell: (row: ShortlistRow) => string): ComparisonLine => ({ id, label, cells: rows.map(cell) });
  return [
    line('followers', 'Followers', (row) => formatCount(row.entry.latest?.creator.followers ?? null)),
    line('tier', 'Tier', (row) => row.assessment?.tier?.label ?? 'unknown'),
    line('class', 'Class', (row) => row.assessment?.creatorClass?.id ?? 'unknown'),
    line('score', 'Score', (row) => (row.assessment?.score ?? null) === null ? 'not scored' : String(row.assessment!.score)),
    line('grade', 'Grade', (row) => {
      const { grade, overridden } = shownGrade(row);
      return grade ? `${grade}${overridden ? ' (set by hand)' : ''}` : '–';
    }),
    ...COMPONENTS.map(([id, label]) =>
      line(`component-${id}`, `${label} points`, (row) => {
        const part = row.assessment?.components.find((c) => c.id === id);
        return part?.points === null || part === undefined ? 'n/a' : String(part.points);
      }),
    ),
    line('viewRate', 'View rate', (row) => formatPercent(metric(row, 'viewRate'))),
    line('engagementRate', 'Engagement rate', (row) => formatPercent(metric(row, 'engagementRate'))),
    line('medianViews', 'Median views', (row) => {
      const views = medianViewsOf(row.assessment);
      return views === null ? 'unknown' : formatNumber(views);
    }),
    line('cpm', 'CPM', (row) => formatFigure(cpmOf(row), row.entry.creator.price?.currency)),
    line('cpe', 'CPE', (row) => formatFigure(cpeOf(row), row.entry.creator.price?.currency)),
    line('flags', 'Flags', (row) => String(row.assessment?.flags.length ?? 0)),
    line('status', 'Status', (row) => STATUS_LABELS[row.entry.creator.status]),
    line('price', 'Price', (row) => {
      const price = row.entry.creator.price;
      return price ? formatMoney(price.amount, price.currency) : 'not quoted';
    }),
  ];
}
