// The campaign dialog's costs and margin: exchange rates for costs in other currencies and the gross
// margin, refused at their field when they do not read (nothing stored), stored and shown again when
// they do, with the currency the results count in named; in English and in Chinese.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignsView } from '../../../components/dashboard/CampaignsView';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { fieldIn, typeIn } from '../../helpers/form-fields';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

const NOW = Date.UTC(2026, 2, 1);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', location.pathname);
  db = openDatabase(`campaign-costs-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
async function click(name: string) {
  const found = [...mounted.container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name);
  if (!found) throw new Error(`No button “${name}”`);
  await act(async () => found.click());
}
const type = (label: string, value: string) => typeIn(mounted.container, label, value);
const refusalAt = (label: string) => {
  const field = fieldIn(mounted.container, label);
  const id = field.getAttribute('aria-describedby');
  return field.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent ?? null : null;
};
const submit = () => act(async () => q<HTMLFormElement>('dialog form')!.requestSubmit());

async function openNew(newCampaign = 'New campaign') {
  let next = 0;
  await mounted.render(<CampaignsView db={db} onMessage={() => {}} newId={() => `c${++next}`} now={() => NOW} />);
  await mounted.until(() => q('.campaigns-table, .empty') !== null, 'the campaigns');
  await click(newCampaign);
}

describe('costs and margin in English', () => {
  useLocale('en');
  const RATES = 'Exchange rates for costs in other currencies';

  it.each([
    [RATES, 'EUR', 'Could not read “EUR”. Write a 3-letter currency code and a number above 0, such as EUR 1.08; separate them with “;”.'],
    [RATES, 'EUR 1.08; GBP -2', 'Could not read “GBP -2”. Write a 3-letter currency code and a number above 0, such as EUR 1.08; separate them with “;”.'],
    ['Gross margin (%)', '120', 'Enter a percentage above 0 and at most 100, such as 35, or leave it empty.'],
    ['Gross margin (%)', '0', 'Enter a percentage above 0 and at most 100, such as 35, or leave it empty.'],
  ])('refuses %s of “%s” at the field and stores nothing', async (label, value, message) => {
    await openNew();
    await type('Name', 'Serum launch');
    await type(label, value);
    await submit();
    expect(refusalAt(label)).toBe(message);
    expect(q('dialog')).not.toBeNull();
    expect(await db.campaigns.count()).toBe(0);
  });

  it('stores the rates and margin, names the currency the results count in, and shows them again', async () => {
    await openNew();
    expect(q('dialog')?.textContent).toContain('Results are counted in USD: no budget set, so US dollars.');
    await type('Name', 'Serum launch');
    await type('Currency', 'CNY');
    await type('Budget per post', '3,600');
    await type('Exchange rate: CNY per US dollar', '7.2');
    expect(q('dialog')?.textContent).toContain('Results are counted in CNY: the budget’s currency.');
    await type(RATES, 'usd 7.2; EUR=7,8');
    await type('Gross margin (%)', '35%');
    await submit();
    await mounted.until(() => q('dialog') === null, 'the dialog to close');
    expect(await db.campaigns.get('c1')).toMatchObject({ costRates: { USD: 7.2, EUR: 7.8 }, grossMarginPercent: 35 });
    await click('Edit Serum launch');
    expect(fieldIn(mounted.container, RATES).value).toBe('USD 7.2; EUR 7.8');
    expect(fieldIn(mounted.container, 'Gross margin (%)').value).toBe('35');
  });
});

describe('costs and margin in Chinese', () => {
  useLocale('zh_CN');

  it('refuses a margin above 100 in Chinese', async () => {
    await openNew('新建投放活动');
    await type('名称', '精华上新');
    await type('毛利率（%）', '120');
    await submit();
    expect(refusalAt('毛利率（%）')).toBe('请输入大于 0、不超过 100 的百分比（如 35），或留空。');
  });
});
