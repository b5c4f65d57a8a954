// The campaign's KPI targets against its results: a cost target is met at or below it, ROAS and
// views at or above; missed says by how much; a figure that needs an input leaves the target unknown.
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../../lib/campaign/kpi-check';
import { layers, type LayerInputs } from '../../../lib/campaign/layers';
import { NO_KPI_TARGETS } from '../../../lib/db/campaign-record';

const usd = (amount: number) => ({ amount, currency: 'USD' });
// 10,000 views, 125 engagements, 20 orders, net revenue 1,800 for a cost of 500: CPM 50, CPE 4, CPA 25, ROAS 3.6.
const inputs: LayerInputs = {
  posts: [{ views: 10_000, likes: 100, comments: 20, shares: 5, saves: null }],
  results: [{ clicks: 400, orders: 20, newCustomers: null, revenue: usd(2000), refunds: usd(200) }],
  cost: { value: 500 },
  currency: 'USD',
  rates: {},
  grossMarginPercent: null,
};

describe('checkTargets', () => {
  it.each([
    ['CPM below its target is met', 'cpm', 60, { kind: 'met', actual: 50, by: 10 }],
    ['CPM above its target is missed', 'cpm', 40, { kind: 'missed', actual: 50, by: 10 }],
    ['CPM at its target is met', 'cpm', 50, { kind: 'met', actual: 50, by: 0 }],
    ['CPE above its target is missed', 'cpe', 2, { kind: 'missed', actual: 4, by: 2 }],
    ['CPA below its target is met', 'cpa', 30, { kind: 'met', actual: 25, by: 5 }],
    ['ROAS above its target is met', 'roas', 3, { kind: 'met', actual: 3.6, by: 0.6 }],
    ['ROAS below its target is missed', 'roas', 4, { kind: 'missed', actual: 3.6, by: 0.4 }],
    ['views above the target are met', 'totalViews', 8_000, { kind: 'met', actual: 10_000, by: 2_000 }],
    ['views below the target are missed', 'totalViews', 20_000, { kind: 'missed', actual: 10_000, by: 10_000 }],
  ] as const)('%s', (_case, kpi, target, expected) => {
    const [verdict] = checkTargets({ ...NO_KPI_TARGETS, [kpi]: target }, layers(inputs));
    expect(verdict).toMatchObject({ kpi, target, kind: expected.kind, actual: expect.closeTo(expected.actual, 10), by: expect.closeTo(expected.by, 10) });
  });

  it('says by how much as a share of the target', () => {
    const [verdict] = checkTargets({ ...NO_KPI_TARGETS, totalViews: 20_000 }, layers(inputs));
    expect(verdict).toMatchObject({ share: 0.5 });
  });

  it('leaves a target unknown with what its figure needs', () => {
    const verdicts = checkTargets({ ...NO_KPI_TARGETS, cpa: 30, roas: 2, cpm: 60 }, layers({ ...inputs, results: [], cost: { needs: ['rate:EUR'] } }));
    expect(verdicts).toEqual([
      { kpi: 'cpm', target: 60, kind: 'unknown', needs: ['rate:EUR'] },
      { kpi: 'cpa', target: 30, kind: 'unknown', needs: ['rate:EUR', 'orders'] },
      { kpi: 'roas', target: 2, kind: 'unknown', needs: ['revenue', 'rate:EUR'] },
    ]);
  });

  it('checks only the targets the campaign set', () => {
    expect(checkTargets(NO_KPI_TARGETS, layers(inputs))).toEqual([]);
  });
});
