// The popup itself, loaded while lib/popup-start's first look (and reading) is under way.
import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '../../components/popup/Popup';
import { renderApp } from '../../components/shared/render-app';
import { campaignFit, recentPosts } from '../../lib/campaign/fit';
import { activeCampaign, loadCampaigns } from '../../lib/campaign/settings';
import { openDatabase, saveSnapshot, type CreatorLensDatabase } from '../../lib/db';
import { detectLanguages } from '../../lib/campaign/language';
import { injectReader } from '../../lib/reading/inject';
import { parseResponse } from '../../lib/reading/check';
import type { FirstLook } from '../../lib/reading/first-look';
import { failure } from '../../lib/schema/failure';
import { flatText } from '../../lib/i18n/text';
import { contextFor, lookUpEarly, type EarlyContext } from '../../lib/shortlist/scoring-inputs';
import { checkRemembered, rememberScore } from '../../lib/reading/tab-memory';

export function mountPopup(first: Promise<FirstLook>): void {
  const db = openDatabase();
  // Opened while the page is still being read: the creator's sample and history are read from it next.
  // A failure shows there, where the popup says the sample could not be read.
  db.open().catch(() => undefined);
  const actions = popupActions(first, db);
  renderApp(document.getElementById('root')!, 'titlePopup', () => <Popup actions={actions} />);
}

/** What the popup does, starting from the first look lib/popup-start took. */
export function popupActions(first: Promise<FirstLook>, db: CreatorLensDatabase): PopupActions {
  // The first look's reading is the first score's; "Score again" reads the page anew.
  let firstReadingTaken = false;
  // The stored inputs of the creator the last answer named, looked up while the answer was checked.
  let early: EarlyContext | null = null;

  return {
    async score() {
      const look = await first;
      if (look.tabId === null) return failure('page-unreachable', flatText('pop_noTab'));
      const reading = await (look.reading !== null && !firstReadingTaken ? look.reading : injectReader(look.tabId));
      firstReadingTaken = true;
      if (!('unchecked' in reading)) return reading;
      early = lookUpEarly(db, reading.unchecked);
      return parseResponse(reading.unchecked);
    },
    context(snapshot, record) {
      const ahead = early;
      early = null;
      return contextFor(db, snapshot, Date.now(), record, ahead);
    },
    // What the first look found remembered for the tab's page (the popup asks once, when it opens).
    recall: async () => checkRemembered((await first).remembered),
    async remember(snapshot, assessment) {
      const { tabId } = await first;
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
}
