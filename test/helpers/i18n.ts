// Rendering in Chinese for tests: switch the UI language for one test file, and find English words
// left in what a user would read.
import { afterAll, beforeAll } from 'vitest';
import { setLocale, type Locale } from '../../lib/i18n';

/** Call at the top of a test file (or describe block) to render in `locale`. */
export function useLocale(locale: Locale): void {
  beforeAll(() => setLocale(locale));
  afterAll(() => setLocale('en'));
}

/** Words a Chinese reader sees as they are: names, units, codes. */
const ALWAYS_ALLOWED = ['TikTok', 'Instagram', 'YouTube', 'Creator', 'Lens', 'CSV', 'JSON', 'KOL', 'KOC', 'CPM', 'CPE', 'CPA', 'CPC', 'ROAS', 'ROI', 'GMV', 'KPI', 'URL', 'ISO', 'USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD', 'IDR', 'MYR', 'THB', 'VND', 'PHP', 'BRL', 'MXN', 'KRW', 'TWD', 'AUD', 'CAD', 'Excel', 'LibreOffice', 'WPS', 'UTF', 'BOM', 'Alt', 'Shift', 'Reels', 'Shorts', 'HypeAuditor', 'CreatorDB', 'Influencer', 'Marketing', 'Hub', 'Rival', 'IQ', 'SpendVet', 'KOLens', 'Later', 'Socialinsider', 'Upfluence', 'FTC', 'ASA', 'CMA', 'English', 'v'];

/**
 * Latin words of three or more letters in the element's visible text and labels that are not
 * in `allowed` or the names above: English a Chinese user would be left with.
 */
export function englishLeft(root: Element, allowed: readonly string[] = []): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) texts.push(element.getAttribute(name) ?? '');
  }
  return [...new Set(texts.flatMap((value) => englishWordsIn(value, allowed)))];
}

/** Latin words of three or more letters in `value` that are not in `allowed` or the names above. */
export function englishWordsIn(value: string, allowed: readonly string[] = []): string[] {
  const allow = new Set([...ALWAYS_ALLOWED, ...allowed].map((word) => word.toLowerCase()));
  // Handles, addresses and e-mail addresses are data, not words to translate.
  const words = value.replace(/(?:https?:\/\/|www\.)\S+|@[\w.]+|\S+@\S+/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((word) => !allow.has(word.toLowerCase())))];
}
