// The campaign page's "Import results…": a seller's file (TikTok Shop affiliate export, discount code
// report, analytics by tracking link, or any CSV mapped by hand) read, joined to the campaign's posts
// and deals, previewed with the rows that match nothing and why, then stored in one transaction.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { campaignCurrency } from '../../lib/campaign/costs';
import { readCsvFile, withHeader, type ParsedCsv } from '../../lib/csv/read';
import { joinResults } from '../../lib/csv/result-join';
import { RESULT_FIELDS, mappingGap, recogniseLayout, type KnownLayout, type ResultMapping } from '../../lib/csv/result-layouts';
import { readResultRows } from '../../lib/csv/result-rows';
import type { DealRecord } from '../../lib/db/deal-record';
import type { DeliverableRecord } from '../../lib/db/deliverable-record';
import { listDeals } from '../../lib/db/deals';
import { listDeliverables } from '../../lib/db/deliverables';
import { listResults, putResults } from '../../lib/db/results';
import { formatNumber } from '../../lib/i18n/format';
import { problem, say, t } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { FileButton } from '../shared/FileButton';
import { ModalDialog } from '../shared/ModalDialog';
import { CurrencySelect } from './CurrencySelect';
import './ResultImport.css';
import type { CampaignPartProps } from './campaign-part';

type Props = CampaignPartProps;

const LAYOUT_NAMES = { 'tiktok-shop': 'rimp_layoutTiktok', 'discount-code': 'rimp_layoutCode', analytics: 'rimp_layoutAnalytics' } as const;
const GAPS = { noMatch: 'rimp_gapNoMatch', noFigure: 'rimp_gapNoFigure', twice: 'rimp_gapTwice' } as const;
const SHOWN = 50;

const creatorName = (creatorId: string) => `@${creatorId.slice(creatorId.indexOf(':') + 1)}`;
const count = (value: number | null) => (value === null ? '–' : formatNumber(value));
const money = (value: { amount: number; currency: string } | null) => (value === null ? '–' : formatMoney(value.amount, value.currency));

function ResultImportDialog({ db, campaign, onMessage, now, onClose }: Props & { onClose(): void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The Import button goes once pressed: the keyboard goes to the notice that took its place.
  const notice = useRef<HTMLParagraphElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState<ParsedCsv | null>(null);
  const [layout, setLayout] = useState<KnownLayout | null>(null);
  const [mapping, setMapping] = useState<ResultMapping>([]);
  const [currency, setCurrency] = useState(() => campaignCurrency(campaign).currency);
  const [known, setKnown] = useState<{ deals: DealRecord[]; deliverables: DeliverableRecord[] } | null>(null);
  // The ids of results stored before: importing a file again replaces them, and the preview says so.
  const [stored, setStored] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  // The campaign's deals and posts could not be read: nothing can be matched, whatever the file.
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    heading.current?.focus();
    Promise.all([listDeals(db, campaign.id), listDeliverables(db, campaign.id), listResults(db, campaign.id)]).then(
      ([deals, deliverables, results]) => {
        setKnown({ deals, deliverables });
        setStored(new Set(results.map((result) => result.id)));
      },
      (failure: unknown) => setLoadError(problem(failure)),
    );
  }, [db, campaign.id]);

  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  const gap = csv ? mappingGap(mapping) : null;
  const read = useMemo(() => (csv && gap === null ? readResultRows(csv, mapping) : null), [csv, mapping, gap]);
  const joined = useMemo(
    () =>
      read && known && read.errors.length === 0
        ? joinResults(read.rows, { campaignId: campaign.id, ...known }, { source: layout ?? 'mapped', fileName, currency, now: 0 })
        : null,
    [read, known, campaign.id, layout, fileName, currency],
  );

  async function choose(file: File | undefined) {
    setCsv(null);
    setError(null);
    setDone(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    const outcome = await readCsvFile(file);
    if (!outcome.ok) return setError(say(outcome.error));
    // A result file always starts with its header row, whatever its first row looks like.
    const parsed = outcome.csv.hasHeader ? outcome.csv : withHeader(outcome.csv, true);
    const recognised = recogniseLayout(parsed.columns);
    const mapped = recognised?.mapping ?? parsed.columns.map(() => null);
    // Amounts that name one currency ("1.050,00 €") set it; "$" alone leaves the campaign's.
    const named = readResultRows(parsed, mapped).currencies;
    if (named.length === 1) setCurrency(named[0]!);
    setCsv(parsed);
    setLayout(recognised?.source ?? null);
    setMapping(mapped);
  }

  async function run() {
    if (!joined || joined.matched.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const at = now();
      await putResults(db, joined.matched.map((result) => ({ ...result.record, at })));
      setStored((before) => new Set([...before, ...joined.matched.map((result) => result.record.id)]));
      const rows = joined.matched.reduce((total, result) => total + result.rows.length, 0);
      const words = t('rimp_done', { rows, file: fileName ?? '', unmatched: joined.unmatched.length });
      setDone(words);
      onMessage(words);
    } catch (failure) {
      setError(t('rimp_failed', { reason: problem(failure) }));
    } finally {
      setBusy(false);
    }
  }

  const cellErrors = read?.errors ?? [];
  const named = read?.currencies ?? [];
  const currencyProblem =
    named.length > 1 ? t('rimp_currencyMixed', { codes: named.join(', ') }) : named.length === 1 && named[0] !== currency ? t('rimp_currencyDiffers', { code: named[0]! }) : null;
  const replacing = joined ? joined.matched.filter((result) => stored.has(result.record.id)).length : 0;
  const blocked = busy || done !== null || currencyProblem !== null || !joined || joined.matched.length === 0;
  return (
    <ModalDialog className="import-dialog result-import" aria-labelledby={`${id}-title`} onCancel={onClose}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('rimp_title')}
      </h2>
      <p className="muted small">{t('rimp_intro')}</p>
      <p className="file-choice">
        <FileButton label={t('rimp_chooseFile')} name={t('rimp_fileLabel')} accept=".csv,.tsv,.txt,text/csv" fileName={fileName} onChoose={(file) => void choose(file)} />{' '}
        <span className="muted small">{fileName ?? t('rimp_noFile')}</span>
      </p>
      {csv ? (
        <>
          <p className="small" data-testid="result-layout">
            {layout ? t('rimp_layoutKnown', { layout: t(LAYOUT_NAMES[layout]) }) : t('rimp_layoutUnknown')}
          </p>
          <CurrencySelect id={`${id}-currency`} label={t('rimp_currency')} value={currency} onChange={setCurrency} />
          {currencyProblem ? (
            <p className="error" role="alert" data-testid="result-currency-problem">
              {currencyProblem}
            </p>
          ) : null}
          <div className="result-mapping">
            {csv.columns.map((column, i) => (
              <label key={i}>
                {t('rimp_columnAs', { column })}{' '}
                <select
                  value={mapping[i] ?? ''}
                  disabled={busy}
                  onChange={(event) => {
                    const field = RESULT_FIELDS.find((f) => f === event.target.value) ?? null;
                    setDone(null);
                    setMapping((current) => current.map((value, j) => (j === i ? field : value)));
                  }}
                >
                  <option value="">{t('rimp_leaveOut')}</option>
                  {RESULT_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {t(`rimp_field_${field}`)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {gap ? (
            <p className="error" role="alert">
              {t(GAPS[gap])}
            </p>
          ) : null}
          {cellErrors.length > 0 ? (
            <div className="error" role="alert">
              <p>{t('rimp_problems', { count: cellErrors.length })}</p>
              <ul>
                {cellErrors.slice(0, SHOWN).map((cell, i) => (
                  <li key={i}>{t('rimp_rowError', { row: cell.row, column: cell.column ?? '', message: say(cell.message) })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {joined ? (
            <>
              <h3>{t('rimp_matchedHeading', { count: joined.matched.length })}</h3>
              {replacing > 0 ? <p className="muted small">{t('rimp_replaces', { count: replacing })}</p> : null}
              {joined.matched.length > 0 ? (
                <div className="table-scroll">
                  <table className="import-preview" data-testid="result-preview">
                    <thead>
                      <tr>
                        {(['rimp_colMatch', 'rimp_colCreator', 'rimp_colRows', 'rimp_colClicks', 'rimp_colOrders', 'rimp_colRevenue', 'rimp_colRefunds'] as const).map((key) => (
                          <th key={key} scope="col">
                            {t(key)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {joined.matched.slice(0, SHOWN).map(({ record, rows }) => (
                        <tr key={record.id}>
                          <td>{record.matchedBy}</td>
                          <td>{creatorName(record.creatorId)}</td>
                          <td>{rows.join(', ')}</td>
                          <td>{count(record.clicks)}</td>
                          <td>{count(record.orders)}</td>
                          <td>{money(record.revenue)}</td>
                          <td>{money(record.refunds)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              {joined.unmatched.length > 0 ? (
                <div className="result-unmatched" data-testid="result-unmatched">
                  <h3>{t('rimp_unmatchedHeading', { count: joined.unmatched.length })}</h3>
                  <ul>
                    {joined.unmatched.map((row) => (
                      <li key={row.row}>{t('rimp_unmatchedRow', { row: row.row, why: say(row.why) })}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
      {error ?? loadError ? (
        <p className="error" role="alert">
          {error ?? loadError}
        </p>
      ) : null}
      {done ? (
        <p role="status" tabIndex={-1} ref={notice} data-testid="result-import-done">
          {done}
        </p>
      ) : null}
      <div className="dialog-buttons">
        {csv && done === null ? (
          <button
            type="button"
            className="primary"
            aria-disabled={blocked}
            onClick={() => {
              if (!blocked) void run();
            }}
          >
            {busy ? t('rimp_importing') : t('rimp_import', { count: joined?.matched.length ?? 0 })}
          </button>
        ) : null}{' '}
        <button type="button" onClick={onClose}>
          {t('rimp_close')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** The header button; closing the dialog gives it the focus back. */
export function ResultImport(props: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} className="result-import-button" title={t('rimp_hint')} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('rimp_button')}
      </button>
      {open ? (
        <ResultImportDialog
          {...props}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
