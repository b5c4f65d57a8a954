// Each flag: when it fires, when it does not, and that thin data never raises it.
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { assess, type Assessment, type Flag, type ScoringContext } from '../../../lib/scoring';
import type { Snapshot } from '../../../lib/schema/snapshot';
import {
  CAPTURED_AT,
  DAY,
  daysAgo,
  engagedPosts,
  exact,
  makePost,
  makePosts,
  makeSnapshot,
  rounded,
  roughlyDaysAgo,
  sameEngagement,
  sameViews,
} from '../../helpers/snapshots';

const flag = (assessment: Assessment, id: string): Flag | undefined => assessment.flags.find((f) => f.id === id);
const severityOf = (id: string, snapshot: Snapshot, context: Partial<ScoringContext> = {}) => flag(assess(snapshot, context), id)?.severity;
/** The flag with its message, rule, source and evidence in English words. */
const inEnglish = (found: Flag | undefined) =>
  found && {
    ...found,
    message: english(found.message),
    rule: english(found.rule),
    source: english(found.source),
    evidence: Object.fromEntries(Object.entries(found.evidence).map(([name, value]) => [name, typeof value === 'object' ? english(value) : value])),
  };
const words = (texts: readonly Parameters<typeof english>[0][]) => texts.map((item) => english(item));

type Case = [string, Snapshot, 'info' | 'warn' | 'risk' | undefined];

// Instagram micro (20,000 followers): published figures 0.47% (Rival IQ), 0.48% (Socialinsider), 0.54% (HypeAuditor 2026).
const instagram = (posts: ReturnType<typeof sameEngagement>, followers = exact(20_000)) =>
  makeSnapshot({ platform: 'instagram', creator: { followers, totalLikes: null }, posts });

describe('engagement-low: under half (warn) or a quarter (risk) of the lowest published figure for the tier', () => {
  it.each<Case>([
    ['0.21% on micro Instagram (< 0.235%): warn', instagram(sameEngagement(5, null, 40, 2)), 'warn'],
    ['0.105% (< 0.1175%): risk', instagram(sameEngagement(5, null, 20, 1)), 'risk'],
    ['0.515%: no flag', instagram(sameEngagement(5, null, 100, 3)), undefined],
    ['0.21% but only 4 posts: not enough data', instagram(sameEngagement(4, null, 40, 2)), undefined],
    ['0.21% read, but the rounded follower count allows 0.24%: no flag', instagram(sameEngagement(5, null, 40, 2), rounded(20_000, 17_500, 22_499, '20K')), undefined],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('engagement-low', snapshot)).toBe(severity);
  });

  it('names the benchmark row and the evidence', () => {
    expect(inEnglish(flag(assess(instagram(sameEngagement(5, null, 40, 2))), 'engagement-low'))).toMatchObject({
      component: 'authenticity',
      evidence: { engagementRate: '0.21%', posts: 5, benchmark: '0.47%', threshold: '0.24%' },
      source: 'CreatorDB fake index (low engagement for the tier); benchmark Rival IQ 2022',
    });
  });

  it('with 4 posts, confidence says so and the user is told to open one more post', () => {
    const assessment = assess(instagram(sameEngagement(4, null, 40, 2)));
    expect(words(assessment.confidenceReasons).join(' ')).toContain('Engagement for its size');
    expect(words(assessment.improve)).toContain('Open 1 recent post to measure likes and comments, then score the profile again');
  });
});

describe('engagement-high: over 3x the highest published figure for the tier', () => {
  it.each<Case>([
    ['2% on micro Instagram (> 1.62%): warn', instagram(sameEngagement(5, null, 390, 10)), 'warn'],
    ['1.5%: no flag', instagram(sameEngagement(5, null, 290, 10)), undefined],
    ['2% on 4 posts: not enough data', instagram(sameEngagement(4, null, 390, 10)), undefined],
    ['2% on a nano account (highest figure 2.78%): no flag', instagram(sameEngagement(5, null, 190, 10), exact(9_000)), undefined],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('engagement-high', snapshot)).toBe(severity);
  });
});

describe('comment-like-ratio: 2-5 per 100 likes healthy, 1 per 300 or fewer suspicious', () => {
  it.each<Case>([
    ['0.3 per 100: risk', makeSnapshot({ posts: sameEngagement(5, 100_000, 3_000, 9) }), 'risk'],
    ['1 per 100: info (under the healthy band)', makeSnapshot({ posts: sameEngagement(5, 100_000, 1_000, 10) }), 'info'],
    ['8 per 100: info (over it)', makeSnapshot({ posts: sameEngagement(5, 100_000, 1_000, 80) }), 'info'],
    ['3 per 100: no flag', makeSnapshot({ posts: sameEngagement(5, 100_000, 1_000, 30) }), undefined],
    ['0.3 per 100 on 4 posts: not enough data', makeSnapshot({ posts: sameEngagement(4, 100_000, 3_000, 9) }), undefined],
    [
      '0.3 per 100 read, but "2.7K" likes allow 0.34: only the info flag',
      makeSnapshot({ posts: sameEngagement(5, 100_000, 3_000, 9).map((p) => ({ ...p, likes: rounded(3_000, 2_650, 3_049, '3K') })) }),
      'info',
    ],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('comment-like-ratio', snapshot)).toBe(severity);
  });
});

describe('bought-views: views >= 1.5x own median with engagement per view >= 30% below own typical', () => {
  const normal = () => sameEngagement(5, 10_000, 500, 20);
  const withPosts = (...extra: Array<readonly [number, number, number]>) =>
    makeSnapshot({ posts: [...normal(), ...engagedPosts(extra).map((p, i) => ({ ...p, id: `x${i}` }))] });

  it.each<Case>([
    ['one post: 2x views, half the engagement per view: warn', withPosts([20_000, 500, 20]), 'warn'],
    ['two such posts: risk', withPosts([20_000, 500, 20], [25_000, 500, 20]), 'risk'],
    ['2x views with engagement to match: no flag', withPosts([20_000, 1_000, 40]), undefined],
    ['1.4x views with low engagement: no flag', withPosts([14_000, 300, 10]), undefined],
    ['only 4 posts with views and engagement: not enough data', makeSnapshot({ posts: [...sameEngagement(3, 10_000, 500, 20), ...engagedPosts([[20_000, 500, 20]]).map((p) => ({ ...p, id: 'x' }))] }), undefined],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('bought-views', snapshot)).toBe(severity);
  });

  it('names the post and marks it on the chart', () => {
    const assessment = assess(withPosts([20_000, 500, 20]));
    expect(inEnglish(flag(assessment, 'bought-views'))).toMatchObject({ postIds: ['x0'], source: 'CreatorDB', evidence: { posts: 1, firstPostEngagementPerView: '2.60%', typicalEngagementPerView: '5.20%' } });
    expect(assessment.posts.filter((p) => p.boughtViewsSuspect).map((p) => p.id)).toEqual(['x0']);
  });

  it('rounding never raises it: a "15K" that may be 14,950 is not 1.5x a median of 10,000', () => {
    const snapshot = withPosts([15_000, 300, 10]);
    expect(severityOf('bought-views', snapshot)).toBe('warn');
    const roundedViews = { ...snapshot, posts: snapshot.posts.map((p) => (p.id === 'x0' ? { ...p, views: rounded(15_000, 14_950, 15_049, '15K') } : p)) };
    expect(severityOf('bought-views', roundedViews)).toBeUndefined();
  });
});

describe('spiky-views outliers', () => {
  it('marks the post that carries the average and names it on the flag', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: exact(10_000) }, posts: makePosts([1_000, 1_000, 1_000, 1_000, 8_500]) }));
    expect(flag(assessment, 'spiky-views')?.postIds).toEqual([assessment.posts[4]!.id]);
    expect(english(flag(assessment, 'spiky-views')?.message)).toContain('one post carries the average');
    expect(assessment.posts.map((p) => p.outlier)).toEqual([false, false, false, false, true]);
  });

  it('no outliers on 4 posts', () => {
    const assessment = assess(makeSnapshot({ posts: makePosts([1_000, 1_000, 1_000, 8_500]) }));
    expect(assessment.posts.some((p) => p.outlier)).toBe(false);
    expect(flag(assessment, 'spiky-views')).toBeUndefined();
  });
});

describe('fake-account-signals (accountAuthenticity)', () => {
  const fake = { handle: 'user84729301', displayName: null, bio: '', postCount: exact(0), followers: exact(10), following: exact(900) };
  it.each<Case>([
    ['no posts, empty bio, digits in the handle, following 90x followers: risk', makeSnapshot({ creator: fake, posts: [] }), 'risk'],
    ['the default healthy creator: no flag', makeSnapshot(), undefined],
    [
      'too few account facts: not enough data',
      makeSnapshot({ creator: { handle: 'user84729301', bio: null, postCount: null, followers: null, following: null }, posts: [] }),
      undefined,
    ],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('fake-account-signals', snapshot)).toBe(severity);
  });

  it('lists the signals as evidence', () => {
    const found = flag(assess(makeSnapshot({ creator: fake, posts: [] })), 'fake-account-signals');
    expect(Object.keys(found?.evidence ?? {})).toEqual(expect.arrayContaining(['risk', 'no-posts', 'empty-bio', 'handle-digits', 'following-ratio']));
    expect(english(found?.message)).toContain('The account itself looks generated: the account has no posts; the bio is empty;');
  });
});

describe('inactive: 60+ days since the last post', () => {
  const profile = (days: number | null, date = daysAgo) => makeSnapshot({ posts: [makePost(0, days === null ? {} : { publishedAt: date(days) }), makePost(1, { publishedAt: daysAgo(200) })] });
  it.each<Case>([
    ['61 days: warn', profile(61), 'warn'],
    ['60 days: warn', profile(60), 'warn'],
    ['59 days: no flag', profile(59), undefined],
    ['"60d ago" may be 59.5 days: no flag', profile(60, roughlyDaysAgo), undefined],
    ['no dates at all: not enough data', makeSnapshot(), undefined],
    ['on a post page the newest posts may be missing: not judged', { ...profile(61), pageKind: 'post' }, undefined],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('inactive', snapshot)).toBe(severity);
  });

  it('is not judged from an older post while the newest on the grid shows no date; it is once that date is read', () => {
    // A TikTok grid shows no dates; one old video was opened earlier and dated on its own page.
    const grid = makeSnapshot({ posts: [makePost(0), makePost(1), makePost(2)] });
    const oldOpened = [makePost(2, { publishedAt: daysAgo(200) })];
    const assessment = assess(grid, { seenPosts: oldOpened });
    expect(flag(assessment, 'inactive')).toBeUndefined();
    expect(assessment.caps.map((cap) => cap.reason)).not.toContain('silent-180-days');
    expect(english(assessment.metrics.find((metric) => metric.id === 'daysSinceLastPost')?.unknownReason)).toBe('the newest post on this page shows no date');
    expect(assessment.improve.map((tip) => english(tip))).toContain('Open the newest post so that its date is read, then score the profile again');
    // Opening the newest post dates it: now the silence is known.
    expect(severityOf('inactive', grid, { seenPosts: [...oldOpened, makePost(0, { publishedAt: daysAgo(61) })] })).toBe('warn');
  });

  it('feeds activity, which then scores 0 on recency', () => {
    const assessment = assess(profile(61));
    expect(inEnglish(flag(assessment, 'inactive'))).toMatchObject({ component: 'activity', source: 'KOLens', evidence: { daysSinceLastPost: 61 } });
    expect(english(assessment.components.find((c) => c.id === 'activity')?.explanation)).toContain('last post 61 days ago');
  });

  it('counts whole days, the same in the metric, the flag, the cap and the score', () => {
    // 557.6 days: 557 everywhere (it read 557 in the flag and 558 in the metric).
    const assessment = assess(makeSnapshot({ posts: [makePost(0, { publishedAt: daysAgo(557.6) }), makePost(1, { publishedAt: daysAgo(600) })] }));
    expect(assessment.metrics.find((metric) => metric.id === 'daysSinceLastPost')).toMatchObject({ value: 557, range: { min: 557, max: 557 } });
    expect(inEnglish(flag(assessment, 'inactive'))).toMatchObject({ message: 'No new post for 557 days.', evidence: { daysSinceLastPost: 557 } });
    expect(assessment.caps.map((cap) => english(cap.text))).toContain('Capped at D: no post for 557 days (180 or more).');
    expect(english(assessment.components.find((c) => c.id === 'activity')?.explanation)).toContain('last post 557 days ago');
  });
});

describe('follower-jump between two saved readings with no viral post', () => {
  const earlier = (followers: ReturnType<typeof exact>, hoursBefore: number, posts = sameViews(10, 10_000)) =>
    makeSnapshot({ capturedAt: CAPTURED_AT - hoursBefore * 3_600_000, creator: { followers }, posts });
  const now = (followers: ReturnType<typeof exact>, posts = sameViews(10, 10_000)) => makeSnapshot({ creator: { followers }, posts });

  it.each<[string, Snapshot, Snapshot[], 'warn' | undefined]>([
    ['+12,000 in 24 h, best post 10K views: warn', now(exact(62_000)), [earlier(exact(50_000), 24)], 'warn'],
    ['+12,000 in 24 h, a post with 200K views explains it', now(exact(62_000), [...sameViews(9, 10_000), ...makePosts([200_000]).map((p) => ({ ...p, id: 'viral' }))]), [earlier(exact(50_000), 24)], undefined],
    ['+23% (+700) on a small account: warn', now(exact(3_700), sameViews(10, 500)), [earlier(exact(3_000), 40, sameViews(10, 500))], 'warn'],
    ['+30% but only +300: ordinary for a small account', now(exact(1_300), sameViews(10, 100)), [earlier(exact(1_000), 40, sameViews(10, 100))], undefined],
    ['+9,000 (18%) in 24 h: no flag', now(exact(59_000)), [earlier(exact(50_000), 24)], undefined],
    ['"50K" -> "60K" may be only +9,001: no flag', now(rounded(60_000, 59_500, 60_499, '60K')), [earlier(rounded(50_000, 49_500, 50_499, '50K'), 24)], undefined],
    ['+12,000 over 72 h: not judged (no two readings within 48 h)', now(exact(62_000)), [earlier(exact(50_000), 72)], undefined],
    ['no saved reading: not enough data', now(exact(62_000)), [], undefined],
    ['+12,000 but no view count anywhere: not enough data', now(exact(62_000), makePosts([null, null])), [earlier(exact(50_000), 24, makePosts([null]))], undefined],
  ])('%s', (_name, snapshot, history, severity) => {
    expect(severityOf('follower-jump', snapshot, { history })).toBe(severity);
  });

  it('states the gain, the hours and the rule', () => {
    const found = inEnglish(flag(assess(now(exact(62_000)), { history: [earlier(exact(50_000), 24)] }), 'follower-jump'));
    expect(found).toMatchObject({ evidence: { gain: 12_000, hours: 24, before: 50_000, after: 62_000 }, source: 'HypeAuditor; SpendVet' });
    expect(found?.message).toBe('Followers grew by 12,000 (+24.00%) in 24 hours with no post whose views explain it: a sign of bought followers.');
  });

  it('without a saved reading the user is told to score again within 48 hours', () => {
    expect(words(assess(now(exact(62_000))).improve)).toContain('Save this creator and score the profile again within 48 hours to check follower growth');
  });
});

describe('low-quality-comments: half or more of a post’s visible comments', () => {
  const good = ['Where is this dress from?', 'The colour suits you so well', 'Tried this recipe, worked great', 'How long did it take?', 'Saving this for Sunday', 'Is the serum ok for dry skin?'];
  const withComments = (texts: string[]) => makeSnapshot({ pageKind: 'post', posts: [makePost(0, { visibleComments: texts })] });

  it.each<Case>([
    ['6 of 10 emoji-only or generic: risk', withComments([...good.slice(0, 4), '😍😍', '🔥🔥🔥', 'wow', 'nice', '❤️', '@amy @jo']), 'risk'],
    ['5 of 10: risk (>= 50%)', withComments([...good.slice(0, 5), '😍😍', '🔥🔥🔥', 'wow', 'nice', '❤️']), 'risk'],
    ['4 of 10: no flag', withComments([...good, '😍😍', '🔥🔥🔥', 'wow', 'nice']), undefined],
    ['9 comments, all emoji: not enough data', withComments(Array.from({ length: 9 }, (_, i) => '😍'.repeat(i + 1))), undefined],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('low-quality-comments', snapshot)).toBe(severity);
  });

  it('names the post and counts each class', () => {
    const found = inEnglish(flag(assess(withComments([...good.slice(0, 4), '😍😍', '🔥🔥🔥', 'wow', 'nice', '❤️', '@amy @jo'])), 'low-quality-comments'));
    expect(found).toMatchObject({ postIds: ['p0'], source: 'HypeAuditor', evidence: { comments: 10, worstShare: '60.00%', mentionOnly: 1 } });
  });
});

describe('no flag fires on data too thin', () => {
  it('a profile with two posts and nothing else raises nothing but notes', () => {
    const assessment = assess(makeSnapshot({ posts: sameEngagement(2, 100, 100, 0) }));
    expect(assessment.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(assessment.confidence).not.toBe('high');
  });

  it('posts dated long ago do not count as recent evidence', () => {
    const old = sameEngagement(10, 100, 3_000, 1).map((p, i) => ({ ...p, publishedAt: daysAgo(120 + i) }));
    const assessment = assess(makeSnapshot({ posts: old }), { now: CAPTURED_AT + DAY });
    expect(flag(assessment, 'comment-like-ratio')).toBeUndefined();
    expect(flag(assessment, 'low-view-rate')).toBeUndefined();
  });
});

describe('young-account: made under 90 days before the reading, already 500,000+ followers', () => {
  const joined = (daysBefore: number) => ({ value: CAPTURED_AT - daysBefore * DAY, source: 'embedded-json' as const });
  const account = (daysBefore: number | null, followers = exact(820_000)) =>
    makeSnapshot({ creator: { followers, joinedAt: daysBefore === null ? null : joined(daysBefore) } });
  const ran = (snapshot: Snapshot): [number, number] => {
    const assessment = assess(snapshot);
    return [assessment.checksRun, assessment.checksTotal];
  };

  it.each<Case>([
    ['41 days, 820,000 followers: warn', account(41), 'warn'],
    ['89 days, 820,000 followers: warn', account(89), 'warn'],
    ['90 days, 820,000 followers: no flag', account(90), undefined],
    ['41 days, exactly 500,000 followers: warn', account(41, exact(500_000)), 'warn'],
    ['41 days, 499,999 followers: no flag', account(41, exact(499_999)), undefined],
    ['41 days, "500K" that may be 499,500: no flag', account(41, rounded(500_000, 499_500, 500_499, '500K')), undefined],
  ])('%s', (_name, snapshot, severity) => {
    expect(severityOf('young-account', snapshot)).toBe(severity);
  });

  it('carries its evidence in words', () => {
    expect(inEnglish(flag(assess(account(41)), 'young-account'))).toMatchObject({
      component: 'authenticity',
      message: 'Account made 41 days before this reading, already 820,000 followers: a following this large this soon is often bought.',
      evidence: { accountAgeDays: 41, followers: 820_000 },
      rule: 'account younger than 90 days with 500,000+ followers',
    });
  });

  it('runs when the age is known, with or without a flag, and not when it is unknown (no pass, no flag)', () => {
    const [runUnknown, total] = ran(account(null));
    expect(ran(account(400))).toEqual([runUnknown + 1, total]);
    expect(ran(account(41))).toEqual([runUnknown + 1, total]);
    // Unknown: not shown on the page, or a reading from before the age was read.
    for (const snapshot of [account(null), makeSnapshot({ creator: { followers: exact(820_000) } })]) {
      expect(ran(snapshot)).toEqual([runUnknown, total]);
      expect(flag(assess(snapshot), 'young-account')).toBeUndefined();
    }
  });

  it('does not run without the follower count', () => {
    const withoutFollowers = (joinedAt: ReturnType<typeof joined> | null) => makeSnapshot({ creator: { followers: null, joinedAt } });
    expect(ran(withoutFollowers(joined(41)))).toEqual(ran(withoutFollowers(null)));
    expect(flag(assess(makeSnapshot({ creator: { followers: null, joinedAt: joined(41) } })), 'young-account')).toBeUndefined();
  });
});
