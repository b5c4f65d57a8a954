// Importing a CSV: the header row. Which field a header names (our labels in every UI language,
// our keys, common synonyms), and whether the first row is a header at all, which reading the
// file decides before there are columns to map.
import { LOCALES } from '../i18n';
import { identityCellKind } from './cells';
import { CSV_FIELDS, HEADER_SYNONYMS, csvLabels, normHeader as norm, type CsvField } from './columns';

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

/** Row 1 is a header if it names a column of ours, or else if none of its cells names a creator. */
export function looksLikeHeader(first: readonly string[]): boolean {
  if (first.some((cell) => fieldForHeader(cell) !== null)) return true;
  return !first.some((cell) => identityCellKind(cell) !== null);
}
