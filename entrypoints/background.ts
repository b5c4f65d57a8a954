import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { oncePerAddress, recordVisit } from '../lib/background/record-visits';
import { openDatabase } from '../lib/db';
import { createMenus, SCORE_LINK_MENU, scoreLink } from '../lib/background/link-menu';
import { handleCommand } from '../lib/background/shortcut';
import { welcomeOnInstall } from '../lib/background/welcome';
import { onLanguageChange } from '../lib/i18n/setting';
import { readTab } from '../lib/reading/read-tab';
import { loadSettings } from '../lib/settings';
import { forgetIfMoved, forgetTab } from '../lib/reading/tab-memory';

export default defineBackground(() => {
  const db = openDatabase();

  const sample = oncePerAddress((tabId, url) => {
    recordVisit(db, url, () => readTab(tabId), Date.now(), loadSettings)
      .catch((error: unknown) => {
        console.warn('Creator Lens could not record this visit:', error);
      });
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A full load ends with status "complete"; an in-app navigation only changes the URL.
    if (change.status === 'complete' || change.url !== undefined) sample.seen(tabId, tab.url ?? change.url);
    // Another page in the tab: the grade on the badge was for the one before.
    if (change.url !== undefined) void forgetIfMoved(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    sample.forget(tabId);
    void forgetTab(tabId, false);
  });

  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    welcomeOnInstall(reason).catch((error: unknown) => console.warn('Creator Lens could not open its welcome page:', error));
  });
  onLanguageChange(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SCORE_LINK_MENU || !info.linkUrl) return;
    scoreLink(db, info.linkUrl, tab).catch((error: unknown) => console.warn('Creator Lens could not score that link:', error));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    handleCommand(command, tab?.windowId).catch((error: unknown) => console.warn('Creator Lens shortcut failed:', error));
  });
});
