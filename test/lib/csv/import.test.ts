import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkImport, type ImportCheck, type ImportOptions } from '../../../lib/csv/check';
import { IMPORT_FIELDS, csvLabel } from '../../../lib/csv/columns';
import { CSV_FIELDS } from '../../../lib/csv/columns';
import { BOM, shortlistToCsv, type CsvOptions } from '../../../lib/csv/export';
import { checkedRows, csvColumns, dataRows, headerLanguage } from '../../helpers/csv';
import { fieldForHeader } from '../../../lib/csv/headers';
import { autoMap } from '../../../lib/csv/mapping';
import { describeImport, ImportRefusedError, importCreators } from '../../../lib/csv/merge';
import { decodeCsvBytes, parseCsv, readCsvFile, withHeader, type ParsedCsv } from '../../../lib/csv/read';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { StorageError } from '../../../lib/db/errors';
import type { CreatorRecord } from '../../../lib/db/records';
import { english, problem, say, setLocale, type Locale } from '../../../lib/i18n';
import { applyEdit, newCreator } from '../../../lib/db/creators';
import { loadReadingSet } from '../../../lib/shortlist/listing';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { makeSnapshot } from '../../helpers/snapshots';
import { listShortlist } from '../../helpers/shortlist';

// Whole seconds in local time: CSV dates carry seconds, not milliseconds.
const T0 = new Date(2026, 0, 2, 9, 5, 7).getTime();
const T1 = new Date(2026, 0, 3, 17, 45, 30).getTime();
const T2 = new Date(2026, 0, 4, 8, 0, 0).getTime();
const NOW = new Date(2026, 0, 10, 12, 0, 0).getTime();

const dbs: CreatorLensDatabase[] = [];
function freshDb(): CreatorLensDatabase {
  const db = openDatabase(`csv-import-${dbs.length}-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
let db: CreatorLensDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const open of dbs.splice(0)) {
    open.close();
    await open.delete();
  }
});

async function parsed(text: string, hasHeader?: boolean): Promise<ParsedCsv> {
  const result = await parseCsv(text, hasHeader === undefined ? {} : { hasHeader });
  if (!result.ok) throw new Error(english(result.error));
  return result.csv;
}

async function check(text: string, options: ImportOptions = {}): Promise<ImportCheck> {
  const csv = await parsed(text);
  return checkImport(csv, autoMap(csv), options);
}

async function importText(target: CreatorLensDatabase, text: string, options: ImportOptions = {}) {
  const result = await check(text, options);
  expect(result.fileErrors).toEqual([]);
  expect(result.errors).toEqual([]);
  return importCreators(target, result, NOW);
}

async function exportDb(source: CreatorLensDatabase, options?: CsvOptions): Promise<string> {
  return shortlistToCsv(await listShortlist(source), options);
}

const byId = (a: CreatorRecord, b: CreatorRecord) => a.id.localeCompare(b.id);

const TRICKY_NAMES = ['莉娜 Lena 😀', 'Lena, "the" skincare one\nsecond line', '=HYPERLINK("http://x","click")', '+1 555 0100', '-5 kg', '@brand collab', "'=already quoted", '\tTabbed'];

/** A shortlist with every field in use and every awkward character. */
async function fillDb(target: CreatorLensDatabase): Promise<void> {
  // One creator saved from a reading (with a bio e-mail), edited afterwards.
  await saveSnapshot(target, makeSnapshot({ creator: { handle: 'Lena.Skin', displayName: '莉娜 Lena', email: 'bio@example.com' }, capturedAt: T0 }), '报价 $300，春季上新', T0);
  const saved = (await target.creators.get('tiktok:lena.skin'))!;
  await target.creators.put(
    applyEdit(
      { ...saved, notes: [...saved.notes, { text: '=1+1\nsecond, "line"', at: T1 }, { text: '@brand 🎉', at: T1 }] },
      { status: 'negotiating', tags: ['beauty', '护肤'], price: { amount: 1250.5, currency: 'EUR' }, targetMarket: 'DE, AT', gradeOverride: { grade: 'A', reason: '-great fit, "really"' }, doNotWork: null },
      T1,
    ),
  );
  // Creators without readings, one per tricky name and platform.
  const platforms = ['tiktok', 'instagram', 'youtube'] as const;
  for (const [i, name] of TRICKY_NAMES.entries()) {
    const platform = platforms[i % 3]!;
    const handle = `creator_${i}`;
    const created = newCreator(
      { id: `${platform}:${handle}`, platform, handle, displayName: name, profileUrl: platform === 'instagram' ? `https://www.instagram.com/${handle}/` : `https://www.${platform}.com/@${handle}` },
      T0,
    );
    const edited = applyEdit(
      { ...created, notes: [{ text: name, at: T0 }] },
      { status: i % 2 ? 'contacted' : 'rejected', tags: [`tag, with comma ${i}`, 'x'], email: i % 2 ? `c${i}@example.com` : null, doNotWork: i % 2 ? null : { reason: `+reason ${name}` }, price: i % 2 ? { amount: i * 100, currency: 'USD' } : null },
      T2,
    );
    await target.creators.put(edited);
  }
}

describe('CSV round trip', () => {
  it.each([['labels'], ['keys']] as const)('export (%s) then import into an empty shortlist gives the same creators', async (headers) => {
    await fillDb(db);
    const csv = await exportDb(db, { headers });
    const target = freshDb();
    const result = await importText(target, csv);
    expect(result).toEqual({ created: TRICKY_NAMES.length + 1, updated: 0, unchanged: 0 });
    const before = (await db.creators.toArray()).sort(byId);
    const after = (await target.creators.toArray()).sort(byId);
    expect(after).toEqual(before);
    // Exporting the imported shortlist gives the same cells for everything an import carries
    // (the bio's e-mail and the counts come from readings, which a CSV does not bring).
    const again = await parsed(await exportDb(target, { headers }));
    const first = await parsed(csv);
    const carried = IMPORT_FIELDS.filter((field) => field !== 'email' && field !== 'email_source').map((field) => CSV_FIELDS.indexOf(field));
    const pick = (rows: string[][]) => rows.map((row) => carried.map((i) => row[i])).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(again.columns).toEqual(first.columns);
    expect(pick(dataRows(again))).toEqual(pick(dataRows(first)));
  });

  it('keeps Chinese, emoji, quotes, commas, newlines and leading = + - @ exactly', async () => {
    await fillDb(db);
    const target = freshDb();
    await importText(target, await exportDb(db));
    const names = (await target.creators.toArray()).map((creator) => creator.displayName);
    for (const name of TRICKY_NAMES) expect(names).toContain(name);
    const lena = await target.creators.get('tiktok:lena.skin');
    expect(lena?.notes).toEqual([
      { text: '报价 $300，春季上新', at: T0 },
      { text: '=1+1\nsecond, "line"', at: T1 },
      { text: '@brand 🎉', at: T1 },
    ]);
    expect(lena?.gradeOverride).toEqual({ grade: 'A', reason: '-great fit, "really"', at: T1 });
    // The bio's address is exported for the user's convenience but not imported as theirs.
    expect(lena?.email).toBeNull();
  });

  it('importing our own export into the same shortlist changes nothing', async () => {
    await fillDb(db);
    const before = await db.creators.toArray();
    const result = await importText(db, await exportDb(db));
    expect(result).toEqual({ created: 0, updated: 0, unchanged: TRICKY_NAMES.length + 1 });
    expect(await db.creators.toArray()).toEqual(before);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('a creator imported without a reading shows in the shortlist with no reading yet', async () => {
    await importText(db, 'url\nhttps://www.tiktok.com/@nora\n');
    const set = await loadReadingSet(db, 'tiktok:nora');
    expect(set.latest).toBeNull();
    expect(set.snapshotCount).toBe(0);
    const [row] = await listShortlist(db);
    expect(row?.summary).toMatchObject({ score: null, grade: null, followers: null, snapshotCount: 0 });
    expect(english(row?.summary?.unscoredReason)).toMatch(/Not read yet/);
  });
});

describe('reading the file', () => {
  it('tolerates a BOM and detects comma, semicolon and tab delimiters', async () => {
    for (const delimiter of [',', ';', '\t'] as const) {
      const csv = await parsed(`${BOM}Handle${delimiter}Platform${delimiter}Notes\r\n@nora${delimiter}TikTok${delimiter}"a, b; c"\r\n`);
      expect(csv.delimiter).toBe(delimiter);
      expect(csv.columns).toEqual(['Handle', 'Platform', 'Notes']);
      expect(autoMap(csv)).toEqual(['handle', 'platform', 'notes']);
    }
  });

  it('reads a list without a header row and lets the user say there is one', async () => {
    const csv = await parsed('https://www.tiktok.com/@nora\nhttps://www.instagram.com/bo/\n');
    expect(csv.hasHeader).toBe(false);
    expect(csv.columns).toEqual(['Column 1']);
    expect(dataRows(csv)).toHaveLength(2);
    expect(autoMap(csv)).toEqual(['profile_url']);
    expect(withHeader(csv, true).rowCount).toBe(1);
  });

  it.each([
    ['', /empty/],
    ['   \r\n  \r\n', /empty/],
    ['Handle,Platform\r\n', /no creators/],
    ['Handle,Notes\n@nora,"never closed\n@bo,x\n', /not a readable CSV.*never closed/],
  ])('refuses %j with a clear message', async (text, message) => {
    const result = await parseCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toMatch(message);
  });

  it('refuses a file in a legacy encoding instead of garbling it', async () => {
    const latin1 = new Uint8Array([0x48, 0x61, 0x6e, 0x64, 0x6c, 0x65, 0x0a, 0x40, 0x72, 0x65, 0x6e, 0xe9, 0x0a]); // "Handle\n@rené" in Windows-1252
    const result = decodeCsvBytes(latin1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toMatch(/not UTF-8.*CSV UTF-8/s);
  });

  it('reads UTF-16 (Excel’s “Unicode text”) and refuses workbooks and empty files', async () => {
    const text = 'Handle\tPlatform\n@莉娜\tTikTok\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    const read = await readCsvFile(new Blob([utf16]));
    expect(read.ok && dataRows(read.csv)[0]).toEqual(['@莉娜', 'TikTok']);
    const xlsx = decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(!xlsx.ok && english(xlsx.error)).toMatch(/workbook/);
    const empty = await readCsvFile(new Blob([]));
    expect(!empty.ok && english(empty.error)).toMatch(/empty/);
  });
});

describe('import errors', () => {
  it('reports every bad row with its row number and column, not only the first', async () => {
    const result = await check(
      [
        'Handle,Platform,Status,Price,Currency',
        '@ok,TikTok,Contacted,300,USD',
        '@bad price,TikTok,,abc,USD',
        '@nora,Twitter,,,',
        '@bo,YouTube,maybe,,',
        '@lu,Instagram,,300,',
        ',TikTok,,,',
        '@zed,TikTok,,1,dollars',
      ].join('\n'),
    );
    expect(result.fileErrors).toEqual([]);
    expect(checkedRows(result).map((row) => row.handle)).toEqual(['ok']);
    expect(result.errors.map(({ row, column }) => [row, column])).toEqual([
      [3, 'Handle'],
      [3, 'Price'],
      [4, 'Platform'],
      [5, 'Status'],
      [6, 'Price'],
      [7, 'Handle'],
      [8, 'Currency'],
    ]);
    expect(english(result.errors[1]?.message)).toMatch(/“abc” is not a price/);
    expect(english(result.errors[2]?.message)).toMatch(/Unknown platform “Twitter”/);
    expect(english(result.errors[3]?.message)).toMatch(/Unknown status “maybe”: use one of To review, Shortlisted, Contacted, Negotiating, Approved, Rejected\./);
    expect(english(result.errors[4]?.message)).toBe('The price has no currency: choose one in “Currency of prices without one” above, add a Currency column (USD, EUR, CNY…) or write the symbol, as in $300.');
    expect(english(result.errors[5]?.message)).toMatch(/No profile URL or handle/);
  });

  it('says when no column names the creators', async () => {
    const result = await check('Name,Notes\nLena,hello\n');
    expect(result.fileErrors.map(english)).toEqual([
      'No column of profile URLs or handles: choose which column says who each creator is (“Profile URL” or “Handle”).',
    ]);
    expect(result.valid).toBe(0);
  });

  it('asks for a platform when a bare handle has none, unless a default is chosen', async () => {
    const without = await check('Handle\n@nora\n');
    expect(without.errors.map((error) => ({ ...error, message: english(error.message) }))).toEqual([
      { row: 2, column: 'Handle', message: 'No platform for “@nora”: add a Platform column or choose a default platform.' },
    ]);
    const withDefault = await check('Handle\n@nora\n', { defaultPlatform: 'instagram' });
    expect(withDefault.errors).toEqual([]);
    expect(checkedRows(withDefault)[0]).toMatchObject({ id: 'instagram:nora', profileUrl: 'https://www.instagram.com/nora/' });
  });

  it('rejects addresses that are not creator profiles', async () => {
    const result = await check('url\nhttps://example.com/@nora\nhttps://www.instagram.com/p/Cabc123/\n');
    expect(result.errors.map((error) => [error.row, english(error.message)])).toEqual([
      [2, expect.stringMatching(/not a TikTok, Instagram or YouTube profile/)],
      [3, expect.stringMatching(/address of a post/)],
    ]);
  });

  it('a bad date, e-mail or grade is reported', async () => {
    const result = await check('Handle,Platform,E-mail,Grade override,Last edited\n@a,tiktok,not-mail,Z,yesterday\n');
    expect(result.errors.map((error) => error.column)).toEqual(['E-mail', 'Grade override', 'Last edited']);
  });
});

describe('plain lists', () => {
  it('imports TikTok, Instagram and YouTube URLs and @handles with a platform column', async () => {
    const list = [
      'Profile,Platform,Name,Notes,Tags,Status,Price',
      'https://www.tiktok.com/@Nora.Glow?lang=en,,Nora,loves serums,"beauty, skin",shortlisted,$300',
      'instagram.com/bo_cooks/,,,,,,',
      'https://www.youtube.com/@CookingWithLu/videos,,,,,,',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv,,,,,,',
      'https://www.tiktok.com/@zed/video/7300000000000000000,,,,,,',
      '@kai,Instagram,,,,,',
      '@mia,yt,,,,,',
    ].join('\n');
    const result = await importText(db, list);
    expect(result.created).toBe(7);
    const creators = (await db.creators.toArray()).sort(byId);
    expect(creators.map((creator) => [creator.id, creator.profileUrl])).toEqual([
      ['instagram:bo_cooks', 'https://instagram.com/bo_cooks/'],
      ['instagram:kai', 'https://www.instagram.com/kai/'],
      ['tiktok:nora.glow', 'https://www.tiktok.com/@Nora.Glow?lang=en'],
      ['tiktok:zed', 'https://www.tiktok.com/@zed'],
      ['youtube:cookingwithlu', 'https://www.youtube.com/@CookingWithLu/videos'],
      ['youtube:mia', 'https://www.youtube.com/@mia'],
      ['youtube:ucabcdefghijklmnopqrstuv', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
    ]);
    const nora = creators.find((creator) => creator.id === 'tiktok:nora.glow')!;
    expect(nora).toMatchObject({
      handle: 'Nora.Glow',
      displayName: 'Nora',
      notes: [{ text: 'loves serums', at: NOW }],
      tags: ['beauty', 'skin'],
      status: 'shortlisted',
      price: { amount: 300, currency: 'USD' },
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(nora.statusHistory).toEqual([
      { status: 'to-review', at: NOW },
      { status: 'shortlisted', at: NOW },
    ]);
    // Importing the same list again adds nothing: undated notes are matched by their text.
    expect(await importText(db, list)).toEqual({ created: 0, updated: 0, unchanged: 7 });
  });
});

describe('merging into existing creators', () => {
  async function seed(edit: Partial<CreatorRecord> = {}): Promise<CreatorRecord> {
    const creator: CreatorRecord = {
      ...applyEdit(
        newCreator({ id: 'tiktok:nora', platform: 'tiktok', handle: 'nora', displayName: 'Nora', profileUrl: 'https://www.tiktok.com/@nora' }, T0),
        { status: 'contacted', tags: ['beauty'], price: { amount: 500, currency: 'USD' } },
        T1,
      ),
      notes: [{ text: 'kept', at: T0 + 123 }],
      ...edit,
    };
    await db.creators.put(creator);
    return creator;
  }
  const header = 'Handle,Platform,Status,Tags,Price,Currency,Notes,Last edited';

  it('an older CSV adds notes and tags but does not overwrite status or price', async () => {
    const before = await seed();
    const result = await importText(db, `${header}\nnora,TikTok,Rejected,"beauty, food",90,USD,"2026-01-02 09:05:07 kept\n2026-01-01 10:00:00 older note",2026-01-02 10:00:00\n`);
    expect(result).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const after = (await db.creators.get('tiktok:nora'))!;
    expect(after.status).toBe('contacted');
    expect(after.price).toEqual({ amount: 500, currency: 'USD' });
    expect(after.statusHistory).toEqual(before.statusHistory);
    expect(after.updatedAt).toBe(T1);
    expect(after.tags).toEqual(['beauty', 'food']);
    // The note already there (same text, same second) is not doubled; the new one is added in date order.
    expect(after.notes).toEqual([
      { text: 'older note', at: new Date(2026, 0, 1, 10).getTime() },
      { text: 'kept', at: T0 + 123 },
    ]);
  });

  it('a newer CSV sets status (dated in the history), price and the edit date', async () => {
    await seed();
    await importText(db, `${header}\nnora,TikTok,Rejected,,,,,2026-01-05 10:00:00\n`);
    const after = (await db.creators.get('tiktok:nora'))!;
    const newer = new Date(2026, 0, 5, 10).getTime();
    expect(after.status).toBe('rejected');
    expect(after.statusHistory.at(-1)).toEqual({ status: 'rejected', at: newer });
    expect(after.price).toBeNull();
    expect(after.updatedAt).toBe(newer);
    expect(after.tags).toEqual(['beauty']);
  });

  it('a CSV without dates never overwrites', async () => {
    await seed();
    await importText(db, 'Handle,Platform,Status\nnora,TikTok,Approved\n');
    expect((await db.creators.get('tiktok:nora'))!.status).toBe('contacted');
  });

  it('two rows for the same creator merge into one', async () => {
    const result = await importText(db, 'Handle,Platform,Tags\n@nora,TikTok,a\nNORA,TikTok,b\n');
    expect(result.created).toBe(1);
    expect((await db.creators.get('tiktok:nora'))!.tags).toEqual(['a', 'b']);
  });
});

describe('all or nothing', () => {
  it('one bad row: the import is refused and nothing is written', async () => {
    const result = await check('Handle,Platform\n@a,TikTok\n@b,TikTok\n@c,Myspace\n');
    expect(result.valid).toBe(2);
    await expect(importCreators(db, result, NOW)).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await db.creators.count()).toBe(0);
  });

  it('a write that fails rolls back the rows written before it', async () => {
    await db.creators.put(newCreator({ id: 'tiktok:old', platform: 'tiktok', handle: 'old', displayName: null, profileUrl: 'https://www.tiktok.com/@old' }, T0));
    // The disk fills up after the first row of the batch is written.
    const bulkPut = db.creators.bulkPut.bind(db.creators);
    vi.spyOn(db.creators, 'bulkPut').mockImplementation(((records: CreatorRecord[]) =>
      bulkPut(records.slice(0, 1)).then(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      })) as unknown as typeof db.creators.bulkPut);
    const result = await check('Handle,Platform,Tags\n@a,TikTok,x\n@b,TikTok,\n@old,TikTok,y\n');
    const failure = importCreators(db, result, NOW);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toThrow(/no storage space left/);
    vi.restoreAllMocks();
    expect((await db.creators.toArray()).map((creator) => [creator.id, creator.tags])).toEqual([['tiktok:old', []]]);
  });

  it('describes the result', async () => {
    expect(english(describeImport({ created: 3, updated: 1, unchanged: 2 }))).toBe('Imported: 3 added, 1 merged, 2 unchanged.');
    expect(english(describeImport({ created: 1, updated: 0, unchanged: 0 }))).toBe('Imported: 1 added, 0 merged, 0 unchanged.');
  });
});

describe('across UI languages', () => {
  afterEach(() => setLocale('en'));

  it.each([
    ['zh_CN', 'en'],
    ['en', 'zh_CN'],
  ] as const)('a file exported in %s imports in a %s UI with nothing lost', async (from: Locale, to: Locale) => {
    await fillDb(db);
    setLocale(from);
    const csv = await exportDb(db);
    expect(csv.startsWith(`${BOM}${csvColumns(from).join(',')}\r\n`)).toBe(true);
    setLocale(to);
    const file = await parsed(csv);
    expect(headerLanguage(file.columns)).toBe(from);
    // Every column the import can fill is recognised, in the other language too.
    expect(autoMap(file).filter((field) => field !== null).sort()).toEqual([...IMPORT_FIELDS].sort());
    const target = freshDb();
    expect(await importText(target, csv)).toEqual({ created: TRICKY_NAMES.length + 1, updated: 0, unchanged: 0 });
    expect((await target.creators.toArray()).sort(byId)).toEqual((await db.creators.toArray()).sort(byId));
    // And back into the shortlist it came from: nothing to change.
    expect(await importText(db, csv)).toEqual({ created: 0, updated: 0, unchanged: TRICKY_NAMES.length + 1 });
  });

  it('every header of every language, and every key, names its own column', async () => {
    for (const field of CSV_FIELDS) {
      expect(fieldForHeader(field)).toBe(field);
      for (const locale of ['en', 'zh_CN'] as const) expect(fieldForHeader(csvLabel(field, locale)), `${field} in ${locale}`).toBe(field);
    }
  });

  it('reads a hand-made list with Chinese headers and words', async () => {
    const list = ['链接,平台,状态,标签,报价,币种,不合作', 'https://www.tiktok.com/@nora,TikTok,已联系,"美妆, 护肤",300,CNY,否', '@bo,Instagram,洽谈中,,,,是'].join('\n');
    const file = await parsed(list);
    expect(autoMap(file)).toEqual(['profile_url', 'platform', 'status', 'tags', 'price', 'currency', 'do_not_work']);
    const result = await check(list);
    expect(result.errors).toEqual([]);
    expect(checkedRows(result).map((row) => [row.id, row.status, row.doNotWork])).toEqual([
      ['tiktok:nora', 'contacted', null],
      ['instagram:bo', 'negotiating', { reason: '' }],
    ]);
    expect(checkedRows(result)[0]).toMatchObject({ tags: ['美妆', '护肤'], price: { amount: 300, currency: 'CNY' } });
  });

  it('reads status and e-mail source words of either language in any UI language', async () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      setLocale(locale);
      const result = await check('Handle,Platform,Status,E-mail,E-mail from\n@a,TikTok,Rejected,a@example.com,Entered by you\n@b,TikTok,已拒绝,b@example.com,来自简介\n@c,TikTok,to-review,,\n');
      expect(result.errors).toEqual([]);
      expect(checkedRows(result).map((row) => [row.status, row.email])).toEqual([
        ['rejected', 'a@example.com'],
        ['rejected', undefined],
        ['to-review', null],
      ]);
    }
  });
});

/** English words (3+ Latin letters) a Chinese reader would find in the text, besides `allowed`. */
function englishIn(words: string, allowed: readonly string[] = []): string[] {
  const element = document.createElement('p');
  element.textContent = words;
  return englishLeft(element, allowed);
}

describe('import messages in Chinese', () => {
  useLocale('zh_CN');

  it('every row and column problem is in Chinese, quoting only what the file holds', async () => {
    const result = await check(
      [
        'Handle,Platform,Status,Price,Currency,E-mail,E-mail from,Grade override,Last edited,Do not work,Tags,Profile URL,Name',
        '@ok,TikTok,Contacted,300,USD,,,,,,,,',
        '@bad price,TikTok,,abc,USD,,,,,,,,',
        '@nora,Twitter,,,,,,,,,,,',
        '@bo,YouTube,maybe,,,,,,,,,,',
        '@lu,Instagram,,300,,,,,,,,,',
        ',TikTok,,,,,,,,,,,',
        '@zed,TikTok,,1,dollars,,,,,,,,',
        '@mail,TikTok,,,,not-mail,somewhere,Z,yesterday,perhaps,,,',
        `@tags,TikTok,,,,,,,,,${'x'.repeat(101)},,`,
        '@kai,,,,,,,,,,,,',
        ',Instagram,,,,,,,,,,https://www.tiktok.com/@kai,',
        ',,,,,,,,,,,https://example.com/@nora,',
        ',,,,,,,,,,,https://www.instagram.com/p/Cabc123/,',
        `@long,TikTok,,,,,,,,,,,${'n'.repeat(201)}`,
      ].join('\n'),
    );
    expect(result.errors.length).toBeGreaterThanOrEqual(15);
    const quoted = ['Twitter', 'abc', 'maybe', 'dollars', 'not', 'mail', 'somewhere', 'yesterday', 'perhaps', 'bad', 'price', 'nora', 'kai', 'example', 'com', 'x'.repeat(57)];
    for (const error of result.errors) {
      const words = say(error.message);
      expect(words).toMatch(/[\u4e00-\u9fff]/);
      expect(englishIn(words, quoted), words).toEqual([]);
    }
    expect(say(result.errors[1]!.message)).toBe('“abc”不是报价；金额请写成数字，例如 300 或 1250.50，币种单独放在一列。');
    expect(say(result.errors[3]!.message)).toBe('未知状态“maybe”：请使用以下之一：待评估、已入围、已联系、洽谈中、已通过、已拒绝。');
    expect(say(result.errors[4]!.message)).toBe('报价缺少币种：请在上方“未写币种的报价使用”中选择币种，或添加“币种”列（USD、EUR、CNY…），或写上货币符号，例如 $300。');
  });

  it('problems with the file and the mapping are in Chinese', async () => {
    const twice = await parsed('Handle,Account,Notes\n@nora,@nora,x\n');
    const mappingErrors = (await checkImport(twice, ['handle', 'handle', 'notes'])).fileErrors;
    const noIdentity = (await check('Name,Notes\nLena,hello\n')).fileErrors;
    expect(noIdentity.map((error) => say(error))).toEqual(['没有主页链接或账号列：请选择哪一列标明每位达人的身份（“主页链接”或“账号”）。']);
    const unreadable = [
      await parseCsv(''),
      await parseCsv('Handle,Platform\r\n'),
      await parseCsv('Handle,Notes\n@nora,"never closed\n@bo,x\n'),
      decodeCsvBytes(new Uint8Array([0x48, 0x0a, 0xe9, 0x0a])),
      decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])),
      decodeCsvBytes(new Uint8Array([0x48, 0x00, 0x0a])),
      await readCsvFile(new Blob([])),
    ].map((read) => (read.ok ? 'read' : say(read.error)));
    const allowed = ['Handle', 'Account', 'Windows', 'Shift', 'JIS', 'GBK', 'Unicode', 'xlsx', 'ods'];
    for (const words of [...mappingErrors.map((error) => say(error)), ...noIdentity.map((error) => say(error)), ...unreadable]) {
      expect(words).toMatch(/[\u4e00-\u9fff]/);
      expect(englishIn(words, allowed), words).toEqual([]);
    }
    expect(unreadable[0]).toBe('文件是空的。未导入任何内容。');
  });

  it('a file without a header row names its columns in Chinese', async () => {
    expect((await parsed('https://www.tiktok.com/@nora\n')).columns).toEqual(['第 1 列']);
  });

  it('a refused import and the result of an import are told in Chinese', async () => {
    const refused = importCreators(db, await check('Handle,Platform\n@a,TikTok\n@c,Myspace\n'), NOW);
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await refused.catch(problem)).toBe('未导入任何内容：文件中有 1 个问题需要先修正。');
    expect(say(describeImport({ created: 3, updated: 1, unchanged: 2 }))).toBe('导入完成：新增 3 位，合并 1 位，2 位未变。');
    expect(say(describeImport({ created: 1, updated: 0, unchanged: 0 }))).toBe('导入完成：新增 1 位，合并 0 位，0 位未变。');
  });

  it('a full disk during an import is explained in Chinese', async () => {
    vi.spyOn(db.creators, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failure = await importCreators(db, await check('Handle,Platform\n@a,TikTok\n'), NOW).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    const words = problem(failure);
    expect(words).toMatch(/^未保存：浏览器已没有可供 Creator Lens 使用的存储空间/);
    expect(englishIn(words)).toEqual([]);
  });
});
