import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { VisitSetting } from '../../../components/dashboard/VisitSetting';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_FALLBACK, loadSettings, saveSettings } from '../../../lib/settings';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('records visits by default, and remembers the user turning it off', async () => {
    expect(await loadSettings()).toEqual({ recordVisits: true, language: 'auto', readOnArrival: false });
    await saveSettings({ recordVisits: false });
    expect(await loadSettings()).toEqual({ recordVisits: false, language: 'auto', readOnArrival: false });
  });

  it('falls back to the defaults for a damaged stored value, without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { recordVisits: 'yes please' } });
    expect(await loadSettings()).toEqual(SETTINGS_FALLBACK);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(SETTINGS_FALLBACK);
  });
});

describe('the dashboard switch', () => {
  const mounted = useReactRoot();

  it('shows the setting and saves the user turning it off', async () => {
    await mounted.render(<VisitSetting />);
    await act(async () => {});
    const box = mounted.container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    await act(async () => {
      box.click();
    });
    expect((await loadSettings()).recordVisits).toBe(false);
  });

  it('explains the setting to a screen reader, and shows the explanation on demand (not on hover only)', async () => {
    await mounted.render(<VisitSetting />);
    await act(async () => {});
    const box = mounted.container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const hint = document.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toMatch(/^Opening a shortlisted creator's profile adds a dated snapshot/);
    expect(hint.className).toBe('visually-hidden');
    expect(mounted.container.querySelector('[title]')).toBeNull();

    const toggle = mounted.container.querySelector<HTMLButtonElement>('button.hint-button')!;
    expect(toggle.getAttribute('aria-label')).toBe('What recording visits does');
    expect(toggle.getAttribute('aria-controls')).toBe(hint.id);
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(hint.className).toBe('hint');
    await act(async () => {
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(hint.className).toBe('visually-hidden');
  });
});

describe('the dashboard switch in Chinese', () => {
  useLocale('zh_CN');
  const mounted = useReactRoot();

  it('is labelled and explained in Chinese', async () => {
    await mounted.render(<VisitSetting />);
    await act(async () => {});
    expect(mounted.container.textContent).toContain('记录对候选名单中达人的访问');
    expect(englishLeft(mounted.container)).toEqual([]);
  });
});
