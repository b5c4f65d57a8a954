// Figures against targets, printed as one table by the benchmark suite.
import { loadavg } from 'node:os';

export interface Figure {
  what: string;
  /** The measured value, in words with its unit ("8.4 ms", "12,300 /s"). */
  value: string;
  target: string;
  /** null when the figure has no target (shown for context). */
  met: boolean | null;
}

/** A whole number of at least `least` (1 unless said) given on the command line as `--name N`, else `fallback`. */
export function option(name: string, fallback: number, least = 1): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < least) throw new Error(`--${name} takes a whole number of at least ${least}`);
  return value;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of top[i] / bottom[i]: runs measured as pairs, so a pair shares the machine's state. */
export function medianOfRatios(top: readonly number[], bottom: readonly number[]): number {
  if (top.length !== bottom.length || top.length === 0) throw new Error('medianOfRatios: the two series must be pairs');
  return median(top.map((value, i) => value / bottom[i]!));
}

/**
 * A distribution-free 95% confidence interval of the median: the order statistics whose ranks a
 * fair coin's binomial leaves 2.5% outside on each side. Null for fewer than 6 values.
 */
export function medianInterval(values: readonly number[]): [number, number] | null {
  const n = values.length;
  let below = 0;
  let chance = 0.5 ** n;
  let k = 0;
  // The largest k with P(Binomial(n, 1/2) < k) <= 2.5%.
  while (below + chance <= 0.025) {
    below += chance;
    chance *= (n - k) / (k + 1);
    k++;
  }
  if (k === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[k - 1]!, sorted[n - k]!];
}

/** A ratio as "2.41×". */
export const times = (value: number): string => `${value.toFixed(2)}×`;

/** The host's load average over 1, 5 and 15 minutes, printed beside the figures: the machine's state. */
export const loadAverage = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');

export const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function verdict(met: boolean | null): string {
  return met === null ? '' : met ? 'met' : 'MISSED';
}

export function printTable(title: string, figures: readonly Figure[]): void {
  printRows(title, [['what', 'measured', 'target', 'verdict'], ...figures.map((f) => [f.what, f.value, f.target, verdict(f.met)])]);
}

/** A table of text: the first row is the header. */
export function printRows(title: string, rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(rows[0]!));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}
