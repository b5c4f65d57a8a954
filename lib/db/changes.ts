// Word that tables changed: any write committed to them, in this page or another page of the
// extension (Dexie's storagemutated event, which its live queries rest on too).
import Dexie from 'dexie';
import type { CreatorLensDatabase } from '.';

type TableName = 'creators' | 'snapshots' | 'postSamples' | 'summaries' | 'damaged';

/** Calls `listener` after each committed write to one of `tables`; gives the unsubscribe. */
export function onTablesChanged(db: CreatorLensDatabase, tables: readonly TableName[], listener: () => void): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const heard = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) listener();
  };
  Dexie.on('storagemutated', heard);
  return () => Dexie.on('storagemutated').unsubscribe(heard);
}
