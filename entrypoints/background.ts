import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { oncePerAddress, recordVisit } from '../lib/auto-sample';
import { openDatabase } from '../lib/db';
import { onScoreTab } from '../lib/messaging';
import { readTab } from '../lib/read-tab';
import { loadSettings } from '../lib/settings';

export default defineBackground(() => {
  const db = openDatabase();
  onScoreTab(({ tabId }) => readTab(tabId));

  const sample = oncePerAddress((tabId, url) => {
    recordVisit(db, url, () => readTab(tabId), Date.now(), loadSettings)
      .catch((error: unknown) => {
        console.warn('Creator Lens could not record this visit:', error);
      });
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A full load ends with status "complete"; an in-app navigation only changes the URL.
    if (change.status === 'complete' || change.url !== undefined) sample.seen(tabId, tab.url ?? change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => sample.forget(tabId));
});
