// _locales/<lang>/messages.json in the browser's format, from the dictionaries (run at build time).
import { en, zh_CN } from './dictionary';

/** The browser's format: { key: { message } }, with "$" written "$$" (a "$" starts a placeholder there). */
export function messagesJson(dictionary: Record<string, string>): string {
  const out: Record<string, { message: string }> = {};
  for (const [key, message] of Object.entries(dictionary)) out[key] = { message: message.replaceAll('$', '$$$$') };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function localeFiles(): { relativeDest: string; contents: string }[] {
  return [
    { relativeDest: '_locales/en/messages.json', contents: messagesJson(en) },
    { relativeDest: '_locales/zh_CN/messages.json', contents: messagesJson(zh_CN) },
  ];
}
