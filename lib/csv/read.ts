// Importing a CSV, first step (read -> mapping -> check -> merge): the file's bytes as a table.
// Encoding, byte order mark, separator (comma, semicolon or tab) and header row are found out;
// a file that cannot be read whole (another encoding, a workbook, broken quotes, cut short inside
// a row) is refused with a sentence saying why, and nothing is imported.
import Papa from 'papaparse';
import { t, text, type Text } from '../i18n';
import { BOM, unescapeFormula } from './export';
import { looksLikeHeader } from './headers';

type Delimiter = ',' | ';' | '\t';

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
type CsvReadResult = { ok: true; csv: ParsedCsv } | { ok: false; error: Text };

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
