// The campaign page's Export CSV button: the file it hands to the download, named after the
// campaign, in the UI language; a campaign with no creators says there is nothing to export.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignExport } from '../../../components/dashboard/CampaignExport';
import { CampaignWork } from '../../../components/dashboard/CampaignWork';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { putResults } from '../../../lib/db/results';
import { saveSnapshot } from '../../../lib/db/readings';
import { aCampaign } from '../../helpers/campaign-work';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { makeSnapshot } from '../../helpers/snapshots';

const NOW = new Date(2026, 2, 1, 12).getTime();
const CAMPAIGN = aCampaign({ id: 'c1', name: 'Spring launch', createdAt: NOW });
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];
let files: Array<{ text: string; name: string }>;
beforeEach(() => {
  said = [];
  files = [];
  db = openDatabase(`campaign-export-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Clicks the button as the campaign page draws it, the download handed to the test. */
async function clickExport(): Promise<void> {
  await mounted.render(<CampaignExport db={db} campaign={CAMPAIGN} onMessage={(text) => said.push(text)} now={() => NOW} onDownload={(text, name) => files.push({ text, name })} />);
  await act(async () => mounted.container.querySelector<HTMLButtonElement>('button.campaign-export')!.click());
  await mounted.until(() => said.length > 0, 'the export message');
}

async function bookTwo(): Promise<void> {
  for (const handle of ['lena', 'kai']) await saveSnapshot(db, makeSnapshot({ creator: { handle } }), '', NOW);
  await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:kai'], NOW);
}

describe('Export CSV on a campaign page', () => {
  it('sits in the campaign page header', async () => {
    await mounted.render(<CampaignWork db={db} campaign={CAMPAIGN} active={false} onMessage={() => undefined} now={() => NOW} />);
    await mounted.until(() => mounted.container.querySelector('.empty') !== null, 'the creators section');
    expect(mounted.container.querySelector('.campaigns-head button.campaign-export')?.textContent).toBe('Export CSV');
  });

  it('hands over the campaign file and says how many rows it holds', async () => {
    await bookTwo();
    await clickExport();
    expect(files.map((file) => file.name)).toEqual(['creator-lens-spring-launch-2026-03-01.csv']);
    const lines = files[0]!.text.split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFCampaign,Creator handle,')).toBe(true);
    expect(lines.slice(1, 3).map((line) => line.split(',')[1]).sort()).toEqual(['kai', 'lena']);
    expect(said).toEqual(['Exported creator-lens-spring-launch-2026-03-01.csv: 2 rows.']);
  });

  it('writes each creator’s results as the Results section computes them: ROAS and CPA from the fee and the stored results', async () => {
    await bookTwo();
    await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), fee: { amount: 400, currency: 'USD' } });
    const result = { campaignId: 'c1', creatorId: 'tiktok:lena', deliverableId: null, source: 'manual' as const, clicks: 800, orders: 16, itemsSold: null, newCustomers: null, commission: null, fileName: null, at: NOW };
    await putResults(db, [{ ...result, id: 'c1|manual|creator:tiktok:lena', matchedBy: 'creator:tiktok:lena', revenue: { amount: 1000, currency: 'USD' }, refunds: { amount: 0, currency: 'USD' } }]);
    await clickExport();
    const [header = '', ...rows] = files[0]!.text.slice(1).split('\r\n');
    const columns = header.split(',');
    const lena = rows.find((line) => line.split(',')[1] === 'lena')!.split(',');
    const kai = rows.find((line) => line.split(',')[1] === 'kai')!.split(',');
    const cell = (row: string[], name: string) => row[columns.indexOf(name)];
    // $1,000 net of $0 refunds over a $400 fee; $400 over 16 orders.
    expect(['Clicks (creator)', 'Orders (creator)', 'Revenue (creator)', 'ROAS (creator)', 'CPA (creator)'].map((name) => cell(lena, name))).toEqual(['800', '16', '1000', '2.5', '25']);
    // Kai has no results and no cost: nothing is written as 0.
    expect(['Clicks (creator)', 'ROAS (creator)', 'CPA (creator)'].map((name) => cell(kai, name))).toEqual(['', '', '']);
  });

  it('says there is nothing to export for a campaign without creators, and writes no file', async () => {
    await clickExport();
    expect(files).toEqual([]);
    expect(said).toEqual(['Nothing to export yet: this campaign has no creators.']);
  });
});

describe('Export CSV in Chinese', () => {
  useLocale('zh_CN');

  it('writes Chinese column names and says so in Chinese', async () => {
    await bookTwo();
    await clickExport();
    expect(files[0]!.text.startsWith('\uFEFF活动,达人账号,平台,')).toBe(true);
    expect(said).toEqual(['已导出 creator-lens-spring-launch-2026-03-01.csv：共 2 行。']);
  });
});
