// A campaign's results from what the database holds today: each creator's deal (fee, samples' cost,
// commission) and their delivered posts' newest figures, through the four layers, per creator and for
// the whole campaign, and the campaign's KPI targets against them. Clicks, orders and revenue are not
// held yet, so those layers say what they need.
import type { CampaignRecord } from '../db/campaign-record';
import type { DealRecord } from '../db/deal-record';
import type { DeliverablePoint, DeliverableRecord } from '../db/deliverable-record';
import { campaignCurrency, dealCosts, type CurrencySource } from './costs';
import { checkTargets, type KpiVerdict } from './kpi-check';
import { layers, type Layers, type PostFigures } from './layers';
import { sum } from './roi-figure';

export interface CreatorResults {
  creatorId: string;
  layers: Layers;
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

export function campaignResults(
  campaign: CampaignRecord,
  deals: readonly DealRecord[],
  deliverables: readonly DeliverableRecord[],
  readings: ReadonlyMap<string, readonly DeliverablePoint[]>,
): CampaignResults {
  const { currency, source } = campaignCurrency(campaign);
  const rates = campaign.costRates ?? {};
  const grossMarginPercent = campaign.grossMarginPercent ?? null;
  const postsOf = (creatorId: string) => deliverables.filter((deliverable) => deliverable.creatorId === creatorId).map((deliverable) => newestUp(readings.get(deliverable.id) ?? []));
  const units = deals.map((deal) => {
    // No shipping, other costs or attributed revenue are stored yet: a commission needs the revenue.
    const cost = dealCosts({ fee: deal.fee, samples: deal.samples, shipping: [], commissionPercent: deal.commissionPercent, attributedRevenue: null, other: [] }, currency, rates).total;
    return { creatorId: deal.creatorId, posts: postsOf(deal.creatorId), cost };
  });
  const creators = units.map(({ creatorId, posts, cost }) => ({ creatorId, layers: layers({ posts, results: [], cost, currency, rates, grossMarginPercent }) }));
  const whole = layers({
    posts: units.flatMap((unit) => unit.posts),
    results: [],
    cost: units.length === 0 ? { needs: ['cost'] } : sum(units.map((unit) => unit.cost)),
    currency,
    rates,
    grossMarginPercent,
  });
  return { currency, source, creators, campaign: whole, targets: checkTargets(campaign.kpiTargets, whole) };
}
