// The shortlist as a sortable table. Only the rows in view are in the DOM (TanStack Virtual),
// with spacer rows above and below, so ten thousand creators scroll as fast as ten.
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { statusName } from '../../lib/shortlist/status';
import { formatDateTime, platformName } from '../../lib/i18n/format';
import { getLocale, say, t } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { confidenceLabel } from '../../lib/scoring';
import type { ShortlistRow } from '../../lib/shortlist/rows';
import { COLUMN_IDS, latestNote, shownGrade, sortValue, type ColumnId } from '../../lib/shortlist/filter';
import { columnName, columnTitle } from './column-names';
import { Reading } from './Reading';
import { ConfidenceCell, EmailCell, EngagementCell, FlagsCell, GradeChangeCell, MedianViewsCell, ViewRateCell } from './VettingCells';
import { Guarded } from './RecordFallback';
import { tagsThatFit } from './tag-fit';
import { CountFigure } from '../shared/Figure';

export const ROW_HEIGHT = 52;

export interface ShortlistTableProps {
  /** Creators matching the filters, sorted: the header checkbox selects them all. */
  rows: ShortlistRow[];
  sorting: SortingState;
  onSortingChange(sorting: SortingState): void;
  selected: ReadonlySet<string>;
  onSelect(ids: string[], selected: boolean): void;
  onOpen(id: string): void;
  onDelete(id: string): Promise<void>;
  /** What shows in place of a row that could not be drawn (an older version's damaged record). */
  brokenRow(creatorId: string, error: unknown): ReactNode;
  /** The columns shown, in the table's order; every column when not given. */
  columns?: readonly ColumnId[];
}

const column = createColumnHelper<ShortlistRow>();

const header = columnName;

const NUMERIC = new Set<string>(['followers', 'engagement', 'medianViews', 'viewRate', 'score', 'price']);

/**
 * Columns without a set width: they share what the others leave (the table fits a 1280 px
 * window, its last column in view). The others are as wide as their header or their longest
 * usual value needs, in English and in Chinese.
 */
const FLEXIBLE = new Set<string>(['name', 'note']);
const SELECT_WIDTH = 30;
const TAGS_SIZE = 120;
/** A cell's padding left and right (Dashboard.css). */
const CELL_PADDING = 12;
/** The Tags column: its set size on a 1280 px window, a tenth of the table on wider ones, where more tags fit. */
const TAGS_WIDTH = 'max(120px, 10%)';

/** The Tags column's width as drawn (its set size where nothing is drawn, as in tests), for the chips that fit it. */
function useTagsWidth(scroller: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(TAGS_SIZE);
  useLayoutEffect(() => {
    const header = scroller.current?.querySelector<HTMLElement>('th[data-column="tags"]');
    if (!header || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(header.offsetWidth || TAGS_SIZE));
    observer.observe(header);
    return () => observer.disconnect();
  }, [scroller]);
  return width;
}
const ACTIONS_WIDTH = 72;
/**
 * The least a flexible column keeps: with many columns chosen the table grows wider than the window
 * (and scrolls sideways) rather than squeezing the name to nothing. The table's own least width
 * (Dashboard.css) still applies when the columns need less.
 */
const FLEXIBLE_LEAST = 120;
const TABLE_LEAST = 1180;

function NameCell({ row, onOpen }: { row: ShortlistRow; onOpen(id: string): void }) {
  const { creator } = row;
  return (
    <>
      <button type="button" className="link-button name" data-open={creator.id} onClick={() => onOpen(creator.id)} title={t('dash_openDetails')}>
        {creator.displayName ?? `@${creator.handle}`}
      </button>
      <a className="muted small handle" href={creator.profileUrl} target="_blank" rel="noreferrer noopener">
        {`@${creator.handle}`}
      </a>
    </>
  );
}

function GradeCell({ row }: { row: ShortlistRow }) {
  if (row.pending && !row.creator.gradeOverride) return <Reading />;
  const { grade, overridden } = shownGrade(row);
  if (!grade) return <span className="muted">–</span>;
  const computed = row.summary?.grade ?? t('dash_gradeNone');
  // A computed grade on too little evidence reads "~B", as on the toolbar badge.
  const provisional = !overridden && row.summary?.provisional === true;
  const label = overridden ? t('dash_gradeByHandLabel', { grade, computed }) : provisional ? t('dash_gradeProvisionalLabel', { grade }) : undefined;
  return (
    <span
      className={`grade grade-${grade}${overridden ? ' overridden' : ''}${provisional ? ' provisional' : ''}`}
      title={overridden ? t('dash_gradeByHandTitle', { computed, reason: row.creator.gradeOverride?.reason ?? '' }) : label}
      // A name on a plain span is not allowed: the badge is an image of its label when marked.
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      {provisional ? <span aria-hidden="true">~</span> : null}
      {grade}
      {overridden ? <span aria-hidden="true">*</span> : null}
    </span>
  );
}

/** "was A": the computed grade moved since the creator's detail was last opened. */
function GradeChange({ row }: { row: ShortlistRow }) {
  const seen = row.creator.gradeSeen;
  const now = row.summary?.grade ?? null;
  if (!seen || !row.summary || seen.grade === now) return null;
  return (
    <span className="grade-change small" data-testid="grade-changed" title={t('dash_gradeChangedTitle', { was: seen.grade ?? t('dash_gradeNone'), at: formatDateTime(seen.at) })}>
      {t('dash_gradeChanged', { was: seen.grade ?? t('dash_gradeNone') })}
    </span>
  );
}

/**
 * A creator's tags on one line: as many chips as fit the column, then "+N" for the rest, whose
 * tooltip names them; a screen reader hears them all.
 */
function TagChips({ tags, width }: { tags: readonly string[]; width: number }) {
  if (tags.length === 0) return <span className="muted">–</span>;
  const shown = tagsThatFit(tags, width);
  const rest = tags.slice(shown);
  return (
    <span className="tags" title={tags.join(', ')}>
      {tags.slice(0, shown).map((tag) => (
        <span key={tag} className="tag">{tag}</span>
      ))}
      {rest.length > 0 ? (
        <>
          <span className="tag more-tags" aria-hidden="true" title={t('layout_moreTagsTitle', { tags: rest.join(', ') })}>
            {t('layout_moreTags', { count: rest.length })}
          </span>
          <span className="visually-hidden">{t('layout_moreTagsTitle', { tags: rest.join(', ') })}</span>
        </>
      ) : null}
    </span>
  );
}

/**
 * Delete, then "Delete @handle" and Keep to confirm. The first button is the same element in both
 * states, so the keyboard stays on it: Enter, Enter deletes. Where the focus goes after the
 * deletion is the Dashboard's to say (the row is gone); Keep gives it back to Delete.
 */
function DeleteCell({ row, onDelete }: { row: ShortlistRow; onDelete(id: string): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const { creator } = row;
  return (
    <span className={confirming ? 'delete-confirm' : 'delete'}>
      <button
        type="button"
        ref={deleteButton}
        className="danger compact"
        aria-label={confirming ? undefined : t('dash_deleteHandle', { handle: creator.handle })}
        onClick={() => {
          if (confirming) void onDelete(creator.id).finally(() => setConfirming(false));
          else setConfirming(true);
        }}
      >
        {confirming ? t('dash_deleteHandle', { handle: creator.handle }) : t('dash_delete')}
      </button>
      {confirming ? (
        <button
          type="button"
          className="compact"
          onClick={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        >
          {t('dash_keep')}
        </button>
      ) : null}
    </span>
  );
}

function useColumns(onOpen: (id: string) => void, tagsWidth: number, shown: readonly ColumnId[]) {
  const showing = new Set(shown);
  return useMemo(
    () => [
      column.accessor((row) => sortValue(row, 'name'), { id: 'name', header: header('name'), cell: (info) => <NameCell row={info.row.original} onOpen={onOpen} /> }),
      column.accessor((row) => sortValue(row, 'platform'), { id: 'platform', header: header('platform'), cell: (info) => platformName(info.row.original.creator.platform), size: 88 }),
      column.accessor((row) => sortValue(row, 'followers'), {
        id: 'followers',
        header: header('followers'),
        size: 104,
        cell: (info) => {
          if (info.row.original.pending) return <Reading />;
          const followers = info.row.original.summary?.followers ?? null;
          return <CountFigure count={followers} />;
        },
      }),
      column.accessor((row) => sortValue(row, 'engagement'), { id: 'engagement', header: header('engagement'), size: 112, cell: (info) => <EngagementCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'medianViews'), { id: 'medianViews', header: header('medianViews'), size: 100, cell: (info) => <MedianViewsCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'viewRate'), { id: 'viewRate', header: header('viewRate'), size: 76, cell: (info) => <ViewRateCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'score'), {
        id: 'score',
        header: header('score'),
        size: 68,
        cell: (info) => {
          if (info.row.original.pending) return <Reading />;
          const summary = info.row.original.summary;
          const title = summary?.unscoredReason
            ? say(summary.unscoredReason)
            : t('dash_confidenceTitle', { confidence: summary?.confidence ? confidenceLabel(summary.confidence) : t('unknown') });
          return <span title={title}>{summary?.score ?? '–'}</span>;
        },
      }),
      column.accessor((row) => sortValue(row, 'grade'), { id: 'grade', header: header('grade'), cell: (info) => (
          <>
            <GradeCell row={info.row.original} />
            {/* With its own column shown, the change is said there. */}
            {showing.has('gradeChange') ? null : <GradeChange row={info.row.original} />}
          </>
        ),
        size: 72,
      }),
      column.accessor((row) => sortValue(row, 'gradeChange'), { id: 'gradeChange', header: header('gradeChange'), size: 84, cell: (info) => <GradeChangeCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'confidence'), { id: 'confidence', header: header('confidence'), size: 100, cell: (info) => <ConfidenceCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'flags'), { id: 'flags', header: header('flags'), size: 136, cell: (info) => <FlagsCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'tier'), {
        id: 'tier',
        header: header('tier'),
        size: 80,
        cell: (info) => {
          if (info.row.original.pending) return <Reading />;
          const tier = info.row.original.summary?.tier;
          return tier ? <span title={say(tier.range)}>{say(tier.label)}</span> : <span className="muted">{t('unknown')}</span>;
        },
      }),
      column.accessor((row) => sortValue(row, 'class'), {
        id: 'class',
        header: header('class'),
        size: 68,
        cell: (info) => {
          if (info.row.original.pending) return <Reading />;
          const kind = info.row.original.summary?.creatorClass;
          return kind ? <span className="chip class-chip" title={say(kind.reason)}>{kind.id}</span> : <span className="muted">–</span>;
        },
      }),
      column.accessor((row) => sortValue(row, 'status'), {
        id: 'status',
        header: header('status'),
        size: 116,
        cell: (info) => {
          const { status, doNotWork } = info.row.original.creator;
          return (
            <>
              {/* Cut short with an ellipsis rather than spilling into the next column; the title says it whole. */}
              <span className={`status status-${status}`} title={statusName(status)}>{statusName(status)}</span>
              {doNotWork ? <span className="dnw" title={t('dash_doNotWorkBecause', { reason: doNotWork.reason })}>{t('dash_doNotWork')}</span> : null}
            </>
          );
        },
      }),
      column.accessor((row) => sortValue(row, 'tags'), {
        id: 'tags',
        header: header('tags'),
        size: TAGS_SIZE,
        cell: (info) => <TagChips tags={info.row.original.creator.tags} width={tagsWidth - CELL_PADDING} />,
      }),
      column.accessor((row) => sortValue(row, 'price'), {
        id: 'price',
        header: header('price'),
        size: 80,
        cell: (info) => {
          const price = info.row.original.creator.price;
          return price ? formatMoney(price.amount, price.currency) : <span className="muted">–</span>;
        },
      }),
      column.accessor((row) => sortValue(row, 'email'), { id: 'email', header: header('email'), size: 168, cell: (info) => <EmailCell row={info.row.original} /> }),
      column.accessor((row) => sortValue(row, 'note'), {
        id: 'note',
        header: header('note'),
        cell: (info) => {
          const notes = info.row.original.creator.notes;
          const note = latestNote(info.row.original);
          return (
            <>
              {/* Two lines of the note, one when the line about earlier notes follows. */}
              <div className={notes.length > 1 ? 'clip' : 'clip two-lines'} title={note ?? undefined}>{note ?? <span className="muted">–</span>}</div>
              {notes.length > 1 ? <div className="muted small">{t('dash_earlierNotes', { count: notes.length - 1 })}</div> : null}
            </>
          );
        },
      }),
      column.accessor((row) => sortValue(row, 'lastSeen'), {
        id: 'lastSeen',
        header: header('lastSeen'),
        size: 112,
        cell: (info) => {
          const { creator, summary } = info.row.original;
          const count = summary?.snapshotCount;
          return (
            <span className="small">
              {formatDateTime(creator.lastSeenAt)}
              {count === undefined ? null : <div className="muted">{t('dash_snapshots', { count })}</div>}
            </span>
          );
        },
      }),
    ].filter((definition) => showing.has(definition.id as ColumnId)),
    // The headers and cells are words in the UI language: new columns when it changes.
    [onOpen, tagsWidth, getLocale(), shown.join()],
  );
}

const ariaSort = (direction: false | 'asc' | 'desc') => (direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none');

export function ShortlistTable({ rows, sorting, onSortingChange, selected, onSelect, onOpen, onDelete, brokenRow, columns: shown = COLUMN_IDS }: ShortlistTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const tagsWidth = useTagsWidth(scroller);
  const columns = useColumns(onOpen, tagsWidth, shown);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  // The table model gets only the rows in view: sorting and filtering are done on the whole
  // list before (lib/shortlist/filter), so a sort re-renders some 30 rows, not 10,000.
  // Same rows, same array: a new one would make the table model reset itself on every render.
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const visible = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const table = useReactTable({
    data: visible,
    columns,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    manualSorting: true,
    autoResetPageIndex: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.creator.id,
  });
  const tableRows = table.getRowModel().rows;
  const top = items[0]?.start ?? 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;
  const columnCount = columns.length + 2;
  const leastWidth = Math.max(
    TABLE_LEAST,
    table.getVisibleLeafColumns().reduce((sum, col) => sum + (FLEXIBLE.has(col.id) ? FLEXIBLE_LEAST : col.getSize()), SELECT_WIDTH + ACTIONS_WIDTH),
  );

  const selectedHere = rows.reduce((count, row) => count + (selected.has(row.creator.id) ? 1 : 0), 0);
  const allSelected = rows.length > 0 && selectedHere === rows.length;

  return (
    <div className="table-scroll" ref={scroller} tabIndex={-1}>
      <table className="shortlist" aria-rowcount={rows.length + 1} aria-label={t('dash_tableLabel')} style={{ minWidth: leastWidth }}>
        <colgroup>
          <col style={{ width: SELECT_WIDTH }} />
          {table.getVisibleLeafColumns().map((col) => (
            <col key={col.id} style={FLEXIBLE.has(col.id) ? undefined : { width: col.id === 'tags' ? TAGS_WIDTH : col.getSize() }} />
          ))}
          <col style={{ width: ACTIONS_WIDTH }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="select">
              <input
                type="checkbox"
                aria-label={allSelected ? t('dash_unselectAll') : t('dash_selectAll', { count: rows.length })}
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = selectedHere > 0 && !allSelected;
                }}
                onChange={(event) => onSelect(rows.map((row) => row.creator.id), event.target.checked)}
              />
            </th>
            {table.getHeaderGroups()[0]!.headers.map((header) => {
              const direction = header.column.getIsSorted();
              return (
                <th key={header.id} data-column={header.id} scope="col" aria-sort={ariaSort(direction)} className={NUMERIC.has(header.id) ? 'num' : undefined}>
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()} title={columnTitle(header.id as ColumnId)}>
                    <span className="sort-label">{flexRender(header.column.columnDef.header, header.getContext())}</span>
                    {/* After the label in every column, the numeric ones' too (their button is right-aligned). */}
                    <span className="sort-mark" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('dash_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: top }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
          {items.map((item, position) => {
            const row = tableRows[position]!;
            const { creator } = row.original;
            const isSelected = selected.has(creator.id);
            return (
              <Guarded
                key={row.id}
                resetKeys={[row.original]}
                fallback={(error) => (
                  <tr data-creator={creator.id} className="broken" style={{ height: ROW_HEIGHT }}>
                    <td colSpan={columnCount}>{brokenRow(creator.id, error)}</td>
                  </tr>
                )}
              >
              <tr
                data-creator={creator.id}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={isSelected ? 'selected' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                <td className="select">
                  <input
                    type="checkbox"
                    aria-label={t('dash_selectHandle', { handle: creator.handle })}
                    checked={isSelected}
                    onChange={(event) => onSelect([creator.id], event.target.checked)}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id} className={NUMERIC.has(cell.column.id) ? 'num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
                <td className="actions">
                  <DeleteCell row={row.original} onDelete={onDelete} />
                </td>
              </tr>
              </Guarded>
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: bottom }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty-filter">{t('dash_noMatch')}</p> : null}
    </div>
  );
}
