// Results typed by hand from a campaign's Results section: the dialog refuses bad input at its field
// with nothing stored, saves results for the creator as a whole or for one delivered post (typed
// again, they replace what was stored), shows what is stored when opened again, and reads in Chinese.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignResults } from '../../../components/dashboard/CampaignResults';
import { campaignFromDraft, emptyDraft } from '../../../lib/campaign/draft';
import type { CampaignRecord } from '../../../lib/db/campaign-record';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { addPoint, attachDeliverable } from '../../../lib/db/deliverables';
import { saveSnapshot } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { fieldIn, typeIn } from '../../helpers/form-fields';
import { useReactRoot } from '../../helpers/render';
import { makeSnapshot } from '../../helpers/snapshots';

const NOW = Date.UTC(2026, 2, 1, 12);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let campaign: CampaignRecord;

beforeEach(async () => {
  db = openDatabase(`results-dialog-${Math.random().toString(36).slice(2)}`);
  const made = campaignFromDraft({ ...emptyDraft('USD'), name: 'Serum launch', amount: '600' }, null, 'c1', NOW);
  if (!('campaign' in made)) throw new Error('campaign not made');
  campaign = made.campaign;
  await saveSnapshot(db, makeSnapshot(), '', NOW);
  await addToCampaign(db, 'c1', ['tiktok:lena'], NOW);
  await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), fee: { amount: 500, currency: 'USD' } });
  await attachDeliverable(db, { id: 'd1', campaignId: 'c1', creatorId: 'tiktok:lena', platform: 'tiktok', postKey: 'tiktok:7301', url: 'https://www.tiktok.com/@lena/video/7301', dueDate: null, postedAt: null, attachedAt: NOW, attachedBy: 'typed' });
  await addPoint(db, { deliverableId: 'd1', at: NOW, views: 10_000, likes: 100, comments: 20, shares: 5, saves: 1, disclosure: 'clear', available: true });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const dialog = () => q<HTMLDialogElement>('dialog.results-dialog');
const open = async (name: string) => {
  const button = [...mounted.container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);
  if (!button) throw new Error(`No button “${name}”`);
  await act(async () => button.click());
  await mounted.until(() => dialog() !== null, 'the results dialog');
};
const submit = () => act(async () => dialog()!.querySelector('form')!.requestSubmit());
const refusalAt = (label: string) => {
  const field = fieldIn(dialog()!, label);
  const id = field.getAttribute('aria-describedby');
  return field.getAttribute('aria-invalid') === 'true' && id ? (document.getElementById(id)?.textContent ?? null) : null;
};
const valueOf = (label: string) => fieldIn(dialog()!, label).value;
const clicksShown = () => q('.results-intent tbody tr td span')?.firstChild?.textContent;

async function render() {
  await mounted.render(<CampaignResults db={db} campaign={campaign} now={() => NOW} />);
  await mounted.until(() => q('.results-intent') !== null, 'the results tables');
}

describe('in English', () => {
  useLocale('en');

  it('refuses -5 clicks, "abc" orders and refunds without revenue at their fields, and stores nothing', async () => {
    await render();
    await open('Enter results for @lena');
    await typeIn(dialog()!, 'Clicks', '-5');
    await typeIn(dialog()!, 'Orders', 'abc');
    await typeIn(dialog()!, 'Refunds', '40');
    await typeIn(dialog()!, 'Items sold', '12');
    await submit();
    expect(refusalAt('Clicks')).toBe('A whole number from 0, like 1200 or 1,200.');
    expect(refusalAt('Orders')).toBe('A whole number from 0, like 1200 or 1,200.');
    expect(refusalAt('Refunds')).toBe('Refunds come out of revenue: type the revenue too.');
    expect(refusalAt('Items sold')).toBeNull();
    expect(dialog()!.textContent).toContain('Some fields need a change');
    expect(document.activeElement).toBe(fieldIn(dialog()!, 'Clicks'));
    expect(await db.results.count()).toBe(0);
    await typeIn(dialog()!, 'Revenue (GMV)', '12.345');
    await typeIn(dialog()!, 'Clicks', '');
    await typeIn(dialog()!, 'Orders', '');
    await submit();
    expect(refusalAt('Revenue (GMV)')).toMatch(/^An amount from 0/);
    expect(await db.results.count()).toBe(0);
  });

  it('an empty form saves nothing and says to type a figure', async () => {
    await render();
    await open('Enter results for @lena');
    await submit();
    expect(dialog()!.querySelector('[role="alert"]')?.textContent).toBe('Type at least one figure.');
    expect(await db.results.count()).toBe(0);
  });

  it('saves the creator’s results typed by hand, which the section then counts, and shows them when opened again', async () => {
    await render();
    expect(clicksShown()).toBe('needs clicks');
    await open('Enter results for @lena');
    expect(dialog()!.querySelector('[data-testid="stored-note"]')?.textContent).toBe('Nothing typed for this yet.');
    await typeIn(dialog()!, 'Clicks', '1,200');
    await typeIn(dialog()!, 'Orders', '30');
    await typeIn(dialog()!, 'Revenue (GMV)', '1500,50');
    await typeIn(dialog()!, 'Refunds', '0');
    await submit();
    await mounted.until(() => dialog() === null, 'the dialog to close');
    expect(await db.results.toArray()).toMatchObject([
      { id: 'c1|manual|creator:tiktok:lena', creatorId: 'tiktok:lena', deliverableId: null, source: 'manual', matchedBy: 'creator:tiktok:lena', clicks: 1200, orders: 30, itemsSold: null, newCustomers: null, revenue: { amount: 1500.5, currency: 'USD' }, refunds: { amount: 0, currency: 'USD' }, commission: null, fileName: null, at: NOW },
    ]);
    await mounted.until(() => clicksShown() === '1,200', 'the clicks counted');
    await mounted.until(() => document.activeElement?.getAttribute('aria-label') === 'Enter results for @lena', 'the keyboard back on Enter results');
    expect(mounted.container.textContent).toContain('Results of @lena saved.');
    await open('Enter results for @lena');
    expect(valueOf('Clicks')).toBe('1200');
    expect(valueOf('Revenue (GMV)')).toBe('1500.5');
    expect(valueOf('Items sold')).toBe('');
    expect(dialog()!.querySelector('[data-testid="stored-note"]')?.textContent).toMatch(/^Showing what was typed on /);
  });

  it('saves results for one delivered post apart from the creator’s, and typed again they replace it', async () => {
    await render();
    await open('Enter results for @lena');
    await typeIn(dialog()!, 'Results for', 'd1');
    await typeIn(dialog()!, 'Orders', '7');
    await submit();
    await mounted.until(() => dialog() === null, 'the dialog to close');
    await open('Enter results for @lena');
    // The creator as a whole has nothing typed; the post shows its 7 orders.
    expect(valueOf('Orders')).toBe('');
    await typeIn(dialog()!, 'Results for', 'd1');
    expect(valueOf('Orders')).toBe('7');
    await typeIn(dialog()!, 'Orders', '9');
    await submit();
    await mounted.until(() => dialog() === null, 'the dialog to close');
    expect(await db.results.toArray()).toMatchObject([{ matchedBy: 'post:d1', deliverableId: 'd1', orders: 9 }]);
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');

  it('asks and refuses in Chinese', async () => {
    await render();
    await open('为 @lena 录入效果数据');
    await typeIn(dialog()!, '点击量', '-5');
    await submit();
    expect(refusalAt('点击量')).toBe('请输入 0 或以上的整数，例如 1200 或 1,200。');
    // Left as they are: the creator's and the campaign's names, the post's address, GMV and currency codes.
    const data = ['lena', 'Serum', 'launch', 'GMV', 'tiktok', 'video', 'www', 'com', 'https', 'USD', 'INR', 'CHF', 'TRY', 'SEK', 'PLN', 'AED', 'SAR'];
    expect(englishLeft(dialog()!, data)).toEqual([]);
  });
});
