// Which published figures apply to a creator, which one a metric names, and where the creator
// stands among them in words. Published figures disagree 2-10x, so we place the creator among all
// of them instead of grading against one.
import { text, type Text } from '../i18n/text';
import type { Platform } from '../schema/snapshot';
import { BENCHMARKS } from './benchmarks';
import { percent } from '../i18n/percent';
import { statisticLabel, tierName, yearLabel } from './labels';
import type { Reading } from './stats';
import type { Benchmark, MetricId, Tier } from './types';
import type { TierId } from '../schema/assessment';
import { joinTexts } from './words';
import { oncePerObject } from '../memo';

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

const specific = (row: Benchmark) => (row.followers || row.tiers ? 1 : 0);
/** Rows made for the creator's size first, then the most recent. */
const preferred = (a: Benchmark, b: Benchmark) => specific(b) - specific(a) || factsOf(b).year - factsOf(a).year;

/** The row a metric names: one made for the creator's size if any, else the most recent. */
export function primaryBenchmark(rows: readonly Benchmark[]): Benchmark | undefined {
  // What a stable sort by `preferred` puts first, in one pass: the earliest row no other beats.
  return rows.reduce<Benchmark | undefined>((best, row) => (best === undefined || preferred(row, best) < 0 ? row : best), undefined);
}

/** The figure a score compares with: the middle of a band, the figure itself otherwise. */
export function referenceValue(row: Benchmark): number {
  return row.high === undefined ? row.value : (row.value + row.high) / 2;
}

/** "Rival IQ 2022 median (0.47%)", "Modash band for this size (1.47%-2.02%)": a row in words. */
export function describe(row: Benchmark): Text {
  return factsOf(row).words;
}

const PLATFORM_NAMES: Record<Platform, string> = { tiktok: 'TikTok', instagram: 'Instagram', youtube: 'YouTube' };

/** "micro Instagram accounts", or "Instagram accounts" without a tier. */
export function accountGroup(platform: Platform, tier: Tier | null): Text {
  const platformName = PLATFORM_NAMES[platform];
  return tier ? text('sc_groupTier', { tier: tierName(tier.id), platform: platformName }) : text('sc_groupPlatform', { platform: platformName });
}

interface Mark {
  at: number;
  label: Text;
}

interface RowFacts {
  year: number;
  words: Text;
  /** Its figure, or both ends of its band. */
  marks: readonly Mark[];
}

// The rows are constants that every assessment compares with, names and places among: what each
// says is worked out once (scoring throughput 6-10% higher, paired, 3 x 100 runs of 300 assessments).
const factsOf = oncePerObject((row: Benchmark): RowFacts => {
  const words = inWords(row);
  return {
    year: Number(/\d{4}/.exec(row.year)?.[0] ?? 0),
    words,
    marks:
      row.high === undefined
        ? [{ at: row.value, label: words }]
        : [
            { at: row.value, label: text('sc_markLowEnd', { benchmark: words }) },
            { at: row.high, label: text('sc_markHighEnd', { benchmark: words }) },
          ],
  };
});

function inWords(row: Benchmark): Text {
  const statistic = statisticLabel(row.statistic);
  if (row.high !== undefined) return text('sc_benchmarkBand', { source: row.source, statistic, low: percent(row.value), high: percent(row.high) });
  return text('sc_benchmarkFigure', { source: row.source, year: yearLabel(row.year), statistic, value: percent(row.value) });
}

/**
 * Where `reading` stands among `rows`, judged on its whole rounding range: when the range
 * crosses a figure we say "around" it rather than pick a side the page cannot tell.
 */
export function placement(reading: Reading, rows: readonly Benchmark[], platform: Platform, tier: Tier | null): Text | undefined {
  if (rows.length === 0) return undefined;
  const { min: lo, max: hi } = reading;
  const only = rows[0]!;
  if (rows.length === 1 && only.high !== undefined) {
    const benchmark = describe(only);
    if (hi < only.value) return text('sc_placeBelowBand', { benchmark });
    if (lo > only.high) return text('sc_placeAboveBand', { benchmark });
    return text('sc_placeWithinBand', { benchmark });
  }
  const marks = ([] as Mark[]).concat(...rows.map((row) => factsOf(row).marks)).sort((a, b) => a.at - b.at);
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  if (hi < first.at) return text('sc_placeBelowAll', { group: accountGroup(platform, tier), mark: first.label });
  if (lo > last.at) return text('sc_placeAboveAll', { group: accountGroup(platform, tier), mark: last.label });
  const crossed = marks.filter((mark) => mark.at >= lo && mark.at <= hi);
  if (crossed.length > 0) return text('sc_placeAround', { marks: joinTexts(crossed.map((mark) => mark.label), 'andThe') });
  const below = marks.filter((mark) => mark.at < lo).pop()!;
  const above = marks.find((mark) => mark.at > hi)!;
  return text('sc_placeBetween', { below: below.label, above: above.label });
}
