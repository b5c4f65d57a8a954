import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('records visits by default, and remembers the user turning it off', async () => {
    expect(await loadSettings()).toEqual({ recordVisits: true });
    await saveSettings({ recordVisits: false });
    expect(await loadSettings()).toEqual({ recordVisits: false });
  });

  it('falls back to the defaults for a damaged stored value, without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { recordVisits: 'yes please' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
