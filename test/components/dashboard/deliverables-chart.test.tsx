// The chart of a campaign's delivered posts draws at most one line per colour: the posts with the
// most views at their newest reading, saying how many of how many; its text alternative lists those.
import { describe, expect, it } from 'vitest';
import { DeliverablesChart, MAX_CHART_LINES, type ChartLine } from '../../../components/dashboard/DeliverablesChart';
import { useReactRoot } from '../../helpers/render';

const mounted = useReactRoot();
const DAY = 86_400_000;
const AT = Date.UTC(2026, 2, 1, 12);

/** Post n read twice, its views ending at `last`. */
const line = (n: number, last: number | null): ChartLine => ({
  id: `d${n}`,
  label: `@creator${n} · 730${n}`,
  points: [
    { deliverableId: `d${n}`, at: AT, views: 100, likes: null, comments: null, shares: null, saves: null, disclosure: null, available: true },
    { deliverableId: `d${n}`, at: AT + DAY, views: last, likes: null, comments: null, shares: null, saves: null, disclosure: null, available: true },
  ],
});
const legend = () => [...mounted.container.querySelectorAll('figcaption .legend')].map((entry) => entry.textContent?.trim());

describe('the chart of delivered posts', () => {
  it('draws every post when they fit its colours', async () => {
    await mounted.render(<DeliverablesChart lines={[line(1, 500), line(2, 900)]} />);
    expect(legend()).toEqual(['@creator1 · 7301', '@creator2 · 7302']);
    expect(mounted.container.querySelector('figcaption')?.textContent).not.toMatch(/most views/);
  });

  it('draws the posts with the most views when there are more than its colours, and says so', async () => {
    const lines = Array.from({ length: MAX_CHART_LINES + 3 }, (_, n) => line(n, (n + 1) * 1000));
    await mounted.render(<DeliverablesChart lines={lines} />);
    expect(legend()).toHaveLength(MAX_CHART_LINES);
    expect(legend()[0]).toBe(`@creator${MAX_CHART_LINES + 2} · 730${MAX_CHART_LINES + 2}`);
    expect(legend()).not.toContain('@creator0 · 7300');
    expect(mounted.container.querySelector('figcaption')?.textContent).toContain(`(the ${MAX_CHART_LINES} posts with the most views, of ${MAX_CHART_LINES + 3}; the table lists every post)`);
    expect(mounted.container.querySelectorAll('.visually-hidden li')).toHaveLength(MAX_CHART_LINES * 2);
  });
});
