// A campaign's results: the content layer per creator and for the whole campaign (views, engagements,
// engagement rate, cost, CPM, CPE), what the other layers still need, and the KPI targets met, missed
// or not known yet. Each figure carries its formula, as a tooltip and for screen readers.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { readCampaignPosts } from '../../lib/campaign/campaign-posts';
import { campaignResults } from '../../lib/campaign/campaign-results';
import type { KpiVerdict } from '../../lib/campaign/kpi-check';
import type { Layers } from '../../lib/campaign/layers';
import { needsOf, needText, type Figure, type Need } from '../../lib/campaign/roi-figure';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import type { CreatorLensDatabase } from '../../lib/db';
import { formatDecimal, formatNumber, formatPercent } from '../../lib/i18n/format';
import { localeTag, problem, say, t } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { FirstRows } from './FirstRows';

interface Props {
  db: CreatorLensDatabase;
  campaign: CampaignRecord;
}

type Kind = 'count' | 'money' | 'percent';

// Listed in the language's own way ("a, b and c"; "甲、乙和丙"), not with English semicolons.
const saidNeeds = (needs: readonly Need[]) => new Intl.ListFormat(localeTag(), { type: 'conjunction' }).format(needs.map((need) => say(needText(need))));

function shownValue(value: number, kind: Kind, currency: string): string {
  if (kind === 'money') return formatMoney(value, currency);
  return kind === 'percent' ? formatPercent(value) : formatNumber(value);
}

/** The figure, or what it needs; its formula and notes as the tooltip and for screen readers. */
function Shown({ figure, kind, currency }: { figure: Figure; kind: Kind; currency: string }) {
  const explained = [say(figure.formula), ...figure.notes.map((note) => say(note))].join(' · ');
  const words = 'value' in figure ? shownValue(figure.value, kind, currency) : saidNeeds(figure.needs);
  return (
    <span title={explained} className={'value' in figure ? undefined : 'muted'}>
      {words}
      <span className="visually-hidden"> ({explained})</span>
    </span>
  );
}

const COLUMNS = [
  ['roi_colViews', (layers: Layers) => layers.content.views, 'count'],
  ['roi_colEngagements', (layers: Layers) => layers.content.engagements, 'count'],
  ['roi_colEngagementRate', (layers: Layers) => layers.content.engagementRate, 'percent'],
  ['roi_colCost', (layers: Layers) => layers.finance.cost, 'money'],
  ['roi_colCpm', (layers: Layers) => layers.content.cpm, 'money'],
  ['roi_colCpe', (layers: Layers) => layers.content.cpe, 'money'],
] as const;

function Cells({ layers, currency }: { layers: Layers; currency: string }) {
  return COLUMNS.map(([key, pick, kind]) => (
    <td key={key}>
      <Shown figure={pick(layers)} kind={kind} currency={currency} />
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

export function CampaignResults({ db, campaign }: Props) {
  const ids = useId();
  const work = useLiveQuery(async () => {
    try {
      const { deals, names, deliverables, readings } = await readCampaignPosts(db, campaign.id);
      return { results: campaignResults(campaign, deals, deliverables, readings), names, error: null };
    } catch (failure) {
      return { results: null, names: new Map<string, string>(), error: problem(failure) };
    }
  }, [db, campaign]);
  if (work === undefined) return null;
  const { results, names } = work;
  return (
    <section className="campaign-part campaign-results" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('roi_title')}</h3>
      {work.error !== null ? <p className="error" role="alert">{t('roi_notRead', { reason: work.error })}</p> : null}
      {results !== null && results.creators.length === 0 ? <p className="empty">{t('roi_noCreators')}</p> : null}
      {results !== null && results.creators.length > 0 ? (
        <>
          <p className="muted small">{t('roi_intro', { currency: results.currency, source: t(`roi_source_${results.source}`) })}</p>
          <FirstRows rows={results.creators}>
            {(shown) => (
              <div className="table-scroll campaigns-scroll">
                <table className="campaigns-table results-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('roi_colCreator')}</th>
                      {COLUMNS.map(([key]) => (
                        <th key={key} scope="col">{t(key)}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((row) => (
                      <tr key={row.creatorId}>
                        <th scope="row">{names.get(row.creatorId) ?? row.creatorId}</th>
                        <Cells layers={row.layers} currency={results.currency} />
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('roi_campaignRow')}</th>
                      <Cells layers={results.campaign} currency={results.currency} />
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </FirstRows>
          <h4>{t('roi_laterTitle')}</h4>
          <p className="small" data-testid="later-layers">
            {t('roi_laterLayers', { needs: saidNeeds(needsOf(results.campaign.intent.clicks, results.campaign.conversion.orders, results.campaign.finance.revenue)) })}
          </p>
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
        </>
      ) : null}
    </section>
  );
}
