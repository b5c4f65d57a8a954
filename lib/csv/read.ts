// Importing a CSV, first step (read -> mapping -> check -> merge): the file's bytes as a table.
// Encoding, byte order mark, separator (comma, semicolon or tab, or the one Excel's "sep=" first
// line names) and header row are found out; a file that cannot be read whole (another encoding,
// a workbook, broken quotes, cut short inside a row, absurdly wide) is refused with a sentence
// saying why, and nothing is imported. A file of any length is read in slices that give the page
// back between them (steps.ts), with its progress.
import Papa from 'papaparse';
import { t, text, type Text } from '../i18n';
import { CSV_FIELDS } from './columns';
import { BOM, unescapeFormula } from './export';
import { looksLikeHeader } from './headers';
import { Pacer, throwIfCancelled, type StepControl } from './steps';

type Delimiter = ',' | ';' | '\t' | '|';

/**
 * The widest file read. A shortlist export has 37 columns and a hand-made list a handful; a file
 * thousands of columns wide is a table of something else, and its preview would be a form with a
 * choice per column.
 */
export const MAX_COLUMNS = 1000;

// Characters handed to papaparse at a time: a few milliseconds of parsing.
const CHUNK_CHARS = 256 * 1024;

export interface ParsedCsv {
  /** Header names, or "Column 1", "Column 2"… (in the UI language) when the file has no header row. */
  columns: string[];
  /** The data rows; a short row lacks its last cells (read them as ''); formula quotes our export added are taken off. */
  rows: string[][];
  delimiter: Delimiter;
  hasHeader: boolean;
  /** The spreadsheet row number of rows[0]: 2 under a header, else 1. */
  firstRowNumber: number;
  /** Every record as read, header included, for switching `hasHeader`. */
  records: string[][];
}

/** A file that cannot be imported says why in a Text (show it with say()); nothing is imported. */
type CsvReadResult = { ok: true; csv: ParsedCsv } | { ok: false; error: Text };

/** Progress of reading: characters read of all of them, and rows found so far. */
export interface ReadControl extends Omit<StepControl, 'onProgress'> {
  onProgress?: (progress: { read: number; total: number; rows: number }) => void;
}

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

/** Reads and parses a CSV file the user chose. Throws ImportCancelled when cancelled. */
export async function readCsvFile(file: Blob, control: ReadControl = {}): Promise<CsvReadResult> {
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, error: text('data_fileUnreadable', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  throwIfCancelled(control.signal);
  const decoded = decodeCsvBytes(new Uint8Array(buffer));
  return decoded.ok ? parseCsv(decoded.text, {}, control) : decoded;
}

// Excel writes "sep=;" (or another separator) as the first line of a CSV it saves for a locale
// whose separator is not a comma, and reads the file with it; that line is no header.
const SEP_LINE = /^"?sep=(,|;|\t|\||\\t)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/** The separator a "sep=" first line names, and the text after that line. */
function separatorLine(body: string): { delimiter: Delimiter; rest: string } | null {
  const match = SEP_LINE.exec(body);
  if (!match) return null;
  const named = match[1]!;
  return { delimiter: named === '\\t' ? '\t' : (named as Delimiter), rest: body.slice(match[0].length) };
}

interface Records {
  records: string[][];
  delimiter: Delimiter;
  /** A quoted cell that is never closed or closed wrongly: its row (1-based), null when unknown. */
  brokenQuotesRow?: number | null;
}

/** papaparse in chunks, pausing after each one to give the page back (and to hear Cancel). */
function readRecords(body: string, named: Delimiter | null, control: ReadControl): Promise<Records> {
  const pacer = new Pacer({ ...(control.signal ? { signal: control.signal } : {}) });
  return new Promise((resolve, reject) => {
    const records: string[][] = [];
    let delimiter: Delimiter = named ?? ',';
    let broken: number | null | undefined;
    Papa.parse<string[]>(body, {
      ...(named ? { delimiter: named } : { delimitersToGuess: [',', ';', '\t'] }),
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_CHARS,
      chunk(results, parser) {
        if (records.length === 0 && !named) delimiter = results.meta.delimiter === ';' || results.meta.delimiter === '\t' ? results.meta.delimiter : ',';
        const quotes = results.errors.find((error) => error.type === 'Quotes');
        if (quotes) {
          broken = quotes.row === undefined ? null : records.length + quotes.row + 1;
          parser.abort();
          return;
        }
        for (const record of results.data) records.push(record.map(unescapeFormula));
        if (!pacer.due()) return;
        parser.pause();
        const read = Math.min(results.meta.cursor, body.length);
        control.onProgress?.({ read, total: body.length, rows: records.length });
        pacer.pause(read, body.length).then(
          () => parser.resume(),
          (cancelled: unknown) => {
            parser.abort();
            reject(cancelled);
          },
        );
      },
      complete() {
        if (control.signal?.aborted) return;
        control.onProgress?.({ read: body.length, total: body.length, rows: records.length });
        resolve({ records, delimiter, ...(broken !== undefined ? { brokenQuotesRow: broken } : {}) });
      },
    });
  });
}

/**
 * Parses CSV text: BOM tolerated, a "sep=" first line obeyed, else the delimiter , ; or tab
 * detected, header row detected unless told. Throws ImportCancelled when cancelled.
 */
export async function parseCsv(content: string, options: { hasHeader?: boolean } = {}, control: ReadControl = {}): Promise<CsvReadResult> {
  // A file cut between the CR and the LF of a line break ends in a lone CR, which papaparse may take
  // for the file's line break (each LF then starts a cell with a line break): a final CR ends a line.
  let body = (content.startsWith(BOM) ? content.slice(1) : content).replace(/\r$/, '');
  const sep = separatorLine(body);
  if (sep) body = sep.rest;
  if (body.trim() === '') return { ok: false, error: text('data_fileEmpty') };
  const { records, delimiter, brokenQuotesRow } = await readRecords(body, sep?.delimiter ?? null, control);
  if (brokenQuotesRow !== undefined) {
    return { ok: false, error: brokenQuotesRow === null ? text('data_fileBrokenQuotes') : text('data_fileBrokenQuotesRow', { row: brokenQuotesRow }) };
  }
  if (records.length === 0) return { ok: false, error: text('data_fileNoRows') };
  const width = widest(records);
  if (width > MAX_COLUMNS) return { ok: false, error: text('imp_fileTooWide', { columns: width, max: MAX_COLUMNS, ours: CSV_FIELDS.length }) };
  const hasHeader = options.hasHeader ?? looksLikeHeader(records[0] ?? []);
  const csv = shape(records, delimiter, hasHeader, width);
  if (csv.rows.length === 0) return { ok: false, error: text('data_fileHeaderOnly') };
  // A last row with fewer cells than the header and no line break after it: the file was cut short
  // (a download or copy that stopped); importing what is left would save a half-read creator.
  if (hasHeader && !/[\r\n]$/.test(body) && records.at(-1)!.length < records[0]!.length) {
    return { ok: false, error: text('data_fileCutShort', { row: records.length }) };
  }
  return { ok: true, csv };
}

/** The number of cells of the longest record (a loop: a spread of every row into Math.max overflows the stack). */
function widest(records: readonly string[][]): number {
  let width = 0;
  for (const record of records) if (record.length > width) width = record.length;
  return width;
}

/** The same file read with or without a header row. */
export function withHeader(csv: ParsedCsv, hasHeader: boolean): ParsedCsv {
  return shape(csv.records, csv.delimiter, hasHeader, csv.columns.length);
}

function shape(records: string[][], delimiter: Delimiter, hasHeader: boolean, width: number): ParsedCsv {
  const header = hasHeader ? (records[0] ?? []) : [];
  const columns = Array.from({ length: width }, (_, i) => header[i]?.trim() || t('data_colNumbered', { n: i + 1 }));
  const rows = hasHeader ? records.slice(1) : records;
  return { columns, rows, delimiter, hasHeader, firstRowNumber: hasHeader ? 2 : 1, records };
}
