// Post pages that say their post is gone: each platform's page is read at once, as a reading that says
// so in the page's words, with no figures; the same page with its post shown is no such reading.
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../lib/platforms';
import { readSitePage } from '../../../lib/reading/read-page';
import { SnapshotSchema } from '../../../lib/schema/snapshot';
import { fixture, parseHtml } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 11, 8, 9, 30);
// Longer than a test may take: a page that waits it out fails the test by its timeout.
const LONG_WAIT_MS = 60_000;

/** `file` read as the page at `href`, waiting `waitMs` at most for it to show what the address names. */
const answerOf = (file: string, href: string, waitMs = LONG_WAIT_MS, html = fixture(file)) => readSitePage(SITES, parseHtml(html), () => href, () => NOW, waitMs);

async function read(file: string, href: string) {
  const answer = await answerOf(file, href);
  if (!answer.ok) throw new Error(`not read: ${JSON.stringify(answer.error)}`);
  expect(SnapshotSchema.safeParse(answer.snapshot).success).toBe(true);
  return answer.snapshot;
}

const GONE: [name: string, file: string, href: string, pageSays: string, postKey: string][] = [
  [
    'TikTok: webapp.video-detail with statusCode 10204',
    'tiktok/video-unavailable-2026-12.html',
    'https://www.tiktok.com/@lena.makeup/video/7301000000000009999',
    "item doesn't exist (statusCode 10204)",
    '7301000000000009999',
  ],
  [
    'YouTube: playabilityStatus ERROR with its reason',
    'youtube/watch-unavailable-2026-12.html',
    'https://www.youtube.com/watch?v=gOnEvIdEo01',
    "This video isn't available anymore",
    'gOnEvIdEo01',
  ],
  [
    'Instagram: "Sorry, this page isn\'t available."',
    'instagram/post-unavailable-2026-12.html',
    'https://www.instagram.com/p/DGoNe123abc/',
    "Sorry, this page isn't available.",
    'DGoNe123abc',
  ],
];

describe.each(GONE)('%s', (_name, file, href, pageSays, postId) => {
  it('is read at once as a post that is no longer available, in the page\'s words', async () => {
    const snapshot = await read(file, href);
    expect(snapshot.unavailable).toEqual({ pageSays });
    expect(snapshot.pageKind).toBe('post');
    expect(snapshot.posts.map((post) => post.id)).toEqual([postId]);
    // No figure is made up for a post that is gone, and no notice of a page that timed out.
    const [post] = snapshot.posts;
    expect([post!.views, post!.likes, post!.comments, post!.shares, post!.saves]).toEqual([null, null, null, null, null]);
    expect(snapshot.notices).toEqual([]);
  });
});

describe('a gone post counts only on its own page', () => {
  it('TikTok: the status of another video (the page first loaded) makes nothing gone', async () => {
    const answer = await answerOf('tiktok/video-unavailable-2026-12.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', 50);
    expect(answer.ok && answer.snapshot.unavailable).toBeFalsy();
  });

  it('YouTube: a player error whose page data names another video makes nothing gone', async () => {
    const answer = await answerOf('youtube/watch-unavailable-2026-12.html', 'https://www.youtube.com/watch?v=kLabWatch01', 50);
    expect(answer.ok && answer.snapshot.unavailable).toBeFalsy();
  });

  it('pages that show their post carry no unavailable mark', async () => {
    for (const [file, href] of [
      ['tiktok/video-universal-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111'],
      ['youtube/watch-2026-06.html', 'https://www.youtube.com/watch?v=kLabWatch01'],
      ['instagram/post-2025-06.html', 'https://www.instagram.com/p/DJx7Qm2sT1a/'],
    ] as const) {
      expect((await read(file, href)).unavailable, file).toBeUndefined();
    }
  });

  it('Instagram: the words in a page that shows the post (a caption quoting them) make nothing gone', async () => {
    const html = fixture('instagram/post-2025-06.html').replace('</main>', "<span>Sorry, this page isn't available.</span></main>");
    const answer = await answerOf('instagram/post-2025-06.html', 'https://www.instagram.com/p/DJx7Qm2sT1a/', 50, html);
    expect(answer.ok && answer.snapshot.unavailable).toBeUndefined();
    expect(answer.ok && answer.snapshot.posts[0]?.likes).not.toBeNull();
  });

  it('YouTube: an age gate asks to sign in, but the video is there', async () => {
    const html = fixture('youtube/watch-unavailable-2026-12.html').replace('"status":"ERROR"', '"status":"LOGIN_REQUIRED","desktopLegacyAgeGateReason":1');
    const answer = await answerOf('youtube/watch-unavailable-2026-12.html', 'https://www.youtube.com/watch?v=gOnEvIdEo01', 50, html);
    expect(answer.ok && answer.snapshot.unavailable).toBeFalsy();
  });

  it('YouTube: a private video (LOGIN_REQUIRED) is gone, with its reason', async () => {
    const html = fixture('youtube/watch-unavailable-2026-12.html')
      .replace('"status":"ERROR"', '"status":"LOGIN_REQUIRED"')
      .replaceAll("This video isn't available anymore", 'This video is private');
    const answer = await answerOf('youtube/watch-unavailable-2026-12.html', 'https://www.youtube.com/watch?v=gOnEvIdEo01', LONG_WAIT_MS, html);
    expect(answer.ok && answer.snapshot.unavailable).toEqual({ pageSays: 'This video is private' });
  });

  it('Instagram in Spanish: "Esta página no está disponible." is the same page', async () => {
    const html = fixture('instagram/post-unavailable-2026-12.html').replace("Sorry, this page isn't available.", 'Lo sentimos, esta página no está disponible.');
    const answer = await answerOf('instagram/post-unavailable-2026-12.html', 'https://www.instagram.com/p/DGoNe123abc/', LONG_WAIT_MS, html);
    expect(answer.ok && answer.snapshot.unavailable).toEqual({ pageSays: 'Lo sentimos, esta página no está disponible.' });
  });
});
