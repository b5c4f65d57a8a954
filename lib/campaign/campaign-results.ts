// A campaign's results: each creator's deal (fee, samples' cost, commission on the revenue they
// brought), their delivered posts' newest figures and the results stored for them (typed or imported,
// per post or for the creator as a whole), through the four layers, per creator and for the whole
// campaign, and the campaign's KPI targets against them. A creator's results are summed, never split
// over their posts.
import type { CampaignRecord } from '../db/campaign-record';
import type { DealRecord } from '../db/deal-record';
import type { DeliverablePoint, DeliverableRecord } from '../db/deliverable-record';
import type { ResultRecord } from '../db/result-record';
import { campaignCurrency, convert, dealCosts, type CurrencySource } from './costs';
import { checkTargets, type KpiVerdict } from './kpi-check';
import { layers, type Layers, type PostFigures, type Results } from './layers';
import { text } from '../i18n/text';
import { known, sum, type Amount, type Figure } from './roi-figure';

export interface CreatorResults {
  creatorId: string;
  layers: Layers;
  /** Where the creator's results came from: 'manual' for typed ones, else the file's name (or layout). */
  sources: string[];
}

export interface CampaignResults {
  currency: string;
  source: CurrencySource;
  creators: CreatorResults[];
  campaign: Layers;
  targets: KpiVerdict[];
}

/** The newest reading that found the post up: a post gone since keeps the figures it had. */
function newestUp(points: readonly DeliverablePoint[]): PostFigures | null {
  let newest: DeliverablePoint | null = null;
  for (const point of points) if (point.available && (newest === null || point.at >= newest.at)) newest = point;
  return newest;
}

/** The figures of a stored result the layers use. */
const figuresOf = ({ clicks, orders, newCustomers, revenue, refunds }: ResultRecord): Results => ({ clicks, orders, newCustomers, revenue, refunds });

const sourceOf = (result: ResultRecord): string => (result.source === 'manual' ? 'manual' : (result.fileName ?? result.source));

export function campaignResults(
  campaign: CampaignRecord,
  deals: readonly DealRecord[],
  deliverables: readonly DeliverableRecord[],
  readings: ReadonlyMap<string, readonly DeliverablePoint[]>,
  stored: readonly ResultRecord[] = [],
): CampaignResults {
  const { currency, source } = campaignCurrency(campaign);
  const rates = campaign.costRates ?? {};
  const grossMarginPercent = campaign.grossMarginPercent ?? null;
  const postsOf = (creatorId: string) => deliverables.filter((deliverable) => deliverable.creatorId === creatorId).map((deliverable) => newestUp(readings.get(deliverable.id) ?? []));
  const units = deals.map((deal) => {
    const own = stored.filter((result) => result.creatorId === deal.creatorId);
    const results = own.map(figuresOf);
    // The commission is paid on the revenue the creator's results give, once it is known in the campaign's currency.
    const revenue = results.length === 0 ? null : sum(results.map((result) => (result.revenue === null ? { needs: ['revenue' as const] } : convert(result.revenue, currency, rates))));
    const attributedRevenue = revenue !== null && known(revenue) ? { amount: revenue.value, currency } : null;
    // No shipping or other costs are stored yet.
    const total = dealCosts({ fee: deal.fee, samples: deal.samples, shipping: [], commissionPercent: deal.commissionPercent, attributedRevenue, other: [] }, currency, rates).total;
    // Revenue there but not countable yet (a rate missing): the commission needs what the revenue needs.
    const cost: Amount = revenue !== null && !known(revenue) && !known(total) ? { needs: [...new Set(total.needs.flatMap((need) => (need === 'revenue' ? revenue.needs : [need])))] } : total;
    return { creatorId: deal.creatorId, posts: postsOf(deal.creatorId), results, cost, sources: [...new Set(own.map(sourceOf))] };
  });
  const creators = units.map(({ creatorId, posts, results, cost, sources }) => ({ creatorId, sources, layers: layers({ posts, results, cost, currency, rates, grossMarginPercent }) }));
  const whole = layers({
    posts: units.flatMap((unit) => unit.posts),
    results: units.flatMap((unit) => unit.results),
    cost: units.length === 0 ? { needs: ['cost'] } : sum(units.map((unit) => unit.cost)),
    currency,
    rates,
    grossMarginPercent,
  });
  // Clicks or revenue of a creator with no post read would be divided by other creators' views: the
  // campaign's CTR and revenue per 1,000 views wait for their posts instead of reading too high.
  const unseen = units.filter((unit) => unit.results.length > 0 && unit.posts.length === 0).length;
  const perView = (shown: Figure): Figure => ({ needs: ['posts'], formula: shown.formula, notes: [text('roi_noteResultsWithoutPost', { count: unseen })] });
  const campaignWide: Layers =
    unseen === 0
      ? whole
      : { ...whole, intent: { ...whole.intent, ctr: perView(whole.intent.ctr) }, finance: { ...whole.finance, gmvPerThousandViews: perView(whole.finance.gmvPerThousandViews) } };
  return { currency, source, creators, campaign: campaignWide, targets: checkTargets(campaign.kpiTargets, campaignWide) };
}
