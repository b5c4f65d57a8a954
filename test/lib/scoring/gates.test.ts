// Scoring 2.0's gates: caps with their reasons, provisional grades, how many checks ran; and the
// properties that keep a grade from saying more than its data, over generated snapshots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { assess, type Assessment } from '../../../lib/scoring';
import { NEUTRAL_POINTS } from '../../../lib/scoring/components';
import type { Post, Snapshot } from '../../../lib/schema/snapshot';
import { DAY, daysAgo, exact, makeSnapshot, rounded, sameEngagement, sameViews } from '../../helpers/snapshots';

/** A creator with 30 recent posts, every figure read: an S when nothing holds it down. */
function strongPosts(count = 30, { comments = 90, firstDay = 1 }: { comments?: number; firstDay?: number } = {}): Post[] {
  return sameEngagement(count, 30_000, 2_400, comments).map((post, index) => ({
    ...post,
    publishedAt: daysAgo(firstDay + index * 2),
    caption: 'Morning routine #skincare',
  }));
}

const capsOf = (assessment: Assessment) => assessment.caps.map((cap) => [cap.grade, cap.reason, english(cap.text)]);

describe('gates', () => {
  it('with nothing to hold it down, 30 posts with every figure read make an S with high confidence', () => {
    const assessment = assess(makeSnapshot({ posts: strongPosts() }));
    expect(assessment).toMatchObject({ grade: 'S', confidence: 'high', provisional: false, caps: [] });
    expect(assessment.score).toBeGreaterThanOrEqual(85);
    expect(english(assessment.verdict)).toBe('Strongest: reach quality; weakest: engagement quality.');
  });

  it.each([
    ['two warnings cap it at B', { following: exact(60_000) }, {}, 'B', 'two-warnings', 'Capped at B: 2 warnings (Mass following, Following more than followers).'],
    ['a risk flag caps it at C', {}, { comments: 5 }, 'C', 'risk-flag', 'Capped at C: a risk flag (Comments per like).'],
    ['no post for 61 days caps it at C', {}, { firstDay: 61 }, 'C', 'silent-60-days', 'Capped at C: no post for 61 days (60 or more).'],
    ['no post for 181 days caps it at D', {}, { firstDay: 181 }, 'D', 'silent-180-days', 'Capped at D: no post for 181 days (180 or more).'],
  ] as const)('%s, and says so in a line', (_name, creator, posts, grade, reason, line) => {
    const assessment = assess(makeSnapshot({ creator, posts: strongPosts(30, posts) }), { settings: { windowPosts: 30, windowDays: 400 } });
    expect(assessment.grade).toBe(grade);
    expect(capsOf(assessment)).toContainEqual([grade, reason, line]);
    expect(assessment.caps[0]!.grade).toBe(grade);
  });

  it('S and A need high confidence: a rounded follower count caps an S at B', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: rounded(50_000, 45_000, 55_000, '50K') }, posts: strongPosts() }));
    expect(assessment.confidence).not.toBe('high');
    expect(assessment.grade).toBe('B');
    expect(capsOf(assessment)).toEqual([['B', 'needs-high-confidence', "Capped at B: S and A need high confidence, and this grade's is medium."]]);
  });

  it('a cap that does not lower the grade is not shown', () => {
    const assessment = assess(makeSnapshot({ posts: sameViews(10, 400) }));
    expect(assessment.grade).toBe('C');
    expect(assessment.caps.map((cap) => cap.reason)).toEqual(['risk-flag']);
  });

  it('below nine posts measured the grade is provisional, with the one thing that would firm it up', () => {
    const assessment = assess(makeSnapshot({ posts: strongPosts(6) }));
    expect(assessment.provisional).toBe(true);
    expect(english(assessment.firmUp)).toBe('Open 3 recent posts to measure likes and comments, then score the profile again');
    // The verdict stays one line: the firm-up is said apart, next to the grade.
    expect(english(assessment.verdict)).not.toContain('Open 3 recent posts');
    expect(assess(makeSnapshot({ posts: strongPosts(9) })).provisional).toBe(false);
  });

  it('without reach the grade is provisional; on the Reels tab it is not told to open the Reels tab', () => {
    const reelsTab = makeSnapshot({
      platform: 'instagram',
      url: 'https://www.instagram.com/lena/reels/',
      creator: { totalLikes: null },
      posts: sameEngagement(12, null, 900, 30),
    });
    const assessment = assess(reelsTab);
    expect(assessment.components.find((part) => part.id === 'reach')?.points).toBeNull();
    expect(assessment.provisional).toBe(true);
    expect(english(assessment.firmUp)).toBe('Scroll the post grid so that more posts load, then score again');
    const profile = assess({ ...reelsTab, url: 'https://www.instagram.com/lena/' });
    expect(english(profile.firmUp)).toBe('Open the Reels tab (instagram.com/lena/reels/), where Instagram shows view counts, and score it');
  });

  it('on a YouTube Home tab it is told to open the Videos tab, not to scroll the shelf', () => {
    const home = makeSnapshot({ platform: 'youtube', url: 'https://www.youtube.com/@lena', sources: ['embedded-json:home-uploads'], posts: sameViews(6, 10_000) });
    expect(english(assess(home).firmUp)).toBe('Open the Videos tab (youtube.com/@lena/videos), where more of the latest uploads are listed, and score it');
    const videosTab = assess({ ...home, url: 'https://www.youtube.com/@lena/videos', sources: ['embedded-json:yt-initial-data'] });
    expect(english(videosTab.firmUp)).toBe('Scroll the post grid so that more posts load, then score again');
  });

  it('where the grid shows more views than posts opened, the grid firms the grade up, not opening too few posts', () => {
    // Six videos with views and no likes or comments: opening three would leave six measured.
    const assessment = assess(makeSnapshot({ posts: sameViews(6, 10_000) }));
    expect(assessment.provisional).toBe(true);
    expect(english(assessment.firmUp)).toBe('Scroll the post grid so that more posts load, then score again');
  });

  it('a creator with too few recent posts stays provisional, and is not asked for what cannot firm it up', () => {
    const fewPosts = assess(makeSnapshot({ creator: { postCount: exact(6) }, posts: strongPosts(6) }));
    expect(fewPosts.provisional).toBe(true);
    expect(fewPosts.firmUp).toBeUndefined();
    // The grid reaches a post older than the 90 days: six recent posts are all there are.
    const quiet = assess(makeSnapshot({ posts: [...strongPosts(6), ...strongPosts(1, { firstDay: 120 }).map((post) => ({ ...post, id: 'old' }))] }));
    expect(quiet.provisional).toBe(true);
    expect(quiet.firmUp).toBeUndefined();
  });

  it('counts the checks that ran and says what the others need', () => {
    const assessment = assess(makeSnapshot());
    expect([assessment.checksRun, assessment.checksTotal]).toEqual([5, 13]);
    expect(english(assessment.checksSummary)).toBe(
      '5 of 13 checks ran; 8 need more data. Open 5 recent posts to measure likes and comments, then score the profile again.',
    );
  });
});

describe('what the user is asked to open', () => {
  const asks = (assessment: Assessment) => [...assessment.improve, ...(assessment.firmUp ? [assessment.firmUp] : [])].map((tip) => english(tip));

  it('never more posts than the creator has', () => {
    // Four videos in all, every one on the grid: there is nothing to scroll to, and no fifth to open.
    const assessment = assess(makeSnapshot({ creator: { postCount: exact(4) }, posts: sameViews(4, 10_000) }));
    expect(asks(assessment)).not.toContain('Scroll the post grid so that more posts load, then score again');
    expect(asks(assessment).filter((tip) => /^open \d+ recent posts?/i.test(tip))).toEqual([]);
    // The same four on a creator with 100 videos: both are possible, and asked.
    const more = assess(makeSnapshot({ posts: sameViews(4, 10_000) }));
    expect(asks(more)).toContain('Scroll the post grid so that more posts load, then score again');
    expect(asks(more)).toContain('Open 5 recent posts to measure likes and comments, then score the profile again');
  });

  it('never to scroll for recent posts when the grid already reaches past the 90 days', () => {
    const posts = [...sameViews(3, 10_000).map((post, index) => ({ ...post, publishedAt: daysAgo(1 + index) })), { ...sameViews(1, 10_000)[0]!, id: 'old', publishedAt: daysAgo(120) }];
    const assessment = assess(makeSnapshot({ posts }));
    expect(asks(assessment)).not.toContain('Scroll the post grid so that more posts load, then score again');
    expect(asks(assessment).filter((tip) => /^open \d+ recent posts?/i.test(tip))).toEqual([]);
  });

  it('never to open a post of a creator who has none', () => {
    const assessment = assess(makeSnapshot({ creator: { postCount: exact(0) }, posts: [] }));
    expect(asks(assessment).filter((tip) => /\bopen\b|scroll/.test(tip))).toEqual([]);
    expect(english(assessment.checksSummary)).not.toMatch(/open|scroll/);
  });
});

// ---- Properties -------------------------------------------------------------------------------

const postArb = fc.record({
  views: fc.integer({ min: 0, max: 2_000_000 }),
  likes: fc.integer({ min: 0, max: 200_000 }),
  comments: fc.integer({ min: 0, max: 20_000 }),
  day: fc.integer({ min: 1, max: 20 }),
  caption: fc.constantFrom('Morning routine #skincare', 'New serum from @brand #ad', 'code LENA10 in bio', null),
});

const snapshotArb = fc
  .record({
    followers: fc.integer({ min: 100, max: 5_000_000 }),
    following: fc.integer({ min: 0, max: 8_000 }),
    posts: fc.array(postArb, { minLength: 0, maxLength: 30 }),
    platform: fc.constantFrom('tiktok', 'instagram', 'youtube'),
  })
  .map(({ followers, following, posts, platform }): Snapshot =>
    makeSnapshot({
      platform,
      url: platform === 'tiktok' ? 'https://www.tiktok.com/@lena' : platform === 'instagram' ? 'https://www.instagram.com/lena/' : 'https://www.youtube.com/@lena/videos',
      creator: { followers: exact(followers), following: platform === 'youtube' ? null : exact(following), totalLikes: null },
      posts: posts.map((post, index) => ({
        ...sameEngagement(1, post.views, post.likes, post.comments)[0]!,
        id: `p${index}`,
        publishedAt: daysAgo(post.day + index),
        caption: post.caption,
      })),
    }),
  );

const GRADE_RANK = { D: 0, C: 1, B: 2, A: 3, S: 4 } as const;
const rank = (assessment: Assessment) => (assessment.grade === null ? -1 : GRADE_RANK[assessment.grade]);
/** The same snapshot with one kind of figure no longer shown on any post. */
const HIDINGS: ReadonlyArray<[string, (post: Post) => Post]> = [
  ['views', (post) => ({ ...post, views: null })],
  ['likes and comments', (post) => ({ ...post, likes: null, comments: null })],
  ['dates', (post) => ({ ...post, publishedAt: null })],
  ['captions', (post) => ({ ...post, caption: null, hashtags: [], mentions: [] })],
];

describe('properties over generated snapshots', () => {
  it.each(HIDINGS)('hiding the %s of every post never lifts the grade above what it was, or above B', (_what, hide) => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const before = assess(snapshot);
        const after = assess({ ...snapshot, posts: snapshot.posts.map(hide) });
        expect(rank(after)).toBeLessThanOrEqual(Math.max(rank(before), GRADE_RANK.B));
      }),
      { numRuns: 150 },
    );
  });

  it('fewer posts of the same figures never raise the grade above what 30 give, or above B; nor the score, where every part was at least neutral', () => {
    fc.assert(
      fc.property(postArb, fc.integer({ min: 1, max: 29 }), fc.integer({ min: 100, max: 5_000_000 }), (post, kept, followers) => {
        const posts = (count: number) =>
          sameEngagement(count, post.views, post.likes, post.comments).map((one, index) => ({ ...one, publishedAt: daysAgo(1 + index), caption: post.caption }));
        const full = assess(makeSnapshot({ creator: { followers: exact(followers) }, posts: posts(30) }));
        const thin = assess(makeSnapshot({ creator: { followers: exact(followers) }, posts: posts(kept) }));
        const allAtLeastNeutral = full.components.every((part) => (part.points ?? NEUTRAL_POINTS) >= NEUTRAL_POINTS);
        if (allAtLeastNeutral && full.score !== null && thin.score !== null) expect(thin.score).toBeLessThanOrEqual(full.score);
        expect(rank(thin)).toBeLessThanOrEqual(Math.max(rank(full), GRADE_RANK.B));
      }),
      { numRuns: 200 },
    );
  });

  it('adding a risk flag never raises the score or the grade, and caps the grade at C', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        fc.pre(snapshot.posts.length > 0);
        const before = assess(snapshot);
        // The same page with a comment pod's comments under its first post: nothing else changes.
        const pod = Array.from({ length: 12 }, (_, index) => (index % 2 ? 'nice 🔥' : '🔥🔥🔥'));
        const after = assess({ ...snapshot, posts: snapshot.posts.map((post, index) => (index === 0 ? { ...post, visibleComments: pod } : post)) });
        fc.pre(after.flags.some((flag) => flag.severity === 'risk') && !before.flags.some((flag) => flag.severity === 'risk'));
        if (after.grade !== null) expect(rank(after)).toBeLessThanOrEqual(Math.min(rank(before), GRADE_RANK.C));
        if (before.score !== null && after.score !== null) expect(after.score).toBeLessThanOrEqual(before.score);
      }),
      { numRuns: 300 },
    );
  });

  it('an older last post never raises the score or the grade', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 1, max: 60 }), (snapshot, days) => {
        const before = assess(snapshot);
        const older = snapshot.posts.map((post) => ({ ...post, publishedAt: post.publishedAt && exact(post.publishedAt.value - days * DAY) }));
        const after = assess({ ...snapshot, posts: older });
        if (before.score !== null && after.score !== null) expect(after.score).toBeLessThanOrEqual(before.score);
        expect(rank(after)).toBeLessThanOrEqual(rank(before));
      }),
      { numRuns: 150 },
    );
  });

  it('a private account never gets a grade', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const assessment = assess({ ...snapshot, creator: { ...snapshot.creator, privateAccount: true } });
        expect(assessment.grade).toBeNull();
        expect(assessment.score).toBeNull();
        expect(assessment.improve).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

