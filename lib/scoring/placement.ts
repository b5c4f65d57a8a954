// Which published figures apply to a creator, which one a metric names, and where the creator
// stands among them in words. Published figures disagree 2-10x, so we place the creator among all
// of them instead of grading against one.
import type { Platform } from '../schema';
import { BENCHMARKS } from './benchmarks';
import { percent } from './format';
import type { Reading } from './stats';
import type { Benchmark, MetricId, Tier, TierId } from './types';

export function benchmarksFor(platform: Platform, metric: MetricId, tier: TierId | null, followers: number | null): Benchmark[] {
  return BENCHMARKS.filter((row) => {
    if (row.platform !== platform || row.metric !== metric) return false;
    if (row.followers) {
      return followers !== null && followers >= row.followers.min && (row.followers.max === null || followers < row.followers.max);
    }
    if (row.tiers) return tier !== null && row.tiers.includes(tier);
    return true;
  });
}

const yearOf = (row: Benchmark) => Number(/\d{4}/.exec(row.year)?.[0] ?? 0);

/** The row a metric names: one made for the creator's size if any, else the most recent. */
export function primaryBenchmark(rows: readonly Benchmark[]): Benchmark | undefined {
  const specific = (row: Benchmark) => (row.followers || row.tiers ? 1 : 0);
  return [...rows].sort((a, b) => specific(b) - specific(a) || yearOf(b) - yearOf(a))[0];
}

/** The figure a score compares with: the middle of a band, the figure itself otherwise. */
export function referenceValue(row: Benchmark): number {
  return row.high === undefined ? row.value : (row.value + row.high) / 2;
}

export function describe(row: Benchmark): string {
  if (row.high !== undefined) return `${row.source} ${row.statistic} for this size (${percent(row.value)}-${percent(row.high)})`;
  return `${row.source} ${row.year} ${row.statistic} (${percent(row.value)})`;
}

const PLATFORM_NAMES: Record<Platform, string> = { tiktok: 'TikTok', instagram: 'Instagram', youtube: 'YouTube' };

function group(platform: Platform, tier: Tier | null): string {
  return `${tier ? `${tier.id} ` : ''}${PLATFORM_NAMES[platform]} accounts`;
}

interface Mark {
  at: number;
  label: string;
}

/**
 * Where `reading` stands among `rows`, judged on its whole rounding range: when the range
 * crosses a figure we say "around" it rather than pick a side the page cannot tell.
 */
export function placement(reading: Reading, rows: readonly Benchmark[], platform: Platform, tier: Tier | null): string | undefined {
  if (rows.length === 0) return undefined;
  const { min: lo, max: hi } = reading;
  const only = rows[0]!;
  if (rows.length === 1 && only.high !== undefined) {
    if (hi < only.value) return `below the ${describe(only)}`;
    if (lo > only.high) return `above the ${describe(only)}`;
    return `within the ${describe(only)}`;
  }
  const marks: Mark[] = rows
    .flatMap((row) =>
      row.high === undefined
        ? [{ at: row.value, label: describe(row) }]
        : [
            { at: row.value, label: `low end of the ${describe(row)}` },
            { at: row.high, label: `high end of the ${describe(row)}` },
          ],
    )
    .sort((a, b) => a.at - b.at);
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  if (hi < first.at) return `below the lowest published figure for ${group(platform, tier)}: the ${first.label}`;
  if (lo > last.at) return `above the highest published figure for ${group(platform, tier)}: the ${last.label}`;
  const crossed = marks.filter((mark) => mark.at >= lo && mark.at <= hi);
  if (crossed.length > 0) return `around the ${crossed.map((mark) => mark.label).join(' and the ')}`;
  const below = marks.filter((mark) => mark.at < lo).pop()!;
  const above = marks.find((mark) => mark.at > hi)!;
  return `between the ${below.label} and the ${above.label}`;
}
