// The campaign's results against its KPI targets: met or missed and by how much, or unknown with what
// the figure still needs. For a cost (CPM, CPE, CPA) lower is better; for ROAS and views higher is.
import type { CampaignRecord } from '../db/campaign-record';
import type { Layers } from './layers';
import { known, type Need } from './roi-figure';

export type KpiName = keyof CampaignRecord['kpiTargets'];

export type KpiVerdict =
  /** `by` is how far past the target the figure is, always positive, in the target's unit; `share` is `by` / target. */
  | { kpi: KpiName; target: number; kind: 'met' | 'missed'; actual: number; by: number; share: number }
  | { kpi: KpiName; target: number; kind: 'unknown'; needs: Need[] };

const LOWER_IS_BETTER: Record<KpiName, boolean> = { cpm: true, cpe: true, cpa: true, roas: false, totalViews: false };

/** The figure each target is measured by; targets' costs are in the campaign's currency, as the results are. */
const figureFor = (kpi: KpiName, campaign: Layers) =>
  ({ cpm: campaign.content.cpm, cpe: campaign.content.cpe, cpa: campaign.conversion.cpa, roas: campaign.finance.roas, totalViews: campaign.content.views })[kpi];

/** A verdict for every target the campaign set, in the order of the dialog. */
export function checkTargets(targets: CampaignRecord['kpiTargets'], campaign: Layers): KpiVerdict[] {
  return (Object.keys(LOWER_IS_BETTER) as KpiName[]).flatMap((kpi): KpiVerdict[] => {
    const target = targets[kpi];
    if (target === null) return [];
    const figure = figureFor(kpi, campaign);
    if (!known(figure)) return [{ kpi, target, kind: 'unknown', needs: figure.needs }];
    const actual = figure.value;
    const met = LOWER_IS_BETTER[kpi] ? actual <= target : actual >= target;
    const by = Math.abs(actual - target);
    return [{ kpi, target, kind: met ? 'met' : 'missed', actual, by, share: by / target }];
  });
}
