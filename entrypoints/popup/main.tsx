import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '../../components/Popup';
import { creatorId, loadSample, openDatabase, recordPosts, saveSnapshot } from '../../lib/db';
import { requestScore } from '../../lib/messaging';
import { failure } from '../../lib/schema';
import '../../components/theme.css';

// The tab to score: the active tab, or one named by ?tab=<id> (the popup opened in a tab).
async function targetTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const db = openDatabase();
const actions: PopupActions = {
  async score() {
    const tabId = await targetTabId();
    return tabId === null ? failure('page-unreachable', 'No tab to read.') : requestScore(tabId);
  },
  async sample(snapshot) {
    await recordPosts(db, snapshot, Date.now());
    const seen = await loadSample(db, creatorId(snapshot.platform, snapshot.creator.handle));
    return seen.map((entry) => entry.post);
  },
  save: (snapshot, note) => saveSnapshot(db, snapshot, note, Date.now()),
  openShortlist() {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup actions={actions} />
  </StrictMode>,
);
