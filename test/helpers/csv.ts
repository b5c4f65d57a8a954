// What a CSV's header row says about the file, for tests that check an export's language.
import { CSV_FIELDS, csvLabel, csvLabels, normHeader } from '../../lib/csv/columns';
import { rowChecker, type ImportCheck, type ImportRow } from '../../lib/csv/check';
import { pieceCount, readPiece, type ParsedCsv } from '../../lib/csv/read';
import { getLocale, LOCALES, type Locale } from '../../lib/i18n';

/**
 * The language a header row is written in: 'keys' for our snake_case keys, a UI language for our
 * labels in it, null when no header is ours (a hand-made list). The most matched wins.
 */
export function headerLanguage(headers: readonly string[]): Locale | 'keys' | null {
  const names = new Set(headers.map(normHeader));
  const exact = new Set(headers.map((header) => header.trim()));
  const score = (values: readonly string[]) => values.filter((value) => names.has(normHeader(value))).length;
  const candidates: Array<[Locale | 'keys', number]> = [
    // Keys as written ("handle"), so that an English "Handle" counts as a label.
    ['keys', CSV_FIELDS.filter((field) => exact.has(field)).length],
    ...LOCALES.map((locale): [Locale, number] => [locale, score(Object.values(csvLabels(locale)))]),
  ];
  const [best, count] = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  return count > 0 ? best : null;
}

/** The headers in a UI language (by default the current one), in file order: what `headers: 'labels'` writes. */
export function csvColumns(locale: Locale = getLocale()): string[] {
  return CSV_FIELDS.map((field) => csvLabel(field, locale));
}

/** Every data row of a read file, as the check and the write read them again piece by piece. */
export function dataRows(csv: ParsedCsv): string[][] {
  return Array.from({ length: pieceCount(csv) }, (_, piece) => readPiece(csv, piece)).flat();
}

/** The valid rows of a checked file, read and checked again as Import does. */
export function checkedRows(check: ImportCheck): ImportRow[] {
  const { check: rowCheck } = rowChecker(check.csv, check.mapping, check.options);
  return dataRows(check.csv).flatMap((cells, index) => rowCheck(cells, check.csv.firstRowNumber + index).row ?? []);
}
