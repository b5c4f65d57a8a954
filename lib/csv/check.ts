// Importing a CSV, third step (read -> mapping -> check -> merge): every row of the file checked
// under the mapping, each problem with its row number, column and sentence. Our own export (labels
// or keys) and a hand-made list of profile URLs or handles are read alike. The check must come back
// clean before anything is written (merge.ts refuses otherwise), so an import lands whole or not at all.
import * as z from 'zod/mini';
import { creatorId, type Note, type Status } from '../db/records';
import { text, type Text } from '../i18n';
import { platformName } from '../i18n/format';
import type { Grade } from '../schema/assessment';
import { onPlatform } from '../schema/bounds';
import { PLATFORM_DOMAINS, PLATFORMS, TEXT_LIMITS } from '../schema/limits';
import type { Platform } from '../schema/snapshot';
import { CELL_SCHEMAS, issueText, readIdentity, shortenedForMessage } from './cells';
import { csvLabelText, type CsvField, type ImportField } from './columns';
import type { ColumnMapping } from './mapping';
import { pieceCount, readPiece, type ParsedCsv } from './read';
import { Pacer, type StepControl } from './steps';

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

/**
 * A file checked under a mapping: counts and problems, not the rows. Import reads the rows again
 * from the file's text (rowChecker), so 150,000 of them are never all held at once.
 */
export interface ImportCheck {
  csv: ParsedCsv;
  mapping: ColumnMapping;
  options: ImportOptions;
  /** How many rows are valid: what Import writes. */
  valid: number;
  /** Creators named by more than one row; their rows are merged into one creator. */
  repeated: ReadonlySet<string>;
  errors: RowError[];
  /** Problems with the file or the mapping as a whole (no handle or URL column), to show with say(). */
  fileErrors: Text[];
}

export interface ImportOptions {
  /** The platform of rows that give a bare handle and no platform. */
  defaultPlatform?: Platform | null;
  /** The currency of prices that give none (no currency cell, no symbol), as the user chose it. */
  defaultCurrency?: string | null;
}

/** What a valid row must be once its cells are read. */
const ImportRowSchema = z.object({
  row: z.int().check(z.minimum(1)),
  id: z.string().check(z.minLength(3)),
  platform: z.enum(PLATFORMS),
  handle: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.handle)),
  profileUrl: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.url)),
});

// A profile URL is opened from the shortlist: it must be an https address on the row's own
// platform, never a look-alike site a file could slip in beside a real handle.

/** A problem ImportRowSchema found, naming the column it comes from. */
function rowIssueText(issue: z.core.$ZodIssue): Text {
  const [first] = issue.path;
  const fields: Record<string, CsvField> = { id: 'handle', handle: 'handle', platform: 'platform', profileUrl: 'profile_url' };
  const field = typeof first === 'string' ? fields[first] : undefined;
  return text('data_cellInvalid', { field: field ? csvLabelText(field) : issue.path.join('.') });
}

/** Reads one row's cells under the mapping: the row, or every problem it has. */
type RowCheck = (cells: readonly string[], rowNumber: number) => { row?: ImportRow; errors: RowError[] };

/** The mapping's problems as a whole, or the check of one row under it. */
export function rowChecker(csv: ParsedCsv, mapping: ColumnMapping, options: ImportOptions): { fileErrors: Text[]; check: RowCheck } {
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
  return { fileErrors, check: (cells, rowNumber) => checkRow(csv.columns, cells, rowNumber, columnOf, options) };
}

/** Checks every row (never stopping at the first problem), reading the file again piece by piece. */
export async function checkImport(csv: ParsedCsv, mapping: ColumnMapping, options: ImportOptions = {}, control: StepControl = {}): Promise<ImportCheck> {
  const { fileErrors, check } = rowChecker(csv, mapping, options);
  const result: ImportCheck = { csv, mapping, options, valid: 0, repeated: new Set(), errors: [], fileErrors };
  if (fileErrors.length > 0) return result;
  const ids = new Set<string>();
  const repeated = new Set<string>();
  const pacer = new Pacer(control);
  const total = csv.rowCount;
  let index = 0;
  for (let piece = 0; piece < pieceCount(csv); piece += 1) {
    for (const cells of readPiece(csv, piece)) {
      if (pacer.due()) await pacer.pause(index, total);
      const checked = check(cells, csv.firstRowNumber + index);
      index += 1;
      if (checked.row) {
        result.valid += 1;
        if (ids.has(checked.row.id)) repeated.add(checked.row.id);
        else ids.add(checked.row.id);
      }
      for (const error of checked.errors) result.errors.push(error);
    }
  }
  control.onProgress?.(total, total);
  return { ...result, repeated };
}

/** One row's cells read under the mapping: the row, or every problem it has. */
function checkRow(columns: readonly string[], cells: readonly string[], rowNumber: number, columnOf: ReadonlyMap<ImportField, number>, options: ImportOptions): { row?: ImportRow; errors: RowError[] } {
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
    for (const issue of result.error.issues) rowErrors.push({ row: rowNumber, column: columns[columnOf.get(field)!]!, message: issueText(issue) });
    return undefined;
  };
  const errorsBefore = rowErrors.length;
  const platformCell = read('platform');
  const platformBad = rowErrors.length > errorsBefore;
  const identity = readIdentity(raw('handle'), raw('profile_url'), platformCell ?? null, options.defaultPlatform ?? null);
  if (!identity.ok && !(platformBad && identity.column === 'platform')) {
    const i = columnOf.get(identity.column ?? 'profile_url') ?? columnOf.get('handle') ?? columnOf.get('profile_url');
    rowErrors.push({ row: rowNumber, column: i === undefined ? null : (columns[i] ?? null), message: identity.message });
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
      const code = currency ?? (price.symbol ? ({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' } as const)[price.symbol as '$'] : null) ?? options.defaultCurrency;
      const currencyBad = columnOf.has('currency') && currency === undefined;
      if (code) row.price = { amount: price.amount, currency: code };
      else if (!currencyBad) {
        rowErrors.push({ row: rowNumber, column: columns[columnOf.get('price')!]!, message: text('impm_cellNoCurrency', { currency: csvLabelText('currency') }) });
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
    rowErrors.push({ row: rowNumber, column: columns[columnOf.get('grade_override_reason')!]!, message });
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
  if (!identity.ok) return { errors: rowErrors };
  const { platform, profileUrl } = identity.value;
  // The same rule as every stored creator (lib/schema/bounds): a row cannot point at a look-alike site.
  if (!onPlatform(platform, profileUrl)) {
    const column = columnOf.get('profile_url') ?? columnOf.get('handle');
    const message = text('imp_cellUrlOffPlatform', { value: shortenedForMessage(profileUrl), platform: platformName(platform), host: PLATFORM_DOMAINS[platform], scheme: 'https://' });
    rowErrors.push({ row: rowNumber, column: column === undefined ? null : columns[column]!, message });
    return { errors: rowErrors };
  }
  const full = { ...row, row: rowNumber, id: creatorId(platform, identity.value.handle), ...identity.value };
  const checked = ImportRowSchema.safeParse(full);
  if (!checked.success) for (const issue of checked.error.issues) rowErrors.push({ row: rowNumber, column: null, message: rowIssueText(issue) });
  return rowErrors.length === 0 ? { row: full, errors: rowErrors } : { errors: rowErrors };
}
