// What the history section says before there is a line to draw.
import { describe, expect, it } from 'vitest';
import { HistoryChart } from '../../../components/dashboard/HistoryChart';
import { historyPoints } from '../../../lib/shortlist/history';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

const mounted = useReactRoot();
const sameDay = [makeSnapshot(), makeSnapshot({ capturedAt: CAPTURED_AT + 60_000 }), makeSnapshot({ capturedAt: CAPTURED_AT + 120_000 })];
const said = () => mounted.container.querySelector('[data-testid="history-single"]')?.textContent;

describe('HistoryChart with one day of snapshots', () => {
  it('says the snapshots are from one day rather than that there is only one', async () => {
    await mounted.render(<HistoryChart points={historyPoints(sameDay)} snapshotCount={sameDay.length} />);
    expect(said()).toBe('All 3 snapshots so far are from one day, and the chart draws one point per day (the newest of each): come back on another day to see how the figures move.');
  });

  it('says there is one snapshot when there is one', async () => {
    await mounted.render(<HistoryChart points={historyPoints(sameDay.slice(0, 1))} snapshotCount={1} />);
    expect(said()).toBe('One snapshot so far: save this creator again later to see how the figures move.');
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says it in Chinese', async () => {
      await mounted.render(<HistoryChart points={historyPoints(sameDay)} snapshotCount={sameDay.length} />);
      expect(said()).toBe('目前的 3 个快照都来自同一天，而图表每天只画一个点（当天最新的快照）：换一天再来，即可看到数据的变化。');
    });
  });
});
