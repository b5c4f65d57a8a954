import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '../../components/Popup';
import { openDatabase, saveSnapshot } from '../../lib/db';
import { requestScore } from '../../lib/messaging';
import { failure, flatText } from '../../lib/schema';
import { scoringContext } from '../../lib/score-context';
import { recallScore, rememberScore } from '../../lib/tab-memory';
import { activeCampaign, campaignFit, recentPosts } from '../../lib/campaign';
import { loadCampaigns } from '../../lib/campaign-store';
import { detectLanguages } from '../../lib/detect-language';
import { renderApp } from '../../components/render-app';
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
    return tabId === null ? failure('page-unreachable', flatText('pop_noTab')) : requestScore(tabId);
  },
  context: (snapshot, record) => scoringContext(db, snapshot, Date.now(), record),
  async recall() {
    const tabId = await targetTabId();
    if (tabId === null) return null;
    const { url } = await browser.tabs.get(tabId);
    return url ? recallScore(tabId, url) : null;
  },
  async remember(snapshot, assessment) {
    const tabId = await targetTabId();
    const url = tabId === null ? undefined : (await browser.tabs.get(tabId)).url;
    if (tabId !== null && url) await rememberScore(tabId, url, snapshot, assessment.grade);
  },
  save: (snapshot, note, assessment) =>
    saveSnapshot(db, snapshot, note, Date.now(), {
      scoringVersion: assessment.scoringVersion,
      score: assessment.score,
      grade: assessment.grade,
    }),
  async campaignFit(snapshot, assessment, seenPosts) {
    const campaign = activeCampaign(await loadCampaigns());
    if (!campaign) return null;
    const posts = recentPosts(snapshot, seenPosts, assessment);
    const detections = await detectLanguages(snapshot.creator.bio, posts);
    return campaignFit(snapshot, assessment, campaign, detections, posts);
  },
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
  openShortlist() {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  },
};

renderApp(document.getElementById('root')!, 'titlePopup', () => <Popup actions={actions} />);
