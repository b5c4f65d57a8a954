// What was last scored in each tab: the toolbar badge shows its grade, and the popup opened
// again on the same page shows that result at once instead of reading the page again. Kept in
// the browser's session storage (memory only, extension contexts only), dropped when the tab
// goes to another page or closes.
import { browser } from 'wxt/browser';
import { t, type Locale } from '../i18n';
import { chosenLocale } from '../i18n/setting';
import { SnapshotSchema, type Snapshot } from '../schema/snapshot';
import type { Grade } from '../schema/assessment';
import { entryFor, stored, tabKey, withoutFragment } from './tab-memory-entry';

export type { TabScore } from './tab-memory-entry';

/** Badge colours per grade, dark enough for white text (WCAG AA, 4.5:1 or more). */
export const BADGE_COLORS: Record<Grade | 'none', string> = {
  S: '#1b6e3a',
  A: '#2a6a1f',
  B: '#6b5a00',
  C: '#8a4b00',
  D: '#a1262a',
  none: '#505050',
};

/** The badge for a result: the grade, or "?" when the page could not be scored; its title in `locale`. */
export function badgeFor(grade: Grade | null, locale?: Locale): { text: string; color: string; title: string } {
  return grade
    ? { text: grade, color: BADGE_COLORS[grade], title: t('pg_badgeGrade', { grade }, locale) }
    : { text: '?', color: BADGE_COLORS.none, title: t('pg_badgeNotScored', undefined, locale) };
}

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
export function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

// The background page has no UI language of its own: titles follow the language setting.
async function showBadge(tabId: number, grade: Grade | null): Promise<void> {
  const badge = badgeFor(grade, await chosenLocale());
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ tabId, text: badge.text }),
    button.setBadgeBackgroundColor({ tabId, color: badge.color }),
    button.setTitle({ tabId, title: badge.title }),
  ]);
}

/** Keeps the tab's result and shows its grade on the toolbar button. */
export async function rememberScore(tabId: number, url: string, snapshot: Snapshot, grade: Grade | null): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: entryFor(url, snapshot) });
  await showBadge(tabId, grade);
}

/**
 * A remembered reading (./tab-memory-entry's `readFrom`: the tab's entry if it was read from the
 * same page), checked: null when there is none or it fails the schema.
 */
export function checkRemembered(unchecked: unknown): Snapshot | null {
  if (unchecked === null) return null;
  const snapshot = SnapshotSchema.safeParse(unchecked);
  return snapshot.success ? snapshot.data : null;
}

/**
 * Called for every address change of every tab: does nothing unless the tab holds a result read
 * from another page, which it then forgets with its badge.
 */
export async function forgetIfMoved(tabId: number, url: string): Promise<void> {
  const entry = await stored(tabId);
  if (entry && entry.url !== withoutFragment(url)) await forgetTab(tabId);
}

/** Forgets the tab's result and clears its badge (the tab left the page, or closed). */
export async function forgetTab(tabId: number, tabOpen = true): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
  if (!tabOpen) return;
  const button = toolbarButton();
  const title = t('commandScore', undefined, await chosenLocale());
  await Promise.all([button.setBadgeText({ tabId, text: '' }), button.setTitle({ tabId, title })]).catch(() => {
    // The tab closed meanwhile: nothing left to clear.
  });
}
