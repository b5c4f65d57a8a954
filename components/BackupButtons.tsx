// Back up the whole shortlist as JSON, and restore one (replacing everything, after the user
// confirms). A broken or foreign file is refused before anything changes.
import { useState } from 'react';
import type { CreatorLensDatabase } from '../lib/db';
import { backupDatabase, backupFileName, backupToJsonParts, parseBackup, restoreBackup, type Backup } from '../lib/db/backup';
import { downloadText } from '../lib/csv/export';

export interface BackupButtonsProps {
  db: CreatorLensDatabase;
  now?: () => number;
  onDownload?: (text: string, fileName: string) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function BackupButtons({ db, now = Date.now, onDownload }: BackupButtonsProps) {
  const [pending, setPending] = useState<{ backup: Backup; fileName: string; current: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function backUp() {
    setError(null);
    setStatus(null);
    try {
      const at = now();
      const backup = await backupDatabase(db, at);
      const parts = backupToJsonParts(backup);
      if (onDownload) onDownload(parts.join(''), backupFileName(at));
      else downloadText(parts, backupFileName(at), 'application/json');
      setStatus(`Backup of ${backup.creators.length} creators and ${backup.snapshots.length} readings downloaded.`);
    } catch (failure) {
      setError(`The backup could not be made: ${message(failure)}`);
    }
  }

  async function choose(file: File | undefined) {
    setError(null);
    setStatus(null);
    setPending(null);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (failure) {
      setError(`The file could not be read (${message(failure)}). Nothing was restored; your shortlist is unchanged.`);
      return;
    }
    const parsed = parseBackup(text, db.verno);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setPending({ backup: parsed.backup, fileName: file.name, current: await db.creators.count() });
  }

  async function restore() {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await restoreBackup(db, pending.backup);
      setStatus(`Restored ${result.creators} creator${result.creators === 1 ? "" : "s"}, ${result.snapshots} readings and ${result.postSamples} sampled posts from ${pending.fileName}.`);
      setPending(null);
    } catch (failure) {
      setError(message(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="backup-buttons" role="group" aria-label="Backup">
      <button type="button" onClick={() => void backUp()}>
        Back up (JSON)
      </button>{' '}
      <label className="file-button">
        Restore from backup…{' '}
        <input type="file" accept=".json,application/json" aria-label="Restore from backup" onChange={(event) => void choose(event.target.files?.[0])} />
      </label>
      {pending ? (
        <div role="alertdialog" aria-label="Replace everything?" className="confirm">
          <p>
            Restoring <strong>{pending.fileName}</strong> (made {new Date(pending.backup.exportedAt).toLocaleString()}) replaces everything in this browser:
            your {pending.current} creator{pending.current === 1 ? '' : 's'} are replaced by the backup&apos;s {pending.backup.creators.length}. This cannot be undone; back up first
            if unsure.
          </p>
          <button type="button" className="danger" disabled={busy} onClick={() => void restore()}>
            Replace everything
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
