// Which language the pages show: the one chosen in the options, else the browser's own.
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../settings';
import { localeOf, type Locale } from './index';

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

export async function chosenLocale(): Promise<Locale> {
  const { language } = await loadSettings();
  return language === 'auto' ? localeOf(browserLanguage()) : language;
}

/** Calls back whenever the language setting may have changed; returns the unsubscribe. */
export function onLanguageChange(callback: () => void): () => void {
  return watchSettings(() => callback());
}
