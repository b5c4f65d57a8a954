// A campaign's results: the four layers per creator and for the whole campaign, a table each (content:
// views, engagements, cost, CPM, CPE; intent: clicks, CTR, CPC; conversion: orders, conversion rate,
// new customers, CPA; finance: cost, revenue, refunds, ROAS, profit ROI), from the posts' figures and
// the results typed or imported; each creator's "Enter results"; and the KPI targets met, missed or not
// known yet. Each figure carries its formula and where its results came from, as a tooltip and for
// screen readers.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { readCampaignPosts } from '../../lib/campaign/campaign-posts';
import { campaignResults } from '../../lib/campaign/campaign-results';
import type { KpiVerdict } from '../../lib/campaign/kpi-check';
import type { Layers } from '../../lib/campaign/layers';
import { needText, type Figure, type Need } from '../../lib/campaign/roi-figure';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import type { CreatorLensDatabase } from '../../lib/db';
import { listResults, putResults } from '../../lib/db/results';
import { formatDecimal, formatNumber, formatPercent } from '../../lib/i18n/format';
import { localeTag, problem, say, t, type MessageKey } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { useFocusLater } from '../shared/useFocusLater';
import { FirstRows } from './FirstRows';
import { ResultsDialog } from './ResultsDialog';
import './CampaignResults.css';

interface Props {
  db: CreatorLensDatabase;
  campaign: CampaignRecord;
  /** The clock typed results are dated by. */
  now?: () => number;
}

type Kind = 'count' | 'money' | 'percent' | 'ratio';

// Listed in the language's own way ("a, b and c"; "甲、乙和丙"), not with English semicolons.
const saidNeeds = (needs: readonly Need[]) => new Intl.ListFormat(localeTag(), { type: 'conjunction' }).format(needs.map((need) => say(needText(need))));

function shownValue(value: number, kind: Kind, currency: string): string {
  if (kind === 'money') return formatMoney(value, currency);
  if (kind === 'ratio') return formatDecimal(value);
  return kind === 'percent' ? formatPercent(value) : formatNumber(value);
}

/** The figure, or what it needs; its formula, notes and the results' sources as the tooltip and for screen readers. */
function Shown({ figure, kind, currency, from }: { figure: Figure; kind: Kind; currency: string; from: string | null }) {
  const explained = [say(figure.formula), ...figure.notes.map((note) => say(note)), ...(from === null ? [] : [from])].join(' · ');
  const words = 'value' in figure ? shownValue(figure.value, kind, currency) : saidNeeds(figure.needs);
  return (
    <span title={explained} className={'value' in figure ? undefined : 'muted'}>
      {words}
      <span className="visually-hidden"> ({explained})</span>
    </span>
  );
}

type Pick = (layers: Layers) => Figure;

/** The four layers, each a table of its own so that every one reads at 1280 px: its columns, their figures and units. */
const LAYERS: ReadonlyArray<{ layer: 'content' | 'intent' | 'conversion' | 'finance'; title: MessageKey; columns: ReadonlyArray<readonly [MessageKey, Pick, Kind]> }> = [
  {
    layer: 'content',
    title: 'res_layerContent',
    columns: [
      ['roi_colViews', (layers) => layers.content.views, 'count'],
      ['roi_colEngagements', (layers) => layers.content.engagements, 'count'],
      ['roi_colEngagementRate', (layers) => layers.content.engagementRate, 'percent'],
      ['roi_colCost', (layers) => layers.finance.cost, 'money'],
      ['roi_colCpm', (layers) => layers.content.cpm, 'money'],
      ['roi_colCpe', (layers) => layers.content.cpe, 'money'],
    ],
  },
  {
    layer: 'intent',
    title: 'res_layerIntent',
    columns: [
      ['res_colClicks', (layers) => layers.intent.clicks, 'count'],
      ['res_colCtr', (layers) => layers.intent.ctr, 'percent'],
      ['res_colCpc', (layers) => layers.intent.cpc, 'money'],
    ],
  },
  {
    layer: 'conversion',
    title: 'res_layerConversion',
    columns: [
      ['res_colOrders', (layers) => layers.conversion.orders, 'count'],
      ['res_colConversionRate', (layers) => layers.conversion.conversionRate, 'percent'],
      ['res_colNewCustomers', (layers) => layers.conversion.newCustomers, 'count'],
      ['res_colCpa', (layers) => layers.conversion.cpa, 'money'],
    ],
  },
  {
    layer: 'finance',
    title: 'res_layerFinance',
    columns: [
      ['roi_colCost', (layers) => layers.finance.cost, 'money'],
      ['res_colRevenue', (layers) => layers.finance.revenue, 'money'],
      ['res_colRefunds', (layers) => layers.finance.refunds, 'money'],
      ['res_colNetRevenue', (layers) => layers.finance.netRevenue, 'money'],
      ['res_colRoas', (layers) => layers.finance.roas, 'ratio'],
      ['res_colProfitRoi', (layers) => layers.finance.profitRoi, 'percent'],
      ['res_colGmvPerThousand', (layers) => layers.finance.gmvPerThousandViews, 'money'],
    ],
  },
];

/** The sources of results as the tooltip names them: typed by hand, or the file's name. */
const saidSources = (sources: readonly string[]) =>
  t('res_from', { sources: sources.length === 0 ? t('res_noneYet') : sources.map((source) => (source === 'manual' ? t('res_fromManual') : source)).join(', ') });

function Cells({ columns, layers, currency, from }: { columns: (typeof LAYERS)[number]['columns']; layers: Layers; currency: string; from: string | null }) {
  return columns.map(([key, pick, kind]) => (
    <td key={key}>
      <Shown figure={pick(layers)} kind={kind} currency={currency} from={from} />
    </td>
  ));
}

/** A target's figure in its unit: costs in the campaign's currency, ROAS as a ratio, views as a count. */
function kpiValue(verdict: KpiVerdict, value: number, currency: string): string {
  if (verdict.kpi === 'roas') return formatDecimal(value);
  return verdict.kpi === 'totalViews' ? formatNumber(value) : formatMoney(value, currency);
}

function verdictLine(verdict: KpiVerdict, currency: string): string {
  const kpi = t(`campaigns_kpi_${verdict.kpi}`);
  const target = kpiValue(verdict, verdict.target, currency);
  if (verdict.kind === 'unknown') return t('roi_unknown', { kpi, needs: saidNeeds(verdict.needs) });
  const by = `${kpiValue(verdict, verdict.by, currency)}, ${formatPercent(verdict.share)}`;
  return t(verdict.kind === 'met' ? 'roi_met' : 'roi_missed', { kpi, actual: kpiValue(verdict, verdict.actual, currency), target, by });
}

export function CampaignResults({ db, campaign, now = Date.now }: Props) {
  const ids = useId();
  const [entering, setEntering] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const focusLater = useFocusLater();
  // The keyboard goes back to the creator's Enter results when the dialog closes.
  const close = (creatorId: string) => {
    setEntering(null);
    focusLater(() => document.querySelector<HTMLElement>(`.campaign-results button[data-creator="${CSS.escape(creatorId)}"]`));
  };
  const work = useLiveQuery(async () => {
    try {
      const { deals, names, deliverables, readings } = await readCampaignPosts(db, campaign.id);
      const stored = await listResults(db, campaign.id);
      return { results: campaignResults(campaign, deals, deliverables, readings, stored), names, deliverables, stored, error: null };
    } catch (failure) {
      return { results: null, names: new Map<string, string>(), deliverables: [], stored: [], error: problem(failure) };
    }
  }, [db, campaign]);
  if (work === undefined) return null;
  const { results, names } = work;
  const nameOf = (creatorId: string) => names.get(creatorId) ?? creatorId;
  const allSources = results === null ? [] : [...new Set(results.creators.flatMap((row) => row.sources))];
  return (
    <section className="campaign-part campaign-results" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('roi_title')}</h3>
      {work.error !== null ? <p className="error" role="alert">{t('roi_notRead', { reason: work.error })}</p> : null}
      {results !== null && results.creators.length === 0 ? <p className="empty">{t('roi_noCreators')}</p> : null}
      <p className="small" role="status">{message}</p>
      {results !== null && results.creators.length > 0 ? (
        <>
          <p className="muted small">{t('roi_intro', { currency: results.currency, source: t(`roi_source_${results.source}`) })}</p>
          {LAYERS.map(({ layer, title, columns }) => (
            <FirstRows key={layer} rows={results.creators}>
              {(shown) => (
                <div className="table-scroll campaigns-scroll">
                  <table className={`campaigns-table results-table results-${layer}`}>
                    <caption>{t(title)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('roi_colCreator')}</th>
                        {columns.map(([key]) => (
                          <th key={key} scope="col">{t(key)}</th>
                        ))}
                        {layer === 'content' ? <th scope="col">{t('res_colResults')}</th> : null}
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((row) => (
                        <tr key={row.creatorId}>
                          <th scope="row">{nameOf(row.creatorId)}</th>
                          <Cells columns={columns} layers={row.layers} currency={results.currency} from={layer === 'content' ? null : saidSources(row.sources)} />
                          {layer === 'content' ? (
                            <td className="result-entry">
                              <span className="small muted">{saidSources(row.sources)}</span>{' '}
                              <button type="button" data-creator={row.creatorId} aria-label={t('res_enterFor', { name: nameOf(row.creatorId) })} onClick={() => setEntering(row.creatorId)}>
                                {t('res_enter')}
                              </button>
                            </td>
                          ) : null}
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">{t('roi_campaignRow')}</th>
                        <Cells columns={columns} layers={results.campaign} currency={results.currency} from={layer === 'content' ? null : saidSources(allSources)} />
                        {layer === 'content' ? <td /> : null}
                      </tr>
                    </tfoot>
                  </table>
                </div>
              )}
            </FirstRows>
          ))}
          <h4>{t('roi_targetsTitle')}</h4>
          {results.targets.length === 0 ? (
            <p className="small muted">{t('roi_noTargets')}</p>
          ) : (
            <ul className="kpi-verdicts small">
              {results.targets.map((verdict) => (
                <li key={verdict.kpi} className={verdict.kind === 'missed' ? 'error' : verdict.kind === 'unknown' ? 'muted' : undefined}>
                  {verdictLine(verdict, results.currency)}
                </li>
              ))}
            </ul>
          )}
          {entering !== null ? (
            <ResultsDialog
              campaign={campaign}
              creatorId={entering}
              name={nameOf(entering)}
              posts={work.deliverables.filter((deliverable) => deliverable.creatorId === entering)}
              stored={work.stored}
              currency={results.currency}
              now={now}
              onSave={async (result) => {
                await putResults(db, [result]);
                close(entering);
                setMessage(t('res_saved', { name: nameOf(entering) }));
              }}
              onClose={() => close(entering)}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
