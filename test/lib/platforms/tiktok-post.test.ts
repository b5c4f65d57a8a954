// TikTok video pages: one post's likes, comments, shares, saves, caption, date and paid mark.
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
import { recognisePage } from '../../../lib/platforms';
import type { Readiness } from '../../../lib/platforms/types';
import { extractTikTokVideo, tiktokVideoReadiness } from '../../../lib/platforms/tiktok/post';
import { commentQuality } from '../../../lib/scoring/comments';
import { SnapshotSchema, type Count } from '../../../lib/schema/snapshot';
import { fixture, parseHtml } from '../../helpers/fixtures';

const NOW = Date.UTC(2025, 5, 20, 9, 30);
const exact = (value: number): Count => ({ value, min: value, max: value, source: 'embedded-json' });
/** What a page that is not ready is waiting for, in English words; null when it is ready. */
const waitingFor = (state: Readiness) => (state.ready ? null : english(state.waitingFor));

function read(file: string, url: string) {
  const snapshot = extractTikTokVideo(parseHtml(fixture(`tiktok/${file}`)), new URL(url), NOW);
  expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
  return snapshot;
}

describe('video page with embedded data (2025)', () => {
  const snapshot = read('video-universal-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111');
  const post = snapshot.posts[0]!;

  it('is a post snapshot of the video in the URL', () => {
    expect(snapshot.pageKind).toBe('post');
    expect(snapshot.posts).toHaveLength(1);
    expect(post.id).toBe('7301000000000001111');
    expect(post.url).toBe('https://www.tiktok.com/@lena.makeup/video/7301000000000001111');
  });

  it('reads the exact figures, including the views TikTok hides on video pages', () => {
    expect(post.views).toEqual(exact(61_234));
    expect(post.likes).toEqual(exact(5_412));
    expect(post.comments).toEqual(exact(183));
    expect(post.shares).toEqual(exact(210));
    expect(post.saves).toEqual(exact(731));
    expect(post.publishedAt).toEqual(exact(1_748_430_000_000));
  });

  it('reads the caption with its hashtags and mentions, and the paid-partnership mark', () => {
    expect(post.caption).toBe('Monolid liner in 60 seconds #makeup #monolid @glowbrand');
    expect(post.hashtags).toEqual(['makeup', 'monolid']);
    expect(post.mentions).toEqual(['glowbrand']);
    expect(post.sponsored).toBe(true);
  });

  it('reads the creator from the video author', () => {
    expect(snapshot.creator).toMatchObject({ handle: 'lena.makeup', displayName: '莉娜 Lena', verified: false });
    expect(snapshot.creator.followers).toEqual(exact(48_213));
    expect(snapshot.creator.postCount).toEqual(exact(214));
    expect(snapshot.missing).toEqual([]);
  });

  it('reads the top-level comments in page order, without the sticker-only one or the creator\'s reply', () => {
    expect(post.visibleComments).toEqual([
      'Finally a liner tutorial that works with monolids, thank you!',
      '😍😍😍',
      'wow 🔥',
      '@amy @jo',
      'Which liner is this? The tip looks so thin',
      'so cute',
      '😍😍😍',
      'Que lindo 😍',
      'wow 🔥',
      'nice',
    ]);
    expect(commentQuality(post.visibleComments)).toMatchObject({ total: 10, lowQuality: 8, lowQualityShare: 0.8 });
  });
});

describe('video page reached by in-app navigation (embedded data of another video)', () => {
  const snapshot = read('video-dom-after-navigation-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111');
  const post = snapshot.posts[0]!;

  it('uses only the visible counts, never the other video\'s data', () => {
    expect(JSON.stringify(snapshot)).not.toContain('99999');
    expect(snapshot.notices.map(english).join(' ')).toContain('describes video 7301000000000009999');
    expect(post.likes).toEqual({ value: 12_500, min: 12_450, max: 12_549, source: 'text', shown: '12.5K' });
    expect(post.comments).toMatchObject({ value: 1_024, min: 1_024, max: 1_024 });
    expect(post.shares?.value).toBe(88);
    expect(post.saves).toMatchObject({ value: 2_000, min: 1_500, max: 2_499 });
  });

  it('reads the German relative date as a range, and the caption from the page', () => {
    const threeDays = 3 * 86_400_000;
    expect(post.publishedAt?.max).toBe(NOW - threeDays);
    expect(post.publishedAt?.min).toBeGreaterThan(NOW - 4 * 86_400_000);
    expect(post.caption).toBe('Grwm: Herbst-Look #makeup');
    expect(post.hashtags).toEqual(['makeup']);
  });

  it('names what only a fresh page load would show', () => {
    const fields = snapshot.missing.map((entry) => entry.field);
    expect(fields).toEqual(expect.arrayContaining(['posts.views', 'followers', 'posts.sponsored']));
    expect(post.views).toBeNull();
    expect(snapshot.creator.followers).toBeNull();
    expect(post.sponsored).toBeNull();
  });
});

describe('video page of 2020 (__NEXT_DATA__, recorded)', () => {
  const snapshot = read('video-next-data-2020-10.html', 'https://www.tiktok.com/@tiktok/video/6881450806688664838');

  it('reads the rounded stats as ranges and the author stats', () => {
    const post = snapshot.posts[0]!;
    expect(post.likes).toMatchObject({ value: 1_300_000, min: 1_250_000, max: 1_349_999 });
    expect(post.comments).toMatchObject({ value: 25_700, min: 25_650, max: 25_749 });
    expect(post.sponsored).toBe(false);
    expect(post.mentions).toEqual(['420doggface208', 'mickfleetwood', 'tomhayes603']);
    expect(snapshot.creator.followers).toMatchObject({ value: 48_300_000, min: 48_250_000, max: 48_349_999 });
    expect(snapshot.creator.verified).toBe(true);
  });
});

describe('video readiness and routing', () => {
  it('waits while the page still shows another creator\'s video', () => {
    const doc = parseHtml(fixture('tiktok/video-dom-after-navigation-2025-06.html'));
    expect(waitingFor(tiktokVideoReadiness(doc, new URL('https://www.tiktok.com/@other.one/video/7301000000000001111')))).toBe(
      'the page still shows a video by @lena.makeup',
    );
    expect(tiktokVideoReadiness(doc, new URL('https://www.tiktok.com/@lena.makeup/video/7301000000000001111'))).toEqual({ ready: true });
  });

  it('routes video and photo URLs to the post reader', () => {
    for (const href of ['https://www.tiktok.com/@lena.makeup/video/7301000000000001111', 'https://www.tiktok.com/@lena.makeup/photo/7301000000000002222']) {
      const support = recognisePage(href);
      expect(support.supported && support.reader.pageKind).toBe('post');
    }
  });
});
