// Import creators from a CSV file: choose the file, check the preview and which column is
// which, fix what the errors list says, then import all rows at once (or none).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkImport, type RowError } from '../../lib/csv/check';
import { IMPORT_FIELDS, importFieldLabel, type ImportField } from '../../lib/csv/columns';
import { autoMap, previewRows, type ColumnMapping } from '../../lib/csv/mapping';
import { describeImport, importCreators } from '../../lib/csv/merge';
import { readCsvFile, withHeader, type ParsedCsv } from '../../lib/csv/read';
import type { CreatorLensDatabase } from '../../lib/db';
import { checkRoomFor, recountAfterFailure } from '../../lib/db/errors';
import { platformName } from '../../lib/i18n/format';
import { say, t } from '../../lib/i18n';
import { PLATFORMS } from '../../lib/schema/limits';
import type { Platform } from '../../lib/schema/snapshot';
import { FileButton } from '../shared/FileButton';

export interface ImportDialogProps {
  db: CreatorLensDatabase;
  /** Shows a Close button when given; Escape closes too. */
  onClose?: () => void;
  now?: () => number;
}

const MAX_ERRORS_SHOWN = 50;
const PREVIEW_ROWS = 5;

const DELIMITERS = { '\t': 'tab', ';': 'semicolon', ',': 'comma' } as const;

/** A row's problem in words: "Row 2, Price: “abc” is not a price". */
function rowProblem(error: RowError): string {
  const message = say(error.message);
  return error.column ? t('dash_importRowError', { row: error.row, column: error.column, message }) : t('dash_importRowErrorNoColumn', { row: error.row, message });
}

export function ImportDialog({ db, onClose, now = Date.now }: ImportDialogProps) {
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState<ParsedCsv | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [defaultPlatform, setDefaultPlatform] = useState<Platform | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened: the keyboard is taken to the dialog, its heading read out.
  useEffect(() => heading.current?.focus(), []);

  const check = useMemo(() => (csv ? checkImport(csv, mapping, { defaultPlatform }) : null), [csv, mapping, defaultPlatform]);
  const problems = check ? [...check.fileErrors.map((error) => say(error)), ...check.errors.map(rowProblem)] : [];

  async function choose(file: File | undefined) {
    setCsv(null);
    setReadError(null);
    setResult(null);
    setWriteError(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    const read = await readCsvFile(file);
    if (!read.ok) {
      setReadError(say(read.error));
      return;
    }
    setCsv(read.csv);
    setMapping(autoMap(read.csv));
  }

  function toggleHeader(hasHeader: boolean) {
    if (!csv) return;
    const next = withHeader(csv, hasHeader);
    setCsv(next);
    setMapping(autoMap(next));
  }

  async function run() {
    if (!check) return;
    setBusy(true);
    setWriteError(null);
    try {
      await checkRoomFor(JSON.stringify(check.rows).length);
      const outcome = await importCreators(db, check, now());
      const result = say(describeImport(outcome));
      setResult(fileName ? t('dash_importDone', { result, file: fileName }) : t('dash_importDoneNoFile', { result }));
      setCsv(null);
    } catch (failure) {
      setWriteError(say(await recountAfterFailure(db, failure)));
    } finally {
      setBusy(false);
    }
  }

  const count = check?.rows.length ?? 0;
  const blocked = !check || problems.length > 0 || count === 0 || busy;

  return (
    <section
      className="import-dialog"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          // This dialog only, not a detail panel open beside it.
          event.stopPropagation();
          onClose();
        }
      }}
    >
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
            {t('dash_importFileSummary', { file: fileName ?? '', rows: csv.rows.length, columns: csv.columns.length, delimiter: DELIMITERS[csv.delimiter] })}{' '}
            <label>
              <input type="checkbox" checked={csv.hasHeader} onChange={(event) => toggleHeader(event.target.checked)} /> {t('dash_importHasHeader')}
            </label>
          </p>
          <label>
            {t('dash_importDefaultPlatform')}{' '}
            <select
              aria-label={t('dash_importDefaultPlatform')}
              value={defaultPlatform ?? ''}
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
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {csv.rows.length > PREVIEW_ROWS ? <p className="muted small">{t('dash_importFirstRows', { shown: PREVIEW_ROWS, count: csv.rows.length })}</p> : null}
          {problems.length > 0 ? (
            <div role="alert" className="error">
              <p>{t('dash_importProblems', { count: problems.length })}</p>
              <ul className="import-errors">
                {problems.slice(0, MAX_ERRORS_SHOWN).map((words, i) => (
                  <li key={i}>{words}</li>
                ))}
              </ul>
              {problems.length > MAX_ERRORS_SHOWN ? <p>{t('dash_importMoreProblems', { count: problems.length - MAX_ERRORS_SHOWN })}</p> : null}
            </div>
          ) : null}
        </>
      ) : null}
      {writeError ? (
        <p className="error" role="alert">
          {writeError}
        </p>
      ) : null}
      {result ? <p role="status">{result}</p> : null}
      <div className="dialog-buttons">
        {/* aria-disabled, not disabled: pressed, it keeps the keyboard focus while importing and after. */}
        <button
          type="button"
          className="primary"
          aria-disabled={blocked}
          onClick={() => {
            if (!blocked) void run();
          }}
        >
          {busy ? t('dash_importing') : t('dash_importCount', { count })}
        </button>{' '}
        {onClose ? (
          <button type="button" onClick={onClose}>
            {t('dash_close')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** A button that opens the import dialog in its place; closing it gives the button the focus back. */
export function ImportButton({ db, now }: { db: CreatorLensDatabase; now?: () => number }) {
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
  return open ? (
    <ImportDialog db={db} onClose={close} {...(now ? { now } : {})} />
  ) : (
    <button type="button" ref={button} onClick={() => setOpen(true)}>
      {t('dash_importButton')}
    </button>
  );
}
