// The side-by-side comparison of a few creators: one line per figure, one cell per creator. A figure
// shows when it was measured for at least one of them, and the best value of a line is marked.
import { statusName } from './status';
import { compactInFull, describeCount, formatCompact, formatCount, formatPercent } from '../i18n/format';
import { say, t, type Text } from '../i18n';
import { formatFigure, formatMoney, type PriceFigure } from './pricing';
import { componentLabel, confidenceLabel, severityLabel } from '../scoring';
import type { ComponentId, Grade, Severity } from '../schema/assessment';
import type { ShortlistRow } from './rows';
import { cpeOf, cpmOf, engagementOf, flagsOf, shownGrade } from './filter';
import { flagName } from './flag-names';

/** A flag as the comparison lists it: its short name, its severity in words and its full message. */
export interface ComparedFlag {
  severity: Severity;
  severityLabel: string;
  name: string;
  message: string;
}

export interface ComparisonLine {
  id: string;
  label: string;
  cells: string[];
  /** Per cell: true when it holds no figure (unknown, not applicable), to show it muted. */
  missing: boolean[];
  /** Per cell: the figure in full, or the range it stands for, where the cell writes it short. */
  notes: Array<string | undefined>;
  /** Per cell: true for the best value of the line (ties all marked; none when all are alike). */
  best: boolean[];
  /** The flags line only: each creator's flags by name, gravest first. */
  flags?: ComparedFlag[][];
}

export const MAX_COMPARED = 4;

const COMPONENTS: ComponentId[] = ['reach', 'engagement', 'authenticity', 'activity', 'compliance'];
const GRADE_RANK: Record<Grade, number> = { S: 5, A: 4, B: 3, C: 2, D: 1 };
const CONFIDENCE_RANK = { low: 1, medium: 2, high: 3 } as const;

/** A cell: its words, whether it stands for a figure that is not there, and what ranks it (higher is better; none: not ranked). */
interface Cell {
  text: string;
  missing?: boolean;
  rank?: number | null;
  /** Ranked only against cells of the same unit (a price's currency). */
  unit?: string;
  /** The figure in full, or the range it stands for, where the text writes it short. */
  note?: string;
}

const unknownCell = (reason?: string): Cell => ({ text: reason ? t('columns_unknownBecause', { reason }) : t('unknown'), missing: true });

const whyUnknown = (reason: Text | null | undefined): string | undefined => (reason ? say(reason) : undefined);

/** A ratio or count of the summary: its words when known, else unknown (with why, where the summary says). */
function figure(value: number | null, show: (value: number) => string, reason?: string): Cell {
  return value === null ? unknownCell(reason) : { text: show(value), rank: value };
}

function figureCell(figure: PriceFigure, currency: string | undefined, rank: (value: number) => number): Cell {
  const known = figure.value !== null && currency !== undefined;
  return { text: formatFigure(figure, currency), missing: !known, rank: known ? rank(figure.value!) : null, ...(currency ? { unit: currency } : {}) };
}

/** The best cells of a line: the highest rank, when at least two cells of one unit are ranked and they differ. */
function bestOf(cells: readonly Cell[]): boolean[] {
  const ranked = cells.filter((cell) => cell.rank !== undefined && cell.rank !== null);
  if (ranked.length < 2 || new Set(ranked.map((cell) => cell.unit)).size > 1) return cells.map(() => false);
  const ranks = ranked.map((cell) => cell.rank!);
  const top = Math.max(...ranks);
  if (ranks.every((rank) => rank === top)) return cells.map(() => false);
  return cells.map((cell) => cell.rank === top);
}

function comparedFlags(row: ShortlistRow): ComparedFlag[] | null {
  return (
    flagsOf(row)?.map((flag) => ({
      severity: flag.severity,
      severityLabel: say(severityLabel(flag.severity)),
      name: say(flagName(flag)),
      message: say(flag.message),
    })) ?? null
  );
}

export function comparisonLines(rows: readonly ShortlistRow[]): ComparisonLine[] {
  /** `measured`: a figure, left out when it is unknown for every creator. */
  const line = (id: string, label: string, cell: (row: ShortlistRow, index: number) => Cell, measured = false): ComparisonLine | null => {
    const cells = rows.map(cell);
    if (measured && cells.every((one) => one.missing === true)) return null;
    return { id, label, cells: cells.map((one) => one.text), missing: cells.map((one) => one.missing === true), notes: cells.map((one) => one.note), best: bestOf(cells) };
  };
  const flags = rows.map(comparedFlags);
  const lines: Array<ComparisonLine | null> = [
    line('followers', t('dash_followers'), (row) => {
      const followers = row.summary?.followers ?? null;
      // Not ranked: more followers is a bigger creator, not a better one for the campaign.
      return followers === null ? unknownCell() : { text: formatCount(followers), note: describeCount(followers) };
    }, true),
    line('tier', t('dash_tier'), (row) => (row.summary?.tier ? { text: say(row.summary.tier.label) } : unknownCell())),
    line('class', t('dash_class'), (row) => (row.summary?.creatorClass ? { text: row.summary.creatorClass.id } : unknownCell())),
    line('score', t('dash_score'), (row) => ((row.summary?.score ?? null) === null ? { text: t('dash_notScored'), missing: true } : { text: String(row.summary!.score), rank: row.summary!.score }), true),
    line('grade', t('dash_grade'), (row) => {
      const { grade, overridden } = shownGrade(row);
      if (!grade) return { text: '–', missing: true };
      return { text: overridden ? t('dash_gradeSetByHand', { grade }) : grade, rank: GRADE_RANK[grade] };
    }),
    line('confidence', t('columns_confidence'), (row) => {
      const summary = row.summary;
      if (!summary?.confidence) return unknownCell();
      const level = say(confidenceLabel(summary.confidence));
      return { text: summary.provisional ? `${level} · ${t('columns_provisional')}` : level, rank: CONFIDENCE_RANK[summary.confidence] * 2 - (summary.provisional ? 1 : 0) };
    }, true),
    ...COMPONENTS.map((id) =>
      line(`component-${id}`, t('dash_componentPoints', { component: componentLabel(id) }), (row) => {
        const part = row.summary?.components.find((c) => c.id === id);
        return part?.points === null || part === undefined ? { text: t('dash_notApplicable'), missing: true } : { text: String(part.points), rank: part.points };
      }, true),
    ),
    line('engagement', t('columns_compareEngagement'), (row) => {
      const engagement = row.summary?.engagement;
      const value = engagementOf(row);
      if (!engagement || value === null) return unknownCell(whyUnknown(engagement?.unknownReason));
      // Only figures of one convention are ranked against each other: per view and by followers do not compare.
      return { text: `${formatPercent(value)} ${t('columns_convention', { metric: engagement.metric })}`, rank: value, unit: engagement.metric };
    }, true),
    line('medianViews', t('dash_medianViews'), (row) => {
      const views = row.summary?.medianViews ?? null;
      return views === null ? unknownCell(whyUnknown(row.summary?.medianViewsUnknown)) : { text: formatCompact(views), rank: views, note: compactInFull(views) };
    }, true),
    line('viewRate', t('dash_viewRate'), (row) => figure(row.summary?.viewRate ?? null, formatPercent, whyUnknown(row.summary?.viewRateUnknown)), true),
    line('cpm', t('dash_cpm'), (row) => figureCell(cpmOf(row), row.creator.price?.currency, (value) => -value), true),
    line('cpe', t('dash_cpe'), (row) => figureCell(cpeOf(row), row.creator.price?.currency, (value) => -value), true),
    (() => {
      const flagsLine = line('flags', t('dash_flags'), (_row, index) => {
        const listed = flags[index];
        if (!listed) return unknownCell();
        return { text: listed.length === 0 ? t('columns_noFlags') : listed.map((flag) => t('columns_flagLine', { severity: flag.severityLabel, message: flag.name })).join('; ') };
      });
      return flagsLine ? { ...flagsLine, flags: flags.map((listed) => listed ?? []) } : null;
    })(),
    line('status', t('dash_status'), (row) => ({ text: statusName(row.creator.status) })),
    line('price', t('dash_price'), (row) => {
      const price = row.creator.price;
      return price ? { text: formatMoney(price.amount, price.currency) } : { text: t('dash_notQuoted'), missing: true };
    }),
  ];
  return lines.filter((one): one is ComparisonLine => one !== null);
}
