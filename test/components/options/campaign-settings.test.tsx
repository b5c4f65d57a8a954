// The options page: create, edit, activate and delete campaigns; bad input gets a clear message at
// its field and changes nothing; what is stored survives a damaged value.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignSettingsPage, type CampaignStore } from '../../../components/options/CampaignSettings';
import { LanguageSetting } from '../../../components/options/LanguageSetting';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { renderApp } from '../../../components/shared/render-app';
import { openDatabase } from '../../../lib/db';
import { loadCampaigns, NO_CAMPAIGNS, saveCampaigns, type CampaignSettings } from '../../../lib/campaign/settings';
import { getLocale, setLocale, text, TextError } from '../../../lib/i18n';
import { CURRENCIES } from '../../../lib/shortlist/pricing';
import { loadSettings } from '../../../lib/settings';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { fieldIn, typeIn } from '../../helpers/form-fields';

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
const fieldOf = (label: string) => fieldIn(mounted.container, label);
const type = (label: string, value: string) => typeIn(mounted.container, label, value);
const press = (label: string, key: string) => act(async () => void fieldOf(label).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
/** Types into a picker and takes the first match with Enter. */
async function pick(label: string, query: string) {
  await type(label, query);
  await press(label, 'Enter');
}
/** The names shown as chosen in a picker, in order. */
const chips = (label: string) => [...fieldOf(label).closest('.picker')!.querySelectorAll('.chip')].map((chip) => chip.querySelector('span')!.textContent);
/** The matches a picker lists for what was typed. */
const matches = (label: string) => [...fieldOf(label).closest('.picker')!.querySelectorAll('[role="option"]')].map((option) => option.textContent);
const submit = () => act(async () => q<HTMLFormElement>('form')!.requestSubmit());

describe('campaign settings', () => {
  it('creates a campaign from the form, which becomes the active one', async () => {
    let next = 0;
    await mounted.render(<CampaignSettingsPage store={store} newId={() => `id-${++next}`} />);
    await act(async () => button('New campaign').click());
    await type('Name', '春季护肤 US');
    await pick('Target markets', 'United States');
    await pick('Target markets', 'ca');
    await pick('Content languages', 'english');
    await pick('Content languages', 'Spanish');
    await type('Niche keywords', 'skincare, #kbeauty；护肤');
    await type('Budget per post', '3,600');
    await type('Currency', 'CNY');
    expect(fieldOf('Exchange rate').closest('.field')!.textContent).toContain('1 USD =CNY');
    await type('Exchange rate: CNY per US dollar', '7.2');
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

  it('refuses a form without a name, a budget or a rate that is no positive number, at the field, and saves nothing', async () => {
    await mounted.render(<CampaignSettingsPage store={store} />);
    await act(async () => button('New campaign').click());
    await submit();
    /** The refusal under a field, which the field is marked with and described by. */
    const refusalAt = (label: string) => {
      const field = fieldOf(label);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(field);
      return document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent;
    };
    const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 60)));
    await settle();
    expect(refusalAt('Name')).toBe('Give the campaign a name.');
    expect(q('[role="alert"]')?.textContent).toBe('Give the campaign a name.');
    await type('Name', 'Spring');
    await type('Budget per post', '-5');
    await submit();
    await settle();
    expect(refusalAt('Budget per post')).toBe('The budget per post must be a positive amount.');
    expect(fieldOf('Name').getAttribute('aria-invalid')).toBeNull();
    await type('Budget per post', '500');
    await type('Currency', 'THB');
    for (const rate of ['0', '-35', 'abc']) {
      await type('Exchange rate', rate);
      await submit();
      await settle();
      expect(refusalAt('Exchange rate')).toBe('The rate to the US dollar must be a positive number.');
    }
    expect(saves).toBe(0);
    // No rate is a budget compared once a rate is given.
    await type('Exchange rate', '');
    await submit();
    expect(stored.campaigns[0]!.budget).toEqual({ amount: 500, currency: 'THB', perUsd: null });
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
    await act(async () => [...q<HTMLElement>('[data-campaign="Beta"]')!.querySelectorAll('button')].find((b) => b.textContent === 'Archive')!.click());
    expect(stored).toEqual({ campaigns: [{ ...campaign('a', 'Alpha 2') }], activeId: null });
  });

  it('takes the keyboard into the form and back to the button that opened it, and past a deleted campaign', async () => {
    const campaign = (id: string, name: string) => ({ id, name, targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null });
    stored = { campaigns: [campaign('a', 'Alpha'), campaign('b', 'Beta'), campaign('c', 'Gamma')], activeId: 'a' };
    await mounted.render(<CampaignSettingsPage store={store} newId={() => 'd'} />);
    const nameField = () => fieldOf('Name');
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
    await act(async () => rowButton('Beta 2', 'Archive').click());
    await settle();
    expect(document.activeElement).toBe(q('[data-campaign="Gamma"] input[type="radio"]'));
    await act(async () => rowButton('Gamma', 'Archive').click());
    await settle();
    expect(stored.campaigns.map((c) => c.name)).toEqual(['Alpha']);
    expect(document.activeElement).toBe(button('New campaign'));
  });

  it('picks content languages and markets by name with the keyboard, and stores their codes as they were', async () => {
    // An older campaign: a market typed as free text and a language code the list does not offer.
    stored = { campaigns: [{ id: 'a', name: 'Alpha', targetMarkets: ['US', '东南亚'], languages: ['en', 'xx'], keywords: [], platforms: [], budget: null, minTier: null }], activeId: 'a' };
    await mounted.render(<CampaignSettingsPage store={store} />);
    await act(async () => button('Edit').click());
    expect(chips('Target markets')).toEqual(['United States', '东南亚']);
    expect(chips('Content languages')).toEqual(['English', 'xx']);

    // Saved untouched, every stored code stays as it was.
    await submit();
    expect(stored.campaigns[0]).toMatchObject({ targetMarkets: ['US', '东南亚'], languages: ['en', 'xx'] });

    await act(async () => button('Edit').click());
    // Type to filter (names and codes, chosen ones left out), arrows to move, Enter to add.
    await type('Content languages', 'port');
    expect(matches('Content languages')).toEqual(['Portuguese pt']);
    await type('Content languages', 'an');
    const offered = matches('Content languages');
    await press('Content languages', 'ArrowDown');
    await press('Content languages', 'Enter');
    const second = offered[1]!.replace(/ \S+$/, '');
    expect(chips('Content languages')).toEqual(['English', 'xx', second]);
    expect(fieldOf('Content languages').value).toBe('');
    expect(mounted.container.textContent).toContain(`Added ${second}.`);

    // Escape closes the list, and Enter in a field with text never submits the form.
    await type('Content languages', 'span');
    await press('Content languages', 'Escape');
    expect(matches('Content languages')).toEqual([]);
    await press('Content languages', 'Enter');
    expect(saves).toBe(1);

    // Backspace in the empty field removes the last one; a chip's × removes its own.
    await type('Content languages', '');
    await press('Content languages', 'Backspace');
    expect(chips('Content languages')).toEqual(['English', 'xx']);
    await act(async () => q<HTMLButtonElement>('[aria-label="Remove xx"]')!.click());
    expect(chips('Content languages')).toEqual(['English']);
    expect(document.activeElement).toBe(fieldOf('Content languages'));
    await act(async () => q<HTMLButtonElement>('[aria-label="Remove United States"]')!.click());
    // A name in neither language finds nothing, and Enter adds nothing.
    await pick('Target markets', 'Deutschland');
    expect(fieldOf('Target markets').closest('.picker')!.textContent).toContain('No country or region matches “Deutschland”.');
    expect(chips('Target markets')).toEqual(['东南亚']);
    await pick('Target markets', 'germ');
    await submit();
    expect(stored.campaigns[0]).toMatchObject({ targetMarkets: ['东南亚', 'DE'], languages: ['en'] });
  });

  it('starts a new campaign in the default currency, which is kept in the settings', async () => {
    await mounted.render(<CampaignSettingsPage store={store} />);
    await act(async () => {});
    expect(fieldOf('Currency for new campaigns').value).toBe('USD');
    expect((fieldOf('Currency for new campaigns') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('US Dollar (USD)');
    await type('Currency for new campaigns', 'CNY');
    expect((await loadSettings()).defaultCurrency).toBe('CNY');
    await act(async () => button('New campaign').click());
    expect(fieldOf('Currency').value).toBe('CNY');
    expect(fieldOf('Exchange rate').closest('.field')!.textContent).toContain('1 USD =CNY');

    // Opened again, the page reads the default back.
    await mounted.render(<></>);
    await mounted.render(<CampaignSettingsPage store={store} />);
    await act(async () => {});
    expect(fieldOf('Currency for new campaigns').value).toBe('CNY');
    await act(async () => button('New campaign').click());
    await type('Name', 'Spring');
    await type('Budget per post', '3600');
    await type('Exchange rate', '7.2');
    await submit();
    expect(stored.campaigns[0]!.budget).toEqual({ amount: 3600, currency: 'CNY', perUsd: 7.2 });
  });

  it('reads no campaigns from a damaged stored value, and drops an active id that names none', async () => {
    const db = openDatabase(`options-${Math.random().toString(36).slice(2)}`);
    await fakeBrowser.storage.local.set({ campaigns: { campaigns: 'oops' } });
    expect(await loadCampaigns(db)).toEqual(NO_CAMPAIGNS);
    await saveCampaigns(db, { campaigns: [], activeId: null });
    await fakeBrowser.storage.local.set({ campaigns: { campaigns: [], activeId: 'gone' } });
    expect(await loadCampaigns(db)).toEqual(NO_CAMPAIGNS);
    await db.delete();
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
    expect(q('h2')?.textContent).toBe('投放活动');
    // Currency codes are shown as codes.
    expect(englishLeft(mounted.container, CURRENCIES)).toEqual([]);

    await act(async () => button('编辑').click());
    expect(q('form')?.getAttribute('aria-label')).toBe('编辑“春季护肤”');
    expect([...mounted.container.querySelectorAll('option')].map((o) => o.textContent)).toContain('小型达人');
    expect(mounted.container.textContent).toContain('汇率：1 美元兑换多少 CNY');
    // Stored codes show by their Chinese names; currency codes are shown as codes.
    expect(chips('目标市场')).toEqual(['美国']);
    expect(chips('内容语言')).toEqual(['英语']);
    expect((fieldOf('币种') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('人民币（CNY）');
    expect(englishLeft(mounted.container, CURRENCIES)).toEqual([]);

    await type('名称', ' ');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('请为投放活动命名。');
    await type('名称', '春季护肤 2');
    // A language found by its Chinese name, its English name or its code, named in Chinese.
    await type('内容语言', '西班牙');
    expect(matches('内容语言')).toEqual(['西班牙语 es']);
    await type('内容语言', 'Spanish');
    expect(matches('内容语言')).toEqual(['西班牙语 es']);
    await press('内容语言', 'Enter');
    await type('内容语言', '克林贡');
    expect(fieldOf('内容语言').closest('.picker')!.textContent).toContain('没有与“克林贡”匹配的语言。');
    await type('内容语言', '');
    expect(chips('内容语言')).toEqual(['英语', '西班牙语']);
    await type('单条作品预算', '-5');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('单条作品预算必须是正数。');
    await type('单条作品预算', '500');
    await type('汇率', '0');
    await submit();
    expect(q('[role="alert"]')?.textContent).toBe('对美元的汇率必须是正数。');
    expect(saves).toBe(0);
    await type('汇率', '7.2');
    await submit();
    expect(q('[role="status"]')?.textContent).toBe('已保存“春季护肤 2”。');
    expect(stored.campaigns[0]).toMatchObject({ name: '春季护肤 2', languages: ['en', 'es'], targetMarkets: ['US'], budget: { amount: 500, currency: 'CNY', perUsd: 7.2 } });

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
    expect(englishLeft(mounted.container, CURRENCIES)).toEqual([]);
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
        renderApp(root, 'titleOptions', () => <OptionsPage store={store} />),
      );
      await act(async () => {});
      const headings = () => [...root.querySelectorAll('h1, h2')].map((heading) => `${heading.tagName} ${heading.textContent}`);
      expect(headings()).toEqual(['H1 Settings', 'H2 Language', 'H2 Outreach', 'H2 Campaigns']);
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
      expect(headings()).toEqual(['H1 设置', 'H2 界面语言', 'H2 建联记录', 'H2 投放活动']);
      expect(root.querySelector<HTMLSelectElement>('.language-setting select')?.value).toBe('zh_CN');
      expect(englishLeft(root, CURRENCIES)).toEqual([]);
    } finally {
      root.remove();
    }
  });
});
