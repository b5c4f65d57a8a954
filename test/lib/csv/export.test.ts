import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS } from '../../../lib/csv/columns';
import { BOM, csvFileName, shortlistToCsv, type CsvOptions } from '../../../lib/csv/export';
import { csvColumns, headerLanguage } from '../../helpers/csv';
import type { CreatorRecord, Note } from '../../../lib/db/records';
import { applyEdit, newCreator } from '../../../lib/db/creators';
import { getLocale } from '../../../lib/i18n';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { exact, makeSnapshot, rounded } from '../../helpers/snapshots';
import { toRows, type ShortlistEntry } from '../../helpers/shortlist';

/** The export's English header row. */
const CSV_COLUMNS = csvColumns('en');

type Column = string;

// Local-time dates, so that the sheet dates below read the same in every time zone.
const JAN_2 = new Date(2026, 0, 2, 9, 5).getTime();
const JAN_3 = new Date(2026, 0, 3, 17, 45).getTime();

function entry(latest: Snapshot | null, options: { notes?: Note[]; snapshotCount?: number; displayName?: string | null } = {}): ShortlistEntry {
  const handle = latest?.creator.handle ?? 'lena';
  const creator: CreatorRecord = {
    ...newCreator(
      {
        id: `tiktok:${handle.toLowerCase()}`,
        platform: 'tiktok',
        handle,
        displayName: options.displayName === undefined ? (latest?.creator.displayName ?? null) : options.displayName,
        profileUrl: `https://www.tiktok.com/@${handle}`,
      },
      JAN_2,
    ),
    notes: options.notes ?? [],
    lastSeenAt: JAN_3,
  };
  return { creator, latest, snapshotCount: options.snapshotCount ?? 1, sample: [], history: [] };
}

function exportEntries(entries: ShortlistEntry[], options?: CsvOptions): string {
  return shortlistToCsv(toRows(entries), options);
}

/** Parses the CSV as a spreadsheet would and returns each data row keyed by column (headers in the UI language). */
function parse(csv: string): { header: string[]; rows: Array<Record<Column, string>>; linebreak: string } {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  const [header = [], ...data] = result.data;
  const columns = csvColumns();
  const rows = data.map((cells) => Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])) as Record<Column, string>);
  return { header, rows, linebreak: result.meta.linebreak };
}

/** English words (3+ Latin letters) a Chinese reader would find in the text, besides `allowed`. */
function englishIn(words: string, allowed: readonly string[] = []): string[] {
  const element = document.createElement('p');
  element.textContent = words;
  return englishLeft(element, allowed);
}

function onlyRow(csv: string): Record<Column, string> {
  const { rows } = parse(csv);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const lena = makeSnapshot({ creator: { displayName: '莉娜 Lena', following: exact(2_000) } });

describe('shortlist CSV', () => {
  it('starts with the UTF-8 byte order mark and the header, and ends every record with CRLF', () => {
    const csv = exportEntries([entry(lena), entry(makeSnapshot({ creator: { handle: 'bo' } }))]);
    expect(csv.startsWith(`${BOM}${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(BOM).toBe('\uFEFF');
    expect(csv.endsWith('\r\n')).toBe(true);
    // Header + 2 rows, each closed by CRLF; no record ends with a bare LF.
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(parse(csv).linebreak).toBe('\r\n');
  });

  it('round-trips through a CSV parser to the same header and values', () => {
    const notes = [
      { text: 'good fit for the spring launch', at: JAN_2 },
      { text: 'asked for rates', at: JAN_3 },
    ];
    const csv = exportEntries([entry(lena, { notes, snapshotCount: 2 })]);
    const { header, rows } = parse(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual([
      {
        Name: '莉娜 Lena',
        Handle: 'lena',
        Platform: 'TikTok',
        'Profile URL': 'https://www.tiktok.com/@lena',
        Followers: '50000',
        'Followers as shown': '',
        Following: '2000',
        'Total likes': '300000',
        Videos: '100',
        'View rate': '20.0%',
        // The default readings show no likes per post, so engagement by followers is unknown; the
        // list's engagement, the platform's way, is likes per video per follower.
        'Engagement rate': '',
        'Engagement (platform measure)': '6.0%',
        'Engagement measure': 'likes per video',
        'Median views': '10000',
        'Likes per video per follower': '6.0%',
        Score: '73',
        Grade: 'B',
        Confidence: 'medium',
        'Grade override': '',
        'Grade override reason': '',
        Tier: 'Micro',
        Class: 'KOC',
        Flags: 'warn: Follows 2,000 accounts: a sign of follow-for-follow growth.',
        // A reading from before the account's facts were read: empty, never a guess.
        'Account since': '',
        'Seller marks': '',
        Category: '',
        'Creator country': '',
        Status: 'To review',
        'Status set': '2026-01-02 09:05:00',
        Tags: '',
        Price: '',
        Currency: '',
        'E-mail': '',
        'E-mail from': '',
        'Target market': '',
        'Do not work': '',
        'Do-not-work reason': '',
        'Latest note': 'asked for rates',
        Notes: '2026-01-02 09:05:00 good fit for the spring launch\n2026-01-03 17:45:00 asked for rates',
        'First saved': '2026-01-02 09:05:00',
        'Last seen': '2026-01-03 17:45:00',
        'Last edited': '2026-01-02 09:05:00',
        Snapshots: '2',
      },
    ]);
  });

  it('exports the vetting work: status and when it was set, tags, price, e-mail, market, overrides', () => {
    const base = entry(lena);
    const creator = applyEdit(
      { ...base.creator, notes: [{ text: 'first', at: JAN_2 }] },
      {
        status: 'contacted',
        tags: ['beauty', 'spring 26'],
        price: { amount: 1250.5, currency: 'USD' },
        email: 'lena@example.com',
        targetMarket: 'DE',
        gradeOverride: { grade: 'A', reason: 'great fit' },
        doNotWork: { reason: 'asked twice, no answer' },
      },
      JAN_3,
    );
    const row = onlyRow(exportEntries([{ ...base, creator }]));
    expect(row).toMatchObject({
      Status: 'Contacted',
      'Status set': '2026-01-03 17:45:00',
      Tags: 'beauty, spring 26',
      Price: '1250.5',
      Currency: 'USD',
      'E-mail': 'lena@example.com',
      'E-mail from': 'Entered by you',
      'Target market': 'DE',
      'Grade override': 'A',
      'Grade override reason': 'great fit',
      'Do not work': 'Yes',
      'Do-not-work reason': 'asked twice, no answer',
      'Last edited': '2026-01-03 17:45:00',
    });
  });

  it("exports the account's facts from the newest reading: ISO joined date, seller marks, category, the creator's own country", () => {
    const snapshot = makeSnapshot({
      creator: { joinedAt: { value: Date.UTC(2020, 0, 12, 23, 49, 23), source: 'embedded-json' }, sellerMarks: ['commerce-account', 'seller'], category: 'Shopping & Retail', country: 'ES' },
    });
    const row = onlyRow(exportEntries([entry(snapshot)]));
    expect([row['Account since'], row['Seller marks'], row.Category, row['Creator country']]).toEqual(['2020-01-12', 'commerce account, TikTok Shop seller', 'Shopping & Retail', 'ES']);
    const [header = [], cells = []] = Papa.parse<string[]>(exportEntries([entry(snapshot)], { headers: 'keys' }), { skipEmptyLines: true }).data;
    const byKey = Object.fromEntries(header.map((key, i) => [key.replace(/^\uFEFF/, ''), cells[i]]));
    expect([byKey.joined, byKey.seller_marks, byKey.category, byKey.creator_country]).toEqual(['2020-01-12', 'commerce-account, seller', 'Shopping & Retail', 'ES']);
  });

  it('writes "none" where the page data says the account sells nothing, and empty cells where the page does not say', () => {
    const none = onlyRow(exportEntries([entry(makeSnapshot({ creator: { joinedAt: null, sellerMarks: [], category: null, country: null } }))]));
    expect([none['Account since'], none['Seller marks'], none.Category, none['Creator country']]).toEqual(['', 'none', '', '']);
    const unknown = onlyRow(exportEntries([entry(makeSnapshot({ creator: { joinedAt: null, sellerMarks: null, category: null, country: null } }))]));
    expect([unknown['Account since'], unknown['Seller marks'], unknown.Category, unknown['Creator country']]).toEqual(['', '', '', '']);
  });

  it('exports the e-mail from the bio when the user has none, saying where it came from', () => {
    const snapshot = makeSnapshot({ creator: { email: 'bio@example.com' } });
    const row = onlyRow(exportEntries([entry(snapshot)]));
    expect(row['E-mail']).toBe('bio@example.com');
    expect(row['E-mail from']).toBe('From bio');
  });

  it('joins tags that hold a comma with line breaks so they come back apart', () => {
    const base = entry(lena);
    const row = onlyRow(exportEntries([{ ...base, creator: { ...base.creator, tags: ['a, b', 'c'] } }]));
    expect(row.Tags).toBe('a, b\nc');
  });

  it("with headers: 'keys' writes stable snake_case ids as headers and ids as values", () => {
    const csv = exportEntries([entry(lena)], { headers: 'keys' });
    const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    const [header = [], first = []] = result.data;
    expect(header).toEqual([...CSV_FIELDS]);
    expect(header).toContain('followers');
    expect(header).toContain('profile_url');
    const row = Object.fromEntries(header.map((key, i) => [key, first[i]]));
    expect(row).toMatchObject({ platform: 'tiktok', status: 'to-review', followers: '50000', profile_url: 'https://www.tiktok.com/@lena' });
    expect(row).toMatchObject({ tier: 'micro', confidence: 'medium', class: 'KOC', engagement: '6.0%', engagement_measure: 'likesPerVideoPerFollower' });
    expect(row.flags).toMatch(/^warn: /);
  });

  it('keeps Chinese text exactly', () => {
    const csv = exportEntries([entry(lena, { notes: [{ text: '报价 $300，春季上新', at: JAN_2 }] })]);
    expect(csv).toContain('莉娜 Lena');
    const row = onlyRow(csv);
    expect(row.Name).toBe('莉娜 Lena');
    expect(row.Notes).toBe('2026-01-02 09:05:00 报价 $300，春季上新');
  });

  it('shows a rounded follower count as the page showed it', () => {
    const snapshot = makeSnapshot({ creator: { followers: rounded(50_000, 49_500, 50_499, '50K') } });
    const row = onlyRow(exportEntries([entry(snapshot)]));
    expect(row.Followers).toBe('50000');
    expect(row['Followers as shown']).toBe('50K');
  });

  it.each([
    ['=HYPERLINK("http://x","click")'],
    ['+1 555 0100'],
    ['-5 kg in 30 days'],
    ['@brand collab'],
    ['\tTabbed'],
    ['\rCarriage'],
    ['=1+1\nsecond line'],
  ])('a name starting with a formula character (%j) is exported as text behind a single quote', (name) => {
    const csv = exportEntries([entry(lena, { displayName: name })]);
    expect(onlyRow(csv).Name).toBe(`'${name}`);
  });

  it('the multi-line formula name is quoted as one cell in the raw text', () => {
    const csv = exportEntries([entry(lena, { displayName: '=1+1\nsecond line' })]);
    expect(csv).toContain(`\r\n"'=1+1\nsecond line",`);
  });

  it('a formula typed as a note is exported as text behind a single quote', () => {
    const note = '=HYPERLINK("http://x","click")';
    const csv = exportEntries([entry(lena, { notes: [{ text: note, at: JAN_2 }] })]);
    const row = onlyRow(csv);
    expect(row['Latest note']).toBe(`'${note}`);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"",""click"")",`);
    // In the dated list the note follows its date, so that cell cannot start a formula.
    expect(row.Notes).toBe(`2026-01-02 09:05:00 ${note}`);
  });

  it.each([['+33 6 12 34 56 78'], ['-20% code LENA'], ['@brand asked first'], ['\tindented']])(
    'a note starting with a formula character (%j) is exported as text',
    (note) => {
      const row = onlyRow(exportEntries([entry(lena, { notes: [{ text: note, at: JAN_2 }] })]));
      expect(row['Latest note']).toBe(`'${note}`);
    },
  );

  it('numeric cells are not prefixed', () => {
    const row = onlyRow(exportEntries([entry(lena, { displayName: '=danger', snapshotCount: 3 })]));
    expect(row.Name).toBe("'=danger");
    expect(row.Followers).toBe('50000');
    expect(row.Following).toBe('2000');
    expect(row.Score).toBe('73');
    expect(row.Snapshots).toBe('3');
  });

  it('quotes commas, quotes and newlines inside cells as RFC 4180 says', () => {
    const name = 'Lena, "the" skincare one\nsecond line';
    const csv = exportEntries([entry(lena, { displayName: name })]);
    expect(csv).toContain('\r\n"Lena, ""the"" skincare one\nsecond line",');
    expect(onlyRow(csv).Name).toBe(name);
  });

  it('an empty shortlist is the header line alone, with no blank row after it', () => {
    expect(exportEntries([])).toBe(`${BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('unknown counts are empty cells, never 0', () => {
    const snapshot = makeSnapshot({
      creator: { followers: null, following: null, totalLikes: null, postCount: null },
      posts: [],
    });
    const row = onlyRow(exportEntries([entry(snapshot)]));
    expect(row).toMatchObject({
      Followers: '',
      'Followers as shown': '',
      Following: '',
      'Total likes': '',
      Videos: '',
      'View rate': '',
      'Engagement rate': '',
      'Engagement (platform measure)': '',
      'Engagement measure': '',
      'Median views': '',
      'Likes per video per follower': '',
      Score: '',
      Grade: '',
      Tier: '',
      Class: '',
    });
    expect(row.Confidence).toBe('low');
  });

  it('a creator whose stored snapshots are all unreadable still exports its name, notes and snapshot count', () => {
    const row = onlyRow(exportEntries([entry(null, { displayName: 'Lena', notes: [{ text: 'keep', at: JAN_2 }], snapshotCount: 2 })]));
    expect(row).toMatchObject({
      Name: 'Lena',
      Handle: 'lena',
      Followers: '',
      Score: '',
      Grade: '',
      Confidence: '',
      Flags: '',
      'Latest note': 'keep',
      Notes: '2026-01-02 09:05:00 keep',
      Snapshots: '2',
    });
  });
});

describe('csvFileName', () => {
  it('names the file after the local date', () => {
    expect(csvFileName(new Date(2026, 0, 5, 23, 59).getTime())).toBe('creator-lens-shortlist-2026-01-05.csv');
    expect(csvFileName(new Date(2026, 10, 23, 0, 1).getTime())).toBe('creator-lens-shortlist-2026-11-23.csv');
  });
});

describe('shortlist CSV in Chinese', () => {
  useLocale('zh_CN');

  const edited = (): ShortlistEntry => {
    const base = entry(lena);
    const creator = applyEdit(base.creator, { status: 'contacted', email: 'lena@example.com', doNotWork: { reason: '档期冲突' } }, JAN_3);
    return { ...base, creator };
  };

  it('writes the headers in Chinese, still with the byte order mark Excel needs', () => {
    const csv = exportEntries([edited()]);
    const headers = csvColumns('zh_CN');
    expect(getLocale()).toBe('zh_CN');
    expect(csv.startsWith(`${BOM}${headers.join(',')}\r\n`)).toBe(true);
    expect(headers).toContain('主页链接');
    expect(headers).toContain('粉丝数');
    expect(new Set(headers).size).toBe(headers.length);
    expect(englishIn(headers.join(' '))).toEqual([]);
    expect(headerLanguage(headers)).toBe('zh_CN');
  });

  it('writes the words inside cells in Chinese and the machine values unchanged', () => {
    const row = onlyRow(exportEntries([edited()]));
    expect(row).toMatchObject({
      昵称: '莉娜 Lena',
      账号: 'lena',
      平台: 'TikTok',
      主页链接: 'https://www.tiktok.com/@lena',
      粉丝数: '50000',
      播放率: '20.0%',
      评分: '73',
      等级: 'B',
      可信度: '中',
      达人类型: 'KOC',
      状态: '已联系',
      状态设置时间: '2026-01-03 17:45:00',
      邮箱: 'lena@example.com',
      邮箱来源: '你填写的',
      不合作: '是',
      不合作原因: '档期冲突',
      首次保存时间: '2026-01-02 09:05:00',
    });
    expect(row.量级).toMatch(/达人/);
    expect(row.风险提示).toMatch(/^警告：/);
    for (const column of ['量级', '风险提示', '状态', '可信度', '邮箱来源', '不合作']) {
      expect(englishIn(row[column]!), column).toEqual([]);
    }
  });

  it('the bio e-mail is marked as such in Chinese', () => {
    const row = onlyRow(exportEntries([entry(makeSnapshot({ creator: { email: 'bio@example.com' } }))]));
    expect(row.邮箱来源).toBe('来自简介');
  });

  it("with headers: 'keys' the file is the same in every language: keys as headers, ids as values", () => {
    const csv = exportEntries([edited()], { headers: 'keys' });
    const [header = [], first = []] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual([...CSV_FIELDS]);
    expect(headerLanguage(header)).toBe('keys');
    const row = Object.fromEntries(header.map((key, i) => [key, first[i]]));
    expect(row).toMatchObject({ platform: 'tiktok', status: 'contacted', confidence: 'medium', tier: 'micro', email_source: 'user', do_not_work: 'yes' });
  });

  it('an English file can be asked for whatever the UI language', () => {
    const csv = exportEntries([edited()], { locale: 'en' });
    expect(csv.startsWith(`${BOM}${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain(',Contacted,');
  });
});

describe('headerLanguage', () => {
  it.each([
    [['Handle', 'Platform', 'Notes'], 'en'],
    [['账号', '平台', '备注'], 'zh_CN'],
    [['handle', 'platform', 'profile_url'], 'keys'],
    [['Creator', 'Link'], null],
  ] as const)('%j is %s', (headers, language) => {
    expect(headerLanguage(headers)).toBe(language);
  });
});
