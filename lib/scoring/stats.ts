// Small statistics used by the metrics; pure and total (empty input gives null).
// A `Reading` is a figure with the lowest and highest value the page's rounding allows.

export interface Reading {
  value: number;
  min: number;
  max: number;
}

/**
 * The results of `read` over `items` that are not null, in order: what `flatMap` with `[]` or
 * `[x]` per item gives, without an array per item (V8 runs that flatMap ~30x slower than a loop).
 */
export function collect<T, R>(items: readonly T[], read: (item: T) => R | null): R[] {
  const found: R[] = [];
  for (const item of items) {
    const value = read(item);
    if (value !== null) found.push(value);
  }
  return found;
}

export function median(values: readonly number[]): number | null {
  return values.length === 0 ? null : middleOf(values.slice());
}

/** The median of a non-empty list of the caller's own, which it reorders. */
function middleOf(values: number[]): number {
  // A median needs the middle values, not the whole order: select them (linear on average, and
  // ~3x quicker than sorting the few dozen posts of a reading).
  const middle = Math.floor(values.length / 2);
  const upper = select(values, middle);
  if (values.length % 2 === 1) return upper;
  // The selection leaves every value before `middle` at most `upper`: the lower middle is their largest.
  let lower = values[0]!;
  for (let i = 1; i < middle; i++) lower = Math.max(lower, values[i]!);
  return (lower + upper) / 2;
}

/**
 * The k-th smallest of `values` (from 0), by Hoare's selection (Wirth's FIND): it partitions
 * around a pivot and keeps only the side holding position k. Reorders `values` so that what
 * comes before k is at most the answer and what comes after is at least it.
 */
function select(values: number[], k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        // A swap through a variable: a destructuring swap allocates an array each time.
        const swapped = values[i]!;
        values[i] = values[j]!;
        values[j] = swapped;
        i++;
        j--;
      }
    }
    if (j < k) low = i;
    if (k < i) high = j;
  }
  return values[k]!;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

// Median and mean are monotone in every input, so applying them to the lows and the highs
// separately gives the exact bounds the rounding allows.
export function medianReading(readings: readonly Reading[]): Reading | null {
  if (readings.length === 0) return null;
  const values = readings.map((r) => r.value);
  if (readings.every((r) => r.min === r.value && r.max === r.value)) {
    // All exact: one median serves as value and both bounds.
    const value = middleOf(values);
    return { value, min: value, max: value };
  }
  return { value: middleOf(values), min: middleOf(readings.map((r) => r.min)), max: middleOf(readings.map((r) => r.max)) };
}

export function meanReading(readings: readonly Reading[]): Reading | null {
  if (readings.length === 0) return null;
  // The three sums in one pass, each adding the readings in list order.
  let value = 0;
  let min = 0;
  let max = 0;
  for (const r of readings) {
    value += r.value;
    min += r.min;
    max += r.max;
  }
  return { value: value / readings.length, min: min / readings.length, max: max / readings.length };
}

// Max and min are monotone too: the highest (lowest) value, low and high, each taken on its own,
// bound the highest (lowest) reading. Both take a non-empty list.
export function highest(readings: readonly Reading[]): Reading {
  return extreme(readings, Math.max);
}

export function lowest(readings: readonly Reading[]): Reading {
  return extreme(readings, Math.min);
}

function extreme(readings: readonly Reading[], pick: (a: number, b: number) => number): Reading {
  let { value, min, max } = readings[0]!;
  for (const r of readings) {
    value = pick(value, r.value);
    min = pick(min, r.min);
    max = pick(max, r.max);
  }
  return { value, min, max };
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
