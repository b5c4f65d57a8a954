// Importing a CSV, second step (read -> mapping -> check -> merge): which column is which. The
// guess (autoMap) takes our headers and common names first, then what the cells hold; the user may
// change it in the dialog, under a preview of the first rows.
import { identityCellKind, parsePlatform } from './cells';
import { IMPORT_FIELDS, type CsvField, type ImportField } from './columns';
import { fieldForHeader } from './headers';
import type { ParsedCsv } from './read';

/** The share of a column's first non-empty cells that must name creators for it to be taken as the creators' column. */
const MOST = 0.5;

/** For each column of the file, the field it fills, or null to leave it out. */
export type ColumnMapping = Array<ImportField | null>;

const isImportField = (field: CsvField | null): field is ImportField => field !== null && (IMPORT_FIELDS as readonly string[]).includes(field);

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
  const sample = csv.firstRows;
  const cellsOf = (i: number) => sample.map((row) => row[i]?.trim() ?? '').filter(Boolean);
  const share = (i: number, test: (cell: string) => boolean) => {
    const cells = cellsOf(i);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const free = (i: number) => mapping[i] === null && known[i] === null;
  // The column naming the creators, by what its cells hold (profile URLs, @handles or both, row by
  // row), whatever its header says ("Creator", "Name", "Influencer"…): only a header naming a
  // handle or profile URL column wins over it. Its first such column is taken.
  if (!used.has('profile_url') && !used.has('handle')) {
    // Each column's cells by what they name, counted once: URLs, @handles, neither.
    const kinds = csv.columns.map((_, i) => {
      const cells = cellsOf(i).map(identityCellKind);
      const of = (kind: 'url' | 'handle') => cells.filter((cell) => cell === kind).length;
      return { url: of('url'), handle: of('handle'), all: cells.length };
    });
    const creators = kinds.findIndex((kind) => kind.all > 0 && kind.url + kind.handle >= MOST * kind.all);
    if (creators >= 0) {
      const field = kinds[creators]!.url >= kinds[creators]!.handle ? 'profile_url' : 'handle';
      const before = mapping[creators];
      if (before) used.delete(before);
      mapping[creators] = field;
      used.add(field);
    }
  }
  if (!used.has('platform')) {
    const platforms = csv.columns.findIndex((_, i) => free(i) && share(i, (cell) => parsePlatform(cell) !== null) === 1);
    if (platforms >= 0) mapping[platforms] = 'platform';
  }
  return mapping;
}

/** The first rows, for the preview table. */
export function previewRows(csv: ParsedCsv, count = 5): string[][] {
  return csv.firstRows.slice(0, count);
}
