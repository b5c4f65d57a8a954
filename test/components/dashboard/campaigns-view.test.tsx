// The dashboard's Campaigns view: create a campaign in its dialog, refuse bad input at the field with
// nothing stored, edit, set active, archive and unarchive, in English and in Chinese.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignsView } from '../../../components/dashboard/CampaignsView';
import { activeCampaign, loadCampaigns } from '../../../lib/campaign/settings';
import { listCampaigns } from '../../../lib/db/campaigns';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { fieldIn, typeIn } from '../../helpers/form-fields';

const NOW = Date.UTC(2026, 2, 1);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];
beforeEach(() => {
  fakeBrowser.reset();
  // Each test starts on the list of campaigns, whatever page the one before left open.
  history.replaceState(null, '', location.pathname);
  said = [];
  db = openDatabase(`campaigns-view-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const buttonNamed = (name: string) =>
  [...mounted.container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name) ?? null;
async function click(name: string) {
  const found = buttonNamed(name);
  if (!found) throw new Error(`No button “${name}”: ${mounted.container.innerHTML.slice(0, 800)}`);
  await act(async () => found.click());
}
const fieldOf = (label: string) => fieldIn(mounted.container, label);
const type = (label: string, value: string) => typeIn(mounted.container, label, value);
/** The message shown at a field, or null. */
const refusalAt = (label: string) => {
  const field = fieldOf(label);
  const id = field.getAttribute('aria-describedby');
  return field.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent ?? null : null;
};
const submit = () => act(async () => q<HTMLFormElement>('dialog form')!.requestSubmit());
const rows = () => [...mounted.container.querySelectorAll('.campaigns-table tbody tr')].map((row) => [...row.children].slice(0, 5).map((cell) => cell.textContent?.trim()));
const settle = () => mounted.until(() => q('.campaigns-table, .empty') !== null, 'the campaigns');

async function render() {
  let next = 0;
  await mounted.render(<CampaignsView db={db} onMessage={(text) => said.push(text)} newId={() => `c${++next}`} now={() => NOW} />);
  await settle();
}

async function createLaunch() {
  await click('New campaign');
  await type('Name', 'Serum launch');
  await type('Goal', 'conversion');
  await type('Start date', '2026-03-01');
  await type('End date', '2026-04-30');
  await type('Total budget', '50,000');
  await type('Budget per post', '3,600');
  await type('Currency', 'CNY');
  await type('Exchange rate: CNY per US dollar', '7.2');
  await type('CPA (cost per order)', '80');
  await type('ROAS (sales ÷ spend)', '3');
  await submit();
  await mounted.until(() => q('dialog') === null, 'the dialog to close');
}

describe('the Campaigns view', () => {
  it('creates a campaign with its goal, dates, budget and KPI targets; the first becomes the active one', async () => {
    await render();
    expect(q('.empty')?.textContent).toMatch(/No campaigns yet/);
    await createLaunch();
    expect(rows()).toEqual([['Serum launch', 'Conversion', '2026-03-01 – 2026-04-30', expect.stringMatching(/3,600/), '✓ Active']]);
    const [stored] = await listCampaigns(db);
    expect(stored).toMatchObject({ id: 'c1', goal: 'conversion', budget: { amount: 3600, currency: 'CNY', perUsd: 7.2 }, totalBudget: { amount: 50_000, currency: 'CNY' }, kpiTargets: { cpm: null, cpe: null, cpa: 80, roas: 3, totalViews: null } });
    // The popup's campaign fit reads it.
    expect(activeCampaign(await loadCampaigns(db))?.name).toBe('Serum launch');
    expect(said).toEqual(['Saved “Serum launch”.']);
  });

  it.each([
    ['Budget per post', '-5', 'The budget per post must be a positive amount.'],
    ['CPM (cost per 1,000 views)', 'abc', 'Enter a number above 0, such as 12.5, or leave it empty.'],
    ['Total views', '-5', 'Enter a number above 0, such as 12.5, or leave it empty.'],
    ['Total budget', 'abc', 'Enter a number above 0, such as 12.5, or leave it empty.'],
  ])('refuses %s of %s at the field, keeps the dialog open and stores nothing', async (label, value, message) => {
    await render();
    await click('New campaign');
    await type('Name', 'Bad');
    await type(label, value);
    await submit();
    expect(refusalAt(label)).toBe(message);
    expect(q('dialog')).not.toBeNull();
    expect(await db.campaigns.count()).toBe(0);
  });

  it('refuses an end before the start, at the end date', async () => {
    await render();
    await click('New campaign');
    await type('Name', 'Backwards');
    await type('Start date', '2026-05-01');
    await type('End date', '2026-04-01');
    await submit();
    expect(refusalAt('End date')).toBe('The end date is before the start date.');
    expect(await db.campaigns.count()).toBe(0);
  });

  it('edits a campaign, keeping what was not changed', async () => {
    await render();
    await createLaunch();
    await click('Edit Serum launch');
    expect(fieldOf('CPA (cost per order)').value).toBe('80');
    await type('Name', 'Serum relaunch');
    await type('CPA (cost per order)', '-5');
    await submit();
    expect(refusalAt('CPA (cost per order)')).toMatch(/number above 0/);
    expect((await db.campaigns.get('c1'))?.name).toBe('Serum launch');
    await type('CPA (cost per order)', '60');
    await submit();
    await mounted.until(() => q('dialog') === null, 'the dialog to close');
    expect(await db.campaigns.get('c1')).toMatchObject({ name: 'Serum relaunch', kpiTargets: { cpa: 60, roas: 3 }, budget: { amount: 3600 }, createdAt: NOW });
  });

  it('sets another campaign active, archives it (then none is active) and unarchives it', async () => {
    await render();
    await createLaunch();
    await click('New campaign');
    await type('Name', 'Autumn');
    await submit();
    await mounted.until(() => rows().length === 2, 'two campaigns');
    await click('Set active: Autumn');
    expect(rows().map((row) => row[4])).toEqual(['', '✓ Active']);
    expect(activeCampaign(await loadCampaigns(db))?.name).toBe('Autumn');
    await act(async () => [...mounted.container.querySelectorAll('tbody tr')][1]!.querySelector<HTMLButtonElement>('button:last-child')!.click());
    await mounted.until(() => rows().length === 1, 'the archived one hidden');
    expect(activeCampaign(await loadCampaigns(db))).toBeNull();
    expect(said.at(-1)).toBe('Archived “Autumn”; it is no longer offered in the popup.');
    await act(async () => q<HTMLInputElement>('.show-archived input')!.click());
    expect(rows().map((row) => row[0])).toEqual(['Serum launch', 'Autumn (archived)']);
    await click('Unarchive');
    await mounted.until(() => (q('.show-archived') === null), 'no archived campaign left');
    expect((await db.campaigns.get('c2'))?.archivedAt).toBeNull();
  });
  it('says inside the open dialog why a save failed, keeps what was typed, and stores nothing', async () => {
    await render();
    await click('New campaign');
    await type('Name', 'Serum launch');
    db.close();
    await submit();
    const alert = q('dialog [role="alert"]');
    expect(alert?.textContent).toMatch(/^Not saved: /);
    expect(fieldOf('Name')).toHaveProperty('value', 'Serum launch');
    await db.open();
    expect(await listCampaigns(db)).toEqual([]);
  });

  it('opens a campaign\'s own page from its name, listing the creators booked in it, and goes back to the list', async () => {
    await render();
    await createLaunch();
    await db.creators.put({ id: 'tiktok:lena', platform: 'tiktok', handle: 'lena', displayName: '莉娜 Lena', profileUrl: 'https://www.tiktok.com/@lena', notes: [], createdAt: NOW, lastSeenAt: NOW, tags: [], status: 'shortlisted', statusHistory: [{ status: 'shortlisted', at: NOW }], gradeOverride: null, price: null, email: null, targetMarket: null, doNotWork: null, updatedAt: NOW });
    await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:gone'], NOW);
    await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), fee: { amount: 8400, currency: 'CNY' } });
    await putDeal(db, { ...newDeal('c1', 'tiktok:gone', NOW), fee: { amount: 300, currency: 'USD' } });
    await act(async () => {
      location.hash = '#campaign=c1';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await mounted.until(() => q('.campaign-creators') !== null, 'the campaign page');
    expect(q('#campaign-work-title')?.textContent).toContain('Serum launch');
    await mounted.until(() => q('[data-testid="fees-agreed"]') !== null, 'the fees line');
    expect(q('[data-testid="fees-agreed"]')?.textContent).toBe('Fees agreed: CN¥8,400 of CN¥50,000 (16.80%); and $300 in other currencies, not counted against the budget');
    const booked = [...mounted.container.querySelectorAll('.campaign-creators tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(booked).toEqual([
      ['tiktok:gone (no longer on the shortlist)', '', expect.any(String), 'Fee $300', 'Edit dealRemove from campaign'],
      ['莉娜 Lena @lena · TikTok', 'Shortlisted', expect.any(String), 'Fee CN¥8,400', 'Edit dealRemove from campaign'],
    ]);
    await act(async () => {
      location.hash = '#campaign=nope';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(q('[role="alert"]')?.textContent).toMatch(/not in the database/);
    await act(async () => {
      location.hash = '#campaigns';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(rows()[0]?.[0]).toBe('Serum launch');
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');
  it('names its columns and refuses bad input in Chinese', async () => {
    await render();
    await click('新建投放活动');
    await type('名称', '双十一');
    await type('CPE（单次互动成本）', 'abc');
    await submit();
    expect(refusalAt('CPE（单次互动成本）')).toBe('请输入大于 0 的数字（如 12.5），或留空。');
  });

});
