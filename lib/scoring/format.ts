// How ratios are written in messages, so every message writes them the same way. Counts are
// passed to the messages as numbers ({n, number}), which write them in the reader's language.

/** 0.0178 -> "1.78%", 0.126 -> "12.6%", 0.04 -> "4%"; up to two decimals, trailing zeros dropped. */
export function percent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

/** One decimal, as the score card shows view rates: 0.04 -> "4.0%". */
export function percent1(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
