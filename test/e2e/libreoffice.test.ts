// The exported CSV opened by a real spreadsheet: LibreOffice Calc, headless. It converts the
// file back to CSV (and to HTML, which shows what a cell displays and whether it is a number or
// text) and every cell must come through as the user typed it: Chinese and emoji intact,
// quotes, commas and line breaks inside one cell, formula-looking text shown as text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignToCsv } from '../../lib/csv/campaign-export';
import { shortlistToCsv } from '../../lib/csv/export';
import { newDeal } from '../../lib/db/deal-record';
import type { CreatorRecord } from '../../lib/db/records';
import { applyEdit, newCreator } from '../../lib/db/creators';
import { makeSnapshot } from '../helpers/snapshots';
import { toRows, type ShortlistEntry } from '../helpers/shortlist';
import { csvColumns } from '../helpers/csv';
import { aCampaign, aTikTokPost } from '../helpers/campaign-work';

/** The export's English header row. */
const CSV_COLUMNS = csvColumns('en');

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
const T0 = new Date(2026, 0, 2, 9, 5, 7).getTime();
const T1 = new Date(2026, 0, 3, 17, 45, 30).getTime();

const NAMES = {
  chinese: '莉娜 护肤 Lena 😀🎉',
  quotes: 'Lena, "the" skincare one\nsecond line',
  formula: '=HYPERLINK("http://x","click")',
  sum: '=1+1',
  plus: '+1 555 0100',
  minus: '-5 kg in 30 days',
  at: '@brand collab',
};
const NOTE = '=SUM(1,2) 报价 $300，春季上新\n"quoted", and more';

function entry(handle: string, displayName: string): ShortlistEntry {
  const base = newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName, profileUrl: `https://www.tiktok.com/@${handle}` }, T0);
  const creator: CreatorRecord = applyEdit(
    { ...base, notes: [{ text: NOTE, at: T0 }] },
    { status: 'contacted', tags: ['护肤', 'spring, 26'], price: { amount: 1250.5, currency: 'CNY' }, targetMarket: '中国', email: 'lena@example.com' },
    T1,
  );
  return { creator, latest: makeSnapshot({ creator: { handle, displayName } }), snapshotCount: 1, sample: [], history: [] };
}

function soffice(args: string[], profile: string) {
  return spawnSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], { encoding: 'utf8', timeout: 50_000 });
}

/** Writes `csv` as `name` and has Calc convert it back to CSV (in csv/) and to HTML (in html/). */
function openInCalc(name: string, csv: string): void {
  const input = join(dir, name);
  writeFileSync(input, csv, 'utf8');
  const profile = join(dir, 'profile');
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at line 1.
  const toCsv = soffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'csv'), input], profile);
  expect(toCsv.status, toCsv.stderr).toBe(0);
  const toHtml = soffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'html', '--outdir', join(dir, 'html'), input], profile);
  expect(toHtml.status, toHtml.stderr).toBe(0);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-lens-lo-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the exported CSV in LibreOffice Calc', () => {
  it('opens with every cell exactly as exported, formulas shown as text and not evaluated', () => {
    const version = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      throw new Error(
        `LibreOffice is not installed (could not run “${SOFFICE} --version”: ${version.error?.message ?? version.stderr}). ` +
          'This test checks the CSV in a real spreadsheet and must not be skipped: install it with ' +
          '`apt-get install -y --no-install-recommends libreoffice-calc` (.ci/run does this), or set SOFFICE_PATH.',
      );
    }

    const rows = toRows(Object.entries(NAMES).map(([handle, name]) => entry(handle, name)));
    const csv = shortlistToCsv(rows);
    openInCalc('shortlist.csv', csv);

    const original = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const back = Papa.parse<string[]>(readFileSync(join(dir, 'csv', 'shortlist.csv'), 'utf8'), { skipEmptyLines: true });
    expect(back.errors).toEqual([]);
    // The whole sheet, cell by cell, as LibreOffice shows it. Percentages are read as numbers
    // (so a sheet can sort them) and shown with LibreOffice's own two decimals: 20.0% -> 20.00%.
    const percent = /^(\d+(?:\.\d+)?)%$/;
    const sameValue = (cells: string[]) => cells.map((text) => (percent.test(text) ? `${Number(percent.exec(text)![1])}%` : text));
    expect(back.data.map(sameValue)).toEqual(original.map(sameValue));
    expect(back.data[1]![CSV_COLUMNS.indexOf('View rate')]).toBe('20.00%');

    const cell = (handle: string, column: string) => {
      const row = back.data.find((cells) => cells[CSV_COLUMNS.indexOf('Handle')] === handle)!;
      return row[CSV_COLUMNS.indexOf(column)];
    };
    expect(cell('chinese', 'Name')).toBe('莉娜 护肤 Lena 😀🎉');
    expect(cell('quotes', 'Name')).toBe('Lena, "the" skincare one\nsecond line');
    // The neutralising quote stays visible in the cell: the text is shown, never run.
    expect(cell('formula', 'Name')).toBe(`'=HYPERLINK("http://x","click")`);
    expect(cell('sum', 'Name')).toBe("'=1+1");
    expect(cell('plus', 'Name')).toBe("'+1 555 0100");
    expect(cell('minus', 'Name')).toBe("'-5 kg in 30 days");
    expect(cell('at', 'Name')).toBe("'@brand collab");
    expect(cell('chinese', 'Latest note')).toBe(`'${NOTE}`);
    expect(cell('chinese', 'Notes')).toBe(`2026-01-02 09:05:07 ${NOTE}`);
    expect(cell('chinese', 'Tags')).toBe('护肤\nspring, 26');
    expect(cell('chinese', 'Target market')).toBe('中国');

    // In the HTML view, formula-looking cells are text cells (no numeric value), and the
    // followers and dates are real numbers and dates a sheet can sort and sum.
    const html = readFileSync(join(dir, 'html', 'shortlist.html'), 'utf8');
    expect(html).toContain('莉娜 护肤 Lena 😀🎉');
    expect(html).toMatch(/<td(?![^>]*sdval)[^>]*>'=1\+1<\/td>/);
    expect(html).toMatch(/<td(?![^>]*sdval)[^>]*>'=HYPERLINK\(&quot;http:\/\/x&quot;,&quot;click&quot;\)<\/td>/);
    expect(html).not.toMatch(/sdval="2"[^>]*>2</);
    expect(html).toMatch(/sdval="50000"[^>]*>50000</);
    expect(html).toMatch(/sdnum="[^"]*YYYY-MM-DD HH:MM:SS"[^>]*>2026-01-03 17:45:30</);
  });
  it('opens a campaign file in Chinese with its cells as exported: guarded codes and notes text, figures numbers', () => {
    const post = aTikTokPost('d1', 'lena', '7301', { dueDate: '2026-03-10', postedAt: T1, attachedAt: T1 });
    const deal = { ...newDeal('c1', 'tiktok:lena', T0), fee: { amount: 1250.5, currency: 'CNY' }, discountCode: '=cmd|calc', contractNotes: NOTE };
    const data = {
      campaign: aCampaign({ id: 'c1', name: '春季护肤 Spring', createdAt: T0 }),
      deals: [deal, newDeal('c1', 'tiktok:kai', T0)],
      creators: new Map(),
      outreach: [],
      deliverables: [post],
      points: new Map([['d1', [{ deliverableId: 'd1', at: T1, views: 52000, likes: 4100, comments: 12, shares: null, saves: null, disclosure: 'clear' as const, available: true }]]]),
      results: [],
    };
    const { text } = campaignToCsv(data, { locale: 'zh_CN' });
    openInCalc('campaign.csv', text);
    const back = Papa.parse<string[]>(readFileSync(join(dir, 'csv', 'campaign.csv'), 'utf8'), { skipEmptyLines: true });
    expect(back.errors).toEqual([]);
    expect(back.data).toEqual(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data);
    const [header, lena, kai] = back.data as [string[], string[], string[]];
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect(cell(lena, '活动')).toBe('春季护肤 Spring');
    expect(cell(lena, '折扣码')).toBe("'=cmd|calc");
    expect(cell(lena, '合同备注')).toBe(`'${NOTE}`);
    expect(cell(kai, '作品链接')).toBe('');
    const html = readFileSync(join(dir, 'html', 'campaign.html'), 'utf8');
    expect(html).toMatch(/<td(?![^>]*sdval)[^>]*>'=cmd\|calc<\/td>/);
    expect(html).toMatch(/sdval="52000"[^>]*>52000</);
    expect(html).toMatch(/sdval="1250.5"[^>]*>1250.5</);
  });
});
