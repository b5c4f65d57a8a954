// The charts' accessible names and colours. happy-dom has no canvas: react-chartjs-2 is replaced by
// a canvas that keeps the props it was given (the drawing is checked in Chromium, test/e2e).
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryChart } from '../../components/dashboard/HistoryChart';
import { PostChart } from '../../components/score-card/PostChart';
import { FALLBACK_CHART_COLOURS, readChartColours } from '../../components/shared/useChartColours';
import type { PostMark } from '../../lib/scoring';
import { englishLeft, useLocale } from '../helpers/i18n';
import { useReactRoot } from '../helpers/render';

interface Drawn {
  data: { labels?: string[]; datasets: Array<{ backgroundColor?: unknown; borderColor?: unknown }> };
  options: {
    plugins?: { tooltip?: { callbacks: { label: (item: { parsed: { y: number }; dataIndex: number }) => string } } };
    scales: Record<'x' | 'y', { max?: number; ticks: { color: string; stepSize?: number; callback?: (value: number) => string }; grid: { color?: string } }>;
  };
}
const drawn: Drawn[] = [];
vi.mock('react-chartjs-2', () => {
  const chart = ({ data, options, height: _height, plugins: _plugins, ...canvas }: Drawn & { height?: number; plugins?: unknown } & Record<string, unknown>) => {
    drawn.push({ data, options } as Drawn);
    return <canvas role="img" {...canvas} />;
  };
  return { Bar: chart, Line: chart };
});

const mounted = useReactRoot();
const root = document.documentElement;

/** Until chart.js has loaded (a chunk of its own that PostChart waits for with React.lazy) and drawn. */
async function barsDrawn(): Promise<void> {
  await vi.waitFor(async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('canvas')).not.toBeNull();
  });
}

/** Until the figures' table is drawn. */
async function tableDrawn(): Promise<void> {
  await vi.waitFor(async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('table.visually-hidden')).not.toBeNull();
  });
}

async function renderPostChart(posts: PostMark[]): Promise<void> {
  await mounted.render(<PostChart posts={posts} />);
  await barsDrawn();
  await tableDrawn();
}

/** A colour-scheme query whose changes the test fires. */
function fakeSchemeQuery() {
  const listeners = new Set<() => void>();
  const query = {
    matches: false,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.spyOn(window, 'matchMedia').mockReturnValue(query as unknown as MediaQueryList);
  return {
    change(dark: boolean) {
      query.matches = dark;
      for (const listener of listeners) listener();
    },
    listening: () => listeners.size,
  };
}

const post = (views: number, marks: Partial<PostMark> = {}): PostMark =>
  ({ id: String(views), url: `https://www.tiktok.com/@a/video/${views}`, views, engagement: null, publishedAt: null, pinned: false, outlier: false, boughtViewsSuspect: false, ...marks }) as PostMark;

const POSTS = [post(1200, { pinned: true }), post(900), post(15_000, { outlier: true }), post(1100)];
/** Noon UTC: the same day in any time zone the tests run in. */
const DATED = [post(900, { publishedAt: Date.UTC(2025, 11, 3, 12) }), post(1100), post(1000, { publishedAt: Date.UTC(2025, 10, 28, 12) })];
/** A pinned hit of a year before, over recent posts of 9,000 to 15,000 views. */
const PINNED_HIT = [post(1_200_000, { pinned: true, publishedAt: Date.UTC(2024, 5, 1, 12) }), post(9000), post(15_000), post(12_000)];
const tableRows = () => [...mounted.container.querySelectorAll('table.visually-hidden tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

beforeEach(() => {
  drawn.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const name of ['--chart-normal', '--chart-pinned', '--chart-outlier', '--chart-text', '--chart-grid', '--chart-followers']) root.style.removeProperty(name);
});

describe('the chart colours', () => {
  it('are the --chart-* variables of the page, the light theme where none is set', () => {
    expect(readChartColours()).toEqual(FALLBACK_CHART_COLOURS);
    root.style.setProperty('--chart-normal', '#8c9bff');
    root.style.setProperty('--chart-grid', '#343944');
    expect(readChartColours()).toMatchObject({ normal: '#8c9bff', grid: '#343944', pinned: FALLBACK_CHART_COLOURS.pinned });
  });
});

describe('PostChart', () => {
  it('gives the figures as a table, and names the canvas once chart.js has drawn it in the place kept for it', async () => {
    fakeSchemeQuery();
    await mounted.render(<PostChart posts={POSTS} />);
    await tableDrawn();
    expect(tableRows()).toEqual([
      ['1', 'date unknown', '1,200', 'pinned (left out of medians)'],
      ['2', 'date unknown', '900', 'recent post'],
      ['3', 'date unknown', '15,000', 'outlier: carries the average'],
      ['4', 'date unknown', '1,100', 'recent post'],
    ]);
    expect(mounted.container.querySelector('figure > .post-bars, figure > canvas')).not.toBeNull();

    await barsDrawn();
    expect(mounted.container.querySelector('.post-bars')).toBeNull();
    expect(mounted.container.querySelector('canvas')!.getAttribute('aria-label')).toBe(
      "Bar chart of the views of 4 posts, in page order; pinned posts and outliers are marked. The table after it gives each post's figure.",
    );
  });

  it('draws bars, axes and grid in the theme colours, and again in the new ones when the scheme changes', async () => {
    const scheme = fakeSchemeQuery();
    root.style.setProperty('--chart-normal', '#3345c4');
    root.style.setProperty('--chart-pinned', '#7a828f');
    root.style.setProperty('--chart-outlier', '#a86400');
    root.style.setProperty('--chart-text', '#545b66');
    await renderPostChart(POSTS);
    expect(drawn.at(-1)!.data.datasets[0]!.backgroundColor).toEqual(['#7a828f', '#3345c4', '#a86400', '#3345c4']);
    expect(drawn.at(-1)!.options.scales.y.ticks.color).toBe('#545b66');
    // The legend's swatches use the same variables.
    expect(mounted.container.querySelector<HTMLElement>('[data-mark="outlier"] .swatch')!.style.background).toBe('var(--chart-outlier)');

    // The dark theme's values, as theme.css sets them under prefers-color-scheme: dark.
    root.style.setProperty('--chart-normal', '#8c9bff');
    root.style.setProperty('--chart-pinned', '#8a93a5');
    root.style.setProperty('--chart-outlier', '#f2c46d');
    root.style.setProperty('--chart-text', '#a7aebb');
    await act(async () => scheme.change(true));
    expect(drawn.at(-1)!.data.datasets[0]!.backgroundColor).toEqual(['#8a93a5', '#8c9bff', '#f2c46d', '#8c9bff']);
    expect(drawn.at(-1)!.options.scales.x.ticks.color).toBe('#a7aebb');
  });

  it('reads the views axis in short figures: 1.2M, not 1,200,000', async () => {
    await renderPostChart([post(1_200_000), post(15_000)]);
    const tick = drawn.at(-1)!.options.scales.y.ticks.callback!;
    expect([0, 15_000, 1_200_000].map((value) => tick(value))).toEqual(['0', '15K', '1.2M']);
  });

  it("dates each bar, and numbers the bar of a post whose date is unknown; the table gives the dates too", async () => {
    await renderPostChart(DATED);
    expect(drawn.at(-1)!.data.labels).toEqual(['Dec 3', '#2', 'Nov 28']);
    expect(mounted.container.querySelector('table.visually-hidden thead')?.textContent).toBe('PostDateViewsMarked as');
    expect(tableRows().map((row) => row[1])).toEqual(['Dec 3', 'date unknown', 'Nov 28']);
  });

  it('scales the views on the unpinned posts: a pinned hit above them is cut off at the top and says so, its figure kept in the tooltip and the table', async () => {
    await renderPostChart(PINNED_HIT);
    const chart = drawn.at(-1)!;
    expect(chart.options.scales.y).toMatchObject({ max: 15_000, ticks: { stepSize: 5000 } });
    expect(mounted.container.querySelector('figcaption .cut-off')?.textContent).toBe('↑ Pinned post (Jun 1) of 1.2M views: not to scale, cut off at the top.');
    expect(chart.options.plugins!.tooltip!.callbacks.label({ parsed: { y: 1_200_000 }, dataIndex: 0 })).toBe('1,200,000 views · pinned (left out of medians)');
    expect(tableRows()[0]).toEqual(['1', 'Jun 1', '1,200,000', 'pinned (left out of medians)']);
  });

  it('fits every bar when the pinned posts fit under the scale of the others, or when every post is pinned', async () => {
    // 14,000 is under 15,000, the whole step above the recent 12,000.
    for (const posts of [POSTS, [post(14_000, { pinned: true }), post(12_000), post(9000)], [post(1_200_000, { pinned: true }), post(9000, { pinned: true })]]) {
      await renderPostChart(posts);
      expect(drawn.at(-1)!.options.scales.y.max).toBeUndefined();
      expect(mounted.container.querySelector('.cut-off')).toBeNull();
    }
  });

  it('stops listening when it goes', async () => {
    const scheme = fakeSchemeQuery();
    await renderPostChart(POSTS);
    expect(scheme.listening()).toBe(1);
    await mounted.render(<p />);
    expect(scheme.listening()).toBe(0);
  });
});

describe('HistoryChart', () => {
  const points = [
    { at: Date.UTC(2026, 0, 1), followers: 10_000, viewRate: 0.2, engagementRate: 0.05 },
    { at: Date.UTC(2026, 1, 1), followers: 12_000, viewRate: 0.25, engagementRate: 0.04 },
  ];

  it('hides the canvases from screen readers, which read the tables, and draws in the theme colours', async () => {
    const scheme = fakeSchemeQuery();
    root.style.setProperty('--chart-followers', '#3345c4');
    root.style.setProperty('--chart-grid', '#dde1e7');
    await mounted.render(<HistoryChart points={points} snapshotCount={points.length} />);
    const canvases = [...mounted.container.querySelectorAll('canvas')];
    expect(canvases).toHaveLength(2);
    for (const canvas of canvases) expect(canvas.getAttribute('aria-hidden')).toBe('true');
    expect(mounted.container.querySelectorAll('table.visually-hidden')).toHaveLength(2);
    const followers = () => drawn.filter((chart) => chart.data.datasets.length === 1).at(-1)!;
    expect(followers().data.datasets[0]!.borderColor).toBe('#3345c4');
    expect(followers().options.scales.y.grid.color).toBe('#dde1e7');

    root.style.setProperty('--chart-followers', '#8c9bff');
    root.style.setProperty('--chart-grid', '#343944');
    await act(async () => scheme.change(true));
    expect(followers().data.datasets[0]!.borderColor).toBe('#8c9bff');
    expect(followers().options.scales.y.grid.color).toBe('#343944');
  });
});

describe('the charts in Chinese', () => {
  useLocale('zh_CN');

  it('name the chart and its table in Chinese', async () => {
    fakeSchemeQuery();
    await renderPostChart(POSTS);
    expect(mounted.container.querySelector('canvas')?.getAttribute('aria-label')).toBe(
      '柱状图：4 条作品的播放量，按页面顺序排列，置顶作品和异常值已标出。其后的表格列出每条作品的数据。',
    );
    expect(mounted.container.querySelector('table.visually-hidden thead')?.textContent).toBe('作品日期播放量标记');
    expect(englishLeft(mounted.container)).toEqual([]);
  });

  it('date the bars in Chinese', async () => {
    await renderPostChart(DATED);
    expect(drawn.at(-1)!.data.labels).toEqual(['12月3日', '#2', '11月28日']);
    expect(tableRows().map((row) => row[1])).toEqual(['12月3日', '日期未知', '11月28日']);
  });

  it('say in Chinese that a pinned hit is not to scale', async () => {
    await renderPostChart(PINNED_HIT);
    expect(mounted.container.querySelector('figcaption .cut-off')?.textContent).toBe('↑ 置顶作品（6月1日）120万 次播放：未按比例绘制，顶部已截断。');
    expect(englishLeft(mounted.container)).toEqual([]);
  });

  it('read the views axis in 万', async () => {
    await renderPostChart([post(1_200_000), post(15_000)]);
    const tick = drawn.at(-1)!.options.scales.y.ticks.callback!;
    expect([0, 15_000, 1_200_000].map((value) => tick(value))).toEqual(['0', '1.5万', '120万']);
  });
});
