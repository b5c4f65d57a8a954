// The side panel (Chrome's side panel, Firefox's sidebar): follows the active tab of its window, or
// of the window named by ?window=<id> when opened as a page of its own.
import { browser } from 'wxt/browser';
import '../../components/shared/theme.css';
import '../../components/score-card/ScoreCard.css';
import '../../components/score-card/CreatorPanel.css';
import { SidePanel, type SidePanelSource } from '../../components/sidepanel/SidePanel';
import { renderApp } from '../../components/shared/render-app';
import { openShortlist } from '../../lib/background/shortcut';
import { openDatabase } from '../../lib/db';
import { followActiveTab } from '../../lib/reading/follow-tab';
import { lookAtPage } from '../../lib/reading/first-look';
import { loadSettings, watchSettings } from '../../lib/settings';
import { popupActions } from '../popup/app';

async function followedWindow(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('window'));
  if (Number.isInteger(named) && named > 0) return named;
  return (await browser.windows.getCurrent()).id;
}

const db = openDatabase();
db.open().catch(() => undefined);
const windowId = followedWindow();

const source: SidePanelSource = {
  follow(onPage) {
    let stop: (() => void) | undefined;
    let stopped = false;
    windowId.then(
      (id) => {
        if (id === undefined) onPage(null);
        else if (!stopped) stop = followActiveTab(id, onPage);
      },
      () => onPage(null),
    );
    return () => {
      stopped = true;
      stop?.();
    };
  },
  actionsFor: (page) => popupActions(lookAtPage(page.tabId, page.url), db),
  watchReadOnArrival(onChange) {
    loadSettings().then((settings) => onChange(settings.readOnArrival), () => onChange(false));
    return watchSettings((settings) => onChange(settings.readOnArrival));
  },
  openShortlist() {
    void openShortlist();
  },
};

renderApp(document.getElementById('root')!, 'panel_title', () => <SidePanel source={source} />);
