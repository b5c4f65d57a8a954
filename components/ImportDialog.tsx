// Import creators from a CSV file: choose the file, check the preview and which column is
// which, fix what the errors list says, then import all rows at once (or none).
import { useId, useMemo, useState } from 'react';
import { IMPORT_FIELDS, importFieldLabel, type ImportField } from '../lib/csv/columns';
import {
  autoMap,
  checkImport,
  describeImport,
  importCreators,
  previewRows,
  readCsvFile,
  withHeader,
  type ColumnMapping,
  type ParsedCsv,
} from '../lib/csv/import';
import type { CreatorLensDatabase } from '../lib/db';
import { platformName } from '../lib/format';
import { PLATFORMS, type Platform } from '../lib/schema';

export interface ImportDialogProps {
  db: CreatorLensDatabase;
  /** Shows a Close button when given. */
  onClose?: () => void;
  now?: () => number;
}

const MAX_ERRORS_SHOWN = 50;

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

  const check = useMemo(() => (csv ? checkImport(csv, mapping, { defaultPlatform }) : null), [csv, mapping, defaultPlatform]);
  const problems = check ? [...check.fileErrors, ...check.errors.map((error) => `Row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.message}`)] : [];

  async function choose(file: File | undefined) {
    setCsv(null);
    setReadError(null);
    setResult(null);
    setWriteError(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    const read = await readCsvFile(file);
    if (!read.ok) {
      setReadError(read.error);
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
      const outcome = await importCreators(db, check, now());
      setResult(`${describeImport(outcome)} From ${fileName ?? 'the file'}.`);
      setCsv(null);
    } catch (failure) {
      setWriteError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const count = check?.rows.length ?? 0;
  const blocked = !check || problems.length > 0 || count === 0 || busy;

  return (
    <section className="import-dialog" role="dialog" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import creators from CSV</h2>
      <p className="muted small">
        A Creator Lens export, or any list with a column of profile URLs or @handles (add a Platform column, or choose a default platform below). Nothing is written until you
        press Import, and then all rows are imported or none.
      </p>
      <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" aria-label="CSV file" onChange={(event) => void choose(event.target.files?.[0])} />
      {readError ? (
        <p className="error" role="alert">
          {readError}
        </p>
      ) : null}
      {csv ? (
        <>
          <p className="small">
            {fileName}: {csv.rows.length} row{csv.rows.length === 1 ? '' : 's'}, {csv.columns.length} column{csv.columns.length === 1 ? '' : 's'}, separated by{' '}
            {csv.delimiter === '\t' ? 'tabs' : csv.delimiter === ';' ? 'semicolons' : 'commas'}.{' '}
            <label>
              <input type="checkbox" checked={csv.hasHeader} onChange={(event) => toggleHeader(event.target.checked)} /> First row is a header
            </label>
          </p>
          <label>
            Platform for bare handles{' '}
            <select
              aria-label="Platform for bare handles"
              value={defaultPlatform ?? ''}
              onChange={(event) => setDefaultPlatform(PLATFORMS.find((platform) => platform === event.target.value) ?? null)}
            >
              <option value="">None (the file says)</option>
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
                        aria-label={`Import column ${column} as`}
                        value={mapping[i] ?? ''}
                        onChange={(event) => {
                          const field = IMPORT_FIELDS.find((f) => f === event.target.value) ?? null;
                          setMapping((current) => current.map((value, j) => (j === i ? field : value)));
                        }}
                      >
                        <option value="">Leave out</option>
                        {IMPORT_FIELDS.map((field: ImportField) => (
                          <option key={field} value={field}>
                            {importFieldLabel(field)}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {previewRows(csv).map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {csv.rows.length > 5 ? <p className="muted small">The first 5 rows of {csv.rows.length}.</p> : null}
          {problems.length > 0 ? (
            <div role="alert" className="error">
              <p>
                {problems.length} problem{problems.length === 1 ? '' : 's'} to fix in the file or the mapping before importing:
              </p>
              <ul className="import-errors">
                {problems.slice(0, MAX_ERRORS_SHOWN).map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
              {problems.length > MAX_ERRORS_SHOWN ? <p>…and {problems.length - MAX_ERRORS_SHOWN} more.</p> : null}
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
        <button type="button" className="primary" disabled={blocked} onClick={() => void run()}>
          {busy ? 'Importing…' : `Import ${count} creator${count === 1 ? '' : 's'}`}
        </button>{' '}
        {onClose ? (
          <button type="button" onClick={onClose}>
            Close
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** A button that opens the import dialog under it. */
export function ImportButton({ db, now }: { db: CreatorLensDatabase; now?: () => number }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <ImportDialog db={db} onClose={() => setOpen(false)} {...(now ? { now } : {})} />
  ) : (
    <button type="button" onClick={() => setOpen(true)}>
      Import CSV…
    </button>
  );
}
