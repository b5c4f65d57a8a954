// A metric's value, and the published figure it is compared with, in the UI language: shared by the
// key figures on top of the card and every metric below it.
import { compactInFull, formatCompact, formatDecimal, formatPercent, platformName } from '../../lib/i18n/format';
import { say, t } from '../../lib/i18n';
import { statisticLabel, tierShortName, yearLabel, type Benchmark, type Metric } from '../../lib/scoring';

/** A metric's value with its unit, in the UI language. */
export function formatMetricValue(metric: Metric, value: number): string {
  switch (metric.unit) {
    case 'ratio':
      return formatPercent(value);
    case 'days':
      return t('pop_days', { n: Math.round(value) });
    case 'per-week':
      return t('pop_perWeek', { n: formatDecimal(value) });
    case 'multiple':
      return `${formatDecimal(value)}×`;
    default:
      return formatCompact(value);
  }
}

/** A count metric's value in full digits where formatMetricValue writes it short ("10K"), for its tooltip. */
export function metricValueInFull(metric: Metric, value: number): string | undefined {
  return metric.unit === 'count' ? compactInFull(value) : undefined;
}

export function benchmarkSentence(benchmark: Benchmark): string {
  const value = `${formatPercent(benchmark.value)}${benchmark.high !== undefined ? `–${formatPercent(benchmark.high)}` : ''}`;
  const params = {
    source: benchmark.source,
    year: say(yearLabel(benchmark.year)),
    value,
    statistic: say(statisticLabel(benchmark.statistic)),
    measure: say(benchmark.measure),
    platform: platformName(benchmark.platform),
  };
  return benchmark.tiers
    ? t('pop_benchmarkTiers', { ...params, tiers: benchmark.tiers.map((tier) => say(tierShortName(tier))).join('/') })
    : t('pop_benchmark', params);
}
