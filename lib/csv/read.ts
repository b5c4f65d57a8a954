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

/** Rows kept from the first read for the preview and the mapping's guess; the rest are read again when needed. */
const FIRST_ROWS = 50;

export interface ParsedCsv {
  /** Header names, or "Column 1", "Column 2"… (in the UI language) when the file has no header row. */
  columns: string[];
  /** The first data rows (at most 50); a short row lacks its last cells (read them as ''); formula quotes our export added are taken off. */
  firstRows: string[][];
  /** How many data rows the file has; all of them are read again, piece by piece, with readPiece. */
  rowCount: number;
  delimiter: Delimiter;
  hasHeader: boolean;
  /** The spreadsheet row number of the first data row: 2 under a header, else 1. */
  firstRowNumber: number;
  source: CsvSource;
}

/**
 * The text as read and where papaparse's chunks ended in it, each piece holding whole records:
 * the rows are read again from it a piece at a time rather than all kept, since 150,000 rows held
 * as arrays of cells make the browser's garbage collections stall the page for hundreds of ms.
 */
interface CsvSource {
  text: string;
  /** The end of each piece in `text`; a piece starts where the one before it ends. */
  ends: number[];
  linebreak: string;
  /** The first records, header included, for switching `hasHeader`. */
  head: string[][];
  records: number;
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
  head: string[][];
  records: number;
  /** The number of cells of the longest record and of the last one. */
  widest: number;
  lastWidth: number;
  ends: number[];
  linebreak: string;
  delimiter: Delimiter;
  /** A quoted cell that is never closed or closed wrongly: its row (1-based), null when unknown. */
  brokenQuotesRow?: number | null;
}

/** papaparse in chunks, pausing after each one to give the page back (and to hear Cancel); only counts and the first records are kept. */
function readRecords(body: string, named: Delimiter | null, control: ReadControl): Promise<Records> {
  const pacer = new Pacer({ ...(control.signal ? { signal: control.signal } : {}) });
  return new Promise((resolve, reject) => {
    const head: string[][] = [];
    const ends: number[] = [];
    let records = 0;
    let widest = 0;
    let lastWidth = 0;
    let linebreak = '\n';
    let delimiter: Delimiter = named ?? ',';
    let broken: number | null | undefined;
    Papa.parse<string[]>(body, {
      ...(named ? { delimiter: named } : { delimitersToGuess: [',', ';', '\t'] }),
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_CHARS,
      chunk(results, parser) {
        if (records === 0 && !named) delimiter = results.meta.delimiter === ';' || results.meta.delimiter === '\t' ? results.meta.delimiter : ',';
        if (records === 0) linebreak = results.meta.linebreak;
        const quotes = results.errors.find((error) => error.type === 'Quotes');
        if (quotes) {
          broken = quotes.row === undefined ? null : records + quotes.row + 1;
          parser.abort();
          return;
        }
        for (const record of results.data) {
          if (head.length <= FIRST_ROWS) head.push(record.map(unescapeFormula));
          if (record.length > widest) widest = record.length;
          lastWidth = record.length;
        }
        records += results.data.length;
        const read = Math.min(results.meta.cursor, body.length);
        if (results.data.length > 0) ends.push(read);
        if (!pacer.due()) return;
        parser.pause();
        control.onProgress?.({ read, total: body.length, rows: records });
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
        control.onProgress?.({ read: body.length, total: body.length, rows: records });
        if (ends.length > 0) ends[ends.length - 1] = body.length;
        resolve({ head, records, widest, lastWidth, ends, linebreak, delimiter, ...(broken !== undefined ? { brokenQuotesRow: broken } : {}) });
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
  const read = await readRecords(body, sep?.delimiter ?? null, control);
  const { head, records, brokenQuotesRow } = read;
  if (brokenQuotesRow !== undefined) {
    return { ok: false, error: brokenQuotesRow === null ? text('data_fileBrokenQuotes') : text('data_fileBrokenQuotesRow', { row: brokenQuotesRow }) };
  }
  if (records === 0) return { ok: false, error: text('data_fileNoRows') };
  if (read.widest > MAX_COLUMNS) return { ok: false, error: text('imp_fileTooWide', { columns: read.widest, max: MAX_COLUMNS, ours: CSV_FIELDS.length }) };
  const hasHeader = options.hasHeader ?? looksLikeHeader(head[0] ?? []);
  const source: CsvSource = { text: body, ends: read.ends, linebreak: read.linebreak, head, records };
  const csv = shape(source, read.delimiter, hasHeader, read.widest);
  if (csv.rowCount === 0) return { ok: false, error: text('data_fileHeaderOnly') };
  // A last row with fewer cells than the header and no line break after it: the file was cut short
  // (a download or copy that stopped); importing what is left would save a half-read creator.
  if (hasHeader && !/[\r\n]$/.test(body) && read.lastWidth < head[0]!.length) {
    return { ok: false, error: text('data_fileCutShort', { row: records }) };
  }
  return { ok: true, csv };
}

/** The same file read with or without a header row. */
export function withHeader(csv: ParsedCsv, hasHeader: boolean): ParsedCsv {
  return shape(csv.source, csv.delimiter, hasHeader, csv.columns.length);
}

function shape(source: CsvSource, delimiter: Delimiter, hasHeader: boolean, width: number): ParsedCsv {
  const header = hasHeader ? (source.head[0] ?? []) : [];
  const columns = Array.from({ length: width }, (_, i) => header[i]?.trim() || t('data_colNumbered', { n: i + 1 }));
  const firstRows = (hasHeader ? source.head.slice(1) : source.head).slice(0, FIRST_ROWS);
  const rowCount = hasHeader ? source.records - 1 : source.records;
  return { columns, firstRows, rowCount, delimiter, hasHeader, firstRowNumber: hasHeader ? 2 : 1, source };
}

/** How many pieces readPiece reads the rows in. */
export function pieceCount(csv: ParsedCsv): number {
  return csv.source.ends.length;
}

/**
 * The data rows of one piece of the file (a few thousand), read again from its text: a few
 * milliseconds, without giving the page back, so it can run inside a write transaction.
 */
export function readPiece(csv: ParsedCsv, piece: number): string[][] {
  const { text: body, ends, linebreak } = csv.source;
  const part = body.slice(piece === 0 ? 0 : ends[piece - 1], ends[piece]);
  const { data } = Papa.parse<string[]>(part, { delimiter: csv.delimiter, newline: linebreak as '\n', skipEmptyLines: 'greedy' });
  const rows = data.map((record) => record.map(unescapeFormula));
  return piece === 0 && csv.hasHeader ? rows.slice(1) : rows;
}
