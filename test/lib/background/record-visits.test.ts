// Opening a page of a shortlisted creator records the visit, and nothing else is kept.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oncePerAddress, recordVisit } from '../../../lib/background/record-visits';
import { creatorId } from '../../../lib/db/records';
import { loadHistory, loadSample, saveSnapshot } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { emptyPost } from '../../../lib/platforms/common';
import { failure } from '../../../lib/schema/failure';
import type { ReadPageResponse } from '../../../lib/schema/reading';
import { CAPTURED_AT, exact, makeSnapshot } from '../../helpers/snapshots';

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
