// Every metric: its value, its rounding range, its sample and its window.
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { assess, type Assessment, type Metric, type MetricId, type ScoringContext } from '../../../lib/scoring';
import type { Post, Snapshot } from '../../../lib/schema/snapshot';
import {
  CAPTURED_AT,
  DAY,
  captioned,
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

function metric(assessment: Assessment, id: MetricId): Metric {
  const found = assessment.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`metric ${id} missing`);
  return found;
}

const measure = (id: MetricId, snapshot: Snapshot, context: Partial<ScoringContext> = {}) => metric(assess(snapshot, context), id);

describe('per-post metrics: value, range and sample', () => {
  const likes1200 = rounded(1_200, 1_150, 1_249, '1.2K');
  const roundedPosts: Post[] = Array.from({ length: 3 }, (_, i) =>
    makePost(i, { views: rounded(20_000, 19_500, 20_499, '20K'), likes: likes1200, comments: exact(50), shares: exact(30), saves: exact(10) }),
  );
  const snapshot = makeSnapshot({ creator: { followers: exact(10_000) }, posts: roundedPosts });

  it.each<[MetricId, number, number, number]>([
    ['engagementRate', 1_250 / 10_000, 1_200 / 10_000, 1_299 / 10_000],
    ['engagementPerView', 1_280 / 20_000, 1_230 / 20_499, 1_329 / 19_500],
    ['viewRate', 2, 1.95, 2.0499],
    ['medianViews', 20_000, 19_500, 20_499],
    ['meanViews', 20_000, 19_500, 20_499],
    ['medianLikes', 1_200, 1_150, 1_249],
    ['medianComments', 50, 50, 50],
    ['commentsPerHundredLikes', (50 / 1_200) * 100, (50 / 1_249) * 100, (50 / 1_150) * 100],
    ['sharesPerView', 30 / 20_000, 30 / 20_499, 30 / 19_500],
    ['savesPerView', 10 / 20_000, 10 / 20_499, 10 / 19_500],
  ])('%s is %d, within %d..%d the rounding allows, over 3 posts', (id, value, min, max) => {
    const found = measure(id, snapshot);
    expect(found.value).toBeCloseTo(value, 10);
    expect(found.range?.min).toBeCloseTo(min, 10);
    expect(found.range?.max).toBeCloseTo(max, 10);
    expect(found.sampleSize).toBe(3);
    expect(english(found.formula).length).toBeGreaterThan(0);
  });

  it('a rounded follower count widens the engagement rate both ways', () => {
    const found = measure('engagementRate', makeSnapshot({ creator: { followers: rounded(10_000, 9_950, 10_049, '10K') }, posts: sameEngagement(3, null, 400, 100) }));
    expect(found.value).toBeCloseTo(0.05, 12);
    expect(found.range?.min).toBeCloseTo(500 / 10_049, 12);
    expect(found.range?.max).toBeCloseTo(500 / 9_950, 12);
  });

  it('engagement per view counts shares only where a post shows them', () => {
    const posts = [makePost(0, { views: exact(1_000), likes: exact(40), comments: exact(10), shares: exact(50) }), makePost(1, { views: exact(1_000), likes: exact(40), comments: exact(10) })];
    const found = measure('engagementPerView', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo((0.1 + 0.05) / 2, 12);
    expect(found.sampleSize).toBe(2);
  });

  it('takes medians, so one big post does not move them', () => {
    const posts = engagedPosts([
      [1_000, 100, 3],
      [1_000, 100, 3],
      [1_000_000, 90_000, 5_000],
    ]);
    const assessment = assess(makeSnapshot({ creator: { followers: exact(10_000) }, posts }));
    expect(metric(assessment, 'engagementRate').value).toBeCloseTo(103 / 10_000, 12);
    expect(metric(assessment, 'medianLikes').value).toBe(100);
    expect(metric(assessment, 'meanViews').value).toBe(334_000);
  });

  it('posts with 0 views are left out of per-view figures instead of dividing by 0', () => {
    const posts = [makePost(0, { views: exact(0), likes: exact(5), comments: exact(1) }), makePost(1, { views: exact(100), likes: exact(5), comments: exact(1) })];
    const found = measure('engagementPerView', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo(0.06, 12);
    expect(found.sampleSize).toBe(1);
  });

  it.each<[MetricId, string]>([
    ['engagementPerView', 'no unpinned post shows views together with likes and comments: open a few recent posts'],
    ['medianLikes', 'no unpinned post shows a like count: open a few recent posts'],
    ['commentsPerHundredLikes', 'no unpinned post shows both likes and comments: open a few recent posts'],
    ['sharesPerView', 'no unpinned post shows both views and shares'],
    ['savesPerView', 'no unpinned post shows both views and saves'],
    ['postsPerWeek', 'no unpinned post shows a date'],
    ['daysSinceLastPost', 'no unpinned post shows a date'],
    ['sponsoredShare', 'no unpinned post shows a caption or a paid-partnership label'],
    ['sponsoredVsOrganicEngagement', 'no sponsored post with likes and comments has been seen'],
  ])('%s is null with a reason on a views-only grid', (id, reason) => {
    const found = measure(id, makeSnapshot());
    expect(found).toMatchObject({ value: null, range: null });
    expect(english(found.unknownReason)).toBe(reason);
  });
});

describe('activity metrics', () => {
  it.each<[string, Post[], number, number, number]>([
    ['newest post 3 days ago', [makePost(0, { publishedAt: daysAgo(3) }), makePost(1, { publishedAt: daysAgo(10) })], 3, 3, 3],
    // Whole days gone by: 2.5-3.5 days are 2-3.
    ['a "3d ago" date is a range of a day', [makePost(0, { publishedAt: roughlyDaysAgo(3) })], 3, 2, 3],
    ['a newer pinned post counts', [makePost(0, { publishedAt: daysAgo(1), pinned: true }), makePost(1, { publishedAt: daysAgo(40) })], 1, 1, 1],
    ['a post from the future reads as 0', [makePost(0, { publishedAt: exact(CAPTURED_AT + DAY) })], 0, 0, 0],
  ])('days since the last post: %s', (_name, posts, value, min, max) => {
    const found = measure('daysSinceLastPost', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo(value, 10);
    expect(found.range).toEqual({ min: expect.closeTo(min, 10), max: expect.closeTo(max, 10) });
  });

  it('posts per week: dated posts over the weeks from the oldest to now', () => {
    // 10 posts, one every 3 days, the oldest 27 days ago.
    const posts = Array.from({ length: 10 }, (_, i) => makePost(i, { publishedAt: daysAgo(i * 3) }));
    const found = measure('postsPerWeek', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo(10 / (27 / 7), 10);
    expect(found.sampleSize).toBe(10);
    expect(english(found.formula)).toBe('dated recent posts ÷ weeks from the oldest of them to now');
  });

  it('posts per week: once a post older than the window is seen, the 90-day window is the span', () => {
    const posts = [...Array.from({ length: 13 }, (_, i) => makePost(i, { publishedAt: daysAgo(i * 7) })), makePost(13, { publishedAt: daysAgo(100) })];
    const found = measure('postsPerWeek', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo(13 / (90 / 7), 10);
    expect(english(found.formula)).toBe('dated posts of the last 90 days ÷ 12.9 weeks');
  });

  it('posts per week needs two dates', () => {
    const found = measure('postsPerWeek', makeSnapshot({ posts: [makePost(0, { publishedAt: daysAgo(2) })] }));
    expect(found).toMatchObject({ value: null });
    expect(english(found.unknownReason)).toBe('only one recent post shows a date');
  });
});

describe('sponsored metrics', () => {
  it('sponsored share counts labels and ad tags, clear or not, over posts whose caption or label is known', () => {
    const posts = [
      ...captioned(['#ad New serum', 'Morning routine #spon', 'Just me', null]),
      makePost(9, { sponsored: true }),
    ];
    const found = measure('sponsoredShare', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo(3 / 4, 12);
    expect(found.sampleSize).toBe(4);
  });

  it('sponsored vs organic engagement is the ratio of median likes + comments', () => {
    const posts = [
      makePost(0, { caption: '#ad serum', likes: exact(90), comments: exact(10) }),
      makePost(1, { caption: 'walk', likes: exact(190), comments: exact(10) }),
      makePost(2, { caption: 'coffee', likes: exact(190), comments: exact(10) }),
      // A post with a discount code is neither organic nor marked: left out of both sides.
      makePost(3, { caption: 'use code LENA10', likes: exact(5), comments: exact(0) }),
    ];
    const found = measure('sponsoredVsOrganicEngagement', makeSnapshot({ posts }));
    expect(found.value).toBeCloseTo(0.5, 12);
    expect(found.sampleSize).toBe(3);
  });
});

describe('the recent window', () => {
  it('leaves out posts older than 90 days; undated posts stay', () => {
    const recent = Array.from({ length: 5 }, (_, i) => makePost(i, { views: exact(1_000), publishedAt: daysAgo(10 + i) }));
    const old = Array.from({ length: 5 }, (_, i) => makePost(10 + i, { views: exact(9_000), publishedAt: daysAgo(100 + i) }));
    const undated = makePost(20, { views: exact(1_000) });
    const found = measure('medianViews', makeSnapshot({ posts: [...recent, undated, ...old] }));
    expect(found.value).toBe(1_000);
    expect(found.sampleSize).toBe(6);
  });

  it('keeps a post whose rough date may still fall inside the window', () => {
    const edge = makePost(0, { views: exact(5_000), publishedAt: roughlyDaysAgo(90) });
    expect(measure('medianViews', makeSnapshot({ posts: [edge] })).sampleSize).toBe(1);
    const out = makePost(0, { views: exact(5_000), publishedAt: roughlyDaysAgo(91) });
    expect(measure('medianViews', makeSnapshot({ posts: [out] })).sampleSize).toBe(0);
  });

  it('takes at most the last 30 unpinned posts, dated or not', () => {
    const posts = [...sameViews(30, 1_000), ...makePosts(Array.from({ length: 10 }, () => 50_000)).map((p, i) => ({ ...p, id: `late${i}` }))];
    const found = measure('medianViews', makeSnapshot({ posts }));
    expect(found.sampleSize).toBe(30);
    expect(found.value).toBe(1_000);
  });

  it('the window comes from the settings', () => {
    const posts = [...sameViews(12, 1_000), ...makePosts(Array.from({ length: 12 }, () => 5_000)).map((p, i) => ({ ...p, id: `late${i}` }))];
    const found = measure('medianViews', makeSnapshot({ posts }), { settings: { windowPosts: 12, windowDays: 90 } });
    expect(found).toMatchObject({ sampleSize: 12, value: 1_000 });
    const days = measure('medianViews', makeSnapshot({ posts: [makePost(0, { views: exact(1), publishedAt: daysAgo(20) })] }), { settings: { windowPosts: 30, windowDays: 14 } });
    expect(days.sampleSize).toBe(0);
    expect(english(days.unknownReason)).toBe('no unpinned post from the last 14 days has been seen');
  });

  it('dates are measured against context.now, else the moment of the reading', () => {
    const posts = [makePost(0, { publishedAt: daysAgo(10) }), makePost(1, { publishedAt: daysAgo(20) })];
    expect(measure('daysSinceLastPost', makeSnapshot({ posts })).value).toBeCloseTo(10, 10);
    expect(measure('daysSinceLastPost', makeSnapshot({ posts }), { now: CAPTURED_AT + 5 * DAY }).value).toBeCloseTo(15, 10);
  });
});

describe('posts seen before join the sample', () => {
  it('the same post read twice keeps the narrower reading of each figure', () => {
    const id = makePosts([1])[0]!.id;
    const grid = { ...makePosts([null])[0]!, views: rounded(12_300, 12_250, 12_349, '12.3K') };
    const own = makePost(0, { id, views: exact(12_311), likes: exact(800), comments: exact(20) });
    const assessment = assess(makeSnapshot({ creator: { followers: exact(10_000) }, posts: [grid] }), { seenPosts: [own] });
    expect(metric(assessment, 'medianViews').range).toEqual({ min: 12_311, max: 12_311 });
    expect(metric(assessment, 'engagementRate').value).toBeCloseTo(0.082, 12);
    expect(assessment.posts).toHaveLength(1);
  });

  it('posts seen only before are added after the page’s own', () => {
    const seen = engagedPosts([[2_000, 100, 5]]).map((p) => ({ ...p, id: 'seen-only' }));
    const assessment = assess(makeSnapshot({ posts: sameViews(2, 1_000) }), { seenPosts: seen });
    expect(assessment.posts.map((p) => p.id).at(-1)).toBe('seen-only');
    expect(metric(assessment, 'medianViews').sampleSize).toBe(3);
  });
});

describe('no metric is ever NaN or infinite', () => {
  const snapshots: Snapshot[] = [
    makeSnapshot({ creator: { followers: exact(0) }, posts: sameEngagement(5, 0, 0, 0) }),
    makeSnapshot({ creator: { followers: null, postCount: exact(0), totalLikes: exact(0) }, posts: [] }),
    makeSnapshot({ posts: sameEngagement(5, 10, 0, 0) }),
    makeSnapshot({ posts: captioned(['#ad', '#ad']).map((p) => ({ ...p, likes: exact(0), comments: exact(0) })) }),
  ];
  it.each(snapshots.map((s, i) => [i, s] as const))('snapshot %i', (_i, snapshot) => {
    for (const m of assess(snapshot).metrics) {
      if (m.value !== null) expect(Number.isFinite(m.value), m.id).toBe(true);
      else expect(m.unknownReason, m.id).toBeTruthy();
    }
  });
});
