// A post page: the post's own engagement per view against the creator's typical.
import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/scoring';
import { daysAgo, exact, makePost, makeSnapshot } from '../../helpers/snapshots';

/** A post with `views` views, `likes` likes and `comments` comments, published `days` days ago. */
const post = (index: number, views: number | null, likes: number, comments: number, days = index + 1) =>
  makePost(index, { views: views === null ? null : exact(views), likes: exact(likes), comments: exact(comments), publishedAt: daysAgo(days) });

const postPage = (shown: ReturnType<typeof post>) => makeSnapshot({ pageKind: 'post', url: `https://www.tiktok.com/@lena/video/${shown.id}`, posts: [shown] });

describe('this post against the creator’s typical', () => {
  it('sets the post’s engagement per view beside the median of the creator’s other recent posts', () => {
    // Four earlier posts at 5% engagement per view; this one has 1.5x the views and half the engagement.
    const seenPosts = [1, 2, 3, 4].map((index) => post(index, 10_000, 450, 50));
    const { thisPost } = assess(postPage(post(0, 15_000, 350, 25)), { seenPosts });
    expect(thisPost).toMatchObject({ postId: 'p0', typical: 0.05, typicalPosts: 4, typicalNeeds: 3 });
    expect(thisPost?.perView).toBeCloseTo(0.025, 10);
  });

  it('has no typical until three other posts show views, likes and comments', () => {
    const seenPosts = [1, 2].map((index) => post(index, 10_000, 450, 50));
    const { thisPost } = assess(postPage(post(0, 15_000, 350, 25)), { seenPosts });
    expect(thisPost).toMatchObject({ typical: null, typicalPosts: 2 });
    expect(thisPost?.perView).toBeCloseTo(0.025, 10);
  });

  it('says nothing it cannot read: a photo without views has no engagement per view', () => {
    const { thisPost } = assess(postPage(post(0, null, 350, 25)));
    expect(thisPost).toMatchObject({ perView: null, typical: null, typicalPosts: 0 });
  });

  it('is there on post pages only', () => {
    expect(assess(makeSnapshot()).thisPost).toBeUndefined();
  });
});
