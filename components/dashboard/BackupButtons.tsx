// Back up the whole shortlist as JSON, and restore one (replacing everything, after the user
// confirms). Both work in pieces at any size, with progress and a Cancel; a broken or foreign
// file is refused before anything changes.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CreatorLensDatabase } from '../../lib/db';
import { backupFileName } from '../../lib/db/backup';
import { saveBackup, type SaveOutcome } from '../../lib/db/backup-file';
import { restoreBackup, type CheckedBackup } from '../../lib/db/backup-read';
import { checkBackupFileAside } from '../../lib/db/backup-check-aside';
import { isCancel } from '../../lib/db/backup-write';
import { checkRoomFor, recountAfterFailure } from '../../lib/db/errors';
import { formatDateTime } from '../../lib/i18n/format';
import { localeTag, problem, say, t } from '../../lib/i18n';
import { FileButton } from '../shared/FileButton';
import { ModalDialog } from '../shared/ModalDialog';

export interface BackupButtonsProps {
  db: CreatorLensDatabase;
  now?: () => number;
}

/** What is under way: its words and its progress (value of max). */
interface Work {
  words: string;
  value: number;
  max: number;
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

/** A file size in the UI language: "561.2 MB", "2.3 kB". */
function fileSize(bytes: number): string {
  const [unit, value] = bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : (['kilobyte', bytes / 1e3] as const);
  return new Intl.NumberFormat(localeTag(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** The outcome of a backup in words: [status, error]. */
function outcomeWords(outcome: SaveOutcome): [string | null, string | null] {
  switch (outcome.outcome) {
    case 'saved':
      return [t('backup_saved', { file: outcome.file, creators: outcome.counts.creators, snapshots: outcome.counts.snapshots, samples: outcome.counts.postSamples, size: fileSize(outcome.bytes) }), null];
    case 'downloading':
      return [t('backup_savedByBrowser', { file: outcome.file, creators: outcome.counts.creators, snapshots: outcome.counts.snapshots, size: fileSize(outcome.bytes) }), null];
    case 'no-file':
      return [t('backup_pickerCancelled'), null];
    case 'cancelled':
      return [t('backup_cancelled', { file: outcome.file }), null];
    case 'write-failed':
      return [null, t('backup_writeFailed', { file: outcome.file, reason: outcome.reason })];
    case 'not-complete':
      return [null, t('backup_notComplete', { file: outcome.file, problem: say(outcome.problem) })];
  }
}

export function BackupButtons({ db, now = Date.now }: BackupButtonsProps) {
  const [pending, setPending] = useState<{ backup: CheckedBackup; fileName: string; current: number; bytes: number } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [work, setWork] = useState<Work | null>(null);
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The confirmation takes the keyboard when it appears (on Cancel, the safe choice; the dialog's
  // question is read as its description).
  const asking = pending !== null;
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
  }, [asking]);
  // Leaving the page stops what is under way (a restore is then rolled back).
  useEffect(() => () => controller.current?.abort(), []);
  /** Ends the confirmation with the keyboard back on the file control it came from. */
  const endConfirmation = () => {
    setPending(null);
    fileInput.current?.focus();
  };
  /** Starts a piece of work that Cancel stops. */
  const start = (): AbortSignal => {
    setError(null);
    setStatus(null);
    setBusy(true);
    controller.current = new AbortController();
    return controller.current.signal;
  };
  const finish = () => {
    setBusy(false);
    setWork(null);
    controller.current = null;
  };

  async function backUp() {
    if (busy) return;
    const signal = start();
    const at = now();
    try {
      const outcome = await saveBackup(db, {
        now: at,
        fileName: backupFileName(at),
        fileType: t('backup_fileType'),
        signal,
        onProgress: ({ done, total }) => setWork({ words: t('backup_writing', { done, total }), value: done, max: total }),
        onChecking: () => setWork({ words: t('backup_checkingFile'), value: 1, max: 1 }),
      });
      const [words, failure] = outcomeWords(outcome);
      setStatus(words);
      setError(failure);
    } catch (failure) {
      setError(t('dash_backupFailed', { reason: problem(failure) }));
    } finally {
      finish();
    }
  }

  async function choose(file: File | undefined) {
    setPending(null);
    if (!file || busy) return;
    const signal = start();
    try {
      const checked = await checkBackupFileAside(file, db.verno, {
        signal,
        onProgress: ({ bytes, size, records }) => setWork({ words: t('backup_checking', { file: file.name, records, done: fileSize(bytes), size: fileSize(size) }), value: bytes, max: size }),
      });
      if (!checked.ok) setError(say(checked.error));
      else setPending({ backup: checked.backup, fileName: file.name, current: await db.creators.count(), bytes: file.size });
    } catch (failure) {
      if (isCancel(failure)) setStatus(t('backup_restoreCancelled'));
      else setError(t('dash_backupUnreadable', { reason: problem(failure) }));
    } finally {
      finish();
    }
  }

  async function restore() {
    if (!pending || busy) return;
    const signal = start();
    try {
      // Refused before anything changes when the disk would be left nearly full.
      await checkRoomFor(pending.bytes);
      const result = await restoreBackup(db, pending.backup, {
        signal,
        onProgress: ({ done, total }) => setWork({ words: t('backup_restoring', { done, total }), value: done, max: total }),
      });
      setStatus(t('dash_restored', { creators: result.creators, snapshots: result.snapshots, samples: result.postSamples, file: pending.fileName }));
      endConfirmation();
    } catch (failure) {
      if (isCancel(failure)) {
        setStatus(t('backup_restoreCancelled'));
        endConfirmation();
      } else setError(say(await recountAfterFailure(db, failure)));
    } finally {
      finish();
    }
  }

  const progress = work ? (
    <div className="backup-progress">
      <progress value={work.value} max={work.max || 1} aria-label={t('backup_progressLabel')} />{' '}
      <span>{work.words}</span>
    </div>
  ) : null;

  return (
    <div className="backup-buttons" role="group" aria-label={t('dash_backupLabel')}>
      {/* Busy: aria-disabled, not disabled, so the focus stays where it was. */}
      <button type="button" aria-disabled={busy} onClick={() => void backUp()}>
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
        <ModalDialog
          role="alertdialog"
          aria-label={t('dash_restoreConfirmLabel')}
          aria-describedby={`${id}-question`}
          className="confirm"
          onCancel={() => (busy ? controller.current?.abort() : endConfirmation())}
        >
          <p id={`${id}-question`}>{confirmation(pending.fileName, formatDateTime(pending.backup.header.exportedAt), pending.current, pending.backup.counts.creators)}</p>
          {progress}
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
          {/* While restoring, Cancel stops the restore: nothing of it is kept. */}
          <button type="button" ref={cancelButton} onClick={() => (busy ? controller.current?.abort() : endConfirmation())}>
            {t('dash_cancel')}
          </button>
        </ModalDialog>
      ) : work ? (
        <>
          {progress}
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('dash_cancel')}
          </button>
        </>
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
