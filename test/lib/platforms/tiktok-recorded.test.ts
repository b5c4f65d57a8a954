// Two TikTok pages saved from a browser by another project (2025-12), read field by field: what a
// person reads on them, and nothing of the recommended video the video page shows after its own.
import { describe, expect, it } from 'vitest';
import { extractTikTokProfile } from '../../../lib/platforms/tiktok/profile';
import { extractTikTokVideo } from '../../../lib/platforms/tiktok/post';
import { SnapshotSchema, type Count, type Snapshot } from '../../../lib/schema/snapshot';
import { fixture, parseHtml } from '../../helpers/fixtures';

/** A little after the pages were served (2025-12-30). */
const NOW = Date.UTC(2025, 11, 31, 12);
const JOINED = Date.UTC(2020, 0, 12, 23, 49, 23); // createTime 1578872963

const exact = (value: number): Count => ({ value, min: value, max: value, source: 'embedded-json' });
const rounded = (value: number, min: number, max: number): Count => ({ value, min, max, source: 'embedded-json' });

function read(file: string, url: string, extract: (doc: Document, url: URL, now: number) => Snapshot): Snapshot {
  const snapshot = extract(parseHtml(fixture(`tiktok/${file}`)), new URL(url), NOW);
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
  return snapshot;
}

describe('profile saved from a browser (2025-12): statsV2 exact, itemList empty, grid rendered', () => {
  const snapshot = read('profile-universal-browser-saved-2025-12.html', 'https://www.tiktok.com/@illojuan', extractTikTokProfile);
  const { creator } = snapshot;

  it('names the creator as the page does', () => {
    expect(creator.handle).toBe('illojuan');
    expect(creator.displayName).toBe('IlloJuan');
    expect(creator.bio).toBe('Timing, saludos desde Almería');
    expect(creator.bioLinks).toEqual(['twitch.tv/illojuan']);
    expect(creator.verified).toBe(true);
    expect(creator.privateAccount).toBe(false);
    expect(snapshot.lang).toBe('en');
    expect(snapshot.notices).toEqual([]);
  });

  it('reads the exact counts of statsV2, not the rounded ones on screen (783.4K, 3.9M)', () => {
    expect(creator.followers).toEqual(exact(783_427));
    expect(creator.totalLikes).toEqual(exact(3_922_256));
    expect(creator.postCount).toEqual(exact(19));
  });

  it('reads following 0, as the header and the data both say', () => {
    expect(creator.following).toEqual(exact(0));
    expect(snapshot.missing).toEqual([]);
  });

  it('dates the account from createTime and reads no selling, no country', () => {
    expect(creator.joinedAt).toEqual({ value: JOINED, source: 'embedded-json' });
    expect(new Date(creator.joinedAt!.value).toISOString().slice(0, 10)).toBe('2020-01-12');
    // commerceUserInfo.commerceUser and ttSeller are false: the data says the account does not sell.
    expect(creator.sellerMarks).toEqual([]);
    expect(creator.category).toBeNull();
    // The page's only region is the viewer's (webapp.app-context "ES"); the user object has none.
    expect(creator.country).toBeNull();
  });

  it('lists the 18 videos of the rendered grid, in its order, with their shown views', () => {
    const grid = snapshot.posts.map((post) => [post.id, post.views?.shown]);
    expect(grid).toEqual([
      ['7571863205253778710', '192.1K'],
      ['7437176835944795424', '1.9M'],
      ['7116173993534622982', '4.4M'],
      ['7105891287777168645', '2.3M'],
      ['7102366922930425093', '2M'],
      ['7099595944211090694', '1M'],
      ['7098681530863684870', '2.5M'],
      ['7098393849482988805', '1.1M'],
      ['7097743763434392837', '1.9M'],
      ['7096601458853809413', '548.8K'],
      ['7096225181743566085', '434.5K'],
      ['7096097997234261254', '414.6K'],
      ['7095805005466307846', '4.8M'],
      ['7095098992198995205', '826.4K'],
      ['7094965266555161861', '4M'],
      ['7094604544478383366', '513.9K'],
      ['6781214772584025350', '414.1K'],
      ['6781208758358985989', '344.9K'],
    ]);
    expect(snapshot.posts[0]!.views).toEqual({ value: 192_100, min: 192_050, max: 192_149, source: 'text', shown: '192.1K' });
    expect(snapshot.posts[0]!.url).toBe('https://www.tiktok.com/@illojuan/video/7571863205253778710');
    expect(snapshot.posts.every((post) => !post.pinned && post.likes === null)).toBe(true);
  });
});

describe('video page saved from a browser (2025-12): the video, then a recommended one', () => {
  const snapshot = read(
    'video-universal-browser-saved-2025-12.html',
    'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    extractTikTokVideo,
  );
  const post = snapshot.posts[0]!;

  it('reads the video in the address', () => {
    expect(snapshot.posts).toHaveLength(1);
    expect(post.id).toBe('7571863205253778710');
    expect(post.publishedAt).toEqual({ value: 1_762_961_788_000, min: 1_762_961_788_000, max: 1_762_961_788_000, source: 'embedded-json' });
    expect(post.caption?.startsWith('La nueva locurilla de fin de año')).toBe(true);
    expect(post.mentions).toEqual(['burgerking_es', 'esperanzagraciaoficial']);
    expect(snapshot.notices).toEqual([]);
  });

  it('keeps the exact figures exact and the rounded ones rounded (statsV2 repeats 25500 and 192100)', () => {
    expect(post.views).toEqual(rounded(192_100, 192_050, 192_149));
    expect(post.likes).toMatchObject({ value: 25_500, min: 25_450, max: 25_549 });
    expect(post.comments).toEqual(exact(146));
    expect(post.shares).toEqual(exact(2_156));
    expect(post.saves).toEqual(exact(1_311));
  });

  it('takes none of the recommended video\'s figures (35.3K likes, 223 comments, 24.8K shares, 1852 saves)', () => {
    const figures = [post.likes, post.comments, post.shares, post.saves].map((count) => count?.value);
    expect(figures).not.toContain(35_300);
    expect(figures).not.toContain(223);
    expect(figures).not.toContain(24_800);
    expect(figures).not.toContain(1_852);
  });

  it('marks the video as a paid partnership, as its chip says, though the data\'s isAd is false', () => {
    expect(post.sponsored).toBe(true);
  });

  it('reads the author\'s counts as rounded: authorStatsV2 repeats the rounded authorStats', () => {
    expect(snapshot.creator.followers).toEqual(rounded(783_400, 783_350, 783_449));
    expect(snapshot.creator.totalLikes).toEqual(rounded(3_900_000, 3_850_000, 3_949_999));
    expect(snapshot.creator.postCount).toEqual(exact(19));
    expect(snapshot.creator.following).toEqual(exact(0));
  });

  it('dates the account from the author\'s createTime', () => {
    expect(snapshot.creator.joinedAt).toEqual({ value: JOINED, source: 'embedded-json' });
    expect(snapshot.creator.sellerMarks).toEqual([]);
    expect(snapshot.creator.category).toBeNull();
    expect(snapshot.creator.country).toBeNull();
  });
});

describe('the same video page read from its markup alone', () => {
  const url = new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710');
  function withoutData(change?: (doc: Document) => void): Snapshot {
    const doc = parseHtml(fixture('tiktok/video-universal-browser-saved-2025-12.html'));
    doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__')!.remove();
    change?.(doc);
    return extractTikTokVideo(doc, url, NOW);
  }
  const shown = (snapshot: Snapshot) => {
    const post = snapshot.posts[0]!;
    return [post.likes?.shown ?? post.likes?.value, post.comments?.value, post.shares?.value, post.saves?.value, post.sponsored];
  };

  it('reads the figures of the video\'s own article', () => {
    expect(shown(withoutData())).toEqual(['25.5K', 146, 2_156, 1_311, true]);
  });

  it('finds its article by the player of the video in the address, wherever the recommended one is placed', () => {
    const swapped = withoutData((doc) => {
      const [own, recommended] = Array.from(doc.querySelectorAll('[data-e2e="recommend-list-item-container"]'));
      own!.before(recommended!);
    });
    expect(shown(swapped)).toEqual(['25.5K', 146, 2_156, 1_311, true]);
  });

  it('reads no account facts without the data', () => {
    const { creator } = withoutData();
    expect([creator.joinedAt, creator.sellerMarks, creator.category, creator.country]).toEqual([null, null, null, null]);
  });
});
