// Which of the shortlist's columns the user shows, kept in the extension's local storage and
// validated when read: a damaged or older value gives the default columns, never a broken table.
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { COLUMN_IDS, type ColumnId } from './filter';

/** Always shown: without the name a row says nothing (the row's buttons are outside the columns). */
export const FIXED_COLUMNS: readonly ColumnId[] = ['name'];

/** The columns a user may show or hide, in the table's order. */
export const CHOOSABLE_COLUMNS: readonly ColumnId[] = COLUMN_IDS.filter((id) => !FIXED_COLUMNS.includes(id));

/**
 * Shown until the user chooses: the vetting figures first read, within a 1280 px window with the
 * name still readable. Tier and class follow from the followers, last seen from the detail; the
 * other figures are a click away.
 */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['name', 'platform', 'followers', 'engagement', 'score', 'grade', 'flags', 'status', 'tags', 'price', 'note'];

const ColumnChoiceSchema = z.array(z.enum(COLUMN_IDS)).check(z.maxLength(COLUMN_IDS.length));

/** The stored choice, as stored: `unknown` until read through readColumnChoice. */
const columnChoiceItem = storage.defineItem<unknown>('local:shortlistColumns', { fallback: null });

/** The chosen columns in the table's order, the fixed ones included. */
export function inTableOrder(columns: readonly ColumnId[]): ColumnId[] {
  const chosen = new Set<ColumnId>([...columns, ...FIXED_COLUMNS]);
  return COLUMN_IDS.filter((id) => chosen.has(id));
}

/** A value that does not parse (older or damaged) reads as the defaults. */
function readColumnChoice(stored: unknown): ColumnId[] {
  const parsed = ColumnChoiceSchema.safeParse(stored);
  return parsed.success ? inTableOrder(parsed.data) : [...DEFAULT_COLUMNS];
}

export async function loadColumnChoice(): Promise<ColumnId[]> {
  return readColumnChoice(await columnChoiceItem.getValue());
}

export async function saveColumnChoice(columns: readonly ColumnId[]): Promise<void> {
  await columnChoiceItem.setValue(inTableOrder(columns));
}
