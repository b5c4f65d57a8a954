// The side-by-side comparison of a few creators: one line per figure, one cell per creator.
import { statusName } from './status';
import { compactInFull, describeCount, formatCompact, formatCount, formatPercent, formatNumber } from '../i18n/format';
import { say, t } from '../i18n';
import { formatFigure, formatMoney, type PriceFigure } from './pricing';
import { componentLabel } from '../scoring';
import type { ComponentId } from '../schema/assessment';
import type { ShortlistRow } from './rows';
import { cpeOf, cpmOf, shownGrade } from './filter';

export interface ComparisonLine {
  id: string;
  label: string;
  cells: string[];
  /** Per cell: true when it holds no figure (unknown, not applicable), to show it muted. */
  missing: boolean[];
  /** Per cell: the figure in full, or the range it stands for, where the cell writes it short. */
  notes: Array<string | undefined>;
}

export const MAX_COMPARED = 4;

const COMPONENTS: ComponentId[] = ['reach', 'engagement', 'authenticity', 'activity', 'compliance'];

/** A cell: its words, whether it stands for a figure that is not there, and the figure in full. */
type Cell = [text: string, missing?: boolean, note?: string];

const unknown = (): Cell => [t('unknown'), true];

function figureCell(figure: PriceFigure, currency: string | undefined): Cell {
  return [formatFigure(figure, currency), figure.value === null || !currency];
}

export function comparisonLines(rows: readonly ShortlistRow[]): ComparisonLine[] {
  const line = (id: string, label: string, cell: (row: ShortlistRow) => Cell): ComparisonLine => {
    const cells = rows.map(cell);
    return { id, label, cells: cells.map(([text]) => text), missing: cells.map(([, missing]) => missing === true), notes: cells.map(([, , note]) => note) };
  };
  return [
    line('followers', t('dash_followers'), (row) => {
      const followers = row.summary?.followers ?? null;
      return [formatCount(followers), followers === null, describeCount(followers)];
    }),
    line('tier', t('dash_tier'), (row) => (row.summary?.tier ? [say(row.summary.tier.label)] : unknown())),
    line('class', t('dash_class'), (row) => (row.summary?.creatorClass ? [row.summary.creatorClass.id] : unknown())),
    line('score', t('dash_score'), (row) => ((row.summary?.score ?? null) === null ? [t('dash_notScored'), true] : [String(row.summary!.score)])),
    line('grade', t('dash_grade'), (row) => {
      const { grade, overridden } = shownGrade(row);
      if (!grade) return ['–', true];
      return [overridden ? t('dash_gradeSetByHand', { grade }) : grade];
    }),
    ...COMPONENTS.map((id) =>
      line(`component-${id}`, t('dash_componentPoints', { component: componentLabel(id) }), (row) => {
        const part = row.summary?.components.find((c) => c.id === id);
        return part?.points === null || part === undefined ? [t('dash_notApplicable'), true] : [String(part.points)];
      }),
    ),
    line('viewRate', t('dash_viewRate'), (row) => [formatPercent(row.summary?.viewRate ?? null), (row.summary?.viewRate ?? null) === null]),
    line('engagementRate', t('dash_engagementRate'), (row) => [formatPercent(row.summary?.engagementRate ?? null), (row.summary?.engagementRate ?? null) === null]),
    line('medianViews', t('dash_medianViews'), (row) => {
      const views = row.summary?.medianViews ?? null;
      return views === null ? unknown() : [formatCompact(views), false, compactInFull(views)];
    }),
    line('cpm', t('dash_cpm'), (row) => figureCell(cpmOf(row), row.creator.price?.currency)),
    line('cpe', t('dash_cpe'), (row) => figureCell(cpeOf(row), row.creator.price?.currency)),
    line('flags', t('dash_flags'), (row) => (row.summary ? [formatNumber(row.summary.flags.length)] : unknown())),
    line('status', t('dash_status'), (row) => [statusName(row.creator.status)]),
    line('price', t('dash_price'), (row) => {
      const price = row.creator.price;
      return price ? [formatMoney(price.amount, price.currency)] : [t('dash_notQuoted'), true];
    }),
  ];
}
