// The deal of each creator in a campaign: the row says what was agreed, the deal dialog refuses bad
// input at its field with nothing stored, saves a whole deal with its tracking link, keeps what was
// typed when the save fails, and Remove from campaign takes out only the deal, after asking.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignCreators } from '../../../components/dashboard/CampaignCreators';
import { campaignRecordOf, type CampaignRecord } from '../../../lib/db/campaign-record';
import { putCampaign } from '../../../lib/db/campaigns';
import { newCreator } from '../../../lib/db/creators';
import { dealId } from '../../../lib/db/deal-record';
import { addToCampaign } from '../../../lib/db/deals';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { fieldIn, typeIn } from '../../helpers/form-fields';

const NOW = Date.UTC(2026, 5, 10, 12);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];
const campaign: CampaignRecord = {
  ...campaignRecordOf({ id: 'c1', name: 'Summer Glow', targetMarkets: [], languages: [], keywords: [], platforms: [], budget: { amount: 500, currency: 'EUR', perUsd: 0.9 }, minTier: null }, NOW),
};
beforeEach(async () => {
  fakeBrowser.reset();
  said = [];
  db = openDatabase(`campaign-deals-${Math.random().toString(36).slice(2)}`);
  await putCampaign(db, campaign);
  await db.creators.put(newCreator({ id: 'tiktok:lena', platform: 'tiktok', handle: 'lena', displayName: 'Lena', profileUrl: 'https://www.tiktok.com/@lena' }, NOW));
  await addToCampaign(db, 'c1', ['tiktok:lena'], NOW);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const dialog = () => q<HTMLDialogElement>('dialog')!;
const buttonIn = (within: Element, name: string) => {
  const found = [...within.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name);
  if (!found) throw new Error(`No button “${name}”: ${within.innerHTML.slice(0, 800)}`);
  return found;
};
const click = (within: Element, name: string) => act(async () => buttonIn(within, name).click());
const lineOf = (name: string) => dialog().querySelector<HTMLElement>(`[role="group"][aria-label="${name}"]`)!;
const refusalAt = (within: Element, label: string) => {
  const field = fieldIn(within, label);
  const id = field.getAttribute('aria-describedby');
  return field.getAttribute('aria-invalid') === 'true' && id ? (document.getElementById(id)?.textContent ?? null) : null;
};
const submit = () => act(async () => q<HTMLFormElement>('dialog form')!.requestSubmit());
const glance = () => q('tr[data-creator="tiktok:lena"] td:nth-of-type(3)')?.textContent;
const stored = async () => db.deals.get(dealId('c1', 'tiktok:lena'));

async function render() {
  await mounted.render(<CampaignCreators db={db} campaign={campaign} onMessage={(text) => said.push(text)} now={() => NOW} />);
  await mounted.until(() => q('tr[data-creator="tiktok:lena"]') !== null, 'the creators');
}

describe('a creator’s deal in a campaign', () => {
  it('refuses a fee of -5, a commission over 100 and a past due date at their fields, storing nothing', async () => {
    await render();
    expect(glance()).toBe('Nothing agreed yet');
    await click(mounted.container, 'Edit deal with Lena');
    expect(dialog().querySelector('h2')?.textContent).toBe('Deal with Lena in Summer Glow');
    await typeIn(dialog(), 'Fee', '-5');
    await typeIn(dialog(), 'Commission %', '140');
    await click(dialog(), 'Add a promise');
    await typeIn(lineOf('Promise 1'), 'Due by', '2026-06-01');
    await submit();
    expect(refusalAt(dialog(), 'Fee')).toBe('Type an amount from 0.01 to 1,000,000,000, like 1200 or 99.50.');
    expect(refusalAt(dialog(), 'Commission %')).toBe('A percentage above 0 and at most 100; leave it empty for no commission.');
    expect(refusalAt(lineOf('Promise 1'), 'Due by')).toBe('This day has passed (today is 2026-06-10): pick a day from today on.');
    // The keyboard goes to the first field to mend.
    expect(document.activeElement).toBe(fieldIn(dialog(), 'Fee'));
    expect((await stored())?.updatedAt).toBe(NOW);
    expect(said).toEqual([]);
  });

  it('saves a whole deal with its tracking link, and the row shows it at a glance', async () => {
    await render();
    await click(mounted.container, 'Edit deal with Lena');
    // The builder starts from the platform, the campaign and the handle; the page address is the user's.
    expect(fieldIn(dialog(), 'utm_source').value).toBe('tiktok');
    expect(fieldIn(dialog(), 'utm_campaign').value).toBe('summer-glow');
    expect(fieldIn(dialog(), 'utm_content').value).toBe('lena');
    await typeIn(dialog(), 'Page address', 'ftp://shop.example');
    expect(dialog().querySelector('.deal-utm output')?.textContent).toBe('A web address starting with https://… or http://…');
    await typeIn(dialog(), 'Page address', 'https://shop.example/serum?variant=30ml');
    expect(q('[data-testid="tracking-link"]')?.textContent).toBe('https://shop.example/serum?variant=30ml&utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena');
    await typeIn(dialog(), 'Fee', '1,200');
    expect(fieldIn(dialog(), 'Currency').value).toBe('EUR');
    await typeIn(dialog(), 'Commission %', '10');
    await typeIn(dialog(), 'Discount code', 'LENA10');
    await click(dialog(), 'Add a sample');
    await typeIn(lineOf('Sample 1'), 'Product', 'Serum 30 ml');
    await typeIn(lineOf('Sample 1'), 'Sent on', '2026-06-02');
    await click(dialog(), 'Add a promise');
    await typeIn(lineOf('Promise 1'), 'How many', '2');
    await typeIn(lineOf('Promise 1'), 'Format', 'short');
    await typeIn(lineOf('Promise 1'), 'Due by', '2026-07-01');
    await submit();
    await mounted.until(() => q('dialog') === null, 'the dialog to close');
    expect(await stored()).toMatchObject({
      fee: { amount: 1200, currency: 'EUR' },
      commissionPercent: 10,
      discountCode: 'LENA10',
      trackingLink: 'https://shop.example/serum?variant=30ml&utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena',
      samples: [{ product: 'Serum 30 ml', cost: null, sentOn: '2026-06-02', receivedOn: null }],
      promised: [{ count: 2, format: 'short', dueDate: '2026-07-01' }],
    });
    expect(said).toEqual(['Deal with Lena saved.']);
    await mounted.until(() => glance() !== 'Nothing agreed yet', 'the row to show the deal');
    expect(glance()).toMatch(/^Fee €1,200\s*10% commission\s*Code LENA10\s*2 posts promised, next due 2026-07-01\s*Samples: 1 of 1 sent, 0 received\s*Tracking link set$/);
  });

  it('keeps every field as typed and says why inside the dialog when the save fails', async () => {
    await render();
    await click(mounted.container, 'Edit deal with Lena');
    await typeIn(dialog(), 'Fee', '300');
    await typeIn(dialog(), 'Discount code', 'LENA10');
    vi.spyOn(db.deals, 'put').mockRejectedValueOnce(new Error('The disk is full'));
    await submit();
    await mounted.until(() => dialog()?.querySelector('[role="alert"]') !== null, 'the failure');
    expect(dialog().querySelector('[role="alert"]')?.textContent).toBe('The deal was not saved: The disk is full. What you typed is still here.');
    expect(fieldIn(dialog(), 'Fee').value).toBe('300');
    expect(fieldIn(dialog(), 'Discount code').value).toBe('LENA10');
    expect((await stored())?.fee).toBeNull();
    // Saved again once the disk has room.
    await submit();
    await mounted.until(() => q('dialog') === null, 'the dialog to close');
    expect((await stored())?.fee).toEqual({ amount: 300, currency: 'EUR' });
  });

  it('removes only the deal, after saying so; the creator stays on the shortlist', async () => {
    await render();
    await click(mounted.container, 'Remove from campaign: Lena');
    expect(dialog().getAttribute('role')).toBe('alertdialog');
    expect(dialog().textContent).toContain('This deletes only the deal in this campaign');
    await click(dialog(), 'Cancel');
    expect(await stored()).toBeDefined();
    await click(mounted.container, 'Remove from campaign: Lena');
    await click(dialog(), 'Remove');
    await mounted.until(() => q('tr[data-creator="tiktok:lena"]') === null, 'the row to go');
    expect(await stored()).toBeUndefined();
    expect(await db.creators.get('tiktok:lena')).toBeDefined();
    expect(said).toEqual(['Lena removed from Summer Glow.']);
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('shows the row and the whole dialog, with its refusals, in Chinese', async () => {
      await render();
      expect(glance()).toBe('尚未谈定');
      await click(mounted.container, '编辑合作条款：Lena');
      await click(dialog(), '添加样品');
      await click(dialog(), '添加约定');
      await typeIn(dialog(), '合作费用', 'abc');
      await typeIn(lineOf('约定 1'), '截止日期', '2026-06-01');
      await submit();
      expect(refusalAt(dialog(), '合作费用')).toBe('请输入 0.01 到 1,000,000,000 之间的金额，如 1200 或 99.50。');
      expect(refusalAt(lineOf('约定 1'), '截止日期')).toBe('该日期已过（今天是 2026-06-10）：请选择今天或之后的日期。');
      // Left as they are: the creator's and the campaign's names, currency codes, and the utm_ parameters' names as the link writes them.
      const data = ['Lena', 'Summer', 'Glow', 'INR', 'CHF', 'TRY', 'SEK', 'PLN', 'AED', 'SAR', 'utm', 'source', 'medium', 'campaign', 'content'];
      expect(englishLeft(mounted.container, data)).toEqual([]);
    });
  });
});
