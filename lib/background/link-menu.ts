// "Score this creator" on links to creator pages: opens the link in a new tab and scores it there
// (the grade shows on the toolbar badge, and the popup opened on that tab shows the card at once).
import { browser, type Browser } from 'wxt/browser';
import type { CreatorLensDatabase } from '../db';
import { t } from '../i18n';
import { chosenLocale } from '../i18n/setting';
import { flatText } from '../i18n/text';
import { CREATOR_HOST_PATTERNS } from '../platforms/hosts';
import { identifyPage } from '../platforms/pages';
import { toolbarButton } from '../reading/badge';
import { readTab } from '../reading/read-tab';
import { rememberScore } from '../reading/tab-memory';
import { failure } from '../schema/failure';
import type { ReadPageResponse } from '../schema/reading';
import { scoreSnapshot } from '../shortlist/score';

export const SCORE_LINK_MENU = 'score-link';

/** Adds "Score this creator" to the menu of links to the three sites, in the UI language (again after an update or a language change). */
export async function createMenus(): Promise<void> {
  const title = t('menuScoreLink', undefined, await chosenLocale());
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: SCORE_LINK_MENU,
      title,
      contexts: ['link'],
      targetUrlPatterns: [...CREATOR_HOST_PATTERNS],
    });
  });
}

/** Resolves once the tab has finished loading (or after `limitMs`, for a page that never says so). */
export function tabLoaded(tabId: number, limitMs = 30_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (updated: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (updated === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, limitMs);
    browser.tabs.onUpdated.addListener(listener);
  });
}

export interface ScoreLinkDeps {
  read(tabId: number): Promise<ReadPageResponse>;
  loaded(tabId: number): Promise<void>;
  now(): number;
}

const DEFAULT_DEPS: ScoreLinkDeps = { read: readTab, loaded: tabLoaded, now: Date.now };

/**
 * Opens the creator link in a new tab next to `opener`, reads it once loaded, and keeps the result
 * for that tab with its grade on the badge. Returns the page's answer (a failure says why).
 */
export async function scoreLink(db: CreatorLensDatabase, url: string, opener: { index?: number } | undefined, deps: ScoreLinkDeps = DEFAULT_DEPS): Promise<ReadPageResponse> {
  const tab = await browser.tabs.create({ url, active: true, ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}) });
  if (tab.id === undefined) return failure('page-unreachable', flatText('pg_linkNotOpened'));
  if (!identifyPage(url).supported) return deps.read(tab.id);
  await deps.loaded(tab.id);
  const response = await deps.read(tab.id);
  if (response.ok) {
    const { assessment } = await scoreSnapshot(db, response.snapshot, { record: true, now: deps.now() });
    const shown = (await browser.tabs.get(tab.id).catch(() => undefined))?.url ?? url;
    await rememberScore(tab.id, shown, response.snapshot, assessment.grade, assessment.provisional);
    // Chrome 127+ opens the popup on the new tab; elsewhere the badge invites the click.
    await Promise.resolve()
      .then(() => toolbarButton().openPopup?.())
      .catch(() => undefined);
  }
  return response;
}
