// The user's settings, in the extension's storage, validated when read.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

export const SettingsSchema = z.object({
  /** Record a snapshot (profiles) or a post (post pages) whenever a shortlisted creator's page is opened. */
  recordVisits: z.boolean(),
  /** The UI language: the browser's, or one chosen in the options. */
  language: z.enum(['auto', 'en', 'zh_CN']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_FALLBACK: Settings = { recordVisits: true, language: 'auto' };
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEY);
  // Anything unreadable (an older or damaged value) falls back to the defaults, field by field.
  const parsed = z.partial(SettingsSchema).safeParse(stored[KEY]);
  return { ...SETTINGS_FALLBACK, ...(parsed.success ? parsed.data : {}) };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(next) });
  return next;
}
