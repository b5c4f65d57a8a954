// Export the shortlist as CSV: headers in the UI language or as stable keys, the rows shown
// (filtered) or every creator. Self-contained: give it the rows, it downloads the file.
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { HeaderStyle } from '../../lib/csv/columns';
import { csvFileName, downloadText, shortlistToCsv } from '../../lib/csv/export';
import { t } from '../../lib/i18n';
import type { ShortlistRow } from '../../lib/shortlist/rows';

export interface ExportOptionsProps {
  /** The rows the table shows now (after filters). */
  rows: readonly ShortlistRow[];
  /** Every creator; when left out, only `rows` can be exported. */
  allRows?: readonly ShortlistRow[];
  now?: () => number;
  /** Where the file goes; the browser download by default (tests pass their own). */
  onDownload?: (text: string, fileName: string) => void;
  /**
   * Where the button is drawn, away from the choices (column names, which rows): the header's
   * toolbar, while the choices sit in its More menu; null while that place is not there yet. Left
   * out, the button follows the choices.
   */
  buttonIn?: Element | null;
}

export function ExportOptions({ rows, allRows, now = Date.now, onDownload, buttonIn }: ExportOptionsProps) {
  const id = useId();
  const [headers, setHeaders] = useState<HeaderStyle>('labels');
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const chosen = scope === 'all' && allRows ? allRows : rows;
  const filtered = allRows !== undefined && allRows.length !== rows.length;
  const choices = (
    <>
      <label htmlFor={`${id}-headers`}>{t('dash_exportColumnNames')}</label>{' '}
      <select id={`${id}-headers`} value={headers} onChange={(event) => setHeaders(event.target.value === 'keys' ? 'keys' : 'labels')}>
        <option value="labels">{t('dash_exportLabels')}</option>
        <option value="keys">{t('dash_exportKeys')}</option>
      </select>{' '}
      {filtered ? (
        <>
          <label htmlFor={`${id}-scope`}>{t('dash_exportRows')}</label>{' '}
          <select id={`${id}-scope`} value={scope} onChange={(event) => setScope(event.target.value === 'all' ? 'all' : 'shown')}>
            <option value="shown">{t('dash_exportShown', { count: rows.length })}</option>
            <option value="all">{t('dash_exportAll', { count: allRows.length })}</option>
          </select>{' '}
        </>
      ) : null}
    </>
  );
  const exportButton = (
    <button
      type="button"
      className="primary"
      disabled={chosen.length === 0}
      onClick={() => {
        const text = shortlistToCsv(chosen, { headers });
        const name = csvFileName(now());
        if (onDownload) onDownload(text, name);
        else downloadText(text, name, 'text/csv;charset=utf-8');
      }}
    >
      {t('dash_exportButton', { count: chosen.length })}
    </button>
  );
  return (
    <div className="export-options" role="group" aria-label={t('dash_exportLabel')}>
      {choices}
      {buttonIn === undefined ? exportButton : buttonIn ? createPortal(exportButton, buttonIn) : null}
    </div>
  );
}
