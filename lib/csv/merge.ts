// Importing a CSV, last step (read -> mapping -> check -> merge): checked rows merged into the
// creators they name and written in one transaction, so an import lands whole or not at all.
import { explainStorageError } from '../db/errors';
import { type CreatorLensDatabase } from '../db';
import { type CreatorRecord, type Note } from '../db/records';
import { newCreator } from '../db/creators';
import { addToCampaign } from '../db/deals';
import { text, TextError, type Text } from '../i18n';
import { rowChecker, type ImportCheck, type ImportRow } from './check';
import { pieceCount, readPiece } from './read';
import { toCsvPrecision } from './dates';
import { ImportCancelled, Pacer, throwIfCancelled, type StepControl } from './steps';

/**
 * A row merged into the creator it names, or a new creator. Rules:
 * - notes are the union by (text, date to the second); undated notes are added unless the
 *   creator already has a note with the same text; tags are the union;
 * - everything else (status, name, price, e-mail, market, grade override, do-not-work) is
 *   taken from the row only when the row's "Last edited" date (else its "Last seen") is newer
 *   than the creator's last edit: older or undated rows never overwrite.
 */
export function mergeCreator(existing: CreatorRecord | undefined, row: ImportRow, now: number): CreatorRecord {
  const rowDate = row.updated ?? row.lastSeen ?? null;
  if (!existing) {
    const createdAt = row.firstSaved ?? now;
    const updatedAt = rowDate ?? now;
    const base = newCreator({ id: row.id, platform: row.platform, handle: row.handle, displayName: row.displayName ?? null, profileUrl: row.profileUrl }, createdAt);
    const status = row.status ?? 'to-review';
    const statusAt = row.statusSetAt ?? (status === 'to-review' ? createdAt : updatedAt);
    return applyRow(
      {
        ...base,
        notes: unionNotes([], row, now),
        tags: row.tags ?? [],
        lastSeenAt: row.lastSeen ?? createdAt,
        updatedAt,
        status,
        statusHistory: status === 'to-review' ? [{ status, at: statusAt }] : [{ status: 'to-review', at: createdAt }, { status, at: statusAt }],
      },
      row,
      updatedAt,
    );
  }
  const merged: CreatorRecord = {
    ...existing,
    notes: unionNotes(existing.notes, row, now),
    tags: [...new Set([...existing.tags, ...(row.tags ?? [])])],
    createdAt: Math.min(existing.createdAt, row.firstSaved ?? existing.createdAt),
    lastSeenAt: Math.max(existing.lastSeenAt, row.lastSeen ?? existing.lastSeenAt),
  };
  if (rowDate === null || rowDate <= toCsvPrecision(existing.updatedAt)) return merged;
  const newer: CreatorRecord = { ...applyRow(merged, row, rowDate), updatedAt: rowDate };
  if (row.displayName) newer.displayName = row.displayName;
  if (row.status !== undefined && row.status !== existing.status) {
    newer.status = row.status;
    newer.statusHistory = [...existing.statusHistory, { status: row.status, at: row.statusSetAt ?? rowDate }];
  }
  return newer;
}

/** The fields a newer (or new) row sets as they are, blanks included. */
function applyRow(creator: CreatorRecord, row: ImportRow, at: number): CreatorRecord {
  const next = { ...creator };
  if (row.price !== undefined) next.price = row.price;
  if (row.email !== undefined) next.email = row.email;
  if (row.targetMarket !== undefined) next.targetMarket = row.targetMarket;
  if (row.gradeOverride !== undefined) {
    const same = creator.gradeOverride && row.gradeOverride && creator.gradeOverride.grade === row.gradeOverride.grade && creator.gradeOverride.reason === row.gradeOverride.reason;
    next.gradeOverride = row.gradeOverride && (same ? creator.gradeOverride : { ...row.gradeOverride, at });
  }
  if (row.doNotWork !== undefined) {
    const same = creator.doNotWork && row.doNotWork && creator.doNotWork.reason === row.doNotWork.reason;
    next.doNotWork = row.doNotWork && (same ? creator.doNotWork : { ...row.doNotWork, at });
  }
  return next;
}

function unionNotes(notes: readonly Note[], row: ImportRow, now: number): Note[] {
  const seen = new Set(notes.map((note) => `${toCsvPrecision(note.at)}|${note.text}`));
  const texts = new Set(notes.map((note) => note.text));
  const added: Note[] = [];
  for (const note of row.notes ?? []) {
    const key = `${toCsvPrecision(note.at)}|${note.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      texts.add(note.text);
      added.push(note);
    }
  }
  for (const note of row.undatedNotes ?? []) {
    if (!texts.has(note)) {
      texts.add(note);
      added.push({ text: note, at: now });
    }
  }
  if (added.length === 0) return [...notes];
  // Oldest first, as notes are kept; a stable sort keeps same-time notes in their order.
  return [...notes, ...added].sort((a, b) => a.at - b.at);
}

interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** With a campaign to book them in: how many of the file's creators were not in it before. */
  booked?: number;
}

/** Thrown when a check with errors is passed to importCreators: nothing was written. Show it with problem(error). */
export class ImportRefusedError extends TextError {
  constructor(readonly check: ImportCheck) {
    super(text('data_importRefused', { count: check.fileErrors.length + check.errors.length }));
    this.name = 'ImportRefusedError';
  }
}

// Creators read, merged and written at a time: each batch's part on the main thread (merging,
// cloning into IndexedDB) stays a few milliseconds, and the page runs between batches while
// IndexedDB works.
const WRITE_BATCH = 500;

/**
 * Writes a checked import in one transaction, in batches: all rows or none. The rows are read and
 * checked again from the file's text as they are written, a piece at a time, never all held.
 * Refuses (ImportRefusedError) when the check found any problem, or the rows read again do not
 * match it; a failed write rolls everything back (StorageError), and so does Cancel (ImportCancelled).
 * Given `campaignId`, every creator of the file (added, merged or unchanged) is booked in that
 * campaign in the same transaction.
 */
export async function importCreators(db: CreatorLensDatabase, check: ImportCheck, now: number, control: StepControl = {}, campaignId: string | null = null): Promise<ImportResult> {
  if (check.errors.length > 0 || check.fileErrors.length > 0) throw new ImportRefusedError(check);
  throwIfCancelled(control.signal);
  const { csv } = check;
  const rowCheck = rowChecker(csv, check.mapping, check.options).check;
  const total = check.valid;
  try {
    return await db.transaction('rw', db.creators, db.deals, async () => {
      const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
      const inFile = new Set<string>();
      // Which creators exist, from the keys alone: a batch reads only those, a file of new creators nothing.
      const stored = new Set(await db.creators.toCollection().primaryKeys());
      // The rows of a creator named more than once, in file order, merged into one at the end.
      const held = new Map<string, ImportRow[]>();
      let batch: ImportRow[] = [];
      let done = 0;
      const write = async (rowsOf: ReadonlyMap<string, readonly ImportRow[]>): Promise<void> => {
        // Thrown inside the transaction, a cancel rolls back the batches written before it.
        throwIfCancelled(control.signal);
        const known = [...rowsOf.keys()].filter((id) => stored.has(id));
        const found = new Map((known.length > 0 ? await db.creators.bulkGet(known) : []).map((record, index) => [known[index]!, record]));
        const writes: CreatorRecord[] = [];
        for (const [id, rows] of rowsOf) {
          inFile.add(id);
          const before = found.get(id);
          let after = before;
          for (const row of rows) after = mergeCreator(after, row, now);
          done += rows.length;
          if (!before) result.created += 1;
          else if (JSON.stringify(before) === JSON.stringify(after)) {
            result.unchanged += 1;
            continue;
          } else result.updated += 1;
          writes.push(after!);
        }
        await db.creators.bulkPut(writes);
        control.onProgress?.(done, total);
      };
      const pacer = new Pacer();
      let index = 0;
      let valid = 0;
      for (let piece = 0; piece < pieceCount(csv); piece += 1) {
        for (const cells of readPiece(csv, piece)) {
          const { row } = rowCheck(cells, csv.firstRowNumber + index);
          index += 1;
          // The text is the one checked: a row failing now is a check made under another mapping.
          if (!row) throw new Error(`row ${index} does not pass the check it passed`);
          valid += 1;
          const rows = check.repeated.has(row.id) ? held.get(row.id) : undefined;
          if (rows) rows.push(row);
          else if (check.repeated.has(row.id)) held.set(row.id, [row]);
          else batch.push(row);
          // A batch ends when full or when its slice is over (a slower machine writes smaller ones):
          // awaiting its write gives the page its turn, which nothing else may inside the transaction.
          if (batch.length === WRITE_BATCH || pacer.due()) {
            await write(new Map(batch.map((one) => [one.id, [one]])));
            batch = [];
            pacer.restart();
          }
        }
      }
      if (valid !== check.valid) throw new Error(`${valid} rows read again, ${check.valid} checked`);
      await write(new Map(batch.map((one) => [one.id, [one]])));
      for (const ids = [...held.keys()]; ids.length > 0; ) await write(new Map(ids.splice(0, WRITE_BATCH).map((id) => [id, held.get(id)!])));
      throwIfCancelled(control.signal);
      if (campaignId !== null) result.booked = await addToCampaign(db, campaignId, [...inFile], now);
      return result;
    });
  } catch (error) {
    if (error instanceof ImportCancelled) throw error;
    throw explainStorageError(error);
  }
}

/** "Imported: 3 added, 2 merged, 1 unchanged.", to show with say(). */
export function describeImport(result: ImportResult): Text {
  return text('impm_summary', { added: result.created, merged: result.updated, unchanged: result.unchanged });
}
