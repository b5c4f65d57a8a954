// What Creator Lens reads from Instagram posts and reels seen logged out, where only the head
// names the owner and the figures, and the seller facts (category, business account) every
// Instagram reading carries. The first fixture is a page Instagram served (saved by another
// project); the others are written after the same structure.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { english } from '../../../lib/i18n';
import { PageError } from '../../../lib/i18n/text';
import { instagramSite } from '../../../lib/platforms/instagram';
import { splitDescription } from '../../../lib/platforms/instagram/meta';
import { instagramReadiness } from '../../../lib/platforms/instagram/readiness';
import { SnapshotSchema, type Count, type Snapshot } from '../../../lib/schema/snapshot';

const NOW = Date.UTC(2026, 3, 20, 9, 30);
const DAY = 86_400_000;
const doc = (name: string) => parseHtml(fixture(`instagram/${name}`));

function read(name: string, href: string, page: Document = doc(name)): Snapshot {
  const url = new URL(href);
  const answer = instagramSite(url);
  if (answer === null || !('reader' in answer)) throw new Error(`no reader for ${href}`);
  const snapshot = answer.reader.extract(page, url, NOW);
  const checked = SnapshotSchema.safeParse(snapshot);
  if (!checked.success) throw new Error(JSON.stringify(checked.error.issues));
  return snapshot;
}

/** The sentence a reading fails with, in English; null when it reads. */
function failure(name: string, href: string, page: Document = doc(name)): string | null {
  try {
    read(name, href, page);
    return null;
  } catch (error) {
    if (error instanceof PageError) return english(error.text);
    throw error;
  }
}

const counted = (value: number, min: number, max: number, shown: string): Count => ({ value, min, max, source: 'text', shown });
/** The span of one calendar day (UTC), as a date written without a time reads. */
const day = (year: number, month: number, date: number, shown: string): Count => {
  const start = Date.UTC(year, month - 1, date);
  return { value: start + DAY / 2, min: start, max: start + DAY - 1, source: 'text', shown };
};
const missingReason = (snapshot: Snapshot, field: string) => {
  const entry = snapshot.missing.find((missing) => missing.field === field);
  return entry && english(entry.reason);
};
const without = (page: Document, selector: string): Document => {
  for (const element of Array.from(page.querySelectorAll(selector))) element.remove();
  return page;
};

describe('photo post seen logged out, as Instagram served it (2024-12)', () => {
  const href = 'https://www.instagram.com/p/CPeC-Eenc8l/';
  const snapshot = read('post-logged-out-2024-12.html', href);
  const post = snapshot.posts[0];

  it('is the post of @willyrex, named only in the head', () => {
    expect(snapshot).toMatchObject({ platform: 'instagram', pageKind: 'post', lang: 'en', url: href });
    expect(snapshot.creator.handle).toBe('willyrex');
    expect(snapshot.creator.displayName).toBe('Willyrex');
    expect(snapshot.sources).toEqual(['meta']);
    expect(snapshot.notices).toEqual([]);
  });

  it('shows the rounded likes, the comments and the day it was posted, as the description gives them', () => {
    expect(snapshot.posts).toHaveLength(1);
    expect(post?.id).toBe('CPeC-Eenc8l');
    expect(post?.likes).toEqual(counted(298_000, 297_500, 298_499, '298K'));
    expect(post?.comments).toEqual(counted(553, 553, 553, '553'));
    expect(post?.publishedAt).toEqual(day(2021, 5, 29, 'May 29, 2021'));
    expect(post?.views).toBeNull();
    expect(post?.sponsored).toBeNull();
  });

  it('reads the caption without the quotes and the full stop around it', () => {
    expect(post?.caption).toBe('Una de mis nuevas sudaderas top!! Per ardua ad astra 🚀🚀🚀');
    expect(post?.hashtags).toEqual([]);
    expect(post?.mentions).toEqual([]);
  });

  it("leaves the creator's counts to the profile page and the seller facts the page does not hold unknown", () => {
    expect(snapshot.creator).toMatchObject({
      followers: null, following: null, postCount: null, totalLikes: null, verified: null,
      joinedAt: null, sellerMarks: null, category: null,
    });
    expect(missingReason(snapshot, 'followers')).toBe("A post page does not show the follower count; open @willyrex's profile");
    expect(missingReason(snapshot, 'posts.views')).toBeUndefined();
  });

  it("does not take the viewer's region in the page data (ES) for the creator's country", () => {
    expect(fixture('instagram/post-logged-out-2024-12.html')).toContain('"country_code": "ES"');
    expect(snapshot.creator.country).toBeNull();
  });

  it('is the same post under /willyrex/p/ and is ready to read before anything renders', () => {
    const withHandle = read('post-logged-out-2024-12.html', 'https://www.instagram.com/willyrex/p/CPeC-Eenc8l/');
    expect(withHandle.creator.handle).toBe('willyrex');
    expect(withHandle.posts[0]?.likes?.value).toBe(298_000);
    expect(instagramReadiness(doc('post-logged-out-2024-12.html'), new URL(href))).toEqual({ ready: true });
  });

  it("waits, and reads none of it, on another post's address", () => {
    const other = new URL('https://www.instagram.com/p/CQzz123abcD/');
    expect(instagramReadiness(doc('post-logged-out-2024-12.html'), other).ready).toBe(false);
    expect(failure('post-logged-out-2024-12.html', other.href)).toMatch(/whose post/);
  });

  it('still knows the owner from twitter:title when the description is gone, and then reads no figure', () => {
    const page = without(doc('post-logged-out-2024-12.html'), 'meta[name="description"], meta[property="og:description"]');
    const snapshot = read('post-logged-out-2024-12.html', href, page);
    expect(snapshot.creator).toMatchObject({ handle: 'willyrex', displayName: 'Willyrex' });
    expect(snapshot.posts[0]).toMatchObject({ likes: null, comments: null, publishedAt: null });
    expect(missingReason(snapshot, 'posts.likes')).toBe('The like count is not shown on this page');
  });
});

describe('reel seen logged out, the owner in its address (written after the 2026 structure)', () => {
  const href = 'https://www.instagram.com/reel/DPq4Rs5tUv6/';
  const snapshot = read('reel-logged-out-2026-03.html', href);
  const post = snapshot.posts[0];

  it('reads the owner, plays, likes, comments, date and caption from the head', () => {
    expect(snapshot.creator).toMatchObject({ handle: 'mila.moves', displayName: 'Mila Moves' });
    expect(snapshot.url).toBe(href);
    expect(post).toMatchObject({
      id: 'DPq4Rs5tUv6',
      url: href,
      views: counted(1_200_000, 1_150_000, 1_249_999, '1.2M'),
      likes: counted(95_000, 94_500, 95_499, '95K'),
      comments: counted(1_204, 1_204, 1_204, '1,204'),
      publishedAt: day(2026, 3, 2, 'March 2, 2026'),
      caption: '30-second hip mobility flow 🧘 #mobility #reels with @yoga.mats.co',
      hashtags: ['mobility', 'reels'],
      mentions: ['yoga.mats.co'],
    });
  });

  it("takes the owner from og:url's /<name>/reel/ when neither the description nor a title names it", () => {
    const page = without(doc('reel-logged-out-2026-03.html'), 'meta[name="twitter:title"], meta[name="description"], meta[property="og:description"]');
    const snapshot = read('reel-logged-out-2026-03.html', href, page);
    expect(snapshot.creator.handle).toBe('mila.moves');
    expect(snapshot.sources).toEqual(['meta']);
    expect(snapshot.posts[0]?.views).toBeNull();
    expect(missingReason(snapshot, 'posts.views')).toBe('The view count is not shown on this page');
  });

  it('says whose post it cannot tell when the head names no owner at all, rather than guessing', () => {
    const page = without(doc('reel-logged-out-2026-03.html'), 'meta[name="twitter:title"], meta[name="description"], meta[property="og:description"]');
    for (const link of Array.from(page.querySelectorAll('meta[property="og:url"], link[rel="canonical"]'))) {
      link.setAttribute(link.hasAttribute('href') ? 'href' : 'content', href);
    }
    expect(failure('reel-logged-out-2026-03.html', href, page)).toMatch(/whose post/);
  });

  it("never takes the viewer's region (BR) for the creator's country", () => {
    expect(snapshot.creator).toMatchObject({ country: null, joinedAt: null, sellerMarks: null, category: null });
  });
});

describe('photo post seen logged out, Spanish UI (written after the 2024-12 structure)', () => {
  const snapshot = read('post-logged-out-es-2025-11.html', 'https://www.instagram.com/p/DQa1b2C3d4E/');
  const post = snapshot.posts[0];

  it('reads the owner named before the Spanish date, not the account the caption mentions', () => {
    expect(snapshot.lang).toBe('es');
    expect(snapshot.creator).toMatchObject({ handle: 'cocina.conlucia', displayName: 'Lucía Cocina' });
    expect(post?.mentions).toEqual(['abuela.maru']);
  });

  it('reads "12 mil" likes as the range it is, the comments and the date in Spanish', () => {
    expect(post?.likes).toEqual(counted(12_000, 11_500, 12_499, '12 mil'));
    expect(post?.comments).toEqual(counted(345, 345, 345, '345'));
    expect(post?.publishedAt).toEqual(day(2025, 11, 3, '3 de noviembre de 2025'));
    expect(post?.caption).toBe('Tortilla de patatas sin huevo 🥔 receta de @abuela.maru #recetas #vegano');
    expect(post?.hashtags).toEqual(['recetas', 'vegano']);
  });
});

describe('a post description names its owner and date in each language', () => {
  it.each([
    ['en', '298K likes, 553 comments - willyrex on May 29, 2021: "Una de mis nuevas sudaderas top!!". ', 'willyrex', Date.UTC(2021, 4, 29)],
    ['es', '298 mil Me gusta, 553 comentarios - willyrex el 1 de junio de 2021: "Sudadera nueva". ', 'willyrex', Date.UTC(2021, 5, 1)],
    ['pt-BR', '1,2 mil curtidas, 87 comentários - ferragens.dobairro em 5 de outubro de 2025: "Tudo para sua obra". ', 'ferragens.dobairro', Date.UTC(2025, 9, 5)],
    ['de', '1.234 „Gefällt mir“-Angaben, 56 Kommentare - alpen.kueche am 2. Juni 2025: „Kaiserschmarrn mit @bergbauer.milch“. ', 'alpen.kueche', Date.UTC(2025, 5, 2)],
    ['fr', '3 456 J’aime, 78 commentaires - cafe.luna le 14 février 2025 : "Nouveau menu". ', 'cafe.luna', Date.UTC(2025, 1, 14)],
    ['tr', '298 B beğenme, 553 yorum - willyrex, 29 Mayıs 2021: "Yeni sweatshirt". ', 'willyrex', Date.UTC(2021, 4, 29)],
    ['en', '95K likes, 12 comments - mila.moves on March 2, 2026.', 'mila.moves', Date.UTC(2026, 2, 2)],
    ['ja', '「いいね！」1,234件、コメント56件 - sakura.cafe - 2025年6月2日: "新メニュー". ', 'sakura.cafe', Date.UTC(2025, 5, 2)],
  ])('%s: %s', (lang, text, handle, dayStart) => {
    const description = splitDescription(text, lang);
    expect(description?.handle ?? null).toBe(handle);
    expect(description?.date?.min ?? null).toBe(dayStart);
  });

  it('does not take a word before something that is not a date for an owner', () => {
    expect(splitDescription('22 Followers, 9 Following, 1 Posts - See Instagram photos and videos from tanshio', 'en')?.handle).toBeNull();
    expect(splitDescription('95K likes, 12 comments - mila.moves on Instagram: "flow"', 'en')?.handle).toBeNull();
  });
});

describe('seller facts on every Instagram reading', () => {
  it('reads the business category label and the business mark, not the broad group or the viewer\'s region', () => {
    const snapshot = read('profile-business-category-2025-06.html', 'https://www.instagram.com/kiri.ceramics/');
    expect(snapshot.creator).toMatchObject({
      handle: 'kiri.ceramics',
      category: 'Shopping & retail',
      sellerMarks: ['business-account'],
      country: null,
      joinedAt: null,
    });
    expect(snapshot.creator.followers?.value).toBe(48_213);
  });

  it.each([
    ['profile-sharedData-2021-04.html', null, [], 'https://www.instagram.com/_tanshio_/'],
    ['profile-polaris-json-2025-06.html', 'Artist', [], 'https://www.instagram.com/lena.park/'],
    ['profile-business-category-2025-06.html', 'Shopping & retail', ['business-account'], 'https://www.instagram.com/kiri.ceramics/'],
    ['profile-rendered-header-2025-06.html', null, null, 'https://www.instagram.com/lena.park/'],
    ['profile-meta-only-en-2025-06.html', null, null, 'https://www.instagram.com/lena.park/'],
    ['profile-stale-2025-06.html', null, null, 'https://www.instagram.com/second.maker/'],
    ['post-2025-06.html', null, null, 'https://www.instagram.com/p/DJx7Qm2sT1a/'],
    ['reel-2025-06.html', null, null, 'https://www.instagram.com/reel/DKr9Xy7uVw2/'],
    ['post-meta-only-de-2025-06.html', null, null, 'https://www.instagram.com/p/DHk2Lm9pQr4/'],
  ])('%s: category %j, seller marks %j; no joined date or country', (name, category, sellerMarks, href) => {
    const { creator } = read(name, href);
    expect(creator.category).toBe(category);
    expect(creator.sellerMarks).toEqual(sellerMarks);
    expect(creator.joinedAt).toBeNull();
    expect(creator.country).toBeNull();
  });
});

describe("a post's head left on a profile's address", () => {
  const profile = new URL('https://www.instagram.com/willyrex/');

  it('is not taken for the profile: not ready, and no caption as a bio', () => {
    expect(instagramReadiness(doc('post-logged-out-2024-12.html'), profile).ready).toBe(false);
    const snapshot = read('post-logged-out-2024-12.html', profile.href);
    expect(snapshot.creator.bio).toBeNull();
    expect(snapshot.creator.followers).toBeNull();
  });
});
