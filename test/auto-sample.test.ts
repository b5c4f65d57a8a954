// Opening a post of a shortlisted creator adds it to that creator's sample, and nothing else.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oncePerAddress, sampleIfShortlisted } from '../lib/auto-sample';
import { creatorId, loadSample, openDatabase, saveSnapshot, type CreatorLensDatabase } from '../lib/db';
import { emptyPost } from '../lib/platforms/common';
import { failure, type ReadPageResponse } from '../lib/schema';
import { exact, makeSnapshot } from './helpers/snapshots';

const VIDEO_URL = 'https://www.tiktok.com/@lena/video/7301000000000001111';
const videoPage = makeSnapshot({
  pageKind: 'post',
  url: VIDEO_URL,
  posts: [{ ...emptyPost('7301000000000001111', VIDEO_URL), likes: exact(900), comments: exact(40) }],
});

let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`auto-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('sampleIfShortlisted', () => {
  it('records a post of a shortlisted creator', async () => {
    await saveSnapshot(db, makeSnapshot(), '', 1);
    const read = vi.fn(async (): Promise<ReadPageResponse> => ({ ok: true, snapshot: videoPage }));
    expect(await sampleIfShortlisted(db, VIDEO_URL, read, 5_000)).toBe('recorded');
    const sample = await loadSample(db, creatorId('tiktok', 'lena'));
    expect(sample.map((entry) => [entry.seenAt, entry.post.likes?.value])).toEqual([[5_000, 900]]);
  });

  it('does not read the page at all when nothing is shortlisted or the page is not a post', async () => {
    const read = vi.fn(async (): Promise<ReadPageResponse> => ({ ok: true, snapshot: videoPage }));
    expect(await sampleIfShortlisted(db, VIDEO_URL, read, 1)).toBe('not-shortlisted');
    await saveSnapshot(db, makeSnapshot(), '', 1);
    expect(await sampleIfShortlisted(db, 'https://www.tiktok.com/@lena', read, 1)).toBe('not-a-post');
    expect(await sampleIfShortlisted(db, 'https://example.com/', read, 1)).toBe('not-a-post');
    expect(read).not.toHaveBeenCalled();
  });

  it('keeps nothing of creators who are not shortlisted, or of unreadable pages', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'someone.else' } }), '', 1);
    const read = vi.fn(async (): Promise<ReadPageResponse> => ({ ok: true, snapshot: videoPage }));
    expect(await sampleIfShortlisted(db, VIDEO_URL, read, 1)).toBe('not-shortlisted');
    const broken = async (): Promise<ReadPageResponse> => failure('extract-failed', 'no');
    expect(await sampleIfShortlisted(db, VIDEO_URL, broken, 1)).toBe('unreadable');
    expect(await db.postSamples.count()).toBe(0);
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
