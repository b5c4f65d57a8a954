// A post page's reading as a dated point of each deliverable that is that post: figures as read (null
// where the page did not show them), the disclosure, the posting day; and only for the booked creator.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import type { DeliverableRecord } from '../../../lib/db/deliverable-record';
import { pointOf, postOfReading, recordDeliverablePoints } from '../../../lib/db/deliverable-points';
import { attachDeliverable, listDeliverables, pointsOf } from '../../../lib/db/deliverables';
import { emptyPost } from '../../../lib/platforms/common';
import type { Post } from '../../../lib/schema/snapshot';
import { CAPTURED_AT, DAY, exact, makeSnapshot } from '../../helpers/snapshots';

const VIDEO_ID = '7301000000000001111';
const VIDEO_URL = `https://www.tiktok.com/@lena/video/${VIDEO_ID}`;
const post = (changes: Partial<Post> = {}): Post => ({ ...emptyPost(VIDEO_ID, VIDEO_URL), ...changes });

describe('a reading as a point', () => {
  it.each<[string, Partial<Post>, Record<string, unknown>]>([
    ['every figure read', { views: exact(120_000), likes: exact(9_000), comments: exact(300), shares: exact(120), saves: exact(800), sponsored: true }, { views: 120_000, likes: 9_000, comments: 300, shares: 120, saves: 800, disclosure: 'clear' }],
    ['figures the page did not show stay unknown, never 0', { views: exact(5_000), likes: null, comments: exact(0) }, { views: 5_000, likes: null, comments: 0, shares: null, saves: null }],
    ['#ad up front is a clear disclosure', { caption: '#ad my morning routine with @glowco', sponsored: null }, { disclosure: 'clear' }],
    ['#sp is an unclear one', { caption: 'my morning routine #sp', sponsored: null }, { disclosure: 'unclear' }],
    ['no label and a caption without a mark is none', { caption: 'my morning routine', sponsored: false }, { disclosure: 'none' }],
    ['neither label nor caption readable is unknown', { caption: null, sponsored: null }, { disclosure: null }],
  ])('%s', (_case, changes, expected) => {
    expect(pointOf('d1', post(changes), 42)).toMatchObject({ deliverableId: 'd1', at: 42, available: true, ...expected });
  });

  it('takes the post of the page’s own address', () => {
    const reading = makeSnapshot({ pageKind: 'post', url: VIDEO_URL, posts: [post({ id: '7000000000000000001' }), post({ views: exact(7) })] });
    expect(postOfReading(reading)?.views?.value).toBe(7);
    expect(postOfReading(makeSnapshot())).toBeNull();
  });
});

describe('recording the points of a post page', () => {
  let db: CreatorLensDatabase;
  beforeEach(() => {
    db = openDatabase(`points-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const deliverable = (id: string, campaignId: string, creatorId = 'tiktok:lena'): DeliverableRecord => ({
    id,
    campaignId,
    creatorId,
    platform: 'tiktok',
    postKey: `tiktok:${VIDEO_ID}`,
    url: VIDEO_URL,
    dueDate: '2026-01-20',
    postedAt: null,
    attachedAt: CAPTURED_AT - DAY,
    attachedBy: 'typed',
  });
  const reading = (at: number, views: number) =>
    makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt: at, posts: [post({ views: exact(views), publishedAt: { value: CAPTURED_AT - 2 * DAY, min: CAPTURED_AT - 2 * DAY, max: CAPTURED_AT - 2 * DAY, source: 'embedded-json' } })] });

  it('gives every campaign that has the post a point, and dates its posting from the page', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1'));
    await attachDeliverable(db, deliverable('d2', 'c2'));
    expect(await recordDeliverablePoints(db, reading(CAPTURED_AT, 1_000))).toEqual({ recorded: 2, otherCreator: 0 });
    expect(await recordDeliverablePoints(db, reading(CAPTURED_AT + DAY, 13_400))).toEqual({ recorded: 2, otherCreator: 0 });
    for (const id of ['d1', 'd2']) expect((await pointsOf(db, id)).map((point) => [point.at, point.views])).toEqual([[CAPTURED_AT, 1_000], [CAPTURED_AT + DAY, 13_400]]);
    expect((await listDeliverables(db, 'c1'))[0]?.postedAt).toBe(CAPTURED_AT - 2 * DAY);
  });

  it('keeps one point when the same figures are read again the same day', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1'));
    await recordDeliverablePoints(db, reading(CAPTURED_AT, 1_000));
    await recordDeliverablePoints(db, reading(CAPTURED_AT + 60_000, 1_000));
    await recordDeliverablePoints(db, reading(CAPTURED_AT + 120_000, 1_200));
    expect((await pointsOf(db, 'd1')).map((point) => point.views)).toEqual([1_000, 1_200]);
  });

  it('records nothing from a page that showed none of the post’s figures and did not say it is gone (still loading)', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1'));
    const blank = makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt: CAPTURED_AT, posts: [post()] });
    expect(await recordDeliverablePoints(db, blank)).toEqual({ recorded: 0, otherCreator: 0 });
    expect(await db.deliverablePoints.count()).toBe(0);
  });

  it('gives no point to a deliverable booked for another creator than the page shows', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1', 'tiktok:kai'));
    expect(await recordDeliverablePoints(db, reading(CAPTURED_AT, 1_000))).toEqual({ recorded: 0, otherCreator: 1 });
    expect(await db.deliverablePoints.count()).toBe(0);
  });

  const gone = (at: number, handle = 'lena') =>
    makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt: at, creator: { ...makeSnapshot().creator, handle }, posts: [post()], unavailable: { pageSays: "item doesn't exist (statusCode 10204)" } });

  it('records a page that says the post is gone as a point no longer available, with no figures', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1'));
    await recordDeliverablePoints(db, reading(CAPTURED_AT, 1_000));
    expect(await recordDeliverablePoints(db, gone(CAPTURED_AT + DAY))).toEqual({ recorded: 1, otherCreator: 0 });
    expect((await pointsOf(db, 'd1')).map((point) => [point.at, point.available, point.views, point.likes, point.disclosure])).toEqual([
      [CAPTURED_AT, true, 1_000, null, null],
      [CAPTURED_AT + DAY, false, null, null, null],
    ]);
  });

  it('gives a gone post’s point to each deliverable that is the post, as its page names no creator', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1', 'tiktok:kai'));
    expect(await recordDeliverablePoints(db, gone(CAPTURED_AT, 'video:x'))).toEqual({ recorded: 1, otherCreator: 0 });
    expect((await pointsOf(db, 'd1')).map((point) => point.available)).toEqual([false]);
  });

  it('keeps the day it was first seen gone: the same page again that day adds nothing', async () => {
    await attachDeliverable(db, deliverable('d1', 'c1'));
    await recordDeliverablePoints(db, gone(CAPTURED_AT));
    await recordDeliverablePoints(db, gone(CAPTURED_AT + 60_000));
    expect((await pointsOf(db, 'd1')).map((point) => point.at)).toEqual([CAPTURED_AT]);
  });
});
