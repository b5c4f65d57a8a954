// The user's settings, kept in the extension's local storage under "settings", validated when read.
import { storage, type Unwatch } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** The follow-up setting's range: a day at least, two months at most. */
export const FOLLOW_UP_DAYS = { min: 1, max: 60 } as const;

export const SettingsSchema = z.object({
  /** Record a snapshot (profiles) or a post (post pages) whenever a shortlisted creator's page is opened. */
  recordVisits: z.boolean(),
  /** The UI language: the browser's, or one chosen in the options. */
  language: z.enum(['auto', 'en', 'zh_CN']),
  /** The budget currency a new campaign starts with (ISO 4217). */
  defaultCurrency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** The side panel reads a creator page as soon as the tab shows it, instead of waiting to be asked. */
  readOnArrival: z.boolean(),
  /** Days a contact attempt may wait for an answer before the campaign page asks for a follow-up. */
  followUpDays: z.int().check(z.minimum(FOLLOW_UP_DAYS.min), z.maximum(FOLLOW_UP_DAYS.max)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_FALLBACK: Settings = { recordVisits: true, language: 'auto', defaultCurrency: 'USD', readOnArrival: false, followUpDays: 3 };

/**
 * The stored settings, as stored: `unknown`, since an older version or a damaged write may have left
 * anything there. Read them with loadSettings or watchSettings, write them with saveSettings.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: SETTINGS_FALLBACK });

/** A missing field reads as its fallback; a value that does not parse (older or damaged) reads as the fallback. */
function readSettings(stored: unknown): Settings {
  const parsed = z.partial(SettingsSchema).safeParse(stored);
  return { ...SETTINGS_FALLBACK, ...(parsed.success ? parsed.data : {}) };
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(SettingsSchema.parse(next));
  return next;
}

/** Calls back with the settings, read as loadSettings reads them, whenever the stored value changes. */
export function watchSettings(callback: (settings: Settings) => void): Unwatch {
  return settingsItem.watch((stored) => callback(readSettings(stored)));
}
