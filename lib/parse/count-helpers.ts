// Count helpers every reader and the scoring share: which of two readings of a figure to keep, and
// whether a parsed range can be a Count at all.
import type { CountRange } from './count';
import type { Count } from '../schema/snapshot';

/**
 * A range a Count can hold: whole, non-negative bounds. A date the page writes as "80 years ago" or
 * "24 Aug 1950" is before 1970, negative in Unix ms: unreadable as a post's date, not a snapshot
 * that fails the schema.
 */
export function countable(range: CountRange | null): CountRange | null {
  if (range === null) return null;
  const whole = [range.value, range.min, range.max].every((n) => Number.isSafeInteger(n) && n >= 0);
  return whole && range.min <= range.max ? range : null;
}

/**
 * The narrower of two readings of one figure. On a tie the first (more trusted) one when it
 * is exact, else the second, which as visible text carries what the page showed.
 */
export function narrower(first: Count | null, second: Count | null): Count | null {
  if (first === null) return second;
  if (second === null) return first;
  const firstWidth = first.max - first.min;
  const secondWidth = second.max - second.min;
  if (firstWidth !== secondWidth) return firstWidth < secondWidth ? first : second;
  return firstWidth === 0 ? first : second;
}
