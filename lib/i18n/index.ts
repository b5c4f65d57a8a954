// The UI language and the words in it. The dictionaries are bundled (not read through
// browser.i18n.getMessage) so the language can be switched in the options without restarting the
// browser; the same messages are written to _locales/ at build time for the manifest and the stores.
import { IntlMessageFormat } from 'intl-messageformat';
import { en, zh_CN, type MessageKey } from './dictionary';
import { isText, type Text, type TextParam } from './text';
import { oncePerKey } from '../memo';

export { text, type Text, type TextParam } from './text';
export type { MessageKey } from './dictionary';

export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, zh_CN };

let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** The BCP 47 tag for Intl and <html lang>: 'en' or 'zh-CN'. */
export function localeTag(locale: Locale = current): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

/** The language the browser's own UI is in, as one of ours: any Chinese is Simplified Chinese, anything else English. */
export function localeOf(browserLanguage: string | undefined): Locale {
  return /^zh(?:$|[-_])/i.test(browserLanguage ?? '') ? 'zh_CN' : 'en';
}

// A message is parsed (intl-messageformat) the first time it is shown, in each language, and kept:
// a score card shows some sixty (click to card 5-8% faster with them kept, paired, 40 opens).
const compiled = oncePerKey((id: string): IntlMessageFormat => {
  const [locale, key] = id.split('\u0000') as [Locale, MessageKey];
  return new IntlMessageFormat(DICTIONARIES[locale][key] ?? en[key] ?? key, localeTag(locale), undefined, { ignoreTag: true });
});

function values(params: Record<string, TextParam> | undefined, locale: Locale): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = isText(value) ? say(value, locale) : value;
  return out;
}

/** The message in the UI language (or the one given). */
export function t(key: MessageKey, params?: Record<string, TextParam>, locale: Locale = current): string {
  try {
    return String(compiled(`${locale}\u0000${key}`).format(values(params, locale)));
  } catch {
    // A value missing from the call: show the message's words rather than nothing.
    return DICTIONARIES[locale][key] ?? key;
  }
}

/** A Text as read back from storage or a message: its key is only known to be a string. */
export interface LooseText {
  key: string;
  params?: Record<string, TextParam>;
}

/** A Text in words; a plain string (from an older record) as it is; an unknown key as the key. */
export function say(value: Text | LooseText | string | null | undefined, locale: Locale = current): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Object.hasOwn(en, value.key)) return value.key;
  return t(value.key as MessageKey, value.params, locale);
}

/** A Text in English, whatever the UI language (tests, logs, the CSV of an English team). */
export function english(value: Text | LooseText | string | null | undefined): string {
  return say(value, 'en');
}

/** An error that carries what to tell the user; its `message` is the English words, for logs. */
export class TextError extends Error {
  constructor(readonly text: Text) {
    super(english(text));
    this.name = 'TextError';
  }
}

/** What went wrong, in the UI language: a TextError's text, else the error's own message. */
export function problem(error: unknown): string {
  if (error instanceof TextError) return say(error.text);
  if (typeof error === 'object' && error !== null && isText((error as { text?: unknown }).text)) return say((error as { text: LooseText }).text);
  return error instanceof Error ? error.message : String(error);
}
