// The import at any size and with the files people have: Excel's "sep=" line, files far wider than
// a creator list, profile URLs on look-alike sites, 200,000 rows, Cancel at any step, and an
// export that writes every number as plain digits.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkImport, type ImportCheck } from '../../../lib/csv/check';
import { CSV_FIELDS } from '../../../lib/csv/columns';
import { plainDecimal, shortlistToCsv } from '../../../lib/csv/export';
import { autoMap } from '../../../lib/csv/mapping';
import { importCreators } from '../../../lib/csv/merge';
import { MAX_COLUMNS, parseCsv, type ParsedCsv } from '../../../lib/csv/read';
import { ImportCancelled } from '../../../lib/csv/steps';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { newCreator } from '../../../lib/db/creators';
import { english, say } from '../../../lib/i18n';
import { exact, makeSnapshot } from '../../helpers/snapshots';
import { toRows } from '../../helpers/shortlist';
import { checkedRows, dataRows } from '../../helpers/csv';
import { useLocale } from '../../helpers/i18n';

const NOW = new Date(2026, 0, 10, 12, 0, 0).getTime();
let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`csv-scale-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function parsed(text: string): Promise<ParsedCsv> {
  const result = await parseCsv(text);
  if (!result.ok) throw new Error(english(result.error));
  return result.csv;
}

async function check(text: string): Promise<ImportCheck> {
  const csv = await parsed(text);
  return checkImport(csv, autoMap(csv));
}

/** A hand-made list of `count` TikTok profile URLs with a name each. */
function urlList(count: number, from = 0): string {
  const lines = ['Profile URL,Name'];
  for (let i = from; i < from + count; i += 1) lines.push(`https://www.tiktok.com/@creator${i},Creator ${i}`);
  return `${lines.join('\r\n')}\r\n`;
}

describe('Excel’s “sep=” first line', () => {
  it.each([
    ['sep=;', ';', 'semicolon'],
    ['sep=,', ',', 'comma'],
    ['sep=\t', '\t', 'tab'],
    ['sep=|', '|', 'vertical bar'],
    ['"sep=;"', ';', 'quoted semicolon'],
  ])('%j: the separator it names is used, and the line is not the header (%s, %s)', async (line, delimiter) => {
    const d = delimiter;
    const csv = await parsed(`\uFEFF${line}\r\nName${d}Handle${d}Platform${d}Notes\r\nLena${d}@lena${d}TikTok${d}"a, b; c | d"\r\n`);
    expect(csv.delimiter).toBe(delimiter);
    expect(csv.hasHeader).toBe(true);
    expect(csv.columns).toEqual(['Name', 'Handle', 'Platform', 'Notes']);
    expect(dataRows(csv)).toEqual([['Lena', '@lena', 'TikTok', 'a, b; c | d']]);
    const result = await checkImport(csv, autoMap(csv));
    expect(result.errors).toEqual([]);
    expect(checkedRows(result).map((row) => [row.id, row.undatedNotes])).toEqual([['tiktok:lena', ['a, b; c | d']]]);
  });

  it('a semicolon file from a European Excel with decimal commas reads its cells whole', async () => {
    const csv = await parsed('sep=;\r\nHandle;Platform;Price;Currency\r\n@lena;TikTok;"1,500";EUR\r\n');
    expect(dataRows(csv)[0]).toEqual(['@lena', 'TikTok', '1,500', 'EUR']);
  });
});

describe('a file far wider than a creator list', () => {
  it(`is refused with the count of its columns and the limit (${MAX_COLUMNS})`, async () => {
    const wide = (columns: number) => `${Array.from({ length: columns }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: columns }, (_, i) => i).join(',')}\n`;
    const refused = await parseCsv(wide(20_000));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(english(refused.error)).toBe(`This file has 20,000 columns; Creator Lens reads at most 1,000 columns (a shortlist export has ${CSV_FIELDS.length}). It looks like a table of something else: save only the columns of your creator list as CSV and import that. Nothing was imported.`);
    const widest = await parseCsv(wide(MAX_COLUMNS));
    expect(widest.ok && widest.csv.columns.length).toBe(MAX_COLUMNS);
  });
});

describe('profile URLs on the creator’s own platform', () => {
  const file = [
    'Handle,Platform,Profile URL',
    '@lena.spoof,TikTok,https://tiktok.com.login-verify.example/@lena.spoof',
    '@nora,TikTok,https://www.tiktok.com/@nora',
    '@bo,Instagram,https://www.tiktok.com/@bo',
    '@mia,YouTube,http://www.youtube.com/@mia',
    '@kai,TikTok,https://www.tiktok.com@evil.example/@kai',
    '@zoe,Instagram,https://instagram.com/zoe/',
  ].join('\n');

  it('a row whose profile URL is off its platform, or not https, is refused naming the Profile URL column; the rest import', async () => {
    const result = await check(file);
    expect(checkedRows(result).map((row) => row.id)).toEqual(['tiktok:nora', 'instagram:zoe']);
    expect(result.errors.map((error) => [error.row, error.column, english(error.message)])).toEqual([
      [2, 'Profile URL', '“https://tiktok.com.login-verify.example/@lena.spoof” is not a profile address on TikTok: a TikTok profile URL starts with https:// and is on tiktok.com.'],
      [4, 'Profile URL', '“https://www.tiktok.com/@bo” is not a profile address on Instagram: a Instagram profile URL starts with https:// and is on instagram.com.'],
      [5, 'Profile URL', '“http://www.youtube.com/@mia” is not a profile address on YouTube: a YouTube profile URL starts with https:// and is on youtube.com.'],
      [6, 'Profile URL', '“https://www.tiktok.com@evil.example/@kai” is not a profile address on TikTok: a TikTok profile URL starts with https:// and is on tiktok.com.'],
    ]);
    await expect(importCreators(db, result, NOW)).rejects.toThrow();
    expect(await db.creators.count()).toBe(0);
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says so in Chinese', async () => {
      const result = await check(file);
      expect(say(result.errors[0]!.message)).toBe('“https://tiktok.com.login-verify.example/@lena.spoof”不是 TikTok 的网址：TikTok 主页链接必须以 https:// 开头，并位于 tiktok.com。');
    });
  });
});

describe('200,000 rows', () => {
  it('are read, mapped and checked without a stack overflow, reporting progress as they go', async () => {
    const progress: number[] = [];
    const read = await parseCsv(urlList(200_000), {}, { onProgress: ({ rows }) => progress.push(rows) });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(dataRows(read.csv)).toHaveLength(200_000);
    expect(read.csv.columns).toEqual(['Profile URL', 'Name']);
    // Rows counted on the way, not only at the end.
    expect(progress.some((rows) => rows > 0 && rows < 200_000)).toBe(true);
    const checked: number[] = [];
    const result = await checkImport(read.csv, autoMap(read.csv), {}, { onProgress: (done) => checked.push(done) });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(200_000);
    expect(checkedRows(result).at(-1)).toMatchObject({ row: 200_001, id: 'tiktok:creator199999', displayName: 'Creator 199999' });
    expect(checked.some((done) => done > 0 && done < 200_000)).toBe(true);
  }, 120_000);
});

describe('a file read again piece by piece when checked and written', () => {
  // Long enough for papaparse to read it in many chunks, with cells that hold line breaks,
  // separators and quotes, so that chunk ends fall inside quoted cells.
  const note = (i: number) => `Met at fair ${i},\r\nsaid "call me"\nin spring; maybe`;
  const lines = ['Profile URL,Name,Notes'];
  for (let i = 0; i < 10_000; i += 1) lines.push(`https://www.tiktok.com/@quoted${i},"Quoted, ${i}","${note(i).replace(/"/g, '""')}"`);
  const file = `${lines.join('\r\n')}\r\n`;

  it('every row is read whole, as the whole text parsed at once reads it, and imported with its multi-line note', async () => {
    expect(file.length).toBeGreaterThan(3 * 256 * 1024);
    const csv = await parsed(file);
    expect(csv.rowCount).toBe(10_000);
    expect(dataRows(csv)).toEqual(Papa.parse<string[]>(file, { skipEmptyLines: 'greedy' }).data.slice(1));
    const result = await checkImport(csv, autoMap(csv));
    expect(result.errors).toEqual([]);
    expect(await importCreators(db, result, NOW)).toEqual({ created: 10_000, updated: 0, unchanged: 0 });
    const last = await db.creators.get('tiktok:quoted9999');
    expect(last?.displayName).toBe('Quoted, 9999');
    expect(last?.notes.map((one) => one.text)).toEqual([note(9999)]);
  }, 60_000);

  it('a creator named in rows far apart (written in different batches) is one creator with what every row adds', async () => {
    const kept = { ...newCreator({ id: 'tiktok:far1', platform: 'tiktok', handle: 'far1', displayName: 'Stored', profileUrl: 'https://www.tiktok.com/@far1' }, NOW - 1000), tags: ['mine'] };
    await db.creators.put(kept);
    const rows = ['Profile URL,Tags'];
    rows.push('https://www.tiktok.com/@far0,first', 'https://www.tiktok.com/@far1,mine');
    for (let i = 2; i < 3_000; i += 1) rows.push(`https://www.tiktok.com/@far${i},`);
    rows.push('https://www.tiktok.com/@far0,second', 'https://www.tiktok.com/@far1,mine');
    const result = await check(rows.join('\n'));
    expect(result.valid).toBe(3_002);
    expect(await importCreators(db, result, NOW)).toEqual({ created: 2_999, updated: 0, unchanged: 1 });
    expect(await db.creators.count()).toBe(3_000);
    expect((await db.creators.get('tiktok:far0'))?.tags).toEqual(['first', 'second']);
    expect(await db.creators.get('tiktok:far1')).toEqual(kept);
  }, 60_000);
});

describe('Cancel', () => {
  it('while reading or checking: the step stops with ImportCancelled', async () => {
    const reading = new AbortController();
    const read = parseCsv(urlList(100_000), {}, { signal: reading.signal, onProgress: () => reading.abort() });
    await expect(read).rejects.toBeInstanceOf(ImportCancelled);

    const csv = await parsed(urlList(50_000));
    const checking = new AbortController();
    const checked = checkImport(csv, autoMap(csv), {}, { signal: checking.signal, onProgress: () => checking.abort() });
    await expect(checked).rejects.toBeInstanceOf(ImportCancelled);
  }, 60_000);

  it('while writing: the batches written before it are rolled back, the shortlist is as it was', async () => {
    const kept = { ...newCreator({ id: 'tiktok:creator3', platform: 'tiktok', handle: 'creator3', displayName: 'Kept', profileUrl: 'https://www.tiktok.com/@creator3' }, NOW - 1000), tags: ['mine'] };
    await db.creators.put(kept);
    const before = await db.creators.toArray();
    const result = await check(urlList(5_000));
    expect(result.valid).toBe(5_000);
    const writing = new AbortController();
    const progress: number[] = [];
    const outcome = importCreators(db, result, NOW, {
      signal: writing.signal,
      onProgress: (done) => {
        progress.push(done);
        writing.abort();
      },
    });
    await expect(outcome).rejects.toBeInstanceOf(ImportCancelled);
    // At least one batch had been written when Cancel came.
    expect(progress[0]).toBeGreaterThan(0);
    expect(await db.creators.toArray()).toEqual(before);

    // Not cancelled, the same file imports whole.
    expect(await importCreators(db, result, NOW)).toEqual({ created: 4_999, updated: 0, unchanged: 1 });
    expect(await db.creators.count()).toBe(5_000);
  }, 60_000);
});

describe('numbers in the export', () => {
  it.each([
    [1e29, '100000000000000000000000000000'],
    [99999999999999999999999999999, '100000000000000000000000000000'],
    [1.2345e21, '1234500000000000000000'],
    [1e-7, '0.0000001'],
    [-1.5e-10, '-0.00000000015'],
    [123.45, '123.45'],
    [0, '0'],
    [Number.NaN, ''],
  ])('%s is written %j', (value, written) => {
    expect(plainDecimal(value)).toBe(written);
  });

  it('any double is written in plain digits that read back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const written = plainDecimal(value);
        expect(written).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(written)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });

  it('price, counts, rates and score of extreme size are never in exponent notation', () => {
    const snapshot = makeSnapshot();
    const creator = { ...newCreator({ id: 'tiktok:lena', platform: 'tiktok', handle: 'lena', displayName: 'Lena', profileUrl: 'https://www.tiktok.com/@lena' }, NOW), price: { amount: 99999999999999999999999999999, currency: 'USD' } };
    const [row] = toRows([{ creator, latest: snapshot, snapshotCount: 1, sample: [], history: [] }]);
    const extreme = { ...row!, summary: { ...row!.summary!, followers: exact(1e12), totalLikes: exact(1e21), viewRate: 1e-9, engagementRate: 1e20, medianViews: 1e22, likesPerVideoPerFollower: 1e-12 } };
    for (const headers of ['labels', 'keys'] as const) {
      const file = shortlistToCsv([extreme], { headers });
      const [, cells = []] = Papa.parse<string[]>(file.slice(1), { skipEmptyLines: true }).data;
      const cell = (field: (typeof CSV_FIELDS)[number]) => cells[CSV_FIELDS.indexOf(field)];
      expect(cells.filter((value) => /\de[+-]?\d/i.test(value))).toEqual([]);
      expect(cell('price')).toBe('100000000000000000000000000000');
      expect(cell('total_likes')).toBe('1000000000000000000000');
      expect(cell('followers')).toBe('1000000000000');
      expect(cell('median_views')).toBe('10000000000000000000000');
      expect(cell('engagement_rate')).toBe(`1${'0'.repeat(22)}%`);
      expect(cell('view_rate')).toBe('0.00%');
    }
  });
});
