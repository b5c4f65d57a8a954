import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '../../components/Popup';
import { creatorId, loadHistory, loadSample, openDatabase, recordPosts, saveSnapshot } from '../../lib/db';
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
  async context(snapshot) {
    const id = creatorId(snapshot.platform, snapshot.creator.handle);
    await recordPosts(db, snapshot, Date.now());
    const [seen, history] = await Promise.all([loadSample(db, id), loadHistory(db, id)]);
    return { seenPosts: seen.map((entry) => entry.post), history };
  },
  save: (snapshot, note, assessment) =>
    saveSnapshot(db, snapshot, note, Date.now(), {
      scoringVersion: assessment.scoringVersion,
      score: assessment.score,
      grade: assessment.grade,
    }),
  openShortlist() {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup actions={actions} />
  </StrictMode>,
);
