// The follow-up setting as stored: three days until the user sets it, a whole number of days from 1
// to 60, and a stored value out of range read as the default rather than trusted.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('the follow-up days', () => {
  it('are three until the user sets them, then what they set', async () => {
    expect((await loadSettings()).followUpDays).toBe(3);
    await saveSettings({ followUpDays: 7 });
    expect((await loadSettings()).followUpDays).toBe(7);
  });

  it.each([0, 61, 2.5, -3, Number.NaN])('refuse %d and keep what was stored', async (days) => {
    await saveSettings({ followUpDays: 5 });
    await expect(saveSettings({ followUpDays: days })).rejects.toThrow();
    expect((await loadSettings()).followUpDays).toBe(5);
  });

  it.each([1, 60])('take %d', async (days) => {
    await saveSettings({ followUpDays: days });
    expect((await loadSettings()).followUpDays).toBe(days);
  });

  it('read a stored value out of range as the default', async () => {
    await fakeBrowser.storage.local.set({ settings: { followUpDays: 400 } });
    expect((await loadSettings()).followUpDays).toBe(3);
  });
});
