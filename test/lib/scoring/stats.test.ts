// The small statistics the metrics share: the selection median must give what sorting gives, and
// the one-pass helpers what the list-at-a-time forms they replaced gave.
import { describe, expect, it } from 'vitest';
import { collect, highest, lowest, meanReading, median, medianReading, type Reading } from '../../../lib/scoring/stats';
import { unique } from '../../../lib/scoring/words';
import { text } from '../../../lib/i18n/text';

/** The median as a full sort gives it. */
function sortedMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A repeatable stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('median', () => {
  it('is null for no values, the value for one, the mean of the middle two for an even count', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 5, 5, 1, 9])).toBe(5);
  });

  it('gives what sorting gives, on lists of any length, with repeats, sorted or reversed', () => {
    const next = random(42);
    for (let round = 0; round < 3_000; round++) {
      const length = 1 + Math.floor(next() * (round % 10 === 0 ? 300 : 40));
      const values = Array.from({ length }, () => (round % 3 === 0 ? Math.floor(next() * 4) : next() * 1e6));
      if (round % 7 === 0) values.sort((a, b) => a - b);
      if (round % 11 === 0) values.sort((a, b) => b - a);
      const before = [...values];
      expect(median(values)).toBe(sortedMedian(values));
      expect(values).toEqual(before); // the input is left as it was
    }
  });
});

describe('readings', () => {
  const exact = (value: number): Reading => ({ value, min: value, max: value });
  const range = (value: number, min: number, max: number): Reading => ({ value, min, max });

  it('takes one median for exact readings and one per bound otherwise', () => {
    expect(medianReading([exact(3), exact(1), exact(2)])).toEqual(exact(2));
    expect(medianReading([range(10, 9, 11), exact(4), range(20, 15, 25)])).toEqual(range(10, 9, 11));
    expect(medianReading([])).toBeNull();
  });

  it('adds the means in list order', () => {
    const readings = [range(0.1, 0.05, 0.2), range(0.2, 0.1, 0.3), range(0.3, 0.3, 0.3)];
    expect(meanReading(readings)).toEqual({
      value: (0.1 + 0.2 + 0.3) / 3,
      min: (0.05 + 0.1 + 0.3) / 3,
      max: (0.2 + 0.3 + 0.3) / 3,
    });
    expect(meanReading([])).toBeNull();
  });

  it('takes the highest and lowest value, low and high each on its own', () => {
    const readings = [range(5, 4, 9), range(7, 6, 7), range(6, 1, 8)];
    expect(highest(readings)).toEqual(range(7, 6, 9));
    expect(lowest(readings)).toEqual(range(5, 1, 7));
  });
});

describe('collect', () => {
  it('keeps what is not null, in order', () => {
    expect(collect([1, 2, 3, 4], (n) => (n % 2 === 0 ? n * 10 : null))).toEqual([20, 40]);
    expect(collect([0, ''], (item) => item)).toEqual([0, '']);
  });
});

describe('unique', () => {
  it('keeps the first of each item, Texts compared by key and values', () => {
    const a = text('sc_tipOpenPosts', { count: 2 });
    const b = text('sc_tipOpenPosts', { count: 3 });
    expect(unique([a, b, text('sc_tipOpenPosts', { count: 2 }), 'x', text('sc_tipScrollGrid'), 'x', 1, '1'])).toEqual([a, b, 'x', text('sc_tipScrollGrid'), 1, '1']);
  });
});
