// Importing creators from a CSV file: our own export (labels or keys) or a hand-made list of
// profile URLs or handles. The steps the dialog walks through, each a pure function but the last:
//   readCsvFile / parseCsv -> autoMap (user may change it) -> checkImport -> importCreators (merge.ts).
// Every row is checked before anything is written, and everything is written in one
// transaction, so an import either lands whole or leaves the shortlist as it was.
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { STATUSES, STATUS_LABELS, creatorId, type Note, type Status } from '../db';
import { platformName } from '../i18n/format';
import { LOCALES, t, text, type MessageKey, type Text, type TextParam } from '../i18n';
import { identifyPage } from '../platforms/pages';
import { PLATFORMS, TEXT_LIMITS } from '../schema/limits';
import type { Platform } from '../schema/snapshot';
import {
  CSV_FIELDS,
  HEADER_SYNONYMS,
  IMPORT_FIELDS,
  VALUE_LABELS,
  csvLabelText,
  csvLabels,
  inEveryLanguage,
  normHeader,
  type CsvField,
  type ImportField,
} from './columns';
import { NOTE_STAMP, parseCsvDate, unescapeNoteLine } from './dates';
import { BOM, unescapeFormula } from './export';

// ---- Reading the file -------------------------------------------------------------------

export type Delimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  /** Header names, or "Column 1", "Column 2"… (in the UI language) when the file has no header row. */
  columns: string[];
  /** The data rows, each as long as `columns`; formula quotes our export added are taken off. */
  rows: string[][];
  delimiter: Delimiter;
  hasHeader: boolean;
  /** The spreadsheet row number of rows[0]: 2 under a header, else 1. */
  firstRowNumber: number;
  /** Every record as read, header included, for switching `hasHeader`. */
  records: string[][];
}

/** A file that cannot be imported says why in a Text (show it with say()); nothing is imported. */
export type CsvReadResult = { ok: true; csv: ParsedCsv } | { ok: false; error: Text };

/** Decodes a file's bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused. */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: Text } {
  if (bytes.length === 0) return { ok: false, error: text('data_fileEmpty') };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return { ok: false, error: text('data_fileWorkbook') };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: text('data_fileNotUtf8') };
  }
  if (decoded.includes('\u0000')) return { ok: false, error: text('data_fileNotText') };
  return { ok: true, text: decoded };
}

/** Reads and parses a CSV file the user chose. */
export async function readCsvFile(file: Blob): Promise<CsvReadResult> {
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, error: text('data_fileUnreadable', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  const decoded = decodeCsvBytes(new Uint8Array(buffer));
  return decoded.ok ? parseCsv(decoded.text) : decoded;
}

/** Parses CSV text: BOM tolerated, delimiter , ; or tab detected, header row detected unless told. */
export function parseCsv(content: string, options: { hasHeader?: boolean } = {}): CsvReadResult {
  // A file cut between the CR and the LF of a line break ends in a lone CR, which papaparse may take
  // for the file's line break (each LF then starts a cell with a line break): a final CR ends a line.
  const body = (content.startsWith(BOM) ? content.slice(1) : content).replace(/\r$/, '');
  if (body.trim() === '') return { ok: false, error: text('data_fileEmpty') };
  const result = Papa.parse<string[]>(body, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    return { ok: false, error: broken.row === undefined ? text('data_fileBrokenQuotes') : text('data_fileBrokenQuotesRow', { row: broken.row + 1 }) };
  }
  const records = result.data.map((record) => record.map((cell) => unescapeFormula(cell)));
  if (records.length === 0) return { ok: false, error: text('data_fileNoRows') };
  const delimiter: Delimiter = result.meta.delimiter === ';' || result.meta.delimiter === '\t' ? result.meta.delimiter : ',';
  const hasHeader = options.hasHeader ?? looksLikeHeader(records[0] ?? []);
  const csv = shape(records, delimiter, hasHeader);
  if (csv.rows.length === 0) return { ok: false, error: text('data_fileHeaderOnly') };
  // A last row with fewer cells than the header and no line break after it: the file was cut short
  // (a download or copy that stopped); importing what is left would save a half-read creator.
  if (hasHeader && !/[\r\n]$/.test(body) && records.at(-1)!.length < records[0]!.length) {
    return { ok: false, error: text('data_fileCutShort', { row: records.length }) };
  }
  return { ok: true, csv };
}

/** The same file read with or without a header row. */
export function withHeader(csv: ParsedCsv, hasHeader: boolean): ParsedCsv {
  return shape(csv.records, csv.delimiter, hasHeader);
}

function shape(records: string[][], delimiter: Delimiter, hasHeader: boolean): ParsedCsv {
  const width = Math.max(...records.map((record) => record.length));
  const header = hasHeader ? (records[0] ?? []) : [];
  const columns = Array.from({ length: width }, (_, i) => header[i]?.trim() || t('data_colNumbered', { n: i + 1 }));
  const data = hasHeader ? records.slice(1) : records;
  const rows = data.map((record) => Array.from({ length: width }, (_, i) => record[i] ?? ''));
  return { columns, rows, delimiter, hasHeader, firstRowNumber: hasHeader ? 2 : 1, records };
}

/** The first rows, for the preview table. */
export function previewRows(csv: ParsedCsv, count = 5): string[][] {
  return csv.rows.slice(0, count);
}

// ---- Mapping columns to fields ----------------------------------------------------------

/** For each column of the file, the field it fills, or null to leave it out. */
export type ColumnMapping = Array<ImportField | null>;

const norm = normHeader;

// Our keys, our labels in every UI language (a file exported in Chinese opens in an English UI and
// the other way round), then the synonyms; the first entry for a name wins.
const HEADER_LOOKUP: ReadonlyMap<string, CsvField> = new Map<string, CsvField>(
  [
    ...CSV_FIELDS.map((field) => [field, field] as const),
    ...LOCALES.flatMap((locale) => Object.entries(csvLabels(locale)).map(([field, label]) => [norm(label), field as CsvField] as const)),
    ...Object.entries(HEADER_SYNONYMS).map(([name, field]) => [norm(name), field] as const),
  ].reverse(),
);

/** The column a header names: one of ours (label in any UI language or key, any case) or a common synonym. */
export function fieldForHeader(header: string): CsvField | null {
  return HEADER_LOOKUP.get(norm(header)) ?? HEADER_LOOKUP.get(norm(header).replace(/[\s-]+/g, '_')) ?? null;
}

const isImportField = (field: CsvField | null): field is ImportField => field !== null && (IMPORT_FIELDS as readonly string[]).includes(field);

function looksLikeHeader(first: readonly string[]): boolean {
  if (first.some((cell) => fieldForHeader(cell) !== null)) return true;
  return !first.some((cell) => looksLikeIdentity(cell));
}

function looksLikeUrl(text: string): boolean {
  return /^(https?:\/\/|www\.)|^(m\.|www\.)?(tiktok|instagram|youtube)\.com\//i.test(text.trim());
}

function looksLikeIdentity(cell: string): boolean {
  const value = cell.trim();
  return (looksLikeUrl(value) && identityFromUrl(value).ok) || /^@[\p{L}\p{M}\p{N}_.\-·]+$/u.test(value);
}

/** Guesses the mapping: our own headers and common names first, then what the cells hold. */
export function autoMap(csv: ParsedCsv): ColumnMapping {
  const mapping: ColumnMapping = csv.columns.map(() => null);
  const known = csv.columns.map((column) => (csv.hasHeader ? fieldForHeader(column) : null));
  const used = new Set<ImportField>();
  known.forEach((field, i) => {
    if (isImportField(field) && !used.has(field)) {
      mapping[i] = field;
      used.add(field);
    }
  });
  const sample = csv.rows.slice(0, 50);
  const share = (i: number, test: (cell: string) => boolean) => {
    const cells = sample.map((row) => row[i]?.trim() ?? '').filter(Boolean);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const free = (i: number) => mapping[i] === null && known[i] === null;
  if (!used.has('profile_url') && !used.has('handle')) {
    const urls = csv.columns.findIndex((_, i) => free(i) && share(i, (cell) => looksLikeUrl(cell) && identityFromUrl(cell).ok) >= 0.5);
    if (urls >= 0) {
      mapping[urls] = 'profile_url';
      used.add('profile_url');
    } else {
      const handles = csv.columns.findIndex((_, i) => free(i) && share(i, (cell) => /^@\S+$/.test(cell)) >= 0.5);
      if (handles >= 0) {
        mapping[handles] = 'handle';
        used.add('handle');
      }
    }
  }
  if (!used.has('platform')) {
    const platforms = csv.columns.findIndex((_, i) => free(i) && share(i, (cell) => parsePlatform(cell) !== null) === 1);
    if (platforms >= 0) mapping[platforms] = 'platform';
  }
  return mapping;
}

// ---- Checking rows ----------------------------------------------------------------------

export interface RowError {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The column's header, or null for the row as a whole. */
  column: string | null;
  /** What is wrong, to show with say(). */
  message: Text;
}

/** One valid row. Optional fields are absent when their column is not mapped. */
export interface ImportRow {
  row: number;
  id: string;
  platform: Platform;
  handle: string;
  profileUrl: string;
  displayName?: string | null;
  /** Notes with their dates (our export's "Notes" cell). */
  notes?: Note[];
  /** Notes without a date (a hand-made list's notes column); dated at import. */
  undatedNotes?: string[];
  tags?: string[];
  status?: Status;
  statusSetAt?: number | null;
  price?: { amount: number; currency: string } | null;
  /** The user's own contact address; an address that came from the bio is not imported. */
  email?: string | null;
  targetMarket?: string | null;
  gradeOverride?: { grade: Grade; reason: string } | null;
  doNotWork?: { reason: string } | null;
  firstSaved?: number | null;
  lastSeen?: number | null;
  updated?: number | null;
}

export interface ImportCheck {
  rows: ImportRow[];
  errors: RowError[];
  /** Problems with the file or the mapping as a whole (no handle or URL column), to show with say(). */
  fileErrors: Text[];
}

export interface ImportOptions {
  /** The platform of rows that give a bare handle and no platform. */
  defaultPlatform?: Platform | null;
}

const GRADES = ['S', 'A', 'B', 'C', 'D'] as const;
const MAX_TAGS = 100;
type Grade = (typeof GRADES)[number];
type Parsed<T> = { ok: true; value: T } | { ok: false; message: Text };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (key: MessageKey, params?: Record<string, TextParam>): Parsed<never> => ({ ok: false, message: text(key, params) });
/** A cell's content as quoted in a message: long ones cut short. */
const shortenedForMessage = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** A cell parser as a zod schema, so that a cell's problem is an issue carrying our message. */
function cellSchema<T>(parse: (text: string) => Parsed<T>) {
  return z.pipe(
    z.string(),
    z.transform((cell: string, ctx) => {
      const result = parse(cell);
      if (result.ok) return result.value;
      // zod issues carry strings: the Text rides along as a parameter and is read back from there.
      ctx.issues.push({ code: 'custom', message: result.message.key, input: cell, params: { text: result.message } });
      return z.NEVER;
    }),
  );
}

/** The Text a cell schema put into its issue. */
function issueText(issue: z.core.$ZodIssue): Text {
  const carried = issue.code === 'custom' ? (issue.params as { text?: Text } | undefined)?.text : undefined;
  return carried ?? text('data_cellInvalid', { field: issue.path.join('.') });
}

export function parsePlatform(text: string): Platform | null {
  const value = norm(text);
  const aliases: Record<string, Platform> = { tt: 'tiktok', 'tik tok': 'tiktok', ig: 'instagram', insta: 'instagram', yt: 'youtube', 'you tube': 'youtube' };
  return PLATFORMS.find((platform) => platform === value || norm(platformName(platform)) === value) ?? aliases[value] ?? null;
}

type What = 'data_whatName' | 'data_whatNote' | 'data_whatTargetMarket' | 'data_whatReason';

function limited(max: number, what: What) {
  return (cell: string): Parsed<string> => (cell.length > max ? bad('data_cellTooLong', { what: text(what), max }) : ok(cell));
}

const optionalText = (max: number, what: What) =>
  cellSchema((cell) => {
    const trimmed = cell.trim();
    return trimmed === '' ? ok(null) : limited(max, what)(trimmed);
  });

const dateCell = cellSchema((cell): Parsed<number | null> => {
  if (cell.trim() === '') return ok(null);
  const ms = parseCsvDate(cell);
  return ms === null ? bad('data_cellNotDate', { value: shortenedForMessage(cell) }) : ok(ms);
});

/** A status in any UI language's words, or its id ("to-review", "to review"). */
function parseStatus(value: string): Status | undefined {
  return STATUSES.find((s) => s === value || s.replace('-', ' ') === value || inEveryLanguage(STATUS_LABELS[s]).includes(value));
}

const STATUS_CHOICES = {
  toReview: STATUS_LABELS['to-review'],
  shortlisted: STATUS_LABELS.shortlisted,
  contacted: STATUS_LABELS.contacted,
  negotiating: STATUS_LABELS.negotiating,
  approved: STATUS_LABELS.approved,
  rejected: STATUS_LABELS.rejected,
} satisfies Record<string, Text>;

const YES = ['yes', 'y', 'true', '1', 'x', '是', '√', '✓', ...inEveryLanguage(VALUE_LABELS.yes)];
const NO = ['no', 'n', 'false', '0', '否'];

const CELL_SCHEMAS = {
  name: cellSchema((cell) => (cell.trim() === '' ? ok(null) : limited(TEXT_LIMITS.name, 'data_whatName')(cell))),
  platform: cellSchema((cell): Parsed<Platform | null> => {
    if (cell.trim() === '') return ok(null);
    const platform = parsePlatform(cell);
    return platform ? ok(platform) : bad('data_cellUnknownPlatform', { value: shortenedForMessage(cell.trim()) });
  }),
  notes: cellSchema((cell) => parseNotes(cell)),
  latest_note: optionalText(TEXT_LIMITS.note, 'data_whatNote'),
  tags: cellSchema((cell): Parsed<string[]> => {
    const tags = [...new Set((cell.includes('\n') ? cell.split('\n') : cell.split(/[,;]/)).map((tag) => tag.trim()).filter(Boolean))];
    const long = tags.find((tag) => tag.length > TEXT_LIMITS.tag);
    if (long) return bad('data_cellTagTooLong', { value: shortenedForMessage(long), max: TEXT_LIMITS.tag });
    return tags.length > MAX_TAGS ? bad('data_cellTooManyTags', { max: MAX_TAGS }) : ok(tags);
  }),
  status: cellSchema((cell): Parsed<Status | null> => {
    const value = norm(cell);
    if (value === '') return ok(null);
    const status = parseStatus(value);
    return status ? ok(status) : bad('data_cellUnknownStatus', { value: shortenedForMessage(cell.trim()), ...STATUS_CHOICES });
  }),
  status_set: dateCell,
  price: cellSchema((cell): Parsed<{ amount: number; symbol: string | null } | null> => {
    const value = cell.trim();
    if (value === '') return ok(null);
    const match = /^([$€£¥₹])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(value);
    if (!match) return bad('data_cellNotPrice', { value: shortenedForMessage(value) });
    const amount = Number(`${match[2]!.replace(/,/g, '')}${match[3] ?? ''}`);
    return Number.isFinite(amount) ? ok({ amount, symbol: match[1] ?? null }) : bad('data_cellBadPrice', { value: shortenedForMessage(value) });
  }),
  currency: cellSchema((cell): Parsed<string | null> => {
    const value = cell.trim().toUpperCase();
    if (value === '') return ok(null);
    return /^[A-Z]{3}$/.test(value) ? ok(value) : bad('data_cellNotCurrency', { value: shortenedForMessage(cell.trim()) });
  }),
  email: cellSchema((cell): Parsed<string | null> => {
    const value = cell.trim();
    if (value === '') return ok(null);
    return value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? ok(value) : bad('data_cellNotEmail', { value: shortenedForMessage(value) });
  }),
  email_source: cellSchema((cell): Parsed<'user' | 'bio'> => {
    const value = norm(cell);
    if (value === '' || value === 'user' || inEveryLanguage(VALUE_LABELS.emailSource.user).includes(value)) return ok('user');
    if (value === 'bio' || inEveryLanguage(VALUE_LABELS.emailSource.bio).includes(value)) return ok('bio');
    return bad('data_cellNotEmailSource', { value: shortenedForMessage(cell.trim()), user: VALUE_LABELS.emailSource.user, bio: VALUE_LABELS.emailSource.bio });
  }),
  target_market: optionalText(100, 'data_whatTargetMarket'),
  grade_override: cellSchema((cell): Parsed<Grade | null> => {
    const value = cell.trim().toUpperCase();
    if (value === '') return ok(null);
    const grade = GRADES.find((g) => g === value);
    return grade ? ok(grade) : bad('data_cellNotGrade', { value: shortenedForMessage(cell.trim()) });
  }),
  grade_override_reason: optionalText(TEXT_LIMITS.note, 'data_whatReason'),
  do_not_work: cellSchema((cell): Parsed<boolean | null> => {
    const value = norm(cell);
    if (value === '') return ok(null);
    if (YES.includes(value)) return ok(true);
    if (NO.includes(value)) return ok(false);
    return bad('data_cellNotYesNo', { value: shortenedForMessage(cell.trim()) });
  }),
  do_not_work_reason: optionalText(TEXT_LIMITS.note, 'data_whatReason'),
  first_saved: dateCell,
  last_seen: dateCell,
  updated: dateCell,
} as const;

/** What a valid row must be once its cells are read. */
const ImportRowSchema = z.object({
  row: z.int().check(z.minimum(1)),
  id: z.string().check(z.minLength(3)),
  platform: z.enum(PLATFORMS),
  handle: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.handle)),
  profileUrl: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.url)),
});

/** A problem ImportRowSchema found, naming the column it comes from. */
function rowIssueText(issue: z.core.$ZodIssue): Text {
  const [first] = issue.path;
  const fields: Record<string, CsvField> = { id: 'handle', handle: 'handle', platform: 'platform', profileUrl: 'profile_url' };
  const field = typeof first === 'string' ? fields[first] : undefined;
  return text('data_cellInvalid', { field: field ? csvLabelText(field) : issue.path.join('.') });
}

/** "2026-01-02 09:05:07 text" lines; a line without a stamp continues the note above it. */
function parseNotes(cell: string): Parsed<{ dated: Note[]; undated: string[] }> {
  if (cell.trim() === '') return ok({ dated: [], undated: [] });
  const lines = cell.split(/\r\n|\n|\r/);
  if (!NOTE_STAMP.test(lines[0] ?? '')) {
    return cell.length > TEXT_LIMITS.note ? bad('data_cellTooLong', { what: text('data_whatNote'), max: TEXT_LIMITS.note }) : ok({ dated: [], undated: [cell.trim()] });
  }
  const dated: Note[] = [];
  for (const line of lines) {
    const stamp = NOTE_STAMP.exec(line);
    const at = stamp ? parseCsvDate(stamp[1]!) : null;
    if (stamp && at !== null) dated.push({ text: line.slice(stamp[0].length), at });
    else if (dated.length > 0) dated[dated.length - 1]!.text += `\n${unescapeNoteLine(line)}`;
  }
  const long = dated.find((note) => note.text.length > TEXT_LIMITS.note);
  return long ? bad('data_cellNoteTooLong', { max: TEXT_LIMITS.note }) : ok({ dated, undated: [] });
}

type Identity = { platform: Platform; handle: string; profileUrl: string };
const HANDLE = /^[\p{L}\p{M}\p{N}_.\-·]{1,100}$/u;

function canonicalProfileUrl(platform: Platform, handle: string): string {
  if (platform === 'tiktok') return `https://www.tiktok.com/@${handle}`;
  if (platform === 'instagram') return `https://www.instagram.com/${handle}/`;
  return /^UC[A-Za-z0-9_-]{22}$/.test(handle) ? `https://www.youtube.com/channel/${handle}` : `https://www.youtube.com/@${handle}`;
}

/** The creator a profile address names (a TikTok video's address names its creator too). */
export function identityFromUrl(cell: string): Parsed<Identity> {
  const trimmed = cell.trim();
  const href = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const support = identifyPage(href);
  if (!support.supported) return bad('data_cellNotProfile', { value: shortenedForMessage(trimmed) });
  const { reader } = support;
  let handle = reader.creatorHandle;
  if (handle === null && reader.platform === 'youtube' && reader.pageKind === 'profile') {
    // channel/UC…/tab, c/name/tab or user/name/tab: the id or legacy name stands in for the handle.
    handle = reader.key.split('/')[1] ?? null;
  }
  if (handle === null) return bad('data_cellPostAddress', { value: shortenedForMessage(trimmed) });
  return ok({ platform: reader.platform, handle, profileUrl: reader.pageKind === 'profile' ? href : canonicalProfileUrl(reader.platform, handle) });
}

/** Checks every row (never stopping at the first problem) and reads the valid ones. */
export function checkImport(csv: ParsedCsv, mapping: ColumnMapping, options: ImportOptions = {}): ImportCheck {
  const fileErrors: Text[] = [];
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((field, i) => {
    if (field === null) return;
    if (columnOf.has(field)) {
      fileErrors.push(text('data_mapTwice', { field: csvLabelText(field), first: shortenedForMessage(csv.columns[columnOf.get(field)!]!), second: shortenedForMessage(csv.columns[i]!) }));
    } else columnOf.set(field, i);
  });
  if (!columnOf.has('profile_url') && !columnOf.has('handle')) {
    fileErrors.push(text('data_mapNoIdentity', { profileUrl: csvLabelText('profile_url'), handle: csvLabelText('handle') }));
  }
  if (fileErrors.length > 0) return { rows: [], errors: [], fileErrors };

  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  csv.rows.forEach((cells, index) => {
    const rowNumber = csv.firstRowNumber + index;
    const rowErrors: RowError[] = [];
    const raw = (field: ImportField): string | undefined => {
      const i = columnOf.get(field);
      return i === undefined ? undefined : (cells[i] ?? '');
    };
    const read = <K extends keyof typeof CELL_SCHEMAS>(field: K): z.output<(typeof CELL_SCHEMAS)[K]> | undefined => {
      const cell = raw(field);
      if (cell === undefined) return undefined;
      const result = CELL_SCHEMAS[field].safeParse(cell);
      if (result.success) return result.data as z.output<(typeof CELL_SCHEMAS)[K]>;
      for (const issue of result.error.issues) rowErrors.push({ row: rowNumber, column: csv.columns[columnOf.get(field)!]!, message: issueText(issue) });
      return undefined;
    };
    const errorsBefore = rowErrors.length;
    const platformCell = read('platform');
    const platformBad = rowErrors.length > errorsBefore;
    const identity = readIdentity(raw('handle'), raw('profile_url'), platformCell ?? null, options.defaultPlatform ?? null);
    if (!identity.ok && !(platformBad && identity.column === 'platform')) {
      const i = columnOf.get(identity.column ?? 'profile_url') ?? columnOf.get('handle') ?? columnOf.get('profile_url');
      rowErrors.push({ row: rowNumber, column: i === undefined ? null : (csv.columns[i] ?? null), message: identity.message });
    }
    const row: Partial<ImportRow> = {};
    const name = read('name');
    if (name !== undefined) row.displayName = name;
    const notes = read('notes');
    if (notes !== undefined) {
      row.notes = notes.dated;
      row.undatedNotes = notes.undated;
    } else {
      const latest = read('latest_note');
      if (latest !== undefined) row.undatedNotes = latest === null ? [] : [latest];
    }
    const tags = read('tags');
    if (tags !== undefined) row.tags = tags;
    const status = read('status');
    if (status !== undefined && status !== null) row.status = status;
    const statusSet = read('status_set');
    if (statusSet !== undefined) row.statusSetAt = statusSet;
    const price = read('price');
    const currency = read('currency');
    if (price !== undefined) {
      if (price === null) row.price = null;
      else {
        const code = currency ?? (price.symbol ? ({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' } as const)[price.symbol as '$'] : null);
        const currencyBad = columnOf.has('currency') && currency === undefined;
        if (code) row.price = { amount: price.amount, currency: code };
        else if (!currencyBad) {
          rowErrors.push({ row: rowNumber, column: csv.columns[columnOf.get('price')!]!, message: text('data_cellNoCurrency', { currency: csvLabelText('currency') }) });
        }
      }
    }
    const email = read('email');
    const source = read('email_source');
    if (email !== undefined && source !== 'bio') row.email = email;
    const market = read('target_market');
    if (market !== undefined) row.targetMarket = market;
    const grade = read('grade_override');
    const gradeReason = read('grade_override_reason');
    if (grade !== undefined) row.gradeOverride = grade === null ? null : { grade, reason: gradeReason ?? '' };
    else if (gradeReason) {
      const message = text('data_cellReasonWithoutGrade', { gradeOverride: csvLabelText('grade_override') });
      rowErrors.push({ row: rowNumber, column: csv.columns[columnOf.get('grade_override_reason')!]!, message });
    }
    const dnw = read('do_not_work');
    const dnwReason = read('do_not_work_reason');
    if (dnw !== undefined || dnwReason !== undefined) {
      const flagged = dnw ?? null;
      row.doNotWork = flagged === true || (flagged === null && dnwReason) ? { reason: dnwReason ?? '' } : null;
    }
    for (const [field, key] of [['first_saved', 'firstSaved'], ['last_seen', 'lastSeen'], ['updated', 'updated']] as const) {
      const value = read(field);
      if (value !== undefined) row[key] = value;
    }
    if (identity.ok) {
      const full = { ...row, row: rowNumber, id: creatorId(identity.value.platform, identity.value.handle), ...identity.value };
      const checked = ImportRowSchema.safeParse(full);
      if (!checked.success) for (const issue of checked.error.issues) rowErrors.push({ row: rowNumber, column: null, message: rowIssueText(issue) });
      else if (rowErrors.length === 0) rows.push(full);
    }
    errors.push(...rowErrors);
  });
  return { rows, errors, fileErrors };
}

function readIdentity(
  handleCell: string | undefined,
  urlCell: string | undefined,
  platformCell: Platform | null,
  defaultPlatform: Platform | null,
): { ok: true; value: Identity } | { ok: false; message: Text; column: ImportField | null } {
  let handleText = handleCell?.trim() ?? '';
  let urlText = urlCell?.trim() ?? '';
  // A hand-made list may hold URLs and @handles in the same column.
  if (looksLikeUrl(handleText)) {
    if (urlText === '') urlText = handleText;
    handleText = '';
  }
  if (handleText === '' && urlText !== '' && !looksLikeUrl(urlText) && !urlText.includes('/')) {
    handleText = urlText;
    urlText = '';
  }
  if (handleText !== '') {
    const handle = handleText.replace(/^@/, '');
    if (!HANDLE.test(handle)) return { ok: false, message: text('data_cellNotHandle', { value: shortenedForMessage(handleText) }), column: 'handle' };
    const fromUrl = urlText !== '' ? identityFromUrl(urlText) : null;
    const platform = platformCell ?? (fromUrl?.ok ? fromUrl.value.platform : null) ?? defaultPlatform;
    if (platform === null) {
      return { ok: false, message: text('data_cellNoPlatform', { value: shortenedForMessage(`@${handle}`), platform: csvLabelText('platform') }), column: 'platform' };
    }
    if (urlText !== '' && !/^https?:\/\/\S+$/i.test(urlText)) return { ok: false, message: text('data_cellNotWebAddress', { value: shortenedForMessage(urlText) }), column: 'profile_url' };
    if (urlText.length > TEXT_LIMITS.url) return { ok: false, message: text('data_cellUrlTooLong'), column: 'profile_url' };
    return { ok: true, value: { platform, handle, profileUrl: urlText || canonicalProfileUrl(platform, handle) } };
  }
  if (urlText === '') return { ok: false, message: text('data_cellNoIdentity'), column: null };
  const identity = identityFromUrl(urlText);
  if (!identity.ok) return { ok: false, message: identity.message, column: 'profile_url' };
  if (platformCell !== null && platformCell !== identity.value.platform) {
    return {
      ok: false,
      message: text('data_cellPlatformMismatch', { said: platformName(platformCell), value: shortenedForMessage(urlText), actual: platformName(identity.value.platform) }),
      column: 'platform',
    };
  }
  return identity;
}

