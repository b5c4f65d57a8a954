// Back up the whole shortlist as JSON, and restore one (replacing everything, after the user
// confirms). A broken or foreign file is refused before anything changes.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CreatorLensDatabase } from '../../lib/db';
import { backupDatabase, backupFileName, backupToJsonParts, parseBackup, restoreBackup, type Backup } from '../../lib/db/backup';
import { downloadText } from '../../lib/csv/export';
import { checkRoomFor, recountAfterFailure } from '../../lib/db/errors';
import { formatDateTime } from '../../lib/i18n/format';
import { problem, say, t } from '../../lib/i18n';
import { FileButton } from '../shared/FileButton';

export interface BackupButtonsProps {
  db: CreatorLensDatabase;
  now?: () => number;
  onDownload?: (text: string, fileName: string) => void;
}

/** The confirmation, with the file's name in bold (messages hold no markup). */
function confirmation(fileName: string, date: string, current: number, count: number): ReactNode {
  const [before = '', after = ''] = t('dash_restoreConfirm', { file: '\u0000', date, current, count }).split('\u0000');
  return (
    <>
      {before}
      <strong>{fileName}</strong>
      {after}
    </>
  );
}

export function BackupButtons({ db, now = Date.now, onDownload }: BackupButtonsProps) {
  const [pending, setPending] = useState<{ backup: Backup; fileName: string; current: number; bytes: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The confirmation takes the keyboard when it appears (on Cancel, the safe choice; the dialog's
  // question is read as its description).
  const asking = pending !== null;
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
  }, [asking]);
  /** Ends the confirmation with the keyboard back on the file control it came from. */
  const endConfirmation = () => {
    setPending(null);
    fileInput.current?.focus();
  };

  async function backUp() {
    setError(null);
    setStatus(null);
    try {
      const at = now();
      const backup = await backupDatabase(db, at);
      const parts = backupToJsonParts(backup);
      if (onDownload) onDownload(parts.join(''), backupFileName(at));
      else downloadText(parts, backupFileName(at), 'application/json');
      setStatus(t('dash_backupDone', { creators: backup.creators.length, snapshots: backup.snapshots.length }));
    } catch (failure) {
      setError(t('dash_backupFailed', { reason: problem(failure) }));
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
      setError(t('dash_backupUnreadable', { reason: problem(failure) }));
      return;
    }
    const parsed = parseBackup(text, db.verno);
    if (!parsed.ok) {
      setError(say(parsed.error));
      return;
    }
    setPending({ backup: parsed.backup, fileName: file.name, current: await db.creators.count(), bytes: text.length });
  }

  async function restore() {
    if (!pending) return;
    setBusy(true);
    try {
      await checkRoomFor(pending.bytes);
      const result = await restoreBackup(db, pending.backup);
      setStatus(t('dash_restored', { creators: result.creators, snapshots: result.snapshots, samples: result.postSamples, file: pending.fileName }));
      endConfirmation();
    } catch (failure) {
      setError(say(await recountAfterFailure(db, failure)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="backup-buttons" role="group" aria-label={t('dash_backupLabel')}>
      <button type="button" onClick={() => void backUp()}>
        {t('dash_backUp')}
      </button>{' '}
      <FileButton
        ref={fileInput}
        label={t('dash_restoreButton')}
        name={t('dash_restoreLabel')}
        accept=".json,application/json"
        fileName={pending?.fileName ?? null}
        onChoose={(file) => void choose(file)}
      />
      {pending ? (
        <div
          role="alertdialog"
          aria-label={t('dash_restoreConfirmLabel')}
          aria-describedby={`${id}-question`}
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !busy) {
              event.stopPropagation();
              endConfirmation();
            }
          }}
        >
          <p id={`${id}-question`}>{confirmation(pending.fileName, formatDateTime(pending.backup.exportedAt), pending.current, pending.backup.creators.length)}</p>
          {/* Busy: aria-disabled, not disabled, so the focus stays on the button pressed. */}
          <button
            type="button"
            className="danger"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void restore();
            }}
          >
            {t('dash_restoreReplace')}
          </button>{' '}
          <button
            type="button"
            ref={cancelButton}
            aria-disabled={busy}
            onClick={() => {
              if (!busy) endConfirmation();
            }}
          >
            {t('dash_cancel')}
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
