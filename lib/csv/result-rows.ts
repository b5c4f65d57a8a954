// Importing a seller's result file: its rows read through the mapping. Numbers are read as either
// locale writes them (1,234.50 or 1.234,50), with or without a currency; a cell that cannot be read is
// an error naming its row and column, never a guessed 0. An empty cell (or "-") is unknown.
import { text, type Text } from '../i18n';
import { MAX_COUNT, MAX_PRICE } from '../schema/bounds';
import { CURRENCIES } from '../shortlist/pricing';
import { shortenedForMessage } from './cells';
import type { RowError } from './check';
import { pieceCount, readPiece, type ParsedCsv } from './read';
import { COUNT_FIELDS, MONEY_FIELDS, type ResultField, type ResultMapping } from './result-layouts';

type CountField = (typeof COUNT_FIELDS)[number];
type MoneyField = (typeof MONEY_FIELDS)[number];

/** One row of a result file as read: whom it names and its figures (null where the file says nothing). */
export interface ResultRow {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  videoId: string | null;
  creator: string | null;
  code: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
  counts: Record<CountField, number | null>;
  money: Record<MoneyField, number | null>;
}

/** `currency`: the one the cell's sign or code names, when it names one for sure ("$" alone does not). */
type Read = { ok: true; value: number | null; currency?: string } | { ok: false; message: Text };

// Signs and prefixes that name one currency; "$" and "¥" alone are left unnamed (dollars and yen or yuan of several countries).
const CURRENCY_MARKS: Readonly<Record<string, string>> = {
  '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₫': 'VND', '฿': 'THB', '₱': 'PHP', '元': 'CNY', 'US$': 'USD', 'RM': 'MYR', 'Rp': 'IDR',
  'R$': 'BRL', 'C$': 'CAD', 'A$': 'AUD', 'S$': 'SGD', 'HK$': 'HKD', 'CN¥': 'CNY', 'RMB': 'CNY',
};

function currencyNamed(mark: string): string | undefined {
  if (mark === '') return undefined;
  return CURRENCY_MARKS[mark] ?? CURRENCIES.find((code) => code === mark);
}

const UNKNOWN = new Set(['', '-', '--', '—', 'n/a', 'na']);

/**
 * A number as a seller's file writes it. `decimalComma`: the file is separated by semicolons, as
 * spreadsheets write it where a comma is the decimal mark, so a lone "1,234" means 1.234 there.
 */
export function readResultNumber(cell: string, decimalComma: boolean): Read {
  const shown = cell.trim();
  if (UNKNOWN.has(shown.toLowerCase())) return { ok: true, value: null };
  const bad: Read = { ok: false, message: text('rimp_cellNotNumber', { value: shortenedForMessage(shown) }) };
  // Currency codes and signs around the number (US$, RM, ¥, € …) and grouping spaces or apostrophes.
  const lead = /^((?:[A-Z][A-Za-z]{0,2}\.?)?\p{Sc}?)\s*/u.exec(shown)!;
  const trail = /\s*(\p{Sc}|[A-Z]{3}|元)$/u.exec(shown.slice(lead[0].length));
  let body = shown.slice(lead[0].length, trail ? shown.length - trail[0].length : undefined);
  let negative = false;
  if (/^\(.*\)$/.test(body)) [negative, body] = [true, body.slice(1, -1)];
  if (body.startsWith('-')) [negative, body] = [true, body.slice(1)];
  const signed = /^\p{Sc}/u.exec(body)?.[0] ?? '';
  body = body.replace(/^[\p{Sc}\s]*/u, '').replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(body)) return bad;
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let decimal: ',' | '.' | null;
  if (commas > 0 && dots > 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (commas + dots === 0) decimal = null;
  else {
    const mark = commas > 0 ? ',' : '.';
    const groupsOfThree = /^\d{1,3}([.,]\d{3})+$/.test(body);
    // "1,234" groups thousands, except in a semicolon file; "1.234.567" always groups.
    if (commas + dots > 1) decimal = null;
    else if (!groupsOfThree) decimal = mark;
    else decimal = (mark === ',') === decimalComma ? mark : null;
  }
  const grouping = decimal === null ? (commas > 0 ? ',' : '.') : decimal === ',' ? '.' : ',';
  const parts = body.split(grouping);
  if (parts.slice(1).some((part) => !/^\d{3}$/.test(part.split(decimal ?? grouping)[0]!))) return bad;
  const plain = parts.join('').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return bad;
  const value = Number(plain);
  const leadMark = currencyNamed(lead[1]!.replace(/\.$/, ''));
  const trailMark = currencyNamed(trail?.[1] ?? '');
  // Letters around the number that name no currency ("ABC 12", "12 PCS") are not a price's.
  if ((/[A-Za-z]/.test(lead[1]!) && !leadMark) || (/[A-Z]/.test(trail?.[1] ?? '') && !trailMark)) return bad;
  const currency = leadMark ?? trailMark ?? currencyNamed(signed);
  return { ok: true, value: negative ? -value : value, ...(currency ? { currency } : {}) };
}

function countCell(cell: string, decimalComma: boolean): Read {
  const read = readResultNumber(cell, decimalComma);
  if (!read.ok || read.value === null) return read;
  const value = cell.trim();
  if (read.value < 0) return { ok: false, message: text('rimp_cellNegative', { value: shortenedForMessage(value) }) };
  if (!Number.isInteger(read.value)) return { ok: false, message: text('rimp_cellNotWhole', { value: shortenedForMessage(value) }) };
  return read.value > MAX_COUNT ? { ok: false, message: text('rimp_cellTooLarge', { value: shortenedForMessage(value) }) } : read;
}

function moneyCell(cell: string, decimalComma: boolean, field: MoneyField): Read {
  const read = readResultNumber(cell, decimalComma);
  if (!read.ok || read.value === null) return read;
  const value = cell.trim();
  // Shopify writes returns as negative sales; a refund is an amount either way.
  const amount = field === 'refunds' ? Math.abs(read.value) : read.value;
  if (amount < 0) return { ok: false, message: text('rimp_cellNegative', { value: shortenedForMessage(value) }) };
  if (amount > MAX_PRICE) return { ok: false, message: text('rimp_cellTooLarge', { value: shortenedForMessage(value) }) };
  return { ...read, value: Math.round(amount * 100) / 100 };
}

const isCount = (field: ResultField): field is CountField => (COUNT_FIELDS as readonly ResultField[]).includes(field);
const isMoney = (field: ResultField): field is MoneyField => (MONEY_FIELDS as readonly ResultField[]).includes(field);

/**
 * Every data row of the file through the mapping: the rows read, each unreadable cell by row and
 * column, and the currencies the amounts name (US$, €, "EUR"…), so the dialog can take or check them.
 */
export function readResultRows(csv: ParsedCsv, mapping: ResultMapping): { rows: ResultRow[]; errors: RowError[]; currencies: string[] } {
  const decimalComma = csv.delimiter === ';';
  const rows: ResultRow[] = [];
  const errors: RowError[] = [];
  const currencies = new Set<string>();
  let index = 0;
  for (let piece = 0; piece < pieceCount(csv); piece++) {
    for (const cells of readPiece(csv, piece)) {
      const row: ResultRow = {
        row: csv.firstRowNumber + index++,
        videoId: null,
        creator: null,
        code: null,
        utmCampaign: null,
        utmContent: null,
        counts: { clicks: null, orders: null, itemsSold: null, newCustomers: null },
        money: { revenue: null, grossSales: null, refunds: null, commission: null },
      };
      let readable = true;
      mapping.forEach((field, i) => {
        if (field === null) return;
        const cell = cells[i] ?? '';
        if (isCount(field) || isMoney(field)) {
          const read = isCount(field) ? countCell(cell, decimalComma) : moneyCell(cell, decimalComma, field);
          if (!read.ok) {
            readable = false;
            errors.push({ row: row.row, column: csv.columns[i] ?? null, message: read.message });
          } else if (isCount(field)) row.counts[field] = read.value;
          else {
            row.money[field] = read.value;
            if (read.currency) currencies.add(read.currency);
          }
          return;
        }
        row[field] = cell.trim() === '' ? null : cell.trim();
      });
      if (readable) rows.push(row);
    }
  }
  return { rows, errors, currencies: [...currencies].sort() };
}
