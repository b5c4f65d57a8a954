// The campaign page's "Import results…": a seller's file chosen, its layout recognised (or its columns
// mapped by hand), the matched rows previewed and the unmatched ones listed with why, then stored;
// a file with a cell it cannot read saves nothing.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignWork } from '../../../components/dashboard/CampaignWork';
import { ResultImport } from '../../../components/dashboard/ResultImport';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { newDeal } from '../../../lib/db/deal-record';
import { putDeal } from '../../../lib/db/deals';
import { attachDeliverable } from '../../../lib/db/deliverables';
import { listResults } from '../../../lib/db/results';
import { CURRENCIES } from '../../../lib/shortlist/pricing';
import { aCampaign, aTikTokPost } from '../../helpers/campaign-work';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { enterValue, useReactRoot } from '../../helpers/render';

const NOW = new Date(2026, 3, 1, 12).getTime();
const CAMPAIGN = aCampaign({ id: 'c1', name: 'Spring glow', createdAt: NOW, budget: { amount: 500, currency: 'USD', perUsd: null } });
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];
beforeEach(async () => {
  said = [];
  db = openDatabase(`result-import-${Math.random().toString(36).slice(2)}`);
  await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), discountCode: 'LENA10' });
  await putDeal(db, { ...newDeal('c1', 'tiktok:kai', NOW), discountCode: 'KAI5' });
  await attachDeliverable(db, aTikTokPost('d1', 'lena', '7301234567890123456', { dueDate: null, postedAt: NOW, attachedAt: NOW }));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const TIKTOK_FILE = [
  'Video ID,Creator username,GMV,Orders,Items sold,Refunds,Est. commission',
  '7301234567890123456,lena,"$1,200.00",30,34,$50.00,$120.00',
  '7309999999999999999,kai,$80.00,2,2,$0.00,$8.00',
].join('\r\n');

async function openDialog(): Promise<HTMLDialogElement> {
  await mounted.render(<ResultImport db={db} campaign={CAMPAIGN} onMessage={(text) => said.push(text)} now={() => NOW} />);
  await act(async () => mounted.container.querySelector<HTMLButtonElement>('button.result-import-button')!.click());
  return mounted.container.querySelector<HTMLDialogElement>('dialog.result-import')!;
}

async function choose(dialog: HTMLDialogElement, content: string, name: string): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'text/csv' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await mounted.until(() => dialog.querySelector('[data-testid=result-layout]') !== null || dialog.querySelector('.error') !== null, 'the file read');
}

const importButton = (dialog: HTMLDialogElement) => [...dialog.querySelectorAll<HTMLButtonElement>('.dialog-buttons button')].find((button) => button.className === 'primary')!;
const previewRows = (dialog: HTMLDialogElement) => [...dialog.querySelectorAll('[data-testid=result-preview] tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

describe('Import results on a campaign page', () => {
  it('sits in the campaign page header beside Export CSV', async () => {
    await mounted.render(<CampaignWork db={db} campaign={CAMPAIGN} active={false} onMessage={() => undefined} now={() => NOW} />);
    await mounted.until(() => mounted.container.querySelector('.campaigns-head .result-import-button') !== null, 'the header');
    expect(mounted.container.querySelector('.campaigns-head .result-import-button')?.textContent).toBe('Import results…');
  });

  it('recognises a TikTok Shop export, previews what matched, lists what did not with why, and imports', async () => {
    const dialog = await openDialog();
    await choose(dialog, TIKTOK_FILE, 'affiliate.csv');
    expect(dialog.querySelector('[data-testid=result-layout]')?.textContent).toBe('Recognised as: TikTok Shop affiliate export.');
    await mounted.until(() => previewRows(dialog).length > 0, 'the preview');
    expect(previewRows(dialog)).toEqual([['video:7301234567890123456', '@lena', '2', '–', '30', '$1,200', '$50']]);
    expect(dialog.querySelector('[data-testid=result-unmatched]')?.textContent).toContain('Row 3: video 7309999999999999999 is not among this campaign’s delivered posts');
    expect(importButton(dialog).textContent).toBe('Import 1 result');

    await act(async () => importButton(dialog).click());
    await mounted.until(() => said.length > 0, 'the import notice');
    expect(said).toEqual(['1 row imported from affiliate.csv (1 not matched: listed)']);
    expect(dialog.querySelector('[data-testid=result-import-done]')?.textContent).toBe(said[0]);
    // The pressed button is gone; the keyboard is at the notice that took its place.
    expect(document.activeElement).toBe(dialog.querySelector('[data-testid=result-import-done]'));
    // The unmatched rows stay listed after the import.
    expect(dialog.querySelector('[data-testid=result-unmatched]')).not.toBeNull();
    const stored = await listResults(db, 'c1');
    expect(stored.map((result) => [result.source, result.matchedBy, result.deliverableId, result.orders, result.revenue, result.commission])).toEqual([
      ['tiktok-shop', 'video:7301234567890123456', 'd1', 30, { amount: 1200, currency: 'USD' }, { amount: 120, currency: 'USD' }],
    ]);

    // The same file again, in the same dialog: the preview says it replaces what was just imported.
    await choose(dialog, TIKTOK_FILE, 'affiliate.csv');
    await mounted.until(() => previewRows(dialog).length > 0, 'the preview again');
    expect(dialog.textContent).toContain('1 of them replaces a result imported before (the same source and match).');
  });

  it('asks for the columns of a layout it does not know, and imports once they are mapped', async () => {
    const dialog = await openDialog();
    await choose(dialog, 'Gutschein;Bestellungen;Umsatz\r\nkai5;3;75,50\r\nlena10;1;20,00\r\n', 'shop.csv');
    expect(dialog.querySelector('[data-testid=result-layout]')?.textContent).toBe('This layout is not one Creator Lens knows: say below which column is which.');
    expect(dialog.querySelector('[role=alert]')?.textContent).toContain('Choose the column that says whom a row is for');
    const selects = [...dialog.querySelectorAll<HTMLSelectElement>('.result-mapping select')];
    await enterValue(selects[0]!, 'code');
    await enterValue(selects[1]!, 'orders');
    await enterValue(selects[2]!, 'revenue');
    await mounted.until(() => previewRows(dialog).length === 2, 'the preview');
    await act(async () => importButton(dialog).click());
    await mounted.until(() => said.length > 0, 'the import notice');
    expect(said).toEqual(['2 rows imported from shop.csv (all matched)']);
    const stored = await listResults(db, 'c1');
    expect(stored.map((result) => [result.source, result.matchedBy, result.orders, result.revenue?.amount]).sort()).toEqual([
      ['mapped', 'code:KAI5', 3, 75.5],
      ['mapped', 'code:LENA10', 1, 20],
    ]);
  });

  it('names an unreadable cell at its row and column and saves nothing', async () => {
    const dialog = await openDialog();
    await choose(dialog, 'Discount code,Orders,Net sales\r\nLENA10,4,$100.00\r\nKAI5,four,$10.00\r\n', 'discounts.csv');
    await mounted.until(() => dialog.querySelector('[role=alert]') !== null, 'the cell error');
    expect(dialog.querySelector('[role=alert]')?.textContent).toContain('Row 3, Orders: “four” is not a number');
    expect(importButton(dialog).getAttribute('aria-disabled')).toBe('true');
    await act(async () => importButton(dialog).click());
    expect(await listResults(db, 'c1')).toEqual([]);
    expect(said).toEqual([]);
  });
});

describe('the currency of the amounts', () => {
  it('is the one the file’s amounts name, and a different choice is refused at the field', async () => {
    const dialog = await openDialog();
    await choose(dialog, 'Discount code;Orders;Net sales\r\nLENA10;4;1.050,00 €\r\n', 'discounts.csv');
    const select = dialog.querySelector<HTMLSelectElement>('.field select')!;
    expect(select.value).toBe('EUR');
    await enterValue(select, 'USD');
    expect(dialog.querySelector('[data-testid=result-currency-problem]')?.textContent).toBe('The file’s amounts are in EUR: choose EUR, or nothing would be converted right.');
    expect(importButton(dialog).getAttribute('aria-disabled')).toBe('true');
    await enterValue(select, 'EUR');
    await act(async () => importButton(dialog).click());
    await mounted.until(() => said.length > 0, 'the import notice');
    expect((await listResults(db, 'c1')).map((result) => result.revenue)).toEqual([{ amount: 1050, currency: 'EUR' }]);
  });

  it('is refused when the file mixes currencies', async () => {
    const dialog = await openDialog();
    await choose(dialog, 'Discount code,Orders,Net sales\r\nLENA10,4,€100.00\r\nKAI5,1,£20.00\r\n', 'mixed.csv');
    expect(dialog.querySelector('[data-testid=result-currency-problem]')?.textContent).toBe('The file’s amounts are in several currencies (EUR, GBP); import one currency per file.');
    expect(importButton(dialog).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('Import results in Chinese', () => {
  useLocale('zh_CN');

  it('leaves no English in the dialog of a Chinese discount report', async () => {
    const dialog = await openDialog();
    await choose(dialog, '折扣码,订单数,净销售额\r\nLENA10,4,¥100.00\r\nSAVE50,1,¥10.00\r\n', '折扣.csv');
    await mounted.until(() => dialog.querySelector('[data-testid=result-unmatched]') !== null, 'the preview');
    expect(dialog.querySelector('[data-testid=result-layout]')?.textContent).toBe('已识别为：折扣码销售报表。');
    expect(dialog.querySelector('[data-testid=result-unmatched]')?.textContent).toContain('第 3 行：本活动没有合作使用折扣码 SAVE50');
    // Data the file and the campaign give (codes, match keys) and currency codes are not text to translate.
    expect(englishLeft(dialog, [...CURRENCIES, 'LENA', 'SAVE', 'code', 'lena', 'utm', 'campaign', 'content'])).toEqual([]);
  });
});
