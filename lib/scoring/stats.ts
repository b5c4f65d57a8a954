// Small statistics used by the metrics; pure and total (empty input gives null).
// A `Reading` is a figure with the lowest and highest value the page's rounding allows.

export interface Reading {
  value: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, several times faster than a comparator.
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

// Median and mean are monotone in every input, so applying them to the lows and the highs
// separately gives the exact bounds the rounding allows.
export function medianReading(readings: readonly Reading[]): Reading | null {
  if (readings.length === 0) return null;
  if (readings.every((r) => r.min === r.value && r.max === r.value)) {
    // All exact: one median serves as value and both bounds.
    const value = median(readings.map((r) => r.value))!;
    return { value, min: value, max: value };
  }
  return {
    value: median(readings.map((r) => r.value))!,
    min: median(readings.map((r) => r.min))!,
    max: median(readings.map((r) => r.max))!,
  };
}

export function meanReading(readings: readonly Reading[]): Reading | null {
  if (readings.length === 0) return null;
  return {
    value: mean(readings.map((r) => r.value))!,
    min: mean(readings.map((r) => r.min))!,
    max: mean(readings.map((r) => r.max))!,
  };
}

export function sum(a: Reading, b: Reading): Reading {
  return { value: a.value + b.value, min: a.min + b.min, max: a.max + b.max };
}

/** a ÷ b over the whole rounding range; a divisor that may be 0 counts as 1 so nothing is infinite. */
export function ratio(a: Reading, b: Reading): Reading {
  return { value: a.value / Math.max(1, b.value), min: a.min / Math.max(1, b.max), max: a.max / Math.max(1, b.min) };
}

export function scale(a: Reading, factor: number): Reading {
  return { value: a.value * factor, min: a.min * factor, max: a.max * factor };
}
