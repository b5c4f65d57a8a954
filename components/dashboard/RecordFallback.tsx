// What shows in place of a record that could not be drawn (a row, the creator's detail, a chart):
// the reason, and the two ways out that lose nothing — export it as it is stored, or delete it.
// Everything else on the page keeps working (each such part has its own error boundary).
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { CreatorLensDatabase } from '../../lib/db';
import { downloadText } from '../../lib/csv/export';
import { problem, t } from '../../lib/i18n';

/** The creator's records exactly as stored, as a JSON file of their own. */
export async function exportStoredRecords(db: CreatorLensDatabase, creatorId: string): Promise<void> {
  const [creator, snapshots, postSamples, setAside] = await Promise.all([
    db.creators.get(creatorId),
    db.snapshots.where('creatorId').equals(creatorId).toArray(),
    db.postSamples.where('creatorId').equals(creatorId).toArray(),
    db.damaged.filter((entry) => entry.creatorId === creatorId).toArray(),
  ]);
  const file = { creatorId, creator: creator ?? null, snapshots, postSamples, setAside };
  const name = creatorId.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  downloadText(JSON.stringify(file, null, 1), `creator-lens-record-${name}.json`, 'application/json');
}

export interface RecordFallbackProps {
  db: CreatorLensDatabase;
  creatorId: string;
  error: unknown;
  /** Deletes the creator (the page's own delete, with its Undo). */
  onDelete(): void;
}

/** "This record could not be shown", with Export and Delete. */
export function RecordFallback({ db, creatorId, error, onDelete }: RecordFallbackProps) {
  return (
    <div className="record-fallback" role="alert">
      <span>{t('dash_recordUnshown', { name: creatorId, reason: problem(error) })}</span>{' '}
      <button type="button" onClick={() => void exportStoredRecords(db, creatorId)}>
        {t('dash_recordExport')}
      </button>{' '}
      <button type="button" className="danger" onClick={onDelete}>
        {t('dash_recordDelete')}
      </button>
    </div>
  );
}

/** A part of the page that a broken record cannot take down with it. */
export function Guarded({ fallback, resetKeys, children }: { fallback: (error: unknown) => ReactNode; resetKeys?: unknown[]; children: ReactNode }) {
  return (
    <ErrorBoundary fallbackRender={({ error }) => fallback(error)} {...(resetKeys ? { resetKeys } : {})}>
      {children}
    </ErrorBoundary>
  );
}
