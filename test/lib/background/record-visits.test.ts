// Opening a page of a shortlisted creator records the visit, and nothing else is kept.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oncePerAddress, recordVisit } from '../../../lib/background/record-visits';
import { creatorId } from '../../../lib/db/records';
import { loadHistory, loadSample, saveSnapshot } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { attachDeliverable, pointsOf } from '../../../lib/db/deliverables';
import { emptyPost } from '../../../lib/platforms/common';
import { failure } from '../../../lib/schema/failure';
import type { ReadPageResponse } from '../../../lib/schema/reading';
import { CAPTURED_AT, DAY, exact, makeSnapshot, sameViews } from '../../helpers/snapshots';

const VIDEO_URL = 'https://www.tiktok.com/@lena/video/7301000000000001111';
const PROFILE_URL = 'https://www.tiktok.com/@lena';
const videoPage = makeSnapshot({
  pageKind: 'post',
  url: VIDEO_URL,
  posts: [{ ...emptyPost('7301000000000001111', VIDEO_URL), likes: exact(900), comments: exact(40) }],
});
const ON = async () => ({ recordVisits: true });
const answer = (snapshot = videoPage) => vi.fn(async (): Promise<ReadPageResponse> => ({ ok: true, snapshot }));

let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`auto-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recordVisit', () => {
  it('adds a post of a shortlisted creator to the sample', async () => {
    await saveSnapshot(db, makeSnapshot(), '', 1);
    expect(await recordVisit(db, VIDEO_URL, answer(), 5_000, ON)).toBe('post-recorded');
    const sample = await loadSample(db, creatorId('tiktok', 'lena'));
    expect(sample.map((entry) => [entry.seenAt, entry.post.likes?.value])).toEqual([[5_000, 900]]);
  });

  it('adds a dated snapshot when a shortlisted creator\'s profile is opened again', async () => {
    await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT + 1_000 }), 'keep me', 1);
    const later = makeSnapshot({ capturedAt: CAPTURED_AT + 9_000, creator: { followers: exact(52_000) } });
    expect(await recordVisit(db, PROFILE_URL, answer(later), 9_000, ON)).toBe('snapshot-recorded');
    const history = await loadHistory(db, creatorId('tiktok', 'lena'));
    expect(history.map((snapshot) => [snapshot.capturedAt, snapshot.creator.followers?.value])).toEqual([
      [CAPTURED_AT + 1_000, 50_000],
      [CAPTURED_AT + 9_000, 52_000],
    ]);
    expect((await db.creators.get('tiktok:lena'))?.notes.map((note) => note.text)).toEqual(['keep me']);
  });

  it('reads nothing when the setting is off, nothing is shortlisted, the address names another creator, or the page is not a creator page', async () => {
    const read = answer();
    expect(await recordVisit(db, VIDEO_URL, read, 1, ON)).toBe('not-shortlisted');
    await saveSnapshot(db, makeSnapshot(), '', 1);
    expect(await recordVisit(db, VIDEO_URL, read, 1, async () => ({ recordVisits: false }))).toBe('switched-off');
    expect(await recordVisit(db, 'https://www.tiktok.com/@someone.else', read, 1, ON)).toBe('not-shortlisted');
    const settings = vi.fn(ON);
    expect(await recordVisit(db, 'https://example.com/', read, 1, settings)).toBe('not-a-creator-page');
    expect(read).not.toHaveBeenCalled();
    // Other sites cost nothing: not even the settings are read.
    expect(settings).not.toHaveBeenCalled();
  });

  it('keeps nothing when the page turns out to be another creator\'s, or cannot be read', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'someone.else' } }), '', 1);
    // An Instagram post's address does not name its creator: the page is read, then dropped.
    const instagramPost = makeSnapshot({ platform: 'instagram', pageKind: 'post', url: 'https://www.instagram.com/p/DKa1bC2dE3f/', creator: { handle: 'stranger' } });
    expect(await recordVisit(db, 'https://www.instagram.com/p/DKa1bC2dE3f/', answer(instagramPost), 1, ON)).toBe('not-shortlisted');
    const broken = async (): Promise<ReadPageResponse> => failure('extract-failed', 'no');
    expect(await recordVisit(db, 'https://www.tiktok.com/@someone.else', broken, 1, ON)).toBe('unreadable');
    expect(await db.postSamples.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(1);
  });
});

describe('a visit adds history, not noise', () => {
  const MINUTE = 60_000;
  const id = creatorId('tiktok', 'lena');
  const history = async () => (await loadHistory(db, id)).map((snapshot) => [snapshot.capturedAt, snapshot.creator.followers?.value]);
  const visit = (capturedAt: number, overrides: Parameters<typeof makeSnapshot>[0] = {}) =>
    recordVisit(db, PROFILE_URL, answer(makeSnapshot({ capturedAt, ...overrides })), capturedAt, ON);

  beforeEach(async () => {
    await saveSnapshot(db, makeSnapshot(), '', CAPTURED_AT);
  });

  it('adds nothing when the figures are the same on the same day, but marks the creator as seen', async () => {
    for (const minutes of [1, 2, 3, 4, 5]) expect(await visit(CAPTURED_AT + minutes * MINUTE)).toBe('snapshot-unchanged');
    expect(await history()).toEqual([[CAPTURED_AT, 50_000]]);
    expect((await db.creators.get(id))?.lastSeenAt).toBe(CAPTURED_AT + 5 * MINUTE);
  });

  it('ignores how a figure was read: the same values are the same figures', async () => {
    const sameButRounded = makeSnapshot({ capturedAt: CAPTURED_AT + MINUTE, creator: { followers: { ...exact(50_000), source: 'text', shown: '50K' } } });
    expect(await recordVisit(db, PROFILE_URL, answer(sameButRounded), CAPTURED_AT + MINUTE, ON)).toBe('snapshot-unchanged');
    expect(await db.snapshots.count()).toBe(1);
  });

  it.each([
    ['followers', { creator: { followers: exact(50_001) } }],
    ['following', { creator: { following: exact(201) } }],
    ['total likes', { creator: { totalLikes: exact(300_500) } }],
    ['post count', { creator: { postCount: exact(101) } }],
    ['a post\'s views', { posts: sameViews(10, 10_000).map((post, index) => (index === 3 ? { ...post, views: exact(12_000) } : post)) }],
    ['a post\'s likes', { posts: sameViews(10, 10_000).map((post, index) => (index === 0 ? { ...post, likes: exact(5) } : post)) }],
    ['a new post', { posts: sameViews(11, 10_000) }],
  ] as const)('adds a snapshot the same day when %s changed', async (_figure, overrides) => {
    expect(await visit(CAPTURED_AT + MINUTE, overrides)).toBe('snapshot-recorded');
    expect(await db.snapshots.count()).toBe(2);
    // And the changed figures are the newest to compare with: the same again is not news.
    expect(await visit(CAPTURED_AT + 2 * MINUTE, overrides)).toBe('snapshot-unchanged');
    expect(await db.snapshots.count()).toBe(2);
  });

  it('adds one snapshot of the same figures the next day, then none more that day', async () => {
    expect(await visit(CAPTURED_AT + DAY)).toBe('snapshot-recorded');
    expect(await visit(CAPTURED_AT + DAY + MINUTE)).toBe('snapshot-unchanged');
    expect(await history()).toEqual([
      [CAPTURED_AT, 50_000],
      [CAPTURED_AT + DAY, 50_000],
    ]);
  });

  it('leaves the post sample as it was: a post page still joins it on every visit', async () => {
    expect(await recordVisit(db, VIDEO_URL, answer(), CAPTURED_AT + MINUTE, ON)).toBe('post-recorded');
    const newerLikes = makeSnapshot({ ...videoPage, posts: [{ ...videoPage.posts[0]!, likes: exact(950) }] });
    expect(await recordVisit(db, VIDEO_URL, answer(newerLikes), CAPTURED_AT + 2 * MINUTE, ON)).toBe('post-recorded');
    expect((await loadSample(db, id)).map((entry) => [entry.seenAt, entry.post.likes?.value])).toEqual([[CAPTURED_AT + 2 * MINUTE, 950]]);
  });

  it('always keeps what the user saves by hand, even the same figures a minute later', async () => {
    const saved = await saveSnapshot(db, makeSnapshot({ capturedAt: CAPTURED_AT + MINUTE }), '', CAPTURED_AT + MINUTE);
    expect(saved).toMatchObject({ added: true, snapshotCount: 2 });
    expect(await visit(CAPTURED_AT + 2 * MINUTE)).toBe('snapshot-unchanged');
    expect(await db.snapshots.count()).toBe(2);
  });
});

describe('oncePerAddress', () => {
  it('handles each address of a tab once, again after the tab is forgotten', () => {
    const handle = vi.fn();
    const tabs = oncePerAddress(handle);
    tabs.seen(1, 'https://a');
    tabs.seen(1, 'https://a');
    tabs.seen(1, undefined);
    tabs.seen(2, 'https://a');
    tabs.seen(1, 'https://b');
    tabs.forget(1);
    tabs.seen(1, 'https://b');
    expect(handle.mock.calls).toEqual([[1, 'https://a'], [2, 'https://a'], [1, 'https://b'], [1, 'https://b']]);
  });
});

describe('a visit to a post attached to a campaign', () => {
  const attached = {
    id: 'd1',
    campaignId: 'c1',
    creatorId: 'tiktok:lena',
    platform: 'tiktok' as const,
    postKey: 'tiktok:7301000000000001111',
    url: VIDEO_URL,
    dueDate: null,
    postedAt: null,
    attachedAt: CAPTURED_AT - DAY,
    attachedBy: 'typed' as const,
  };
  const withViews = (views: number, capturedAt: number) => makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt, posts: [{ ...emptyPost('7301000000000001111', VIDEO_URL), views: exact(views) }] });

  it('records the post’s figures as a dated point of the deliverable, each day it is opened', async () => {
    await saveSnapshot(db, makeSnapshot(), '', 1);
    await attachDeliverable(db, attached);
    expect(await recordVisit(db, VIDEO_URL, answer(withViews(4_000, CAPTURED_AT)), CAPTURED_AT, ON)).toBe('deliverable-recorded');
    expect(await recordVisit(db, VIDEO_URL, answer(withViews(16_400, CAPTURED_AT + DAY)), CAPTURED_AT + DAY, ON)).toBe('deliverable-recorded');
    expect((await pointsOf(db, 'd1')).map((point) => [point.at, point.views])).toEqual([[CAPTURED_AT, 4_000], [CAPTURED_AT + DAY, 16_400]]);
    // Still a post of a shortlisted creator: it joins the sample too.
    expect(await loadSample(db, creatorId('tiktok', 'lena'))).toHaveLength(1);
  });

  it('records the point even when the creator left the shortlist, and nothing when the setting is off', async () => {
    await attachDeliverable(db, attached);
    expect(await recordVisit(db, VIDEO_URL, answer(withViews(4_000, CAPTURED_AT)), CAPTURED_AT, async () => ({ recordVisits: false }))).toBe('switched-off');
    expect(await db.deliverablePoints.count()).toBe(0);
    expect(await recordVisit(db, VIDEO_URL, answer(withViews(4_000, CAPTURED_AT)), CAPTURED_AT, ON)).toBe('deliverable-recorded');
    expect(await db.deliverablePoints.count()).toBe(1);
    expect(await db.postSamples.count()).toBe(0);
  });

  it('records a page that says the post is gone as no longer available, and keeps nothing of it in the sample', async () => {
    await saveSnapshot(db, makeSnapshot(), '', 1);
    await attachDeliverable(db, attached);
    await recordVisit(db, VIDEO_URL, answer(withViews(4_000, CAPTURED_AT)), CAPTURED_AT, ON);
    const gone = makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt: CAPTURED_AT + DAY, posts: [emptyPost('7301000000000001111', VIDEO_URL)], unavailable: { pageSays: 'Video currently unavailable' } });
    expect(await recordVisit(db, VIDEO_URL, answer(gone), CAPTURED_AT + DAY, ON)).toBe('deliverable-recorded');
    expect((await pointsOf(db, 'd1')).map((point) => [point.at, point.available, point.views])).toEqual([[CAPTURED_AT, true, 4_000], [CAPTURED_AT + DAY, false, null]]);
    expect((await loadSample(db, creatorId('tiktok', 'lena'))).map((entry) => entry.post.views?.value)).toEqual([4_000]);
  });
});
