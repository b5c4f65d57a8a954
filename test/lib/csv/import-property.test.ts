// Properties of the CSV import (lib/csv/read, mapping, check, merge) against the export (lib/csv/export.ts):
// whatever file the user picks, the import answers with rows or with problems it can put in
// words, never an exception; a shortlist exported and imported again comes back as it was, apart
// from what a CSV cannot carry (listed in `afterCsv`); and a file cut short anywhere is never
// imported with half a row.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { checkImport, type ImportCheck } from '../../../lib/csv/check';
import { CSV_FIELDS } from '../../../lib/csv/columns';
import { BOM, shortlistToCsv, type CsvOptions } from '../../../lib/csv/export';
import { autoMap } from '../../../lib/csv/mapping';
import { importCreators, mergeCreator } from '../../../lib/csv/merge';
import { decodeCsvBytes, parseCsv, readCsvFile, type ParsedCsv } from '../../../lib/csv/read';
import { creatorId, STATUSES, type CreatorRecord } from '../../../lib/db/records';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { english } from '../../../lib/i18n';
import { TEXT_LIMITS } from '../../../lib/schema/limits';
import { EARLIEST_DATE } from '../../../lib/schema/bounds';
import type { Platform } from '../../../lib/schema/snapshot';
import type { ShortlistRow } from '../../../lib/shortlist/rows';
import { checkedRows, dataRows } from '../../helpers/csv';
import { sentenceProblem } from '../../helpers/sentences';

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);

// ---- Checks --------------------------------------------------------------------------------

function expectSentence(value: Parameters<typeof sentenceProblem>[0], label: string): void {
  expect(sentenceProblem(value), `${label}: ${JSON.stringify(value)}`).toBeNull();
}

/** Everything a check reports can be shown, and names a row and column of the file. */
function expectExplained(csv: ParsedCsv, check: ImportCheck, label: string): void {
  for (const error of check.fileErrors) expectSentence(error, `${label} file error`);
  for (const error of check.errors) {
    expectSentence(error.message, `${label} row ${error.row}`);
    expect(error.row, label).toBeGreaterThanOrEqual(csv.firstRowNumber);
    expect(error.row, label).toBeLessThan(csv.firstRowNumber + dataRows(csv).length);
    if (error.column !== null) expect(csv.columns, label).toContain(error.column);
  }
  for (const row of checkedRows(check)) {
    expect(row.row, label).toBeGreaterThanOrEqual(csv.firstRowNumber);
    expect(row.id.length, label).toBeGreaterThan(2);
  }
}

/** Reads a file the way the dialog does: bytes, decoding, parsing, mapping, checking. Never throws. */
async function readAndCheck(bytes: Uint8Array, label: string): Promise<{ csv: ParsedCsv; check: ImportCheck } | null> {
  const read = await readCsvFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  if (!read.ok) {
    expectSentence(read.error, `${label} refused`);
    return null;
  }
  const check = await checkImport(read.csv, autoMap(read.csv));
  expectExplained(read.csv, check, label);
  return { csv: read.csv, check };
}

const encode = (text: string) => new TextEncoder().encode(text);

// ---- Any file ------------------------------------------------------------------------------

const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const CSV_PIECES = [
  ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', "'", '=', '+', '-', '@', '\u0000', BOM, '\u202E', '\u2066', '\u200F', 'Handle', 'handle', 'Platform',
  'Profile URL', 'profile_url', 'Notes', 'Tags', 'Status', 'Price', 'Currency', 'Last edited', 'E-mail', 'Grade override', 'Do not work', '链接', '平台', '状态',
  '@nora', 'TikTok', 'yt', 'ig', 'https://www.tiktok.com/@nora', 'instagram.com/bo/', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
  'https://www.instagram.com/p/Cabc123/', '$300', '1,250.50', 'USD', 'yes', '是', 'S', 'Z', '2026-01-02 09:05:07', '2026-13-45', 'a@b.co', '😀', '莉娜',
];
const csvLike = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...CSV_PIECES), fc.string({ maxLength: 6 }), lone), { maxLength: 60 }).map((pieces) => pieces.join('')),
  // Rows of cells under a header of ours or not, quoted by papaparse or joined by hand.
  fc
    .tuple(
      fc.array(fc.array(fc.oneof(fc.constantFrom(...CSV_PIECES), fc.string({ unit: 'binary', maxLength: 12 })), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(',', ';', '\t'),
      fc.boolean(),
    )
    .map(([records, delimiter, quoted]) => (quoted ? Papa.unparse(records, { delimiter }) : records.map((cells) => cells.join(delimiter)).join('\n'))),
);

describe('any file', () => {
  it('any bytes: decoded, parsed and checked without an exception; a refusal is a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          csvLike.map(encode),
          // UTF-16 with a BOM, and the zip magic of a workbook, followed by anything.
          fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 100 })).map(([head, rest]) => new Uint8Array([...head, ...rest])),
        ),
        async (bytes) => {
          const decoded = decodeCsvBytes(bytes);
          if (!decoded.ok) expectSentence(decoded.error, 'decode');
          await readAndCheck(bytes, `bytes ${Array.from(bytes.slice(0, 40)).join(',')}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any text: parsed with or without a header row and checked; every problem is a sentence naming its row', async () => {
    await fc.assert(
      fc.asyncProperty(csvLike, fc.constantFrom(undefined, true, false), fc.constantFrom('instagram', 'tiktok', 'youtube', null) as fc.Arbitrary<Platform | null>, async (text, hasHeader, defaultPlatform) => {
        const read = await parseCsv(text, hasHeader === undefined ? {} : { hasHeader });
        if (!read.ok) return expectSentence(read.error, `parse ${JSON.stringify(text)}`);
        const check = await checkImport(read.csv, autoMap(read.csv), { defaultPlatform });
        expectExplained(read.csv, check, JSON.stringify(text));
        // A mapping chosen by hand (any column to any field, even twice) is checked as well.
        const fields = ['handle', 'profile_url', 'platform', 'notes', 'tags', 'status', 'price', 'updated', null] as const;
        const mapping = read.csv.columns.map((_, i) => fields[(i * 7 + text.length) % fields.length]!);
        expectExplained(read.csv, await checkImport(read.csv, mapping, { defaultPlatform }), `${JSON.stringify(text)} mapped by hand`);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- Shortlists ----------------------------------------------------------------------------

/** Awkward pieces of text: CSV syntax, formula starts, bidi controls, NUL, a BOM, emoji, a note's date stamp. */
const AWKWARD = [
  '"', '""', "'", ',', ';', '\t', '=', '+', '-', '@', '=1+1', '=HYPERLINK("http://x","y")', "'=", "''+", '-5 kg', '@brand', '\u202E', '\u202D', '\u2066',
  '\u2069', '\u200F', '\u200E', '\u061C', '\u0000', '\uFEFF', '😀', '👩‍👩‍👧', '莉娜', 'ß', 'é', 'ا', '\u00a0', ' ', 'a', 'Z', '9', '.', '#', '|', '\\',
];
/** Text of any Unicode (no lone surrogates: a UTF-8 file cannot hold them) with awkward pieces; `breaks` adds line breaks. */
const textOf = (maxLength: number, breaks: readonly string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...AWKWARD, ...breaks), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 12 })
    .map((pieces) => pieces.join('').replace(/[\ud800-\udfff]/g, '').slice(0, maxLength));
const nonBlank = (text: string) => text.trim() !== '';
/** Single-line fields (tags, reasons, target market) come from <input type="text">: trimmed, no line breaks. */
const lineText = (maxLength: number) => textOf(maxLength, []).map((text) => text.replace(/[\r\n]/g, ' ').trim());

// Whole seconds from the earliest date a record may hold (2005) to the tests' "now", the bounds
// themselves included: the CSV carries dates to the second.
const second = fc.oneof(
  fc.constantFrom(Math.ceil(EARLIEST_DATE / 1000), Math.floor(NOW / 1000)),
  fc.integer({ min: Math.ceil(EARLIEST_DATE / 1000), max: Math.floor(NOW / 1000) }),
).map((s) => s * 1000);
// A note as stored: trimmed, not empty; line breaks LF as a textarea gives them, or CR LF and CR as a
// hand-made CSV may have brought them. A line may start with a date of its own ("2026-01-02 09:05:07 …",
// as pasted from a log), after spaces or not.
const noteText = textOf(400, ['\n', '\n\n', '\r\n', '\r', '\n2026-01-02 09:05:07 ', '\n2026-01-02 09:05 pasted', '\n  2026-01-02 09:05 x', '\n2026-13-45 99:99 y'])
  .map((text) => text.trim())
  .filter(nonBlank);

const INSTAGRAM_RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'stories', 'direct', 'about', 'developer', 'legal', 'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'press', 'api', 'graphql', 'oauth', 'static', 'invites', 'lite', 'topics', 'directory', 'nametag', 'ar', 's', 'qr', 'your_activity', '_u', '_n', 'ads', 'help', 'locations', 'location', 'tags', 'audio', 'music', 'blog', 'create', 'notifications', 'threads', 'business', 'creators', 'download', 'fragment', 'saved', 'i']);
const identity = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_.]{2,24}$/).map((handle) => ({ platform: 'tiktok' as const, handle, profileUrl: `https://www.tiktok.com/@${handle}` })),
  fc
    .stringMatching(/^[A-Za-z0-9._]{1,30}$/)
    .filter((handle) => !INSTAGRAM_RESERVED.has(handle.toLowerCase()) && handle !== '.' && handle !== '..')
    .map((handle) => ({ platform: 'instagram' as const, handle, profileUrl: `https://www.instagram.com/${handle}/` })),
  fc
    .array(fc.constantFrom(...'abcXYZ019_.-·éßя中あ한٣'), { minLength: 1, maxLength: 30 })
    .map((chars) => chars.join(''))
    .map((handle) => ({ platform: 'youtube' as const, handle, profileUrl: `https://www.youtube.com/@${handle}` })),
);

const creator: fc.Arbitrary<CreatorRecord> = fc
  .record({
    who: identity,
    displayName: fc.option(textOf(TEXT_LIMITS.name, ['\n', '\r\n', '\r']).filter(nonBlank), { nil: null }),
    notes: fc.uniqueArray(fc.record({ text: noteText, at: second }), { maxLength: 4, selector: (note) => `${note.at}|${note.text}` }),
    tags: fc.uniqueArray(lineText(TEXT_LIMITS.tag).filter(nonBlank), { maxLength: 6 }),
    // Every status the creator had after "to review", the last one its status now.
    statuses: fc.array(fc.constantFrom(...STATUSES), { maxLength: 4 }),
    dates: fc.array(second, { minLength: 8, maxLength: 8 }).map((dates) => dates.sort((a, b) => a - b)),
    gradeOverride: fc.option(fc.record({ grade: fc.constantFrom('S', 'A', 'B', 'C', 'D' as const), reason: lineText(200) }), { nil: null }),
    // Any amount in whole cents the bounds allow, their ends included.
    price: fc.option(fc.record({ amount: fc.oneof(fc.constantFrom(1, 1e11), fc.integer({ min: 1, max: 1e11 })).map((cents) => cents / 100), currency: fc.constantFrom('USD', 'EUR', 'CNY', 'GBP', 'JPY') }), { nil: null }),
    email: fc.option(fc.emailAddress().filter((email) => email.length <= 254), { nil: null }),
    targetMarket: fc.option(lineText(100).filter(nonBlank), { nil: null }),
    doNotWork: fc.option(fc.record({ reason: lineText(200) }), { nil: null }),
  })
  .map(({ who, displayName, notes, tags, statuses, dates, gradeOverride, price, email, targetMarket, doNotWork }) => {
    const [createdAt, overrideAt, flaggedAt, lastSeenAt, updatedAt] = [dates[0]!, dates[4]!, dates[5]!, dates[6]!, dates[7]!];
    const statusHistory: CreatorRecord['statusHistory'] = [{ status: 'to-review', at: createdAt }];
    for (const [i, status] of statuses.entries()) if (status !== statusHistory.at(-1)!.status) statusHistory.push({ status, at: dates[1 + Math.min(i, 2)]! });
    const status = statusHistory.at(-1)!.status;
    return {
      id: creatorId(who.platform, who.handle),
      platform: who.platform,
      handle: who.handle,
      displayName,
      profileUrl: who.profileUrl,
      notes: notes.sort((a, b) => a.at - b.at),
      createdAt,
      lastSeenAt,
      tags,
      status,
      statusHistory,
      gradeOverride: gradeOverride && { ...gradeOverride, at: overrideAt },
      price,
      email,
      targetMarket,
      doNotWork: doNotWork && { ...doNotWork, at: flaggedAt },
      updatedAt,
    };
  });
const shortlist = fc.uniqueArray(creator, { minLength: 1, maxLength: 6, selector: (record) => record.id });
const csvOptions = fc.record<CsvOptions>({ headers: fc.constantFrom('labels', 'keys'), locale: fc.constantFrom('en', 'zh_CN') });

const rowsOf = (records: readonly CreatorRecord[]): ShortlistRow[] => records.map((record) => ({ creator: record, summary: null }));

/**
 * What a CSV gives back of a creator: everything, except
 * - the status history: only the current status and when it was set travel in the file;
 * - the dates of the grade override and the do-not-work mark: they become the row's "Last edited";
 * - a NUL in any text: the file would not be read back as text, so the export writes U+FFFD;
 * - line breaks inside a note: the Notes cell holds one line per note line, read back as LF.
 * (Readings, scores and a bio's e-mail are not part of a creator record.)
 */
function afterCsv(record: CreatorRecord): CreatorRecord {
  const nul = (text: string) => text.replace(/\u0000/g, '\uFFFD');
  const last = record.statusHistory.at(-1)!;
  return {
    ...record,
    displayName: record.displayName === null ? null : nul(record.displayName),
    notes: record.notes.map((note) => ({ ...note, text: nul(note.text).replace(/\r\n?/g, '\n') })),
    tags: record.tags.map(nul),
    statusHistory: record.status === 'to-review' ? [{ status: 'to-review', at: last.at }] : [{ status: 'to-review', at: record.createdAt }, { status: record.status, at: last.at }],
    gradeOverride: record.gradeOverride && { ...record.gradeOverride, reason: nul(record.gradeOverride.reason), at: record.updatedAt },
    doNotWork: record.doNotWork && { reason: nul(record.doNotWork.reason), at: record.updatedAt },
    targetMarket: record.targetMarket === null ? null : nul(record.targetMarket),
  };
}

const byId = (a: CreatorRecord, b: CreatorRecord) => a.id.localeCompare(b.id);

describe('export, then import', () => {
  it('gives back every creator with names, notes, tags and reasons of any Unicode, quotes, commas, line breaks, formulas, bidi controls and NUL', async () => {
    await fc.assert(
      fc.asyncProperty(shortlist, csvOptions, async (records, options) => {
        const file = shortlistToCsv(rowsOf(records), options);
        const read = await readAndCheck(encode(file), 'export');
        expect(read, 'the export is refused as a file').not.toBeNull();
        const { check } = read!;
        expect(check.fileErrors.map(english)).toEqual([]);
        expect(check.errors.map((error) => `row ${error.row} ${error.column}: ${english(error.message)}`)).toEqual([]);
        const imported = checkedRows(check).map((row) => mergeCreator(undefined, row, NOW)).sort(byId);
        expect(imported).toEqual(records.map(afterCsv).sort(byId));
      }),
      { numRuns: 300 },
    );
  });

  it('every cell a spreadsheet would run as a formula is neutralised by a leading quote, and the import takes it off', async () => {
    await fc.assert(
      fc.asyncProperty(shortlist, csvOptions, async (records, options) => {
        const file = shortlistToCsv(rowsOf(records), options);
        const raw = Papa.parse<string[]>(file.slice(1), { skipEmptyLines: 'greedy' });
        expect(raw.errors).toEqual([]);
        for (const cell of raw.data.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
        const read = await parseCsv(file);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        // The cells as the import sees them: the quote gone, what was typed back.
        const names = dataRows(read.csv).map((row) => row[CSV_FIELDS.indexOf('name')]);
        expect(names.sort()).toEqual(records.map((record) => (record.displayName ?? '').replace(/\u0000/g, '\uFFFD')).sort());
      }),
      { numRuns: 300 },
    );
  });

  const dbs: CreatorLensDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
  });

  it('into the database: an empty shortlist gets the same creators; the shortlist they came from stays as it is', { timeout: 60_000 }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(shortlist, csvOptions, async (records, options) => {
        const file = shortlistToCsv(rowsOf(records), options);
        const read = await readAndCheck(encode(file), 'export');
        expect(read).not.toBeNull();
        const source = openDatabase(`csv-property-source-${n}`);
        const target = openDatabase(`csv-property-target-${n++}`);
        dbs.push(source, target);
        await source.creators.bulkPut(records);
        expect(await importCreators(target, read!.check, NOW)).toEqual({ created: records.length, updated: 0, unchanged: 0 });
        expect((await target.creators.toArray()).sort(byId)).toEqual(records.map(afterCsv).sort(byId));
        // Back into its own shortlist nothing changes, but for a note or tag with a NUL (or a note with a
        // CR): read back it differs from the one kept, so it is added next to it (both merge as a union).
        const merged = (record: CreatorRecord) => JSON.stringify([record.notes, record.tags]);
        const differ = records.filter((record) => merged(afterCsv(record)) !== merged(record)).length;
        expect(await importCreators(source, read!.check, NOW)).toEqual({ created: 0, updated: differ, unchanged: records.length - differ });
      }),
      { numRuns: 25 },
    );
  });
});

describe('a file cut short', () => {
  it('cut at any byte: refused with a sentence, or read with whole rows exactly as the whole file has them', async () => {
    await fc.assert(
      fc.asyncProperty(shortlist, csvOptions, fc.double({ min: 0, max: 1, noNaN: true }), async (records, options, where) => {
        const bytes = encode(shortlistToCsv(rowsOf(records), options));
        const full = await readAndCheck(bytes, 'whole file');
        expect(full?.check.errors).toEqual([]);
        const cut = Math.min(bytes.length - 1, Math.floor(where * bytes.length));
        const label = `cut at byte ${cut} of ${bytes.length}`;
        const read = await readAndCheck(bytes.slice(0, cut), label);
        if (read === null || read.check.errors.length > 0 || read.check.fileErrors.length > 0) return; // refused, and said why
        const whole = new Map(checkedRows(full!.check).map((row) => [row.row, row]));
        for (const row of checkedRows(read.check)) expect(row, `${label}: row ${row.row}`).toEqual(whole.get(row.row));
      }),
      { numRuns: 500 },
    );
  });

  // The last record has fewer cells than the header and no line break follows it: refused.
  it('refuses a file cut inside a row instead of importing that row with what is left of it', async () => {
    const record: CreatorRecord = {
      id: 'tiktok:nora',
      platform: 'tiktok',
      handle: 'nora',
      displayName: 'Nora',
      profileUrl: 'https://www.tiktok.com/@nora',
      notes: [{ text: 'asked for rates', at: Date.UTC(2026, 0, 2, 9, 5, 7) }],
      createdAt: Date.UTC(2026, 0, 2),
      lastSeenAt: Date.UTC(2026, 0, 3),
      tags: ['beauty'],
      status: 'contacted',
      statusHistory: [{ status: 'to-review', at: Date.UTC(2026, 0, 2) }, { status: 'contacted', at: Date.UTC(2026, 0, 3) }],
      gradeOverride: null,
      price: { amount: 300, currency: 'USD' },
      email: null,
      targetMarket: null,
      doNotWork: null,
      updatedAt: Date.UTC(2026, 0, 4),
    };
    const file = shortlistToCsv(rowsOf([record]), { headers: 'labels', locale: 'en' });
    // The download stopped in the middle of the profile URL.
    const cut = file.slice(0, file.indexOf('https://www.tiktok.com/@nora') + 'https://www.tik'.length);
    const read = await readAndCheck(encode(cut), 'cut in the profile URL');
    // Not one creator with the address "https://www.tik" and no notes, tags, status, price or dates.
    expect(read === null || read.check.errors.length + read.check.fileErrors.length > 0, JSON.stringify(read && checkedRows(read.check))).toBe(true);
  });
});
