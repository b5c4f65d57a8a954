// The toolbar button of a tab: the grade of what was scored there, or "?" when it could not be
// graded, and its tooltip in the chosen language.
import { browser } from 'wxt/browser';
import { t, type Locale } from '../i18n';
import { chosenLocale } from '../i18n/setting';
import type { Grade } from '../schema/assessment';

/** Badge colours per grade, dark enough for white text (WCAG AA, 4.5:1 or more). */
export const BADGE_COLORS: Record<Grade | 'none', string> = {
  S: '#1b6e3a',
  A: '#2a6a1f',
  B: '#6b5a00',
  C: '#8a4b00',
  D: '#a1262a',
  none: '#505050',
};

/**
 * The badge for a result: the grade ("~B" when provisional: too little evidence to firm it up), or
 * "?" when the page could not be graded; its title in `locale`.
 */
export function badgeFor(grade: Grade | null, locale?: Locale, provisional = false): { text: string; color: string; title: string } {
  if (!grade) return { text: '?', color: BADGE_COLORS.none, title: t('pg_badgeNotScored', undefined, locale) };
  if (provisional) return { text: `~${grade}`, color: BADGE_COLORS[grade], title: t('pg_badgeProvisional', { grade }, locale) };
  return { text: grade, color: BADGE_COLORS[grade], title: t('pg_badgeGrade', { grade }, locale) };
}

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
export function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Shows the grade on the tab's toolbar button; titled in the chosen language (the background has no UI language of its own). */
export async function showBadge(tabId: number, grade: Grade | null, provisional = false): Promise<void> {
  const badge = badgeFor(grade, await chosenLocale(), provisional);
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ tabId, text: badge.text }),
    button.setBadgeBackgroundColor({ tabId, color: badge.color }),
    button.setTitle({ tabId, title: badge.title }),
  ]);
}

/** Clears the tab's badge and gives the button its plain title back. */
export async function clearBadge(tabId: number): Promise<void> {
  const button = toolbarButton();
  const title = t('commandScore', undefined, await chosenLocale());
  await Promise.all([button.setBadgeText({ tabId, text: '' }), button.setTitle({ tabId, title })]).catch(() => {
    // The tab closed meanwhile: nothing left to clear.
  });
}
