import { describe, expect, it } from 'vitest';
import { english, type Text } from '../../../lib/i18n';
import { assess, gradeFor, type Assessment, type Flag, type Metric } from '../../../lib/scoring';
import { tierFor } from '../../../lib/scoring/tiers';
import { shrunk } from '../../../lib/scoring/components';
import { SnapshotSchema, type Snapshot } from '../../../lib/schema/snapshot';
import { daysAgo, exact, makePosts, makeSnapshot, rounded, sameEngagement, sameViews } from '../../helpers/snapshots';

function metric(assessment: Assessment, id: Metric['id']): Metric {
  const found = assessment.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`metric ${id} missing from the assessment`);
  return found;
}

function flag(assessment: Assessment, id: string): Flag | undefined {
  return assessment.flags.find((f) => f.id === id);
}

const flagIds = (assessment: Assessment) => assessment.flags.map((f) => f.id);

/** A flag with its Texts in English words and its evidence values as they read. */
function inEnglish(found: Flag | undefined) {
  if (!found) return found;
  const evidence = Object.fromEntries(Object.entries(found.evidence).map(([name, value]) => [name, typeof value === 'object' ? english(value) : value]));
  return { ...found, message: english(found.message), rule: english(found.rule), source: english(found.source), evidence };
}

const words = (texts: readonly Text[]) => texts.map((item) => english(item));

const SCROLL_TIP = 'Scroll the post grid so that more posts load, then score again';

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
    const tier = assess(makeSnapshot({ creator: { followers: exact(9_999) } })).tier;
    expect(tier).toMatchObject({ id: 'nano' });
    expect(english(tier?.label)).toBe('Nano');
    expect(english(tier?.range)).toBe('under 10K followers');
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
    expect(english(found.unknownReason)).toBe(reason);
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
    expect(inEnglish(flag(above, 'mass-following'))).toEqual({
      id: 'mass-following',
      severity: 'warn',
      message: 'Follows 1,501 accounts: a sign of follow-for-follow growth.',
      evidence: { following: 1_501, threshold: 1_500 },
      rule: 'following > 1,500',
      source: 'HypeAuditor',
      component: 'authenticity',
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
    expect(inEnglish(flag(assessment, 'following-exceeds-followers'))).toMatchObject({
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
    expect(inEnglish(flag(assessment, 'low-view-rate'))).toEqual({
      id: 'low-view-rate',
      severity: 'warn',
      message:
        'Videos reach only 4.00% of the followers (median views ÷ followers): many followers may be inactive or bought.',
      evidence: { medianViews: 4_000, followers: 100_000, viewRate: '4.00%', videos: 5 },
      rule: 'view rate < 5.00%',
      source: 'CreatorDB; Creator Hero (10K views on 500K followers = dead or bought followers)',
      component: 'reach',
    });
  });

  it('low-view-rate is a risk below 2%', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: exact(100_000) }, posts: sameViews(5, 1_500) }));
    expect(inEnglish(flag(assessment, 'low-view-rate'))).toMatchObject({
      severity: 'risk',
      rule: 'view rate < 2.00%',
      evidence: { viewRate: '1.50%', videos: 5 },
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

  it('with only 4 unpinned videos low-view-rate does not fire, confidence says why and more videos are suggested', () => {
    const thin = assess(makeSnapshot({ posts: sameViews(4, 500) }));
    expect(metric(thin, 'viewRate').value).toBeCloseTo(0.01, 12);
    expect(flag(thin, 'low-view-rate')).toBeUndefined();
    expect(thin.confidence).not.toBe('high');
    expect(words(thin.confidenceReasons)).toContain('views of only 4 unpinned posts were visible');
    expect(words(thin.confidenceReasons).join(' ')).toContain('Low view rate');
    expect(words(thin.improve)).toContain(SCROLL_TIP);
    // The same reading with one more video fires.
    expect(flag(assess(makeSnapshot({ posts: sameViews(5, 500) })), 'low-view-rate')?.severity).toBe('risk');
  });

  it('pinned videos do not count towards the 5 videos a view flag needs', () => {
    const posts = makePosts([500, 500, 500, 500, 500], [0]);
    const assessment = assess(makeSnapshot({ posts }));
    expect(flag(assessment, 'low-view-rate')).toBeUndefined();
    expect(words(assessment.improve)).toContain(SCROLL_TIP);
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
    expect(inEnglish(flag(spiky, 'spiky-views'))).toMatchObject({
      severity: 'warn',
      evidence: { meanViews: 2_500, medianViews: 1_000, videos: 5 },
      rule: 'mean views ≥ 2.5× median views',
      source: 'Untapper',
    });
    expect(inEnglish(flag(spiky, 'spiky-views'))?.message).toContain('2.5×');
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
    expect(inEnglish(flag(assessment, 'no-videos'))).toMatchObject({
      severity: 'risk',
      evidence: { videos: 0 },
      rule: 'post count is 0',
    });
    expect(inEnglish(flag(assessment, 'no-videos'))?.source).toContain('InstaFake');
  });

  it('private-account is a note, and the user is not told to scroll a grid they cannot see', () => {
    const assessment = assess(makeSnapshot({ creator: { privateAccount: true }, posts: [] }));
    expect(inEnglish(flag(assessment, 'private-account'))).toMatchObject({ severity: 'info', evidence: { private: 'yes' } });
    expect(words(assessment.improve)).not.toContain(SCROLL_TIP);
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
      expect(english(f.rule).length, f.id).toBeGreaterThan(0);
      expect(english(f.source).length, f.id).toBeGreaterThan(0);
      expect(english(f.message).length, f.id).toBeGreaterThan(0);
    }
  });
});

describe('score components', () => {
  const parts = (assessment: Assessment) => Object.fromEntries(assessment.components.map((c) => [c.id, c.points]));

  it('lists the five components with weights that add up to 1, in a fixed order', () => {
    const assessment = assess(makeSnapshot());
    expect(assessment.components.map((c) => [c.id, c.weight])).toEqual([
      ['reach', 0.25],
      ['engagement', 0.3],
      ['authenticity', 0.25],
      ['activity', 0.1],
      ['compliance', 0.1],
    ]);
  });

  it('pulls a part toward the neutral 50 by how little it rests on: n / (n + 4) of its distance is kept', () => {
    expect([shrunk(100, 0), shrunk(100, 3), shrunk(100, 9), shrunk(100, 30), shrunk(0, 9), shrunk(50, 1)]).toEqual([50, 71, 85, 94, 15, 50]);
  });

  it('10 videos with views only cannot make an A: reach 100 measured is 86, authenticity (4 of 9 rules ran) and the unmeasured parts hold 50', () => {
    const assessment = assess(makeSnapshot());
    expect(parts(assessment)).toEqual({ reach: 86, engagement: 98, authenticity: null, activity: null, compliance: null });
    expect(assessment.components.find((c) => c.id === 'reach')).toMatchObject({ measured: 100, evidence: 10 });
    expect(assessment.components.find((c) => c.id === 'authenticity')).toMatchObject({ measured: null, checks: { run: 4, total: 9 } });
    // Weights add up to 1; a part not measured holds 50: nothing is scaled up.
    expect(assessment.components.map((c) => c.contribution)).toEqual([21.5, 29.4, 12.5, 5, 5]);
    expect(assessment.score).toBe(73);
    // 73 is an A by the bands, but S and A need high confidence.
    expect(assessment.grade).toBe('B');
    expect(assessment.caps.map((cap) => [cap.grade, cap.reason, english(cap.text)])).toEqual([
      ['B', 'needs-high-confidence', "Capped at B: S and A need high confidence, and this grade's is medium."],
    ]);
  });

  it('11% view rate and 1.85% likes per video give reach 50 and engagement 33 (34 after shrinkage): score 50x.25 + 34x.3 + 50x.25 + 50x.1 + 50x.1 = 45 (C)', () => {
    const assessment = assess(
      makeSnapshot({
        creator: { followers: exact(100_000), totalLikes: exact(185_000), postCount: exact(100) },
        posts: sameViews(10, 11_000),
      }),
    );
    expect(parts(assessment)).toMatchObject({ reach: 50, engagement: 34, authenticity: null });
    expect(assessment).toMatchObject({ score: 45, grade: 'C' });
    expect(english(assessment.components.find((c) => c.id === 'engagement')?.explanation)).toContain('Socialinsider 2024-25 average (3.70%)');
  });

  it('a dead audience (1% view rate): reach 0 (14 after shrinkage), and its risk flag caps the grade at C', () => {
    const healthy = assess(makeSnapshot());
    const dead = assess(makeSnapshot({ posts: sameViews(10, 500) }));
    expect(flag(dead, 'low-view-rate')?.severity).toBe('risk');
    expect(parts(dead)).toMatchObject({ reach: 14, engagement: 98 });
    expect(dead).toMatchObject({ score: 55, grade: 'C' });
    expect(dead.caps.map((cap) => english(cap.text))).toEqual(['Capped at C: a risk flag (Low view rate).']);
    expect(english(dead.verdict)).toBe('C, held down by a risk flag.');
    expect(healthy.score).toBeGreaterThan(dead.score ?? Infinity);
  });

  it.each([
    ['no warning', {}, [], 100, 85, 67],
    ['one warning', { following: exact(2_000) }, ['mass-following'], 85, 75, 65],
    ['two warnings', { following: exact(60_000) }, ['mass-following', 'following-exceeds-followers'], 70, 64, 62],
  ] as const)('authenticity, measured when most of its rules ran, takes 15 points per warning: %s', (_name, creator, ids, measured, authenticity, score) => {
    const assessment = assess(makeSnapshot({ creator, posts: sameEngagement(12, 20_000, 1_200, 60) }));
    expect(flagIds(assessment)).toEqual(ids);
    expect(assessment.components.find((c) => c.id === 'authenticity')?.checks).toEqual({ run: 7, total: 9 });
    expect(assessment.components.find((c) => c.id === 'authenticity')?.measured).toBe(measured);
    expect(parts(assessment).authenticity).toBe(authenticity);
    expect(assessment.score).toBe(score);
    if (ids.length > 0) expect(english(assessment.components.find((c) => c.id === 'authenticity')?.explanation)).toContain('Mass following −15');
  });

  it('takes 40 per risk flag and never goes below 0', () => {
    const assessment = assess(
      makeSnapshot({
        creator: { followers: exact(100_000), following: exact(200_000), totalLikes: exact(0) },
        posts: sameEngagement(10, 100, 10, 0),
      }),
    );
    expect(flagIds(assessment)).toEqual(
      expect.arrayContaining(['mass-following', 'following-exceeds-followers', 'low-view-rate', 'engagement-low', 'comment-like-ratio']),
    );
    expect(assessment.components.find((c) => c.id === 'authenticity')?.measured).toBe(0);
    expect(assessment.grade).toBe('D');
  });
});

describe('unscored', () => {
  it('a snapshot with every field unknown gets no number, an honest reason and low confidence', () => {
    const snapshot = makeSnapshot({
      creator: {
        displayName: null,
        bio: null,
        verified: null,
        privateAccount: null,
        followers: null,
        following: null,
        totalLikes: null,
        postCount: null,
      },
      posts: [],
    });
    const assessment = assess(snapshot);
    expect(assessment.score).toBeNull();
    expect(assessment.grade).toBeNull();
    expect(assessment.tier).toBeNull();
    expect(assessment.creatorClass).toBeNull();
    expect(assessment.flags).toEqual([]);
    expect(assessment.components.every((c) => c.points === null)).toBe(true);
    expect(assessment.confidence).toBe('low');
    expect(english(assessment.unscoredReason)).toBe(
      'Cannot score: neither reach nor engagement could be measured: the follower count could not be read; no posts are visible on the page.',
    );
    for (const m of assessment.metrics) {
      expect(m.value, m.id).toBeNull();
      expect(m.unknownReason, m.id).toBeTruthy();
    }
  });

  it('the reason names each missing thing once', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: null } }));
    expect(assessment.score).toBeNull();
    expect(english(assessment.unscoredReason)).toBe('Cannot score: neither reach nor engagement could be measured: the follower count could not be read.');
  });

  it('a private account gets no grade, even with lifetime likes to measure, and no advice to open posts it hides', () => {
    const assessment = assess(makeSnapshot({ creator: { privateAccount: true }, posts: [] }));
    expect(assessment).toMatchObject({ score: null, grade: null, improve: [] });
    expect(english(assessment.unscoredReason)).toBe('No grade: the account is private, so its posts are hidden. It can be graded once the account is public.');
    expect(english(assessment.verdict)).toBe(english(assessment.unscoredReason));
  });

  it('authenticity alone does not make a score: no red flags is not a reason to recommend', () => {
    const assessment = assess(makeSnapshot({ creator: { totalLikes: null }, posts: [] }));
    expect(assessment.flags).toEqual([]);
    expect(assessment.components.find((c) => c.id === 'authenticity')?.points).toBeNull();
    expect(assessment.score).toBeNull();
  });
});

describe('confidence', () => {
  // 10 posts opened on their own pages: views, likes and comments all known.
  /** Posts as their own pages show them: views, likes, comments, date and caption. */
  const complete = (count: number) =>
    sameEngagement(count, 10_000, 1_000, 30).map((post, index) => ({ ...post, publishedAt: daysAgo(1 + index * 2), caption: 'Morning walk #running' }));
  const opened = () => complete(10);

  it.each([
    ['high: 9+ posts with every figure read, exact counts', makeSnapshot({ posts: complete(9) }), 'high'],
    ['medium: the same without dates or captions, so two parts of the score are not measured', makeSnapshot({ posts: sameEngagement(9, 10_000, 1_000, 30) }), 'medium'],
    ['medium: the same reading with a follower count rounded by more than 1%', makeSnapshot({ creator: { followers: rounded(50_000, 49_500, 50_499, '50K') }, posts: opened() }), 'medium'],
    ['medium: 8 posts', makeSnapshot({ posts: sameEngagement(8, 10_000, 1_000, 30) }), 'medium'],
    ['medium: views only, so the engagement-based rules lack data', makeSnapshot(), 'medium'],
    ['low: private account, nothing to measure posts on', makeSnapshot({ creator: { privateAccount: true }, posts: [] }), 'low'],
    ['low: unscored', makeSnapshot({ creator: { followers: null } }), 'low'],
  ] as const)('%s', (_name, snapshot, confidence) => {
    expect(assess(snapshot).confidence).toBe(confidence);
  });

  it('names the rounded follower count as a reason', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: rounded(50_000, 49_500, 50_499, '50K') }, posts: opened() }));
    expect(words(assessment.confidenceReasons)).toContain('the follower count is rounded (50K)');
  });

  it('a rounding of 1% or less does not lower it', () => {
    const assessment = assess(makeSnapshot({ creator: { followers: rounded(50_000, 49_950, 50_049, '50.0K') }, posts: opened() }));
    expect(assessment.confidence).toBe('high');
  });

  it('views only: says which rules lacked data and what to open', () => {
    const assessment = assess(makeSnapshot());
    expect(words(assessment.confidenceReasons)).toContain('no recent post shows both likes and comments');
    expect(words(assessment.confidenceReasons)).toContain('not enough data for Bought views, Engagement for its size, Comments per like');
    expect(words(assessment.improve)).toContain('Open 5 recent posts to measure likes and comments, then score the profile again');
  });

  it('suggests reloading when the TikTok video count is missing', () => {
    const assessment = assess(makeSnapshot({ creator: { postCount: null } }));
    expect(words(assessment.improve)).toContain('Reload the profile page and score again: TikTok sends the video count with a freshly loaded page');
  });

  it('the same snapshot always gets the same assessment', () => {
    const snapshot = makeSnapshot({ posts: makePosts([3_000, 1_000, 9_000, 2_000, 7_000, 4_000], [2]) });
    expect(assess(snapshot)).toEqual(assess(structuredClone(snapshot)));
  });
});

describe('creator class', () => {
  it.each([
    [5_000, {}, 'KOC', 'Nano creator'],
    [50_000, { verified: true }, 'KOC', 'Micro creator'],
    [200_000, {}, 'KOC', 'Mid-tier reach without a verified badge'],
    [200_000, { verified: true }, 'KOL', 'verified badge'],
    [200_000, { email: 'team@lena.com' }, 'KOL', 'contact e-mail in the bio'],
    [600_000, {}, 'KOL', 'Macro reach'],
    [2_000_000, {}, 'KOL', 'Mega reach'],
  ] as const)('%i followers %o is %s', (followers, creator, id, reason) => {
    const creatorClass = assess(makeSnapshot({ creator: { followers: exact(followers), ...creator } })).creatorClass;
    expect(creatorClass?.id).toBe(id);
    expect(english(creatorClass?.reason)).toContain(reason);
    expect(english(creatorClass?.reason)).toContain('Rule: KOL: macro or mega');
  });

  it('says when the follower count is rounded across a tier boundary', () => {
    const creatorClass = assess(makeSnapshot({ creator: { followers: rounded(500_000, 499_500, 500_499, '500K') } })).creatorClass;
    expect(creatorClass).toMatchObject({ id: 'KOL' });
    expect(english(creatorClass?.reason)).toContain('rounded across a tier boundary');
  });
});
