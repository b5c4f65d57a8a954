// The side panel: the popup's card beside the page, following the active tab of its window. Each
// page the tab shows gets a card of its own (a page already read in the tab shows its result at
// once); a creator page is read when asked, or on arrival when the setting says so.
import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';
import { arrivalAt, type TabPage } from '../../lib/reading/follow-tab';
import { CreatorPanel, type CreatorActions } from '../score-card/CreatorPanel';
import { ArrivalSetting } from './ArrivalSetting';

export interface SidePanelSource {
  /** Calls back with the followed tab's page now and whenever it changes; returns the way to stop. */
  follow(onPage: (page: TabPage | null) => void): () => void;
  /** What the card does for one page of one tab. */
  actionsFor(page: TabPage): CreatorActions;
  /** Calls back with the "read on arrival" setting now and whenever it changes; returns the way to stop. */
  watchReadOnArrival(onChange: (on: boolean) => void): () => void;
  openShortlist(): void;
}

/**
 * The card of one page: kept while the tab stays on that page (when it finishes loading, or the
 * setting is switched, the card starts anew from what is remembered), made anew for the next.
 */
function PageCard({ source, page, readOnArrival }: { source: SidePanelSource; page: TabPage; readOnArrival: boolean }) {
  const [actions] = useState(() => source.actionsFor(page));
  return <CreatorPanel actions={actions} arrival={arrivalAt(page, readOnArrival)} className="side-panel" below={<ArrivalSetting on={readOnArrival} />} />;
}

export function SidePanel({ source }: { source: SidePanelSource }) {
  // undefined until the browser has said which tab is active; null when the window has none.
  const [page, setPage] = useState<TabPage | null | undefined>(undefined);
  const [readOnArrival, setReadOnArrival] = useState<boolean | null>(null);
  useEffect(() => source.follow(setPage), [source]);
  useEffect(() => source.watchReadOnArrival(setReadOnArrival), [source]);

  if (page === undefined || readOnArrival === null) return null;
  if (page === null) {
    return (
      <main className="side-panel">
        <p className="muted" role="status">
          {t('panel_noTab')}
        </p>
        <button type="button" className="primary" onClick={source.openShortlist}>
          {t('pop_openShortlist')}
        </button>
      </main>
    );
  }
  return <PageCard key={`${page.tabId} ${page.url ?? ''}`} source={source} page={page} readOnArrival={readOnArrival} />;
}
