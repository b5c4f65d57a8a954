// The options page: create, edit, activate and delete campaigns; bad input gets a clear message
// and changes nothing; what is stored survives a damaged value.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignSettingsPage, type CampaignStore } from '../../../components/options/CampaignSettings';
import { LanguageSetting } from '../../../components/options/LanguageSetting';
import { renderApp } from '../../../components/shared/render-app';
import { loadCampaigns, NO_CAMPAIGNS, saveCampaigns, type CampaignSettings } from '../../../lib/campaign/settings';
import { getLocale, setLocale, text, TextError } from '../../../lib/i18n';
import { CURRENCIES } from '../../../lib/shortlist/pricing';
import { loadSettings } from '../../../lib/settings';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

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

  it('takes the keyboard into the form and back to the button that opened it, and past a deleted campaign', async () => {
    const campaign = (id: string, name: string) => ({ id, name, targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null });
    stored = { campaigns: [campaign('a', 'Alpha'), campaign('b', 'Beta'), campaign('c', 'Gamma')], activeId: 'a' };
    await mounted.render(<CampaignSettingsPage store={store} newId={() => 'd'} />);
    const nameField = () => [...mounted.container.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Name'))!.querySelector('input');
    const rowButton = (name: string, text: string) => [...q<HTMLElement>(`[data-campaign="${name}"]`)!.querySelectorAll('button')].find((b) => b.textContent === text)!;
    const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 60)));

    // New campaign: into the Name field; Cancel: back to New campaign.
    await act(async () => button('New campaign').click());
    expect(document.activeElement).toBe(nameField());
    await act(async () => button('Cancel').click());
    await settle();
    expect(document.activeElement).toBe(button('New campaign'));

    // Edit: into the Name field; Save: back to that campaign's Edit.
    await act(async () => rowButton('Beta', 'Edit').click());
    expect(document.activeElement).toBe(nameField());
    await type('Name', 'Beta 2');
    await submit();
    await settle();
    expect(stored.campaigns.map((c) => c.name)).toEqual(['Alpha', 'Beta 2', 'Gamma']);
    expect(document.activeElement).toBe(rowButton('Beta 2', 'Edit'));

    // Delete: to the next campaign's first control; the last one: to New campaign.
    await act(async () => rowButton('Beta 2', 'Delete').click());
    await settle();
    expect(document.activeElement).toBe(q('[data-campaign="Gamma"] input[type="radio"]'));
    await act(async () => rowButton('Gamma', 'Delete').click());
    await settle();
    expect(stored.campaigns.map((c) => c.name)).toEqual(['Alpha']);
    expect(document.activeElement).toBe(button('New campaign'));
  });

  it('reads no campaigns from a damaged stored value, and drops an active id that names none', async () => {
    await fakeBrowser.storage.local.set({ campaigns: { campaigns: 'oops' } });
    expect(await loadCampaigns()).toEqual(NO_CAMPAIGNS);
    await saveCampaigns({ campaigns: [], activeId: null });
    await fakeBrowser.storage.local.set({ campaigns: { campaigns: [], activeId: 'gone' } });
    expect(await loadCampaigns()).toEqual(NO_CAMPAIGNS);
  });
});

const sample = (id: string, name: string): CampaignSettings['campaigns'][number] => ({
  id,
  name,
  targetMarkets: ['US'],
  languages: ['en'],
  keywords: ['护肤'],
  platforms: ['tiktok'],
  budget: { amount: 3_600, currency: 'CNY', perUsd: 7.2 },
  minTier: 'micro',
});

describe('campaign settings in Chinese', () => {
  useLocale('zh_CN');

  it('the list, the form and its messages are all in Chinese', async () => {
    stored = { campaigns: [sample('a', '春季护肤'), sample('b', '夏季防晒')], activeId: 'a' };
    await mounted.render(<CampaignSettingsPage store={store} />);
    expect(q('h1')?.textContent).toBe('投放活动');
    expect(englishLeft(mounted.container)).toEqual([]);

    await act(async () => button('编辑').click());
    expect(q('form')?.getAttribute('aria-label')).toBe('编辑“春季护肤”');
    expect([...mounted.container.querySelectorAll('option')].map((o) => o.textContent)).toContain('小型达人');
    expect(mounted.container.textContent).toContain('每 1 美元兑 CNY');
    // Currency codes are shown as codes.
    expect(englishLeft(mounted.container, CURRENCIES)).toEqual([]);

    await type('名称', ' ');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('请为投放活动命名。');
    await type('名称', '春季护肤 2');
    await type('内容语言', 'english');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('“english”不是语言代码：请使用两个字母的代码，例如 en、de、zh。');
    await type('内容语言', 'en');
    await type('单条作品预算', '-5');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('单条作品预算必须是正数。');
    await type('单条作品预算', '500');
    await type('每 1 美元兑', '0');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('对美元的汇率必须是正数。');
    expect(saves).toBe(0);
    await type('每 1 美元兑', '7.2');
    await submit();
    expect(q('[role="status"]')?.textContent).toBe('已保存“春季护肤 2”。');

    await act(async () => q<HTMLInputElement>('[data-campaign="夏季防晒"] input[type="radio"]')!.click());
    expect(q('[role="status"]')?.textContent).toBe('已启用“夏季防晒”。');
    await act(async () => button('新建投放活动').click());
    expect(englishLeft(mounted.container, CURRENCIES)).toEqual([]);
  });

  it('says in Chinese when the campaigns cannot be read or saved', async () => {
    const failing: CampaignStore = {
      load: async () => ({ campaigns: [sample('a', '春季护肤')], activeId: null }),
      save: async () => {
        throw new TextError(text('pop_noTab'));
      },
    };
    await mounted.render(<CampaignSettingsPage store={failing} />);
    await act(async () => q<HTMLInputElement>('[data-campaign="春季护肤"] input[type="radio"]')!.click());
    expect(q('[role="alert"]')?.textContent).toBe('未保存：没有可读取的标签页。');

    await mounted.render(<CampaignSettingsPage store={{ ...failing, load: async () => Promise.reject(new TextError(text('pop_noTab'))) }} />);
    expect(englishLeft(mounted.container)).toEqual([]);
  });
});

describe('the options page language', () => {
  afterEach(() => setLocale('en'));

  it('saves the language chosen, and shows its words', async () => {
    await mounted.render(<LanguageSetting />);
    await act(async () => {});
    const select = q<HTMLSelectElement>('.language-setting select')!;
    expect(select.value).toBe('auto');
    expect([...select.options].map((option) => option.value)).toEqual(['auto', 'en', 'zh_CN']);
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'zh_CN');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await loadSettings()).language).toBe('zh_CN');
  });

  it('switching to Chinese re-renders the whole options page in Chinese', async () => {
    stored = { campaigns: [sample('a', '春季护肤')], activeId: 'a' };
    const root = document.createElement('div');
    document.body.append(root);
    try {
      await act(async () =>
        renderApp(root, 'titleOptions', () => (
          <>
            <LanguageSetting />
            <CampaignSettingsPage store={store} />
          </>
        )),
      );
      await act(async () => {});
      expect(root.querySelector('h1')?.textContent).toBe('Campaigns');
      expect(document.title).toBe('Settings · Creator Lens');

      const select = root.querySelector<HTMLSelectElement>('.language-setting select')!;
      await act(async () => {
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'zh_CN');
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      // The storage change re-renders the page once the setting is read back.
      await act(async () => {});
      await act(async () => {});
      expect(getLocale()).toBe('zh_CN');
      expect(document.documentElement.lang).toBe('zh-CN');
      expect(document.title).toBe('设置 · Creator Lens');
      expect(root.querySelector('h1')?.textContent).toBe('投放活动');
      expect(root.querySelector<HTMLSelectElement>('.language-setting select')?.value).toBe('zh_CN');
      expect(englishLeft(root)).toEqual([]);
    } finally {
      root.remove();
    }
  });
});
