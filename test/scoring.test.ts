import { describe, expect, it } from 'vitest';
import { assess, gradeFor, type Assessment, type Flag, type Metric } from '../lib/scoring';
import { tierFor } from '../lib/scoring/tiers';
import { SnapshotSchema, type Snapshot } from '../lib/schema';
import { exact, makePosts, makeSnapshot, rounded, sameViews } from './helpers/snapshots';

function metric(assessment: Assessment, id: Metric['id']): Metric {
  const found = assessment.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`metric ${id} missing from the assessment`);
  return found;
}

function flag(assessment: Assessment, id: string): Flag | undefined {
  return assessment.flags.find((f) => f.id === id);
}

const flagIds = (assessment: Assessment) => assessment.flags.map((f) => f.id);

const SCROLL_TIP = 'scroll the post grid so that more posts load, then score again';

describe('test snapshots', () => {
  it('the default snapshot is valid and exact', () => {
    const snapshot = makeSnapshot();
    expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.creator.followers).toEqual({ value: 50_000, min: 50_000, max: 50_000, source: 'embedded-json' });
    expect(makePosts([5, 6], [1]).map((p) => p.pinned)).toEqual([false, true]);
  });
});

describe('size tier', () => {
  it.each([
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [499_999, 'mid'],
    [500_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
  ] as const)('%i exact followers is %s and certain', (followers, tier) => {
    expect(tierFor(exact(followers))).toMatchObject({ id: tier, uncertain: false });
  });

  it('is reported on the assessment, and unknown when followers are unknown', () => {
    expect(assess(makeSnapshot({ creator: { followers: exact(9_999) } })).tier).toMatchObject({ id: 'nano', label: 'Nano' });
    expect(assess(makeSnapshot({ creator: { followers: null } })).tier).toBeNull();
  });

  it.each([
    ['10K', rounded(10_000, 9_950, 10_049, '10K'), 'micro', true],
    ['1M', rounded(1_000_000, 950_000, 1_049_999, '1M'), 'mega', true],
    ['500K', rounded(500_000, 499_500, 500_499, '500K'), 'macro', true],
    ['12.3K', rounded(12_300, 12_250, 12_349, '12.3K'), 'micro', false],
  ] as const)('a rounded "%s" is %s, uncertain: %s', (_shown, followers, tier, uncertain) => {
    expect(tierFor(followers)).toMatchObject({ id: tier, uncertain });
  });
});

describe('view rate', () => {
  it('is the median of unpinned views over followers, with the sample size', () => {
    const snapshot = makeSnapshot({
      creator: { followers: exact(100_000) },
      posts: makePosts([1_000, 2_000, 3_000, 4_000, 5_000]),
    });
    const rate = metric(assess(snapshot), 'viewRate');
    expect(rate.value).toBeCloseTo(0.03, 12);
    expect(rate.sampleSize).toBe(5);
    expect(rate.range?.min).toBeCloseTo(0.03, 12);
    expect(rate.range?.max).toBeCloseTo(0.03, 12);
  });

  it('a huge pinned video does not move it', () => {
    const posts = makePosts([50_000_000, 1_000, 2_000, 3_000, 4_000, 5_000], [0]);
    const assessment = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts }));
    expect(metric(assessment, 'viewRate').value).toBeCloseTo(0.03, 12);
    expect(metric(assessment, 'viewRate').sampleSize).toBe(5);
    expect(metric(assessment, 'medianViews').value).toBe(3_000);
    expect(metric(assessment, 'meanViews').value).toBe(3_000);
  });

  it('takes the middle pair on an even sample and skips videos without a view count', () => {
    const posts = makePosts([1_000, null, 2_000, 3_000, 4_000]);
    const assessment = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts }));
    expect(metric(assessment, 'medianViews').value).toBe(2_500);
    expect(metric(assessment, 'viewRate').sampleSize).toBe(4);
  });

  it('carries the rounding of the follower count as a range', () => {
    const snapshot = makeSnapshot({
      creator: { followers: rounded(100_000, 99_500, 100_499, '100K') },
      posts: sameViews(5, 4_990),
    });
    const rate = metric(assess(snapshot), 'viewRate');
    expect(rate.value).toBeCloseTo(0.0499, 12);
    expect(rate.range?.min).toBeCloseTo(4_990 / 100_499, 12);
    expect(rate.range?.max).toBeCloseTo(4_990 / 99_500, 12);
  });
});

describe('likes per video per follower', () => {
  it('is lifetime likes / videos / followers, with the benchmark named', () => {
    const snapshot = makeSnapshot({
      creator: { followers: exact(100_000), totalLikes: exact(1_000_000), postCount: exact(200) },
    });
    const likes = metric(assess(snapshot), 'likesPerVideoPerFollower');
    expect(likes.value).toBeCloseTo(0.05, 12);
    expect(likes.sampleSize).toBe(200);
    expect(likes.benchmark).toMatchObject({ value: 0.037, source: 'Socialinsider' });
  });
});

describe('unknown metrics are null with a reason, never 0 or NaN', () => {
  const cases: Array<[string, Snapshot, Metric['id'], string]> = [
    ['followers unreadable', makeSnapshot({ creator: { followers: null } }), 'viewRate', 'the follower count could not be read'],
    ['followers unreadable', makeSnapshot({ creator: { followers: null } }), 'likesPerVideoPerFollower', 'the follower count could not be read'],
    ['no followers', makeSnapshot({ creator: { followers: exact(0) } }), 'viewRate', 'the creator has no followers'],
    ['no followers', makeSnapshot({ creator: { followers: exact(0) } }), 'likesPerVideoPerFollower', 'the creator has no followers'],
    ['no videos posted', makeSnapshot({ creator: { postCount: exact(0) } }), 'likesPerVideoPerFollower', 'the creator has posted no videos'],
    ['video count unreadable', makeSnapshot({ creator: { postCount: null } }), 'likesPerVideoPerFollower', 'the video count could not be read'],
    ['likes unreadable', makeSnapshot({ creator: { totalLikes: null } }), 'likesPerVideoPerFollower', 'the total like count could not be read'],
    ['no videos on the page', makeSnapshot({ posts: [] }), 'viewRate', 'no posts are visible on the page'],
    ['no videos on the page', makeSnapshot({ posts: [] }), 'medianViews', 'no posts are visible on the page'],
    ['no videos on the page', makeSnapshot({ posts: [] }), 'meanViews', 'no posts are visible on the page'],
    ['only a pinned video', makeSnapshot({ posts: makePosts([9_000], [0]) }), 'viewRate', 'no unpinned post shows a view count'],
    [
      'private account',
      makeSnapshot({ creator: { privateAccount: true }, posts: [] }),
      'viewRate',
      'the account is private, so its posts are hidden',
    ],
  ];

  it.each(cases)('%s: %s', (_case, snapshot, id, reason) => {
    const found = metric(assess(snapshot), id);
    expect(found.value).toBeNull();
    expect(found.range).toBeNull();
    expect(found.unknownReason).toBe(reason);
  });

  it('no metric of any of those snapshots is NaN or infinite', () => {
    for (const [, snapshot] of cases) {
      for (const m of assess(snapshot).metrics) {
        if (m.value !== null) expect(Number.isFinite(m.value)).toBe(true);
      }
    }
  });
});

describe('grade bands', () => {
  it.each([
    [100, 'S'],
    [85, 'S'],
    [84.9, 'A'],
    [70, 'A'],
    [69.9, 'B'],
    [55, 'B'],
    [54.9, 'C'],
    [40, 'C'],
    [39.9, 'D'],
    [39, 'D'],
    [0, 'D'],
  ] as const)('%d is %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});

describe('flags', () => {
  it('a healthy creator has no flags', () => {
    expect(assess(makeSnapshot()).flags).toEqual([]);
  });

  it('mass-following fires above 1,500 following, not at 1,500', () => {
    const above = assess(makeSnapshot({ creator: { following: exact(1_501) } }));
    expect(flag(above, 'mass-following')).toEqual({
      id: 'mass-following',
      severity: 'warn',
      message: 'Follows 1,501 accounts: a sign of follow-for-follow growth.',
      evidence: { following: 1_501, threshold: 1_500 },
      rule: 'following > 1,500',
      source: 'HypeAuditor',
    });
    expect(flagIds(assess(makeSnapshot({ creator: { following: exact(1_500) } })))).toEqual([]);
  });

  it('a rounded following count whose upper bound is above 1,500 does not fire', () => {
    const following = rounded(1_500, 1_450, 1_549, '1.5K');
    expect(flagIds(assess(makeSnapshot({ creator: { following } })))).toEqual([]);
  });

  it('following-exceeds-followers fires when following is above followers', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: exact(1_000), following: exact(1_200) } }));
    expect(flagIds(assessment)).toEqual(['following-exceeds-followers']);
    expect(flag(assessment, 'following-exceeds-followers')).toMatchObject({
      severity: 'warn',
      evidence: { following: 1_200, followers: 1_000 },
      rule: 'following > followers',
    });
  });

  it('following-exceeds-followers does not fire when rounding allows following <= followers', () => {
    const assessment = assess(
      makeSnapshot({ creator: { followers: exact(1_180), following: rounded(1_200, 1_150, 1_249, '1.2K') } }),
    );
    expect(flagIds(assessment)).toEqual([]);
  });

  it('low-view-rate warns below 5% with at least 5 unpinned videos', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts: sameViews(5, 4_000) }));
    expect(flag(assessment, 'low-view-rate')).toEqual({
      id: 'low-view-rate',
      severity: 'warn',
      message:
        'Videos reach only 4.0% of the followers (median views ÷ followers): many followers may be inactive or bought.',
      evidence: { medianViews: 4_000, followers: 100_000, viewRate: '4.0%', videos: 5 },
      rule: 'view rate < 5.0%',
      source: 'CreatorDB; Creator Hero (10K views on 500K followers = dead or bought followers)',
    });
  });

  it('low-view-rate is a risk below 2%', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts: sameViews(5, 1_500) }));
    expect(flag(assessment, 'low-view-rate')).toMatchObject({
      severity: 'risk',
      rule: 'view rate < 2.0%',
      evidence: { viewRate: '1.5%', videos: 5 },
    });
  });

  it.each([
    [5_000, undefined],
    [4_999, 'warn'],
    [2_000, 'warn'],
    [1_999, 'risk'],
  ] as const)('median %i views on 100,000 followers: low-view-rate %s', (views, severity) => {
    const assessment = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts: sameViews(5, views) }));
    expect(flag(assessment, 'low-view-rate')?.severity).toBe(severity);
  });

  it('with only 4 unpinned videos low-view-rate does not fire, confidence drops and more videos are suggested', () => {
    const healthy = assess(makeSnapshot());
    const thin = assess(makeSnapshot({ posts: sameViews(4, 500) }));
    expect(metric(thin, 'viewRate').value).toBeCloseTo(0.01, 12);
    expect(flag(thin, 'low-view-rate')).toBeUndefined();
    expect(healthy.confidence).toBe('high');
    expect(thin.confidence).toBe('medium');
    expect(thin.confidenceReasons).toContain('views of only 4 unpinned posts were visible');
    expect(thin.improve).toContain(SCROLL_TIP);
  });

  it('pinned videos do not count towards the 5 videos a view flag needs', () => {
    const posts = makePosts([500, 500, 500, 500, 500], [0]);
    const assessment = assess(makeSnapshot({ posts }));
    expect(flag(assessment, 'low-view-rate')).toBeUndefined();
    expect(assessment.improve).toContain(SCROLL_TIP);
  });

  it('rounding never raises low-view-rate: a rounded rate whose upper bound reaches 5% does not fire', () => {
    const posts = sameViews(5, 4_990);
    const roundedFollowers = assess(
      makeSnapshot({ creator: { followers: rounded(100_000, 99_500, 100_499, '100K') }, posts }),
    );
    expect(metric(roundedFollowers, 'viewRate').value).toBeLessThan(0.05);
    expect(flag(roundedFollowers, 'low-view-rate')).toBeUndefined();
    // The same reading with an exact follower count does fire.
    const exactFollowers = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts }));
    expect(flag(exactFollowers, 'low-view-rate')?.severity).toBe('warn');
  });

  it('rounding never raises a warning to a risk', () => {
    const posts = sameViews(5, 1_995);
    const assessment = assess(
      makeSnapshot({ creator: { followers: rounded(100_000, 99_500, 100_499, '100K') }, posts }),
    );
    expect(metric(assessment, 'viewRate').value).toBeLessThan(0.02);
    expect(flag(assessment, 'low-view-rate')?.severity).toBe('warn');
  });

  it('spiky-views fires when the mean is at least 2.5x the median', () => {
    const spiky = assess(
      makeSnapshot({ creator: { followers: exact(10_000) }, posts: makePosts([1_000, 1_000, 1_000, 1_000, 8_500]) }),
    );
    expect(flag(spiky, 'spiky-views')).toMatchObject({
      severity: 'warn',
      evidence: { meanViews: 2_500, medianViews: 1_000, videos: 5 },
      rule: 'mean views ≥ 2.5× median views',
      source: 'Untapper',
    });
    expect(flag(spiky, 'spiky-views')?.message).toContain('2.5×');
    const steady = assess(
      makeSnapshot({ creator: { followers: exact(10_000) }, posts: makePosts([1_000, 1_000, 1_000, 1_000, 8_000]) }),
    );
    expect(flag(steady, 'spiky-views')).toBeUndefined();
  });

  it('a huge pinned video does not make the views spiky', () => {
    const posts = makePosts([80_000_000, 1_000, 1_000, 1_000, 1_000, 1_000], [0]);
    expect(flagIds(assess(makeSnapshot({ creator: { followers: exact(10_000) }, posts })))).toEqual([]);
  });

  it('no-videos is a risk when the account has posted nothing', () => {
    const assessment = assess(makeSnapshot({ creator: { postCount: exact(0) }, posts: [] }));
    expect(flag(assessment, 'no-videos')).toMatchObject({
      severity: 'risk',
      evidence: { videos: 0 },
      rule: 'post count is 0',
    });
    expect(flag(assessment, 'no-videos')?.source).toContain('InstaFake');
  });

  it('private-account is a note, and the user is not told to scroll a grid they cannot see', () => {
    const assessment = assess(makeSnapshot({ creator: { privateAccount: true }, posts: [] }));
    expect(flag(assessment, 'private-account')).toMatchObject({ severity: 'info', evidence: { private: 'yes' } });
    expect(assessment.improve).not.toContain(SCROLL_TIP);
  });

  it('every flag carries evidence numbers, a rule and a source', () => {
    const snapshots = [
      makeSnapshot({ creator: { followers: exact(1_000), following: exact(2_000) } }),
      makeSnapshot({ creator: { followers: exact(100_000) }, posts: makePosts([1_000, 1_000, 1_000, 1_000, 9_000]) }),
      makeSnapshot({ creator: { postCount: exact(0), privateAccount: true }, posts: [] }),
    ];
    const all = snapshots.flatMap((s) => assess(s).flags);
    expect(new Set(all.map((f) => f.id))).toEqual(
      new Set(['mass-following', 'following-exceeds-followers', 'low-view-rate', 'spiky-views', 'no-videos', 'private-account']),
    );
    for (const f of all) {
      expect(Object.keys(f.evidence).length, f.id).toBeGreaterThan(0);
      expect(f.rule.length, f.id).toBeGreaterThan(0);
      expect(f.source.length, f.id).toBeGreaterThan(0);
      expect(f.message.length, f.id).toBeGreaterThan(0);
    }
  });
});

describe('score', () => {
  it('a healthy creator scores 100, grade S, with high confidence', () => {
    const assessment = assess(makeSnapshot());
    expect(assessment.components.map((c) => [c.id, c.points])).toEqual([
      ['reach', 100],
      ['engagement', 100],
    ]);
    expect(assessment).toMatchObject({ score: 100, grade: 'S', penalty: 0, confidence: 'high' });
    expect(assessment.confidenceReasons).toEqual([]);
    expect(assessment.improve).toEqual([]);
  });

  it('weights reach and engagement equally: 11% view rate and 1.85% likes give 50 and 33 points, score 42', () => {
    const assessment = assess(
      makeSnapshot({
        creator: { followers: exact(100_000), totalLikes: exact(185_000), postCount: exact(100) },
        posts: sameViews(10, 11_000),
      }),
    );
    expect(assessment.components.map((c) => [c.id, c.points])).toEqual([
      ['reach', 50],
      ['engagement', 33],
    ]);
    expect(assessment).toMatchObject({ score: 42, grade: 'C', penalty: 0 });
  });

  it('a healthy creator scores higher than the same creator with a 1% view rate', () => {
    const healthy = assess(makeSnapshot());
    const deadAudience = assess(makeSnapshot({ posts: sameViews(10, 500) }));
    expect(metric(deadAudience, 'viewRate').value).toBeCloseTo(0.01, 12);
    // Reach 0, engagement 100 -> 50, minus 15 for the low-view-rate risk.
    expect(deadAudience).toMatchObject({ score: 35, grade: 'D', penalty: 15 });
    expect(healthy.score).toBeGreaterThan(deadAudience.score ?? Infinity);
  });

  it('subtracts 5 per warning', () => {
    const oneWarning = assess(makeSnapshot({ creator: { following: exact(2_000) } }));
    expect(flagIds(oneWarning)).toEqual(['mass-following']);
    expect(oneWarning).toMatchObject({ score: 95, penalty: 5, grade: 'S' });

    const twoWarnings = assess(makeSnapshot({ creator: { following: exact(60_000) } }));
    expect(flagIds(twoWarnings)).toEqual(['mass-following', 'following-exceeds-followers']);
    expect(twoWarnings).toMatchObject({ score: 90, penalty: 10, grade: 'S' });
  });

  it('a 4% view rate: reach 11, engagement 100, minus 5 for the warning, is 51 (C)', () => {
    const assessment = assess(
      makeSnapshot({ creator: { followers: exact(100_000), totalLikes: exact(600_000) }, posts: sameViews(10, 4_000) }),
    );
    expect(assessment.components.map((c) => c.points)).toEqual([11, 100]);
    expect(assessment).toMatchObject({ score: 51, grade: 'C', penalty: 5 });
  });

  it('never goes below 0', () => {
    const assessment = assess(
      makeSnapshot({
        creator: { followers: exact(100_000), following: exact(200_000), totalLikes: exact(0) },
        posts: sameViews(10, 100),
      }),
    );
    expect(assessment.penalty).toBe(25);
    expect(assessment.score).toBe(0);
    expect(assessment.grade).toBe('D');
  });

  it('is null with a reason when nothing can be measured', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: null } }));
    expect(assessment.score).toBeNull();
    expect(assessment.grade).toBeNull();
    expect(assessment.components).toEqual([]);
    expect(assessment.confidence).toBe('low');
    expect(assessment.unscoredReason).toContain('Not enough on the page to score');
    expect(assessment.unscoredReason).toContain('the follower count could not be read');
  });

  it('the unscored reason names each missing thing once', () => {
    // Both components miss the follower count; the user should read that reason once.
    const assessment = assess(makeSnapshot({ creator: { followers: null } }));
    expect(assessment.unscoredReason).toBe('Not enough on the page to score: the follower count could not be read.');
  });

  it('the unscored reason of a private account names both missing parts', () => {
    const assessment = assess(makeSnapshot({ creator: { privateAccount: true, totalLikes: null }, posts: [] }));
    expect(assessment.score).toBeNull();
    expect(assessment.unscoredReason).toBe(
      'Not enough on the page to score: the account is private, so its posts are hidden; the total like count could not be read.',
    );
  });
});

describe('confidence', () => {
  it('high: both components, 9+ unpinned videos, exact counts', () => {
    const assessment = assess(makeSnapshot({ posts: sameViews(9, 10_000) }));
    expect(assessment.confidence).toBe('high');
  });

  it('medium: both components but fewer than 9 videos', () => {
    const assessment = assess(makeSnapshot({ posts: sameViews(8, 10_000) }));
    expect(assessment.confidence).toBe('medium');
    expect(assessment.confidenceReasons).toEqual([]);
  });

  it('medium: a follower count rounded by more than 1% is named as the reason', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: rounded(50_000, 49_500, 50_499, '50K') } }));
    expect(assessment.confidence).toBe('medium');
    expect(assessment.confidenceReasons).toEqual(['the follower count is rounded (50K)']);
  });

  it('medium: one component measured on 5+ videos', () => {
    const assessment = assess(makeSnapshot({ creator: { totalLikes: null }, posts: sameViews(6, 10_000) }));
    expect(assessment.components.map((c) => c.id)).toEqual(['reach']);
    expect(assessment.confidence).toBe('medium');
    expect(assessment.confidenceReasons).toContain('1 of 2 score components could be measured');
  });

  it('low: one component and fewer than 5 videos', () => {
    const assessment = assess(makeSnapshot({ creator: { privateAccount: true }, posts: [] }));
    expect(assessment.components.map((c) => c.id)).toEqual(['engagement']);
    expect(assessment.score).toBe(100);
    expect(assessment.confidence).toBe('low');
    expect(assessment.confidenceReasons).toEqual([
      '1 of 2 score components could be measured',
      'views of only 0 unpinned posts were visible',
    ]);
  });

  it('suggests reloading when the video count is missing', () => {
    const assessment = assess(makeSnapshot({ creator: { postCount: null } }));
    expect(assessment.improve).toContain(
      'reload the profile page and score again: TikTok sends the video count with a freshly loaded page',
    );
  });

  it('the same snapshot always gets the same assessment', () => {
    const snapshot = makeSnapshot({ posts: makePosts([3_000, 1_000, 9_000, 2_000, 7_000, 4_000], [2]) });
    expect(assess(snapshot)).toEqual(assess(structuredClone(snapshot)));
  });
});
