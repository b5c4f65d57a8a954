// What the shortlist table shows per column, and the filters over it. Pure: the table, the
// comparison and the tests all read creators through these.
import type { Platform } from '../schema/snapshot';
import { tierRank } from '../scoring';
import type { Grade, TierId } from '../schema/assessment';
import { STATUSES, type CreatorRecord, type Status } from '../db/records';
import type { ShortlistRow } from './rows';
import { cpe, cpm, type PriceFigure } from './pricing';
import { localeTag } from '../i18n';
import { oncePerKey, oncePerObject } from '../memo';

export const COLUMN_IDS = ['name', 'platform', 'followers', 'score', 'grade', 'tier', 'class', 'status', 'tags', 'price', 'note', 'lastSeen'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

const GRADE_ORDER: Record<Grade, number> = { S: 5, A: 4, B: 3, C: 2, D: 1 };

/** The grade the user sees: their own override when set, else the computed one. */
export function shownGrade(row: ShortlistRow): { grade: Grade | null; overridden: boolean } {
  const override = row.creator.gradeOverride;
  if (override) return { grade: override.grade, overridden: true };
  return { grade: row.summary?.grade ?? null, overridden: false };
}

export const followersOf = (row: ShortlistRow): number | null => row.summary?.followers?.value ?? null;
export const latestNote = (row: ShortlistRow): string | null => row.creator.notes.at(-1)?.text ?? null;

export function cpmOf(row: ShortlistRow): PriceFigure {
  return cpm(row.creator.price, row.summary?.medianViews ?? null);
}

export function cpeOf(row: ShortlistRow): PriceFigure {
  return cpe(row.creator.price, row.summary?.medianEngagements ?? null);
}

// Text is compared the way the UI's language sorts it (pinyin order in Chinese). One collator per
// language: the tags column asks for it per row (10,000 rows: 5.7 ms with one, 69 ms making one each).
const collatorFor = oncePerKey((locale: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
const collator = (): Intl.Collator => collatorFor(localeTag());

/**
 * The value a column sorts by; undefined for unknown (sorted last whatever the direction).
 * Grades and tiers sort by rank, statuses by pipeline order.
 */
export function sortValue(row: ShortlistRow, column: ColumnId): string | number | undefined {
  const { creator, summary } = row;
  switch (column) {
    case 'name':
      return creator.displayName ?? creator.handle;
    case 'platform':
      return creator.platform;
    case 'followers':
      return followersOf(row) ?? undefined;
    case 'score':
      return summary?.score ?? undefined;
    case 'grade': {
      const { grade } = shownGrade(row);
      return grade ? GRADE_ORDER[grade] : undefined;
    }
    case 'tier':
      return summary?.tier ? tierRank(summary.tier.id) : undefined;
    case 'class':
      return summary?.creatorClass?.id;
    case 'status':
      return STATUSES.indexOf(creator.status);
    case 'tags':
      return creator.tags.length > 0 ? [...creator.tags].sort(collator().compare).join(', ') : undefined;
    case 'price':
      return creator.price?.amount;
    case 'note':
      return latestNote(row) ?? undefined;
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
  const text = collator();
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : text.compare(String(a.key), String(b.key));
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
  const { creator, summary } = row;
  if (filter.platform && creator.platform !== filter.platform) return false;
  if (filter.status && creator.status !== filter.status) return false;
  if (filter.tag && !creator.tags.includes(filter.tag)) return false;
  if (filter.grade) {
    const { grade } = shownGrade(row);
    if (filter.grade === 'none' ? grade !== null : grade !== filter.grade) return false;
  }
  if (filter.tier && summary?.tier?.id !== filter.tier) return false;
  if (filter.scoreMin !== null || filter.scoreMax !== null) {
    const score = summary?.score ?? null;
    if (score === null) return false;
    if (filter.scoreMin !== null && score < filter.scoreMin) return false;
    if (filter.scoreMax !== null && score > filter.scoreMax) return false;
  }
  const text = filter.text.trim().toLocaleLowerCase(localeTag());
  if (text && !searchText(creator).includes(text)) return false;
  return true;
}

/**
 * Name, @handle and every note, lower case, one per line (a search never spans two). Kept per creator
 * record (records are replaced, never changed in place): a search of 10,000 creators, 2.8 ms with it,
 * 18 ms without.
 */
const searchText = oncePerObject((creator: CreatorRecord): string =>
  [creator.displayName ?? '', `@${creator.handle}`, ...creator.notes.map((note) => note.text)].join('\n').toLocaleLowerCase(localeTag()),
);

export function filterRows(rows: readonly ShortlistRow[], filter: ShortlistFilter): ShortlistRow[] {
  return isFiltering(filter) ? rows.filter((row) => matches(row, filter)) : [...rows];
}

/** Every tag in use, sorted, for the tag filter and suggestions. */
export function allTags(rows: readonly ShortlistRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.creator.tags))].sort(collator().compare);
}
