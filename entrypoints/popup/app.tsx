// The popup itself, loaded while lib/reading/first-look's first look (and reading) is under way.
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import type { CreatorActions } from '../../components/score-card/CreatorPanel';
import { renderApp } from '../../components/shared/render-app';
import { boundShortcuts, openShortlist } from '../../lib/background/shortcut';
import { sidePanelOpener } from '../../lib/background/side-panel';
import { attachOffered, deliverablesOfReading } from '../../lib/campaign/deliverable-offers';
import { campaignFit, recentPosts } from '../../lib/campaign/fit';
import { bookCreators, bookingOf } from '../../lib/campaign/booking';
import { activeCampaign, loadCampaigns } from '../../lib/campaign/settings';
import { openDatabase, type CreatorLensDatabase } from '../../lib/db';
import { findCreator } from '../../lib/db/creators';
import { saveSnapshot } from '../../lib/db/readings';
import { detectLanguages } from '../../lib/campaign/language';
import { flatText } from '../../lib/i18n/text';
import type { FirstLook } from '../../lib/reading/first-look';
import { injectReader } from '../../lib/reading/inject';
import { checkRemembered, rememberScore } from '../../lib/reading/tab-memory';
import { savedAssessmentOf } from '../../lib/shortlist/grade-history';
import { failure } from '../../lib/schema/failure';
import { scoreReading, scoreSnapshot } from '../../lib/shortlist/score';

export function mountPopup(first: Promise<FirstLook>): void {
  const db = openDatabase();
  // Opened while the page is still being read: the creator's sample and history are read from it next.
  // A failure shows there, where the popup says the sample could not be read.
  db.open().catch(() => undefined);
  const actions = { ...popupActions(first, db), openSidePanel: sidePanelButton(), shortcuts: async () => boundShortcuts(await browser.commands.getAll()) };
  renderApp(document.getElementById('root')!, 'titlePopup', () => <Popup actions={actions} />);
}

/**
 * "Open in side panel", where the browser has one. The window is asked for now: the browser opens a
 * panel only within the click, with nothing awaited first. The popup then closes, as it would on a
 * click in the page; opened as a page (popup.html?tab=<id>) it stays.
 */
function sidePanelButton(): (() => void) | null {
  const open = sidePanelOpener();
  if (open === null) return null;
  let windowId: number | undefined;
  browser.windows.getCurrent().then((window) => (windowId = window.id), () => undefined);
  const inTab = new URLSearchParams(location.search).has('tab');
  return () => {
    if (windowId === undefined) return;
    open(windowId).then(() => inTab || window.close(), (error: unknown) => console.warn('Creator Lens could not open the side panel:', error));
  };
}

/**
 * What the popup does, starting from the first look lib/reading/first-look took; the side panel does
 * the same for each page it follows.
 */
export function popupActions(first: Promise<FirstLook>, db: CreatorLensDatabase): CreatorActions {
  // The first look's reading is the first score's; "Score again" reads the page anew.
  let firstReadingTaken = false;

  return {
    async score() {
      const look = await first;
      if (look.tabId === null) return failure('page-unreachable', flatText('pop_noTab'));
      const reading = await (look.reading !== null && !firstReadingTaken ? look.reading : injectReader(look.tabId));
      firstReadingTaken = true;
      return scoreReading(db, reading, Date.now());
    },
    // What the first look found remembered for the tab's page (the popup asks once, when it opens).
    async recall() {
      const snapshot = checkRemembered((await first).remembered);
      return snapshot === null ? null : scoreSnapshot(db, snapshot, { record: false, now: Date.now() });
    },
    async remember(snapshot, assessment) {
      const { tabId } = await first;
      const url = tabId === null ? undefined : (await browser.tabs.get(tabId)).url;
      if (tabId !== null && url) await rememberScore(tabId, url, snapshot, assessment.grade, assessment.provisional);
    },
    save: (snapshot, note, assessment) => saveSnapshot(db, snapshot, note, Date.now(), savedAssessmentOf(assessment)),
    async campaignFit(snapshot, assessment, seenPosts) {
      const campaign = activeCampaign(await loadCampaigns(db));
      if (!campaign) return null;
      const posts = recentPosts(snapshot, seenPosts, assessment);
      const detections = await detectLanguages(snapshot.creator.bio, posts);
      return campaignFit(snapshot, assessment, campaign, detections, posts);
    },
    shortlisted: (snapshot) => findCreator(db, snapshot.platform, snapshot.creator.handle),
    deliverables: (snapshot, fresh) => deliverablesOfReading(db, snapshot, fresh),
    attachOffered: (offer, snapshot) => attachOffered(db, offer, snapshot, crypto.randomUUID(), Date.now()),
    booking: (creatorId) => bookingOf(db, creatorId),
    async addToCampaign(campaignId, creatorId) {
      await bookCreators(db, campaignId, [creatorId], Date.now());
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    openShortlist() {
      void openShortlist();
    },
  };
}
