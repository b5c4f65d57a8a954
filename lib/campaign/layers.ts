// The four layers of a collaboration's value (content, intent, conversion, finance), for one delivered
// post, one creator (their posts and results together) or the whole campaign: the caller gathers the
// posts, results and cost of the unit. Every figure carries its formula; a figure whose input is
// missing, or whose denominator is zero, says what it needs.
import type { DeliverablePoint } from '../db/deliverable-record';
import type { Price } from '../db/records';
import { text, type Text } from '../i18n/text';
import { convert, type Rates } from './costs';
import { given, known, needsOf, ratio, scaled, sum, type Amount, type Figure, type Need } from './roi-figure';

/** A delivered post's newest figures as read from its page. */
export type PostFigures = Pick<DeliverablePoint, 'views' | 'likes' | 'comments' | 'shares' | 'saves'>;

/** What the seller's own data says of a post or a creator; null where it does not say. */
export interface Results {
  clicks: number | null;
  orders: number | null;
  newCustomers: number | null;
  revenue: Price | null;
  refunds: Price | null;
}

export interface LayerInputs {
  /** Each delivered post's newest figures; null for a post not read yet. */
  posts: readonly (PostFigures | null)[];
  /** Every set of results that belongs to the unit (per post and per creator), summed. */
  results: readonly Results[];
  /** The unit's cost in the campaign's currency (./costs). */
  cost: Amount;
  currency: string;
  rates: Rates;
  /** The gross margin the user entered, in percent: revenue is not profit. */
  grossMarginPercent: number | null;
}

export interface Layers {
  content: { views: Figure; engagements: Figure; engagementRate: Figure; cpm: Figure; cpe: Figure };
  intent: { clicks: Figure; ctr: Figure; cpc: Figure };
  conversion: { orders: Figure; conversionRate: Figure; newCustomers: Figure; cpa: Figure };
  finance: { cost: Figure; revenue: Figure; refunds: Figure; netRevenue: Figure; roas: Figure; profitRoi: Figure; gmvPerThousandViews: Figure };
}

const ENGAGEMENT_KINDS = [
  ['likes', 'roi_noteNoLikes'],
  ['comments', 'roi_noteNoComments'],
  ['shares', 'roi_noteNoShares'],
  ['saves', 'roi_noteNoSaves'],
] as const;

const figure = (amount: Amount, formula: Text, notes: Text[] = []): Figure => ({ ...amount, formula, notes });

/** Views of every post: a post without views leaves the sum unknown, as a lower count would flatter CPM. */
function viewsOf(posts: LayerInputs['posts']): Amount {
  if (posts.length === 0) return { needs: ['posts'] };
  return sum(posts.map((post) => given(post?.views ?? null, 'views')));
}

/** Likes + comments + shares + saves where the page showed them; the kinds missing on any post are named. */
function engagementsOf(posts: LayerInputs['posts']): { amount: Amount; notes: Text[] } {
  if (posts.length === 0) return { amount: { needs: ['posts'] }, notes: [] };
  const missing = new Set<string>();
  const perPost = posts.map((post): Amount => {
    if (post === null) return { needs: ['engagements'] };
    const shown = ENGAGEMENT_KINDS.flatMap(([kind]) => (post[kind] === null ? (missing.add(kind), []) : [post[kind]]));
    return shown.length === 0 ? { needs: ['engagements'] } : { value: shown.reduce((total, count) => total + count, 0) };
  });
  const amount = sum(perPost);
  const notes = known(amount) ? ENGAGEMENT_KINDS.flatMap(([kind, key]) => (missing.has(kind) ? [text(key)] : [])) : [];
  return { amount, notes };
}

/** One field summed over every set of results; no results at all is the field's need. */
function summed(results: LayerInputs['results'], pick: (result: Results) => Amount, need: Need): Amount {
  return results.length === 0 ? { needs: [need] } : sum(results.map(pick));
}

const money = (price: Price | null, need: Need, currency: string, rates: Rates): Amount => (price === null ? { needs: [need] } : convert(price, currency, rates));

export function layers(inputs: LayerInputs): Layers {
  const { posts, results, cost, currency, rates, grossMarginPercent } = inputs;
  const views = viewsOf(posts);
  const engagements = engagementsOf(posts);
  const clicks = summed(results, (result) => given(result.clicks, 'clicks'), 'clicks');
  const orders = summed(results, (result) => given(result.orders, 'orders'), 'orders');
  const newCustomers = summed(results, (result) => given(result.newCustomers, 'newCustomers'), 'newCustomers');
  const revenue = summed(results, (result) => money(result.revenue, 'revenue', currency, rates), 'revenue');
  const refunds = summed(results, (result) => money(result.refunds, 'refunds', currency, rates), 'refunds');
  const netRevenue: Amount = known(revenue) && known(refunds) ? { value: revenue.value - refunds.value } : { needs: needsOf(revenue, refunds) };
  const negativeNet = known(netRevenue) && netRevenue.value < 0 ? [text('roi_noteNegativeNet')] : [];
  // Net when the refunds are known; otherwise gross, and the figure says so.
  const byNet = known(refunds);
  const basis = byNet ? netRevenue : revenue;
  const basisNotes = byNet ? negativeNet : [text('roi_noteGross')];
  const roas = ratio(basis, cost, 'cost>0');
  const margin: Amount = grossMarginPercent === null ? { needs: ['margin'] } : { value: grossMarginPercent / 100 };
  const profit: Amount = known(basis) && known(margin) && known(cost) ? { value: basis.value * margin.value - cost.value } : { needs: needsOf(basis, margin, cost) };
  return {
    content: {
      views: figure(views, text('roi_f_views')),
      engagements: figure(engagements.amount, text('roi_f_engagements'), engagements.notes),
      engagementRate: figure(ratio(engagements.amount, views, 'views>0'), text('roi_f_engagementRate'), engagements.notes),
      cpm: figure(scaled(ratio(cost, views, 'views>0'), 1000), text('roi_f_cpm')),
      cpe: figure(ratio(cost, engagements.amount, 'engagements>0'), text('roi_f_cpe'), engagements.notes),
    },
    intent: {
      clicks: figure(clicks, text('roi_f_clicks')),
      ctr: figure(ratio(clicks, views, 'views>0'), text('roi_f_ctr')),
      cpc: figure(ratio(cost, clicks, 'clicks>0'), text('roi_f_cpc')),
    },
    conversion: {
      orders: figure(orders, text('roi_f_orders')),
      conversionRate: figure(ratio(orders, clicks, 'clicks>0'), text('roi_f_conversionRate')),
      newCustomers: figure(newCustomers, text('roi_f_newCustomers')),
      cpa: figure(ratio(cost, orders, 'orders>0'), text('roi_f_cpa')),
    },
    finance: {
      cost: figure(cost, text('roi_f_cost')),
      revenue: figure(revenue, text('roi_f_revenue')),
      refunds: figure(refunds, text('roi_f_refunds')),
      netRevenue: figure(netRevenue, text('roi_f_netRevenue'), negativeNet),
      roas: figure(roas, text(byNet ? 'roi_f_roasNet' : 'roi_f_roasGross'), basisNotes),
      profitRoi: figure(ratio(profit, cost, 'cost>0'), text(byNet ? 'roi_f_profitRoiNet' : 'roi_f_profitRoiGross'), basisNotes),
      gmvPerThousandViews: figure(scaled(ratio(revenue, views, 'views>0'), 1000), text('roi_f_gmvPerThousand')),
    },
  };
}
