// A creator's grade over time, with the reason of each change, as the creator detail lists it.
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { gradeHistory, savedAssessmentOf, sinceSaved } from '../../../lib/shortlist/grade-history';
import { assess } from '../../../lib/scoring';
import { CAPTURED_AT, DAY, daysAgo, exact, makeSnapshot, sameEngagement } from '../../helpers/snapshots';

/** A profile reading whose posts show every figure: 30 posts, one every two days. */
const profile = (at: number, likes: number) =>
  makeSnapshot({
    capturedAt: at,
    posts: sameEngagement(30, 30_000, likes, Math.round(likes / 25)).map((post, index) => ({
      ...post,
      id: `v${index}`,
      publishedAt: exact(at - (1 + index * 2) * DAY),
      caption: 'Morning routine #skincare',
    })),
  });

describe('grade history', () => {
  it('lists each reading that moved the grade, with the part that moved and when', () => {
    const first = profile(CAPTURED_AT - 20 * DAY, 2_400);
    const second = profile(CAPTURED_AT, 300);
    const points = gradeHistory([first, second], []);
    expect(points.map((point) => [point.grade, point.reason === null])).toEqual([
      [points[0]!.grade, true],
      [points[1]!.grade, false],
    ]);
    expect(points[0]!.grade).toBe('S');
    expect(points[1]!.score!).toBeLessThan(points[0]!.score!);
    expect(english(points[1]!.reason)).toMatch(/^Engagement quality fell from \d+ to \d+ after the reading of Jan 15, 2026\.$/);
  });

  it('a post seen on its own page that changes the grade is named as the cause', () => {
    const grid = makeSnapshot({ posts: sameEngagement(12, 30_000, 2_400, 90).map((post) => ({ ...post, likes: null, comments: null })) });
    // Likes and comments are measured from the third post seen: that is when the grade moves.
    const seen = [1, 2, 3].map((day) => ({ seenAt: CAPTURED_AT + day * DAY, post: { ...sameEngagement(1, 30_000, 40, 1)[0]!, id: `seen${day}`, publishedAt: daysAgo(day) } }));
    const points = gradeHistory([grid], seen);
    expect(points).toHaveLength(2);
    expect(english(points[1]!.reason)).toMatch(/^Engagement quality fell from \d+ to \d+ after a post seen on Jan 18, 2026\.$/);
  });

  it('a reading that changes nothing adds no line', () => {
    const first = profile(CAPTURED_AT - DAY, 2_400);
    const again = profile(CAPTURED_AT, 2_400);
    expect(gradeHistory([first, again], [])).toHaveLength(1);
  });
});

describe('the grade against the one shown when the creator was last saved', () => {
  it('says what was saved, when, and the part that moved most', () => {
    const saved = { ...savedAssessmentOf(assess(profile(CAPTURED_AT - 20 * DAY, 2_400))), at: CAPTURED_AT - 20 * DAY };
    const now = assess(profile(CAPTURED_AT, 300));
    expect(saved.grade).toBe('S');
    expect(now.grade).not.toBe('S');
    expect(english(sinceSaved(saved, now))).toMatch(/^Was S \d+ on Dec 26, 2025: Engagement quality fell from \d+ to \d+\.$/);
  });

  it('says nothing when the grade is the same, or nothing was saved', () => {
    const same = assess(profile(CAPTURED_AT, 2_400));
    expect(sinceSaved({ ...savedAssessmentOf(same), at: CAPTURED_AT }, same)).toBeNull();
    expect(sinceSaved(null, same)).toBeNull();
  });

  it('a reading saved by an older scoring is said to be graded differently now, not explained part by part', () => {
    const now = assess(profile(CAPTURED_AT, 2_400));
    const old = { scoringVersion: '1.0.0', score: 95, grade: 'A', at: CAPTURED_AT - DAY };
    expect(english(sinceSaved(old, now))).toBe('Was A 95 on Jan 14, 2026, by scoring 1.0.0; scoring 2.0.0 grades it differently.');
  });
});
