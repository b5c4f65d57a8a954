// The charts' colours, from the --chart-* variables theme.css defines for the light and the dark
// scheme. A canvas cannot use CSS variables itself: they are read with getComputedStyle, and read
// again (the chart redrawn) when the colour scheme changes.
import { useEffect, useState } from 'react';

export interface ChartColours {
  normal: string;
  pinned: string;
  outlier: string;
  suspect: string;
  followers: string;
  engagement: string;
  viewRate: string;
  /** Axis labels and ticks. */
  text: string;
  /** Grid lines. */
  grid: string;
}

/** The light theme's values: used where the variables cannot be read (no stylesheet, tests). */
export const FALLBACK_CHART_COLOURS: ChartColours = {
  normal: '#3345c4',
  pinned: '#7a828f',
  outlier: '#a86400',
  suspect: '#b3261e',
  followers: '#3345c4',
  engagement: '#1b6e3a',
  viewRate: '#a86400',
  text: '#545b66',
  grid: '#dde1e7',
};

const VARIABLES: Record<keyof ChartColours, string> = {
  normal: '--chart-normal',
  pinned: '--chart-pinned',
  outlier: '--chart-outlier',
  suspect: '--chart-suspect',
  followers: '--chart-followers',
  engagement: '--chart-engagement',
  viewRate: '--chart-view-rate',
  text: '--chart-text',
  grid: '--chart-grid',
};

/** The --chart-* colours as the page resolves them now. */
export function readChartColours(): ChartColours {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  const colours = { ...FALLBACK_CHART_COLOURS };
  for (const key of Object.keys(VARIABLES) as Array<keyof ChartColours>) {
    const value = style?.getPropertyValue(VARIABLES[key]).trim();
    if (value) colours[key] = value;
  }
  return colours;
}

const sameColours = (a: ChartColours, b: ChartColours) => (Object.keys(a) as Array<keyof ChartColours>).every((key) => a[key] === b[key]);

/** The chart colours, updated when the user's colour scheme changes. */
export function useChartColours(): ChartColours {
  const [colours, setColours] = useState(readChartColours);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setColours((current) => {
      const next = readChartColours();
      return sameColours(current, next) ? current : next;
    });
    // The stylesheet may have loaded after the first read.
    onChange();
    scheme.addEventListener('change', onChange);
    return () => scheme.removeEventListener('change', onChange);
  }, []);
  return colours;
}

/** A line chart's axes in the theme's colours; `tick` writes a value on the y axis. */
export function themedAxes(colours: ChartColours, tick: (value: number) => string) {
  return {
    x: { grid: { color: colours.grid }, border: { color: colours.grid }, ticks: { color: colours.text, maxTicksLimit: 6 } },
    y: { grid: { color: colours.grid }, border: { color: colours.grid }, ticks: { color: colours.text, callback: (value: number | string) => tick(Number(value)) } },
  };
}
