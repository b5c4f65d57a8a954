// How a ratio is written as a percentage, in messages and on screen alike. Counts are passed to
// messages as numbers ({n, number}), which write them in the reader's language.

/**
 * 0.0178 -> "1.78%", 0.126 -> "12.6%", 0.04 -> "4%": up to two decimals, trailing zeros dropped.
 * With `digits`, exactly that many: percent(0.04, 1) -> "4.0%".
 */
export function percent(ratio: number, digits?: number): string {
  return digits === undefined ? `${Number((ratio * 100).toFixed(2))}%` : `${(ratio * 100).toFixed(digits)}%`;
}
