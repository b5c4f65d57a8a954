// How numbers are written in messages, so every message writes them the same way.

/** 0.0178 -> "1.78%", 0.126 -> "12.6%", 0.04 -> "4%"; up to two decimals, trailing zeros dropped. */
export function percent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

/** One decimal, as the score card shows view rates: 0.04 -> "4.0%". */
export function percent1(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
