// The options page: create, edit, activate and delete campaigns; bad input gets a clear message
// and changes nothing; what is stored survives a damaged value.
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignSettingsPage, type CampaignStore } from '../components/CampaignSettings';
import { NO_CAMPAIGNS, type CampaignSettings } from '../lib/campaign';
import { loadCampaigns, saveCampaigns } from '../lib/campaign-store';
import { useReactRoot } from './helpers/render';

const mounted = useReactRoot();
let stored: CampaignSettings;
let saves: number;
const store: CampaignStore = {
  load: async () => stored,
  save: async (settings) => {
    saves += 1;
    stored = settings;
  },
};
beforeEach(() => {
  stored = NO_CAMPAIGNS;
  saves = 0;
  fakeBrowser.reset();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const button = (text: string) => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === text)!;
async function type(label: string, value: string) {
  const field = [...mounted.container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
  const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const submit = () => act(async () => q<HTMLFormElement>('form')!.requestSubmit());

describe('campaign settings', () => {
  it('creates a campaign from the form, which becomes the active one', async () => {
    let next = 0;
    await mounted.render(<CampaignSettingsPage store={store} newId={() => `id-${++next}`} />);
    await act(async () => button('New campaign').click());
    await type('Name', '春季护肤 US');
    await type('Target markets', 'US, CA');
    await type('Content languages', 'en, ES');
    await type('Niche keywords', 'skincare, #kbeauty；护肤');
    await type('Budget per post', '3,600');
    await type('Currency', 'CNY');
    await type('CNY per US dollar', '7.2');
    await type('Minimum tier', 'micro');
    await act(async () => q<HTMLInputElement>('fieldset input[type="checkbox"]')!.click());
    await submit();
    expect(stored).toEqual({
      activeId: 'id-1',
      campaigns: [
        {
          id: 'id-1',
          name: '春季护肤 US',
          targetMarkets: ['US', 'CA'],
          languages: ['en', 'es'],
          keywords: ['skincare', '#kbeauty', '护肤'],
          platforms: ['tiktok'],
          budget: { amount: 3600, currency: 'CNY', perUsd: 7.2 },
          minTier: 'micro',
        },
      ],
    });
    expect(mounted.container.textContent).toContain('Saved “春季护肤 US”.');
    expect(q<HTMLInputElement>('[data-campaign="春季护肤 US"] input[type="radio"]')!.checked).toBe(true);
  });

  it('refuses a form without a name or with a wrong language code, and saves nothing', async () => {
    await mounted.render(<CampaignSettingsPage store={store} />);
    await act(async () => button('New campaign').click());
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('Give the campaign a name.');
    await type('Name', 'Spring');
    await type('Content languages', 'english');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('“english” is not a language code: use two letters such as en, de, zh.');
    await type('Content languages', 'en');
    await type('Budget per post', '-5');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('The budget per post must be a positive amount.');
    expect(saves).toBe(0);
  });

  it('switches the active campaign, edits one and deletes one', async () => {
    const campaign = (id: string, name: string) => ({ id, name, targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null });
    stored = { campaigns: [campaign('a', 'Alpha'), campaign('b', 'Beta')], activeId: 'a' };
    await mounted.render(<CampaignSettingsPage store={store} />);
    await act(async () => q<HTMLInputElement>('[data-campaign="Beta"] input[type="radio"]')!.click());
    expect(stored.activeId).toBe('b');
    await act(async () => q<HTMLElement>('[data-campaign="Alpha"]')!.querySelector('button')!.click());
    await type('Name', 'Alpha 2');
    await submit();
    expect(stored.campaigns.map((c) => c.name)).toEqual(['Alpha 2', 'Beta']);
    await act(async () => [...q<HTMLElement>('[data-campaign="Beta"]')!.querySelectorAll('button')].find((b) => b.textContent === 'Delete')!.click());
    expect(stored).toEqual({ campaigns: [{ ...campaign('a', 'Alpha 2') }], activeId: null });
  });

  it('reads no campaigns from a damaged stored value, and drops an active id that names none', async () => {
    await fakeBrowser.storage.local.set({ campaigns: { campaigns: 'oops' } });
    expect(await loadCampaigns()).toEqual(NO_CAMPAIGNS);
    await saveCampaigns({ campaigns: [], activeId: null });
    await fakeBrowser.storage.local.set({ campaigns: { campaigns: [], activeId: 'gone' } });
    expect(await loadCampaigns()).toEqual(NO_CAMPAIGNS);
  });
});
