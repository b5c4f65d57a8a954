// The one-time repair on upgrade: records an older version stored that today's bounds refuse (a
// date in the year 287,000, a count below zero) are set aside, out of the shortlist, so no page
// meets them, and kept whole until the user exports or deletes them from the dashboard.
import type { Table, Transaction } from 'dexie';
import type * as z from 'zod/mini';
import { boundOf } from '../schema/bounds';
import { CreatorRecordSchema, PostSampleRecordSchema, SnapshotRecordSchema } from './records';

export const DAMAGED_TABLES = ['creators', 'snapshots', 'postSamples'] as const;
type DamagedTable = (typeof DAMAGED_TABLES)[number];

/** A stored record set aside, as it was, with what is wrong with it. */
export interface DamagedRecord {
  /** `${table}:${primary key}` */
  key: string;
  table: DamagedTable;
  /** The creator it belongs to, as far as the record says. */
  creatorId: string | null;
  record: unknown;
  /** Where the problem is ("lastSeenAt", "notes.0.at") and which bound it broke, if one of ours. */
  field: string;
  bound: ReturnType<typeof boundOf>;
  foundAt: number;
}

const SCHEMAS: Record<DamagedTable, z.ZodMiniType> = { creators: CreatorRecordSchema, snapshots: SnapshotRecordSchema, postSamples: PostSampleRecordSchema };

/** What is wrong with a stored record, or null when it is sound. */
export function problemOf(table: DamagedTable, record: unknown): Pick<DamagedRecord, 'field' | 'bound'> | null {
  const checked = SCHEMAS[table].safeParse(record);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return { field: issue ? issue.path.map(String).join('.') : '', bound: issue ? boundOf(issue) : null };
}

/** Moves every record that fails its schema to the `damaged` table, in the upgrade's transaction. */
export async function setAsideDamaged(tx: Transaction, now: number): Promise<void> {
  const damaged = tx.table<DamagedRecord, string>('damaged');
  // Repaired, not set aside: a profile address an older import kept as http:// (the three sites
  // serve only https, and a stored profile address is https now).
  await tx
    .table<{ profileUrl?: unknown }>('creators')
    .toCollection()
    .modify((creator) => {
      if (typeof creator.profileUrl === 'string' && /^http:\/\//i.test(creator.profileUrl)) creator.profileUrl = `https://${creator.profileUrl.slice(7)}`;
    });
  for (const table of DAMAGED_TABLES) {
    const store: Table<Record<string, unknown>, string | number> = tx.table(table);
    const found: DamagedRecord[] = [];
    const keys: Array<string | number> = [];
    await store.toCollection().each((record, cursor) => {
      const problem = problemOf(table, record);
      if (!problem) return;
      const key = cursor.primaryKey as string | number;
      keys.push(key);
      const owner = table === 'creators' ? record.id : record.creatorId;
      found.push({ key: `${table}:${key}`, table, creatorId: typeof owner === 'string' ? owner : null, record, ...problem, foundAt: now });
    });
    await damaged.bulkPut(found);
    await store.bulkDelete(keys);
    // Their creators' list figures are computed again without them.
    await tx.table('summaries').bulkDelete([...new Set(found.flatMap((entry) => (entry.creatorId ? [entry.creatorId] : [])))]);
  }
}
