// The history charts draw one point per day: the newest snapshot of each.
import { describe, expect, it } from 'vitest';
import { historyPoints } from '../../../lib/shortlist/history';
import { CAPTURED_AT, DAY, exact, makeSnapshot } from '../../helpers/snapshots';

const HOUR = 3_600_000;
const reading = (capturedAt: number, followers: number) => makeSnapshot({ capturedAt, creator: { followers: exact(followers) } });

describe('historyPoints', () => {
  it('keeps the newest snapshot of each day, oldest day first, whatever order they are stored in', () => {
    const points = historyPoints([
      reading(CAPTURED_AT + DAY + HOUR, 52_000),
      reading(CAPTURED_AT + HOUR, 50_500),
      reading(CAPTURED_AT, 50_000),
      reading(CAPTURED_AT + 2 * HOUR, 51_000),
      reading(CAPTURED_AT + DAY, 51_500),
    ]);
    expect(points.map((point) => [point.at, point.followers])).toEqual([
      [CAPTURED_AT + 2 * HOUR, 51_000],
      [CAPTURED_AT + DAY + HOUR, 52_000],
    ]);
  });

  it('gives a day with one snapshot its own point', () => {
    const points = historyPoints([reading(CAPTURED_AT, 50_000), reading(CAPTURED_AT + 3 * DAY, 53_000)]);
    expect(points.map((point) => point.followers)).toEqual([50_000, 53_000]);
  });
});
