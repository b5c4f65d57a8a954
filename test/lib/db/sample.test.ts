// Posts seen on their own pages join the creator's sample: an Instagram grid hides likes and
// comments, so the engagement rate comes from the posts the user opened.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { emptyPost } from '../../../lib/platforms/common';
import { creatorId } from '../../../lib/db/records';
import { loadSample, MAX_SAMPLE_POSTS, recordPosts } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import type { Post, Snapshot } from '../../../lib/schema/snapshot';
import { assess } from '../../../lib/scoring';
import { exact, makeSnapshot } from '../../helpers/snapshots';

function seenPost(id: string, likes: number, comments: number, views: number | null = null): Post {
  return { ...emptyPost(id, `https://www.instagram.com/p/${id}/`), likes: exact(likes), comments: exact(comments), views: views === null ? null : exact(views) };
}

function instagramProfile(): Snapshot {
  // 20,000 followers; the grid shows posts but not their likes or comments.
  return makeSnapshot({
    platform: 'instagram',
    url: 'https://www.instagram.com/lena/',
    creator: { followers: exact(20_000), totalLikes: null },
    posts: ['A1', 'A2', 'A3', 'A4'].map((id) => emptyPost(id, `https://www.instagram.com/p/${id}/`)),
  });
}

function postPage(post: Post, handle = 'lena'): Snapshot {
  return makeSnapshot({ platform: 'instagram', pageKind: 'post', url: post.url, creator: { handle, followers: null }, posts: [post] });
}

describe('engagement rate from sampled posts', () => {
  it('is unknown on the profile alone, with what to open', () => {
    const metric = assess(instagramProfile()).metrics.find((m) => m.id === 'engagementRate')!;
    expect(metric.value).toBeNull();
    expect(english(metric.unknownReason)).toContain('open a few recent posts');
  });

  it('is the median (likes + comments) / followers over the posts seen, against the Instagram benchmark', () => {
    const seen = [seenPost('A1', 180, 20), seenPost('A2', 280, 20), seenPost('A3', 380, 20)];
    const assessment = assess(instagramProfile(), { seenPosts: seen });
    const metric = assessment.metrics.find((m) => m.id === 'engagementRate')!;
    expect(metric.value).toBeCloseTo(300 / 20_000, 10);
    expect(metric.sampleSize).toBe(3);
    // 20,000 followers is micro: the row made for micro Instagram accounts is the one named.
    expect(metric.benchmark).toMatchObject({ platform: 'instagram', value: 0.0054, source: 'HypeAuditor (via eMarketer)', year: '2026' });
    expect(english(metric.placement)).toBe('Above the highest published figure for micro Instagram accounts: the HypeAuditor (via eMarketer) 2026 average (0.54%)');
    const engagement = assessment.components.find((part) => part.id === 'engagement')!;
    // 1.5% is more than 1.5x the 0.54% benchmark: full points.
    expect(engagement.measured).toBe(100);
    expect(assessment.score).not.toBeNull();
  });

  it('does not score engagement on fewer than 3 posts, and never shows lifetime likes off TikTok', () => {
    const assessment = assess(instagramProfile(), { seenPosts: [seenPost('A1', 180, 20), seenPost("A2", 280, 20)] });
    expect(assessment.components.find((part) => part.id === 'engagement')?.points).toBeNull();
    expect(assessment.score).toBeNull();
    expect(assessment.metrics.map((m) => m.id)).not.toContain('likesPerVideoPerFollower');
  });
});

describe('the stored sample', () => {
  let db: CreatorLensDatabase;
  afterEach(async () => {
    await db.delete();
  });

  it('keeps each post once with the newest reading, and only the newest posts', async () => {
    db = openDatabase(`sample-${Math.random()}`);
    await recordPosts(db, postPage(seenPost('A1', 100, 5)), 1_000);
    await recordPosts(db, postPage(seenPost('A1', 150, 9)), 2_000);
    let sample = await loadSample(db, creatorId('instagram', 'lena'));
    expect(sample).toEqual([{ seenAt: 2_000, post: seenPost('A1', 150, 9) }]);

    for (let i = 0; i < MAX_SAMPLE_POSTS + 5; i++) await recordPosts(db, postPage(seenPost(`B${i}`, i, 1)), 10_000 + i);
    sample = await loadSample(db, creatorId('instagram', 'lena'));
    expect(sample).toHaveLength(MAX_SAMPLE_POSTS);
    expect(sample[0]!.post.id).toBe(`B${MAX_SAMPLE_POSTS + 4}`);
    expect(sample.map((entry) => entry.post.id)).not.toContain('A1');
  });

  it('gives the scoring the newest posts only, even when a restored backup holds more', async () => {
    db = openDatabase(`sample-${Math.random()}`);
    const id = creatorId('instagram', 'lena');
    // More posts than the sample keeps, as a backup made by hand (or by a later version) may hold.
    await db.postSamples.bulkAdd(Array.from({ length: MAX_SAMPLE_POSTS + 10 }, (_, i) => ({ id: `${id}|D${i}`, creatorId: id, seenAt: 1_000 + i, post: seenPost(`D${i}`, i, 1) })));
    const sample = await loadSample(db, id);
    expect(sample).toHaveLength(MAX_SAMPLE_POSTS);
    expect(sample[0]!.post.id).toBe(`D${MAX_SAMPLE_POSTS + 9}`);
    expect(sample.at(-1)!.post.id).toBe('D10');
  });

  it('adds nothing for a profile page, and keeps creators apart', async () => {
    db = openDatabase(`sample-${Math.random()}`);
    expect(await recordPosts(db, instagramProfile(), 1_000)).toBe(0);
    expect(await recordPosts(db, postPage(seenPost('C1', 10, 1), 'other'), 1_000)).toBe(1);
    // A profile page writes nothing: the posts seen stay as they were.
    expect(await recordPosts(db, { ...instagramProfile(), creator: { ...instagramProfile().creator, handle: 'other' } }, 2_000)).toBe(1);
    expect(await loadSample(db, creatorId('instagram', 'lena'))).toEqual([]);
    expect(await loadSample(db, creatorId('instagram', 'other'))).toHaveLength(1);
  });
});
