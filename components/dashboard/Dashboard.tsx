import type { SortingState } from '@tanstack/react-table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { statusName } from '../../lib/shortlist/status';
import type { CreatorLensDatabase } from '../../lib/db';
import type { Status } from '../../lib/db/records';
import { listFirstRows, refreshSummaries } from '../../lib/shortlist/listing';
import { addTag, removeCreators, restoreCreators, setStatus, type RemovedCreators } from '../../lib/db/creators';
import { MAX_COMPARED } from '../../lib/shortlist/compare';
import { problem, say, t, type MessageKey, type TextParam } from '../../lib/i18n';
import { allTags, EMPTY_FILTER, filterRows, sortRows, statusCounts, type ColumnId, type ShortlistFilter } from '../../lib/shortlist/filter';
import { ColumnChooser, useColumnChoice } from './ColumnChooser';
import { AddToCampaign } from './AddToCampaign';
import { BulkBar } from './BulkBar';
import { CompareView } from './CompareView';
import { CreatorDetail } from './CreatorDetail';
import { ShortlistFilters } from './ShortlistFilters';
import { ShortlistTable } from './ShortlistTable';
import { CampaignsView } from './CampaignsView';
import { useDashboardView, ViewSwitch } from './ViewSwitch';
import { BackupButtons } from './BackupButtons';
import { ExportOptions } from './ExportOptions';
import { ImportButton } from './ImportDialog';
import { MoreMenu } from './MoreMenu';
import { VisitSetting } from './VisitSetting';
import { Guarded, RecordFallback } from './RecordFallback';
import { SetAside } from './SetAside';
import { StorageLine } from './StorageLine';
import { explainUnreadable, recountAfterFailure } from '../../lib/db/errors';
import { useFocusLater } from '../shared/useFocusLater';
import { useListing, type LiveListing } from './useListing';
import { KeyboardHelp } from './KeyboardHelp';
import { useShortlistKeys } from './useShortlistKeys';
import { useDrawerAside, useDrawerTop } from './useDrawerAside';
import './Dashboard.css';

/** How long the Undo button of a deletion stays. */
export const UNDO_MS = 10_000;

/** A message with an element where its {slot} value goes (messages hold no markup). */
function withSlot(key: MessageKey, params: Record<string, TextParam>, slot: string, element: ReactNode): ReactNode {
  const [before = '', after = ''] = t(key, { ...params, [slot]: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}

/** The creator the address names (#creator=<id>), so a detail view can be linked and Back closes it. */
function useCreatorHash(): [string | null, (id: string | null) => void] {
  const read = () => {
    const match = /^#creator=(.+)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]!) : null;
  };
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => setId(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: string | null) => {
    if (next === null) history.pushState(null, '', location.pathname + location.search);
    else history.pushState(null, '', `#creator=${encodeURIComponent(next)}`);
    setId(next);
  }, []);
  return [id, navigate];
}

/** Rows read before the whole list: more than a tall window shows. */
const FIRST_SCREEN = 40;

/**
 * Summaries computed per step: the rows on screen first, then larger steps. A step asks for three
 * reads per creator at once and assesses them all in one go: 1,000 creators made a 450-560 ms task
 * on a busy 2-core machine, 250 keep it near a hundred.
 */
const FIRST_STEP = 100;
const STEP = 250;

/**
 * Computes the summaries the listing lacks (new readings, another scoring version) step by step,
 * each step its own transaction, without waiting for the list to be read again in between.
 * Gives how many creators the list still shows unscored (a stored step shows once the list is
 * read again).
 */
function useFreshSummaries(db: CreatorLensDatabase, live: LiveListing | undefined, onError: (text: string) => void): number {
  /** When each creator's summary was last stored here: a listing read before then lacks it. */
  const storedAt = useRef(new Map<string, number>());
  const busy = useRef(false);
  const mounted = useRef(true);
  const steps = useRef(0);
  const [round, setRound] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => () => { mounted.current = false; }, []);
  const toScore = useMemo(
    () => (live ? live.listing.stale.filter((id) => (storedAt.current.get(id) ?? -Infinity) < live.readAt) : []),
    // round: the steps stored since this listing was read are left out once they are done.
    [live, round],
  );
  useEffect(() => {
    if (toScore.length === 0 || failed || busy.current) return;
    busy.current = true;
    void (async () => {
      for (let from = 0; from < toScore.length && mounted.current; ) {
        const ids = toScore.slice(from, from + (steps.current++ === 0 ? FIRST_STEP : STEP));
        await refreshSummaries(db, ids);
        const now = performance.now();
        for (const id of ids) storedAt.current.set(id, now);
        from += ids.length;
      }
    })().then(
      () => {
        busy.current = false;
        if (mounted.current) setRound((count) => count + 1);
      },
      (failure: unknown) => {
        busy.current = false;
        if (!mounted.current) return;
        setFailed(true);
        onError(t('dash_scoresFailed', { reason: problem(failure) }));
      },
    );
  }, [db, toScore, failed, onError]);
  return live?.listing.stale.length ?? 0;
}

interface Notice {
  text: string;
  removed?: RemovedCreators;
}

export function Dashboard({ db }: { db: CreatorLensDatabase }) {
  const dashboardView = useDashboardView();
  // The tab's title names the view, as the heading does.
  const pageTitle = t(dashboardView === 'campaigns' ? 'titleCampaigns' : 'titleDashboard');
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<ShortlistFilter>(EMPTY_FILTER);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [detailId, openDetail] = useCreatorHash();
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const focusLater = useFocusLater();
  const moreId = useId();
  // Where the Export button is drawn: in the toolbar, its choices staying in the More menu.
  const [exportSlot, setExportSlot] = useState<HTMLSpanElement | null>(null);

  // The first screen of rows is read on its own, and the whole list only after it (a read
  // started together would hold it up): with 10,000 creators the first rows show at once.
  const preview = useLiveQuery(() => listFirstRows(db, FIRST_SCREEN).catch(() => null), [db]);
  const previewed = preview !== undefined;
  // null: the shortlist could not be read, which is never shown as an empty one.
  const onUnreadable = useCallback((failure: unknown) => {
    void explainUnreadable(failure).then((explained) => setError(say(explained)));
  }, []);
  const live = useListing(db, previewed, onUnreadable);
  const stale = useFreshSummaries(db, live ?? undefined, setError);
  const unreadable = live === null;
  const rows = unreadable ? undefined : (live?.listing.rows ?? preview ?? undefined);
  const partial = live === undefined && rows !== undefined;
  const loadingFigures = stale > 0 || partial;

  const byId = useMemo(() => new Map((rows ?? []).map((row) => [row.creator.id, row])), [rows]);
  const tags = useMemo(() => allTags(rows ?? []), [rows]);
  const counts = useMemo(() => statusCounts(rows ?? [], filter), [rows, filter]);
  const onColumnsUnsaved = useCallback((failure: unknown) => setError(t('settingNotSaved', { reason: problem(failure) })), []);
  const [columns, chooseColumns] = useColumnChoice(onColumnsUnsaved);
  const sort = sorting[0] ? { id: sorting[0].id as ColumnId, desc: sorting[0].desc } : null;
  const view = useMemo(() => sortRows(filterRows(rows ?? [], filter), sort), [rows, filter, sort?.id, sort?.desc]);
  // Selected creators that still exist; deleted ones drop out.
  const chosen = useMemo(() => [...selected].filter((id) => byId.has(id)), [selected, byId]);
  const visibleIds = useMemo(() => new Set(view.map((row) => row.creator.id)), [view]);
  const detail = detailId ? byId.get(detailId) : undefined;
  const keyHelp = useShortlistKeys(view);

  const statusBar = useRef<HTMLDivElement>(null);
  /**
   * The notice stays while the keyboard is in it (on its Undo) or the pointer over it, however long
   * the user takes (WCAG 2.2.1), and gets its full time again when they leave it.
   */
  const noticeHeld = () => {
    const bar = statusBar.current;
    if (!bar) return false;
    try {
      return bar.contains(document.activeElement) || bar.matches(':hover');
    } catch {
      return bar.contains(document.activeElement);
    }
  };
  const expireNotice = useCallback((ms: number) => {
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => {
      if (!noticeHeld()) setNotice(null);
    }, ms);
  }, []);
  const announce = useCallback(
    (text: string, removed?: RemovedCreators) => {
      setNotice({ text, ...(removed ? { removed } : {}) });
      expireNotice(removed ? UNDO_MS : UNDO_MS / 2);
    },
    [expireNotice],
  );
  useEffect(() => () => clearTimeout(undoTimer.current), []);
  const dismissNotice = () => {
    const hadFocus = statusBar.current?.contains(document.activeElement) === true;
    clearTimeout(undoTimer.current);
    setNotice(null);
    // Its buttons go with it: the keyboard goes on to the search box.
    if (hadFocus) focusLater(() => document.querySelector<HTMLElement>('.filters input[type="search"]'));
  };
  const releaseNotice = () => {
    if (notice && !noticeHeld()) expireNotice(notice.removed ? UNDO_MS : UNDO_MS / 2);
  };

  const run = async (work: () => Promise<void>) => {
    try {
      setError(null);
      await work();
    } catch (failure) {
      setError(say(await recountAfterFailure(db, failure)));
    }
  };

  /**
   * Where the keyboard goes once `ids` are deleted (their rows and buttons go with them): the
   * name of the next row left, else the previous one, else the search box, else (nothing left
   * at all) the Undo the notice offers.
   */
  const focusAfterRemoving = (ids: string[]) => {
    const gone = new Set(ids);
    const positions = view.flatMap((row, index) => (gone.has(row.creator.id) ? [index] : []));
    const after = view.slice((positions.at(-1) ?? -1) + 1).find((row) => !gone.has(row.creator.id));
    const before = view.slice(0, positions[0] ?? 0).findLast((row) => !gone.has(row.creator.id));
    const neighbour = after ?? before;
    const listEmpties = (rows ?? []).every((row) => gone.has(row.creator.id));
    focusLater(() => {
      if (neighbour) return document.querySelector<HTMLElement>(`button[data-open="${CSS.escape(neighbour.creator.id)}"]`);
      if (!listEmpties) return document.querySelector<HTMLElement>('.filters input[type="search"]');
      return document.querySelector<HTMLElement>('.status-bar button');
    });
  };

  const remove = (ids: string[]) =>
    run(async () => {
      const removed = await removeCreators(db, ids);
      focusAfterRemoving(ids);
      setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
      const snapshots = removed.snapshots.length;
      announce(
        removed.creators.length === 1
          ? t('dash_deletedOne', { name: `@${removed.creators[0]!.handle}`, snapshots })
          : t('dash_deletedMany', { count: removed.creators.length, snapshots }),
        removed,
      );
    });

  const undo = (removed: RemovedCreators) =>
    run(async () => {
      await restoreCreators(db, removed);
      // The Undo is gone: the keyboard goes to the (first) creator brought back, once the list
      // shows it; to the search box when the filters hide it.
      const back = removed.creators[0]?.id ?? '';
      const since = Date.now();
      focusLater(
        () =>
          document.querySelector<HTMLElement>(`button[data-open="${CSS.escape(back)}"]`) ??
          (Date.now() - since > 500 ? document.querySelector<HTMLElement>('.filters input[type="search"]') : null),
      );
      announce(
        removed.creators.length === 1
          ? t('dash_restoredOne', { name: `@${removed.creators[0]!.handle}` })
          : t('dash_restoredMany', { count: removed.creators.length }),
      );
    });

  const onSelect = useCallback((ids: string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const onOpen = useCallback((id: string) => openDetail(id), [openDetail]);
  const closeDetail = useCallback(() => {
    const id = detailId;
    const focused = document.activeElement;
    const fromDrawer = !focused || focused === document.body || focused.closest('.detail-panel') !== null;
    openDetail(null);
    // Back to where the user was, the row's name button, unless the keyboard is already elsewhere
    // (on the table beside the drawer): it stays there.
    if (fromDrawer) requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`button[data-open="${CSS.escape(id ?? '')}"]`)?.focus());
  }, [detailId, openDetail]);
  const closeCompare = useCallback(() => {
    setComparing(false);
    // Back to the button that opened it.
    focusLater(() => document.querySelector<HTMLElement>('.bulk-bar button.compare'));
  }, [focusLater]);

  const drawerAside = useDrawerAside(detail !== undefined || comparing);
  const drawerTop = useDrawerTop(detail !== undefined || comparing);

  const total = rows?.length ?? 0;
  const stored = live?.listing.total ?? total;

  return (
    <main className={`dashboard${drawerAside ? ' drawer-aside' : ''}`} style={{ '--drawer-top': `${drawerTop}px` } as CSSProperties}>
      <header className="dash-head">
        <div>
          <h1>{t(dashboardView === 'campaigns' ? 'campaigns_title' : 'dash_title')}</h1>
          <KeyboardHelp {...keyHelp} />
          <p className="muted small" hidden={dashboardView === 'campaigns'}>
            {unreadable
              ? t('storage_notCounted')
              : rows === undefined || partial
                ? t('dash_loading')
                : view.length === total
                  ? t('dash_countAll', { total: stored })
                  : t('dash_countShown', { shown: view.length, total })}
          </p>
          {stored > total && dashboardView !== 'campaigns' ? (
            <p className="muted small listed-newest" data-testid="listed-newest">
              {t('dash_listedNewest', { listed: total, total: stored })}
            </p>
          ) : null}
          <StorageLine changes={stored} />
        </div>
        {/* One row: the main buttons, the rest in More (room is left for one or two more small buttons). */}
        <div className="file-toolbar" role="toolbar" aria-label={t('dash_fileToolbar')}>
          <ImportButton db={db} onImported={announce} />
          {/* The shortlist's export: a campaign's page has its own, and two "Export CSV" would confuse. */}
          <span className="export-slot" ref={setExportSlot} hidden={dashboardView === 'campaigns'} />
          <MoreMenu>
            <section className="more-section" aria-labelledby={`${moreId}-export`}>
              <h2 id={`${moreId}-export`}>{t('layout_exportChoices')}</h2>
              {/* Figures still being read would be exported as unknown: wait for them. */}
              <ExportOptions rows={loadingFigures ? [] : view} allRows={loadingFigures ? [] : (rows ?? [])} buttonIn={exportSlot} />
            </section>
            <section className="more-section" aria-labelledby={`${moreId}-backup`}>
              <h2 id={`${moreId}-backup`}>{t('layout_backup')}</h2>
              <BackupButtons db={db} />
            </section>
            <section className="more-section" aria-labelledby={`${moreId}-visits`}>
              <h2 id={`${moreId}-visits`}>{t('layout_visits')}</h2>
              <VisitSetting />
            </section>
          </MoreMenu>
        </div>
      </header>
      <ViewSwitch view={dashboardView} />

      {error ? <p className="error" role="alert">{error}</p> : null}
      <SetAside db={db} />

      {/* A toast over the page's bottom corner: it never moves the table, and goes after its time. */}
      <div
        className="status-bar"
        role="status"
        aria-live="polite"
        ref={statusBar}
        // Held while focused or pointed at (see noticeHeld); its time starts again on leaving.
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTimeout(releaseNotice);
        }}
        onPointerLeave={() => setTimeout(releaseNotice)}
      >
        {partial && !notice ? <span data-testid="reading-figures">{t('dash_readingAll')}</span> : null}
        {stale > 0 && !notice ? <span data-testid="reading-figures">{t('dash_scoringSaved', { count: stale })}</span> : null}
        {notice ? (
          <>
            <span>{notice.text}</span>
            {notice.removed ? (
              <button type="button" onClick={() => { const removed = notice.removed!; setNotice(null); void undo(removed); }}>
                {t('dash_undo')}
              </button>
            ) : null}
            {/* Its × is drawn by the style sheet: the notice's words are all the live region holds. */}
            <button type="button" className="dismiss" aria-label={t('layout_dismiss')} title={t('layout_dismiss')} onClick={dismissNotice} />
          </>
        ) : null}
      </div>

      {dashboardView === 'campaigns' ? (
        <CampaignsView db={db} onMessage={announce} />
      ) : (
        <>
      {rows && rows.length === 0 ? (
        <p className="empty">
          {withSlot('dash_empty', {}, 'button', <strong>{t('dash_emptyButton')}</strong>)}
        </p>
      ) : null}

      {rows && rows.length > 0 ? (
        <>
          <ShortlistFilters filter={filter} tags={tags} statusCounts={counts} onChange={setFilter}>
            <ColumnChooser shown={columns} onChange={chooseColumns} />
          </ShortlistFilters>
          {chosen.length > 0 ? (
            <BulkBar
              count={chosen.length}
              hidden={chosen.filter((id) => !visibleIds.has(id)).length}
              onStatus={(status: Status) =>
                void run(async () => {
                  await setStatus(db, chosen, status, Date.now());
                  announce(t('dash_statusSet', { count: chosen.length, status: statusName(status) }));
                })
              }
              onTag={(tag) =>
                void run(async () => {
                  await addTag(db, chosen, tag, Date.now());
                  announce(t('dash_tagged', { count: chosen.length, tag }));
                })
              }
              onCompare={() => setComparing(true)}
              onDelete={() => void remove(chosen)}
              onClear={() => setSelected(new Set())}
            >
              <AddToCampaign db={db} creatorIds={chosen} onMessage={announce} />
            </BulkBar>
          ) : null}
          <ShortlistTable rows={view} columns={columns} sorting={sorting} onSortingChange={setSorting} selected={selected} onSelect={onSelect} onOpen={onOpen} onDelete={(id) => remove([id])}
            brokenRow={(id, failure) => <RecordFallback db={db} creatorId={id} error={failure} onDelete={() => void remove([id])} />}
          />
        </>
      ) : null}

      {detail && !detail.pending ? (
        <Guarded
          resetKeys={[detail]}
          fallback={(failure) => (
            <aside className="detail-panel" aria-label={t('dash_closeDetails')}>
              <button type="button" className="close" onClick={closeDetail} aria-label={t('dash_closeDetails')}>×</button>
              <RecordFallback db={db} creatorId={detail.creator.id} error={failure} onDelete={() => void remove([detail.creator.id]).then(closeDetail)} />
            </aside>
          )}
        >
          <CreatorDetail db={db} row={detail} onClose={closeDetail} onMessage={(text) => announce(text)} />
        </Guarded>
      ) : null}
      {detailId && rows && !loadingFigures && !detail ? (
        <p className="notice" role="alert">
          {t('dash_gone')} <button type="button" onClick={() => openDetail(null)}>{t('dash_backToTable')}</button>
        </p>
      ) : null}
      {comparing && !loadingFigures && chosen.length >= 2 && chosen.length <= MAX_COMPARED ? (
        <Guarded resetKeys={[chosen]} fallback={(failure) => <p className="error" role="alert">{t('app_unshown', { reason: problem(failure) })}</p>}>
          <CompareView rows={chosen.map((id) => byId.get(id)!)} onClose={closeCompare} />
        </Guarded>
      ) : null}
        </>
      )}
    </main>
  );
}
