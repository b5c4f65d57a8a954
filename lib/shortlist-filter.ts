// What the shortlist table shows per column, and the filters over it. Pure: the table, the
// comparison and the tests all read creators through these.
import type { Platform, Post } from './schema';
import type { Grade, TierId } from './scoring';
import { STATUSES, type Status } from './db';
import type { ShortlistRow } from './shortlist';
import { cpe, cpm, medianEngagementsOf, medianViewsOf, type PriceFigure } from './pricing';

export const COLUMN_IDS = ['name', 'platform', 'followers', 'score', 'grade', 'tier', 'class', 'status', 'tags', 'price', 'note', 'lastSeen'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

const GRADE_ORDER: Record<Grade, number> = { S: 5, A: 4, B: 3, C: 2, D: 1 };
const TIER_ORDER: Record<TierId, number> = { nano: 1, micro: 2, mid: 3, macro: 4, mega: 5 };

/** The grade the user sees: their own override when set, else the computed one. */
export function shownGrade(row: ShortlistRow): { grade: Grade | null; overridden: boolean } {
  const override = row.entry.creator.gradeOverride;
  if (override) return { grade: override.grade, overridden: true };
  return { grade: row.assessment?.grade ?? null, overridden: false };
}

export const followersOf = (row: ShortlistRow): number | null => row.entry.latest?.creator.followers?.value ?? null;
export const latestNote = (row: ShortlistRow): string | null => row.entry.creator.notes.at(-1)?.text ?? null;

/** Every post read of the creator: the latest snapshot's grid and the posts seen on their own pages. */
export function postsOf(row: ShortlistRow): Post[] {
  return [...(row.entry.latest?.posts ?? []), ...row.entry.sample.map((seen) => seen.post)];
}

export function cpmOf(row: ShortlistRow): PriceFigure {
  return cpm(row.entry.creator.price, medianViewsOf(row.assessment));
}

export function cpeOf(row: ShortlistRow): PriceFigure {
  return cpe(row.entry.creator.price, medianEngagementsOf(row.assessment, postsOf(row)));
}

/**
 * The value a column sorts by; undefined for unknown (sorted last whatever the direction).
 * Grades and tiers sort by rank, statuses by pipeline order.
 */
export function sortValue(row: ShortlistRow, column: ColumnId): string | number | undefined {
  const { creator } = row.entry;
  switch (column) {
    case 'name':
      return (creator.displayName ?? creator.handle).toLocaleLowerCase();
    case 'platform':
      return creator.platform;
    case 'followers':
      return followersOf(row) ?? undefined;
    case 'score':
      return row.assessment?.score ?? undefined;
    case 'grade': {
      const { grade } = shownGrade(row);
      return grade ? GRADE_ORDER[grade] : undefined;
    }
    case 'tier':
      return row.assessment?.tier ? TIER_ORDER[row.assessment.tier.id] : undefined;
    case 'class':
      return row.assessment?.creatorClass?.id;
    case 'status':
      return STATUSES.indexOf(creator.status);
    case 'tags':
      return creator.tags.length > 0 ? [...creator.tags].sort().join(', ').toLocaleLowerCase() : undefined;
    case 'price':
      return creator.price?.amount;
    case 'note':
      return latestNote(row)?.toLocaleLowerCase() ?? undefined;
    case 'lastSeen':
      return creator.lastSeenAt;
  }
}

export interface SortState {
  id: ColumnId;
  desc: boolean;
}

/** Sorts a copy by one column; unknown values last in both directions; ties keep their order. */
export function sortRows(rows: readonly ShortlistRow[], sort: SortState | null): ShortlistRow[] {
  if (!sort) return [...rows];
  const keyed = rows.map((row, index) => ({ row, index, key: sortValue(row, sort.id) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key).localeCompare(String(b.key));
    return (sort.desc ? -order : order) || a.index - b.index;
  });
  return keyed.map((item) => item.row);
}

export interface ShortlistFilter {
  platform: Platform | '';
  status: Status | '';
  tag: string;
  /** A grade, or 'none' for creators without one. */
  grade: Grade | 'none' | '';
  tier: TierId | '';
  scoreMin: number | null;
  scoreMax: number | null;
  /** Matched, case-insensitive, against name, handle and every note. */
  text: string;
}

export const EMPTY_FILTER: ShortlistFilter = { platform: '', status: '', tag: '', grade: '', tier: '', scoreMin: null, scoreMax: null, text: '' };

export function isFiltering(filter: ShortlistFilter): boolean {
  return (Object.keys(EMPTY_FILTER) as Array<keyof ShortlistFilter>).some((key) => filter[key] !== EMPTY_FILTER[key]);
}

export function matches(row: ShortlistRow, filter: ShortlistFilter): boolean {
  const { creator } = row.entry;
  if (filter.platform && creator.platform !== filter.platform) return false;
  if (filter.status && creator.status !== filter.status) return false;
  if (filter.tag && !creator.tags.includes(filter.tag)) return false;
  if (filter.grade) {
    const { grade } = shownGrade(row);
    if (filter.grade === 'none' ? grade !== null : grade !== filter.grade) return false;
  }
  if (filter.tier && row.assessment?.tier?.id !== filter.tier) return false;
  if (filter.scoreMin !== null || filter.scoreMax !== null) {
    const score = row.assessment?.score ?? null;
    if (score === null) return false;
    if (filter.scoreMin !== null && score < filter.scoreMin) return false;
    if (filter.scoreMax !== null && score > filter.scoreMax) return false;
  }
  const text = filter.text.trim().toLocaleLowerCase();
  if (text) {
    const haystack = [creator.displayName ?? '', creator.handle, `@${creator.handle}`, ...creator.notes.map((note) => note.text)];
    if (!haystack.some((field) => field.toLocaleLowerCase().includes(text))) return false;
  }
  return true;
}

export function filterRows(rows: readonly ShortlistRow[], filter: ShortlistFilter): ShortlistRow[] {
  return isFiltering(filter) ? rows.filter((row) => matches(row, filter)) : [...rows];
}

/** Every tag in use, sorted, for the tag filter and suggestions. */
export function allTags(rows: readonly ShortlistRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.entry.creator.tags))].sort((a, b) => a.localeCompare(b));
}
