// Import creators from a CSV file: choose the file, check the preview and which column is
// which, fix what the errors list says, then import all rows at once (or none).
import { useEffect, useId, useRef, useState } from 'react';
import { checkImport, type ImportCheck, type RowError } from '../../lib/csv/check';
import { IMPORT_FIELDS, importFieldLabel, type ImportField } from '../../lib/csv/columns';
import { autoMap, previewRows, type ColumnMapping } from '../../lib/csv/mapping';
import { describeImport, importCreators } from '../../lib/csv/merge';
import { readCsvFile, withHeader, type ParsedCsv } from '../../lib/csv/read';
import { ImportCancelled } from '../../lib/csv/steps';
import type { CampaignChoice } from '../../lib/campaign/booking';
import { activeCampaign, loadCampaigns } from '../../lib/campaign/settings';
import type { CreatorLensDatabase } from '../../lib/db';
import { checkRoomFor, recountAfterFailure } from '../../lib/db/errors';
import { platformName } from '../../lib/i18n/format';
import { say, t } from '../../lib/i18n';
import { PLATFORMS } from '../../lib/schema/limits';
import { CURRENCIES } from '../../lib/shortlist/pricing';
import type { Platform } from '../../lib/schema/snapshot';
import { FileButton } from '../shared/FileButton';
import { ModalDialog } from '../shared/ModalDialog';
import { ImportCampaignChoice } from './ImportCampaignChoice';

export interface ImportDialogProps {
  db: CreatorLensDatabase;
  /** Shows a Close button when given; Escape closes too. */
  onClose?: () => void;
  /** Given, a finished import closes the dialog and hands its summary here; else the summary shows in the dialog. */
  onImported?: (summary: string) => void;
  now?: () => number;
}

const MAX_ERRORS_SHOWN = 50;
const PREVIEW_ROWS = 5;

const DELIMITERS = { '\t': 'tab', ';': 'semicolon', ',': 'comma', '|': 'pipe' } as const;

/** A row's problem in words: "Row 2, Price: “abc” is not a price". */
function rowProblem(error: RowError): string {
  const message = say(error.message);
  return error.column ? t('dash_importRowError', { row: error.row, column: error.column, message }) : t('dash_importRowErrorNoColumn', { row: error.row, message });
}

/** What a long step has done: rows read (of a file of unknown length), or rows done of all. */
type Progress = { step: 'reading'; rows: number; read: number; total: number } | { step: 'checking' | 'writing'; done: number; total: number };

function progressWords(progress: Progress, file: string): string {
  if (progress.step === 'reading') return t('imp_reading', { file, rows: progress.rows });
  return t(progress.step === 'checking' ? 'imp_checking' : 'imp_writing', { done: progress.done, total: progress.total });
}

export function ImportDialog({ db, onClose, onImported, now = Date.now }: ImportDialogProps) {
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState<ParsedCsv | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [defaultPlatform, setDefaultPlatform] = useState<Platform | null>(null);
  const [defaultCurrency, setDefaultCurrency] = useState<string | null>(null);
  // Until the user picks one, prices without a currency take the active campaign's budget currency.
  const currencyChosen = useRef(false);
  useEffect(() => {
    // Campaign settings that cannot be read preset nothing: the select stays at "None".
    loadCampaigns(db).then(
      (settings) => {
        const code = activeCampaign(settings)?.budget?.currency.toUpperCase();
        const known = CURRENCIES.find((currency) => currency === code);
        if (known && !currencyChosen.current) setDefaultCurrency(known);
      },
      () => undefined,
    );
  }, [db]);
  // The campaign the imported creators are booked in, if any.
  const [bookIn, setBookIn] = useState<CampaignChoice | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  // An import finished: once its result is on screen it takes the keyboard (the pressed button is gone).
  const focusResult = useRef(false);
  useEffect(() => {
    if (!result || !focusResult.current) return;
    focusResult.current = false;
    done.current?.focus();
  }, [result]);
  // The step running now (reading, checking or writing): Cancel and a newer step stop it.
  const running = useRef<AbortController | null>(null);
  // Opened: the keyboard is taken to the dialog, its heading read out; closed: the step stops.
  useEffect(() => {
    heading.current?.focus();
    return () => running.current?.abort();
  }, [db]);

  function startStep(): AbortSignal {
    running.current?.abort();
    running.current = new AbortController();
    return running.current.signal;
  }

  // Every change of the file, the mapping or the default platform checks all rows again, in steps.
  useEffect(() => {
    if (!csv) return;
    const signal = startStep();
    setCheck(null);
    setProgress({ step: 'checking', done: 0, total: csv.rowCount });
    const onProgress = (done: number, total: number) => setProgress({ step: 'checking', done, total });
    checkImport(csv, mapping, { defaultPlatform, defaultCurrency }, { signal, onProgress }).then(
      (checked) => {
        if (signal.aborted) return;
        setCheck(checked);
        setProgress(null);
      },
      (failure: unknown) => {
        if (!(failure instanceof ImportCancelled)) throw failure;
      },
    );
  }, [csv, mapping, defaultPlatform, defaultCurrency]);

  const problems = check ? [...check.fileErrors.map((error) => say(error)), ...check.errors.slice(0, MAX_ERRORS_SHOWN).map(rowProblem)] : [];
  const problemCount = check ? check.fileErrors.length + check.errors.length : 0;

  async function choose(file: File | undefined) {
    const signal = startStep();
    setCsv(null);
    setCheck(null);
    setReadError(null);
    setResult(null);
    setWriteError(null);
    setProgress(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    setProgress({ step: 'reading', rows: 0, read: 0, total: file.size });
    try {
      const read = await readCsvFile(file, { signal, onProgress: ({ rows, read, total }) => setProgress({ step: 'reading', rows, read, total }) });
      if (signal.aborted) return;
      setProgress(null);
      if (!read.ok) {
        setReadError(say(read.error));
        return;
      }
      setCsv(read.csv);
      setMapping(autoMap(read.csv));
    } catch (failure) {
      if (!(failure instanceof ImportCancelled)) throw failure;
    }
  }

  function toggleHeader(hasHeader: boolean) {
    if (!csv) return;
    const next = withHeader(csv, hasHeader);
    setCsv(next);
    setMapping(autoMap(next));
  }

  /** Stops the step running: a file being read or checked is dropped; a write is rolled back, then said so (run). */
  function cancel() {
    running.current?.abort();
    if (busy) return;
    running.current = null;
    setProgress(null);
    setCsv(null);
    setCheck(null);
    setResult(t('imp_cancelled'));
  }

  async function run() {
    if (!check) return;
    const signal = startStep();
    setBusy(true);
    setWriteError(null);
    setResult(null);
    setProgress({ step: 'writing', done: 0, total: check.valid });
    try {
      // About a kilobyte of JSON per creator (a record with a few notes): room is checked before writing.
      await checkRoomFor(check.valid * 1024);
      const outcome = await importCreators(db, check, now(), { signal, onProgress: (done, total) => setProgress({ step: 'writing', done, total }) }, bookIn?.id ?? null);
      const imported = say(describeImport(outcome));
      const words = bookIn && outcome.booked !== undefined ? t('deal_importBooked', { result: imported, added: outcome.booked, campaign: bookIn.name }) : imported;
      if (onImported) {
        // Done: the dialog goes and the dashboard says what the import did.
        onImported(fileName ? t('dash_importDone', { result: words, file: fileName }) : words);
        onClose?.();
        return;
      }
      // The file is in: the result takes the preview's place, and the keyboard goes to it.
      setResult(fileName ? t('dash_importDone', { result: words, file: fileName }) : t('dash_importDoneNoFile', { result: words }));
      setCsv(null);
      setCheck(null);
      setFileName(null);
      focusResult.current = true;
    } catch (failure) {
      if (failure instanceof ImportCancelled) setResult(t('imp_cancelled'));
      else setWriteError(say(await recountAfterFailure(db, failure)));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const count = check?.valid ?? 0;
  const blocked = !check || problemCount > 0 || count === 0 || busy;

  return (
    <ModalDialog className="import-dialog" aria-labelledby={`${id}-title`} {...(onClose ? { onCancel: onClose } : {})}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('dash_importTitle')}
      </h2>
      <p className="muted small">{t('dash_importIntro')}</p>
      <p className="file-choice">
        <FileButton
          label={t('dash_chooseCsv')}
          name={t('dash_csvFile')}
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          fileName={fileName}
          onChoose={(file) => void choose(file)}
        />{' '}
        <span className="muted small" data-testid="import-file-name">
          {fileName ?? t('dash_noFileChosen')}
        </span>
      </p>
      {readError ? (
        <p className="error" role="alert">
          {readError}
        </p>
      ) : null}
      {csv ? (
        <>
          <p className="small">
            {t('imp_fileSummary', { file: fileName ?? '', rows: csv.rowCount, columns: csv.columns.length, delimiter: DELIMITERS[csv.delimiter] })}{' '}
            <label>
              <input type="checkbox" checked={csv.hasHeader} disabled={busy} onChange={(event) => toggleHeader(event.target.checked)} /> {t('dash_importHasHeader')}
            </label>
          </p>
          <div className="import-defaults">
            <label>
              {t('dash_importDefaultPlatform')}{' '}
              <select
                aria-label={t('dash_importDefaultPlatform')}
                value={defaultPlatform ?? ''}
                disabled={busy}
                onChange={(event) => setDefaultPlatform(PLATFORMS.find((platform) => platform === event.target.value) ?? null)}
              >
                <option value="">{t('dash_importNoDefaultPlatform')}</option>
                {PLATFORMS.map((platform) => (
                  <option key={platform} value={platform}>
                    {platformName(platform)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('impm_defaultCurrency')}{' '}
              <select
                aria-label={t('impm_defaultCurrency')}
                value={defaultCurrency ?? ''}
                disabled={busy}
                onChange={(event) => {
                  currencyChosen.current = true;
                  setDefaultCurrency(CURRENCIES.find((code) => code === event.target.value) ?? null);
                }}
              >
                <option value="">{t('impm_noDefaultCurrency')}</option>
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </label>
            <ImportCampaignChoice db={db} chosen={bookIn} disabled={busy} onChange={setBookIn} />
          </div>
          <div className="table-scroll">
            <table className="import-preview">
              <thead>
                <tr>
                  {csv.columns.map((column, i) => (
                    <th key={i} scope="col">
                      <div>{column}</div>
                      <select
                        aria-label={t('dash_importColumnAs', { column })}
                        value={mapping[i] ?? ''}
                        disabled={busy}
                        onChange={(event) => {
                          const field = IMPORT_FIELDS.find((f) => f === event.target.value) ?? null;
                          setMapping((current) => current.map((value, j) => (j === i ? field : value)));
                        }}
                      >
                        <option value="">{t('dash_importLeaveOut')}</option>
                        {IMPORT_FIELDS.map((field: ImportField) => (
                          <option key={field} value={field}>
                            {say(importFieldLabel(field))}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {previewRows(csv, PREVIEW_ROWS).map((row, r) => (
                  <tr key={r}>
                    {csv.columns.map((_, c) => (
                      <td key={c}>{row[c] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {csv.rowCount > PREVIEW_ROWS ? <p className="muted small">{t('dash_importFirstRows', { shown: PREVIEW_ROWS, count: csv.rowCount })}</p> : null}
          {problemCount > 0 ? (
            <div role="alert" className="error">
              <p>{t('dash_importProblems', { count: problemCount })}</p>
              <ul className="import-errors">
                {problems.slice(0, MAX_ERRORS_SHOWN).map((words, i) => (
                  <li key={i}>{words}</li>
                ))}
              </ul>
              {problemCount > MAX_ERRORS_SHOWN ? <p>{t('dash_importMoreProblems', { count: problemCount - MAX_ERRORS_SHOWN })}</p> : null}
            </div>
          ) : null}
        </>
      ) : null}
      {progress ? (
        <div className="import-progress">
          <progress
            aria-label={t('imp_progressLabel')}
            max={progress.total}
            value={progress.step === 'reading' ? progress.read : progress.done}
          />{' '}
          <span role="status" data-testid="import-progress">
            {progressWords(progress, fileName ?? '')}
          </span>{' '}
          <button type="button" onClick={cancel}>
            {t('imp_cancel')}
          </button>
        </div>
      ) : null}
      {writeError ? (
        <p className="error" role="alert">
          {writeError}
        </p>
      ) : null}
      {result ? (
        <p role="status" tabIndex={-1} ref={done} data-testid="import-result">
          {result}
        </p>
      ) : null}
      <div className="dialog-buttons">
        {csv ? (
          // aria-disabled, not disabled: pressed, it keeps the keyboard focus while importing.
          <button
            type="button"
            className="primary"
            aria-disabled={blocked}
            onClick={() => {
              if (!blocked) void run();
            }}
          >
            {busy ? t('dash_importing') : t('dash_importCount', { count })}
          </button>
        ) : null}{' '}
        {onClose ? (
          <button type="button" onClick={onClose}>
            {t('dash_close')}
          </button>
        ) : null}
      </div>
    </ModalDialog>
  );
}

/** A button that opens the import dialog over the page; closing it gives the button the focus back. */
export function ImportButton({ db, now, onImported }: { db: CreatorLensDatabase; now?: () => number; onImported?: (summary: string) => void }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (!open && closed.current) {
      closed.current = false;
      button.current?.focus();
    }
  }, [open]);
  const close = () => {
    closed.current = true;
    setOpen(false);
  };
  return (
    <>
      <button type="button" ref={button} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('dash_importButton')}
      </button>
      {open ? <ImportDialog db={db} onClose={close} {...(onImported ? { onImported } : {})} {...(now ? { now } : {})} /> : null}
    </>
  );
}
