// Instagram profile page -> Snapshot. Each figure is read from every source that names the URL's handle
// (embedded JSON, JSON-LD, title attributes, the head's description, the header); the most precise wins.
import { isExact, parseCount, toCount } from '../../parse/count';
import { flatText } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, Post, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, type FieldWord } from '../common';
import { pageLang } from '../page';
import { readEmbedded, type EmbeddedMedia } from './embedded';
import { fromJson, mostPrecise, NO_TOTAL_LIKES, textCount } from './figures';
import { firstCount, ldCounts, pageUrlNames, profileDescription, titleName } from './meta';
import { INSTAGRAM_SELECTORS as S, VERIFIED_BADGE, VERIFIED_LABEL_CHECKED } from './selectors';
import { sellerFacts } from './seller';
import { parseInstagramHref, parseInstagramUrl, postUrl, profileUrl, sameHandle } from './url';

const MAX_POSTS = 500;
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

export function extractInstagramProfile(doc: Document, url: URL, now: number): Snapshot {
  const page = parseInstagramUrl(url);
  if (page?.kind !== 'profile') throw new Error(`Not an Instagram profile URL: ${url.pathname}`);
  const { handle } = page;
  const lang = pageLang(doc);
  const missing = new MissingFields();
  const notices: FlatText[] = [];
  const sources: string[] = [];
  const stale = new Set<string>();

  const data = readEmbedded(doc, handle.toLowerCase());
  const user = data.users.get(handle.toLowerCase()) ?? null;
  if (user) sources.push(...data.forms.map((form) => `embedded-json:${form}`));
  else for (const other of data.users.values()) stale.add(other.handle);

  const ld = ldCounts(doc, page);
  if (ld.follow !== undefined) sources.push('json-ld');

  const description = profileDescription(doc, lang);
  const describedHandle = description?.handle ?? namedHandle(doc);
  const meta = description && describedHandle !== null && sameHandle(describedHandle, handle) ? description : null;
  if (description && describedHandle !== null && meta === null) stale.add(describedHandle);
  const metaCounts = meta?.parts.length === 3 ? meta.parts : null;
  if (metaCounts) sources.push('meta');
  if (stale.size > 0) {
    const names = [...stale].slice(0, 3).map((name) => `@${name.slice(0, 40)}`).join(', ');
    notices.push(flatText('pg_igStaleHandles', { names, handle }));
  }

  const shown = headerHandle(doc);
  const header = shown !== null && sameHandle(shown, handle) ? doc.querySelector(S.header) : null;
  if (shown !== null && header === null) notices.push(flatText('pg_visibleOtherHandle', { shown, expected: handle }));
  if (header) sources.push('dom');
  const stats = header ? headerStats(doc) : { posts: null, followers: null, following: null };

  const readable = user !== null || meta !== null || header !== null;
  const reason = (what: FieldWord) =>
    readable ? flatText('pg_notReadable', { what }) : flatText('pg_igNothingDescribes', { handle });
  // The description lists followers, following, posts in this order, in any language.
  const metaCount = (index: number) => metaCounts?.[index]?.count ?? null;
  const countReason = (index: number, what: FieldWord) => {
    const part = metaCounts?.[index];
    return part && part.count === null ? flatText('pg_igDescriptionUnreadable', { shown: part.text }) : reason(what);
  };

  const followers = mostPrecise(
    fromJson(user?.followers),
    fromJson(ld.follow),
    attributeCount(doc, header, lang),
    metaCount(0),
    textCount(stats.followers, lang),
  );
  const following = mostPrecise(fromJson(user?.following), metaCount(1), textCount(stats.following, lang));
  const postCount = mostPrecise(fromJson(user?.postCount), metaCount(2), textCount(stats.posts, lang));
  missing.check('followers', followers, countReason(0, 'followers'));
  missing.check('following', following, countReason(1, 'following'));
  missing.check('postCount', postCount, countReason(2, 'postCount'));
  missing.add('totalLikes', NO_TOTAL_LIKES);

  const displayName = clip(user?.displayName ?? titleName(doc, handle) ?? meta?.nameBeforeHandle, TEXT_LIMITS.name);
  missing.check('displayName', displayName, reason('displayName'));
  const bio = clip(user?.bio ?? meta?.quote, TEXT_LIMITS.bio);
  const links = [...(user?.links ?? []), ...(header ? headerLinks(header) : [])];
  const privateAccount = user?.privateAccount ?? null;

  let posts: Post[] = [];
  if (page.tab === 'tagged') {
    missing.add('posts', flatText('pg_igTaggedTab'));
  } else {
    const ownMedia = [...data.media.values()].filter(
      (media) => (media.owner !== null && sameHandle(media.owner, handle)) || (user?.id != null && media.ownerId === user.id),
    );
    // Tiles that do not name their creator are trusted only under this creator's header.
    const grid = header || shown === null ? gridPosts(doc, handle, lang, header === null) : [];
    posts = mergePosts(grid, ownMedia);
    if (posts.length === 0) {
      missing.add('posts', flatText(privateAccount ? 'pg_igPrivate' : header ? 'pg_noPostsInGrid' : 'pg_igGridNotRendered'));
    }
  }
  const onGrid = flatText('pg_igGridHidesCounts');
  const withoutLikes = posts.filter((post) => post.likes === null);
  if (withoutLikes.length > 0) {
    const turnedOff = withoutLikes.every((post) => data.media.get(post.id)?.countsHidden === true);
    missing.add('posts.likes', turnedOff ? flatText('pg_igLikesTurnedOff') : onGrid);
  }
  if (posts.some((post) => post.comments === null)) missing.add('posts.comments', onGrid);
  if (posts.some((post) => post.views === null && post.url.includes('/reel/'))) {
    missing.add('posts.views', flatText(page.tab === 'reels' ? 'pg_igReelViewsUnreadable' : 'pg_igReelViewsOnReelsTab'));
  }

  return {
    version: SNAPSHOT_VERSION,
    platform: 'instagram',
    pageKind: 'profile',
    lang,
    url: profileUrl(handle),
    capturedAt: now,
    creator: {
      handle: (user?.handle ?? handle).slice(0, TEXT_LIMITS.handle),
      displayName,
      bio,
      bioLinks: [...new Set(links)].map((link) => link.slice(0, TEXT_LIMITS.url)).slice(0, 20),
      email: user?.email?.slice(0, 254) ?? emailIn(bio),
      verified: user?.verified ?? (header ? headerVerified(header, lang) : null),
      privateAccount,
      followers,
      following,
      totalLikes: null,
      postCount,
      ...sellerFacts(user),
    },
    posts,
    missing: missing.list,
    sources,
    notices,
  };
}

/** The handle the profile header shows: its followers link's href, else its h2. */
export function headerHandle(doc: Document): string | null {
  const href = doc.querySelector(S.followersLink)?.getAttribute('href') ?? '';
  const fromLink = /^(?:https?:\/\/[^/]+)?\/([A-Za-z0-9._]{1,30})\/followers\/$/.exec(href)?.[1];
  if (fromLink) return fromLink;
  const shown = doc.querySelector(S.headerHandle)?.textContent?.trim().replace(/^@/, '') ?? '';
  return HANDLE.test(shown) ? shown : null;
}

export function namedHandle(doc: Document): string | null {
  const named = pageUrlNames(doc);
  return named?.kind === 'profile' ? named.handle : null;
}

/** The stats items: by their links where they have them, else by position (posts, followers, following). */
function headerStats(doc: Document): { posts: Element | null; followers: Element | null; following: Element | null } {
  const items = Array.from(doc.querySelectorAll(S.statItems));
  const byPosition = items.length === 3;
  return {
    posts: byPosition ? items[0]! : null,
    followers: doc.querySelector(S.followersLink) ?? (byPosition ? items[1]! : null),
    following: doc.querySelector(S.followingLink) ?? (byPosition ? items[2]! : null),
  };
}

/** The exact follower count in the header's title attribute. */
function attributeCount(doc: Document, header: Element | null, lang: string | null): Count | null {
  const title = header ? doc.querySelector(S.followersTitle)?.getAttribute('title') : null;
  const range = parseCount(title, lang);
  return range && isExact(range) ? toCount(range, 'attribute') : null;
}

function headerVerified(header: Element, lang: string | null): boolean | null {
  if (header.querySelector(VERIFIED_BADGE)) return true;
  // Absence proves nothing in a UI language whose label we do not know.
  const known = lang !== null && VERIFIED_LABEL_CHECKED.includes(lang.slice(0, 2).toLowerCase());
  return known ? false : null;
}

/** Bio links, unwrapped from Instagram's redirector (l.instagram.com/?u=...). */
function headerLinks(header: Element): string[] {
  return Array.from(header.querySelectorAll(S.bioLink)).flatMap((link) => {
    try {
      const target = new URL(link.getAttribute('href') ?? '', 'https://www.instagram.com').searchParams.get('u');
      return target ? [target] : [];
    } catch {
      return [];
    }
  });
}

/** Grid tiles in page order; a tile naming another creator means the grid lags behind the URL. */
function gridPosts(doc: Document, handle: string, lang: string | null, onlyNamed: boolean): Post[] {
  const posts = new Map<string, Post>();
  for (const tile of Array.from(doc.querySelectorAll(S.gridTile))) {
    if (posts.size >= MAX_POSTS) break;
    const target = parseInstagramHref(tile.getAttribute('href'));
    if (target?.kind !== 'post' || posts.has(target.shortcode)) continue;
    if (target.handle === null ? onlyNamed : !sameHandle(target.handle, handle)) continue;
    const post = emptyPost(target.shortcode, postUrl(target.shortcode, target.reel));
    post.views = tileViews(tile, lang);
    post.pinned = tile.querySelector(S.tilePinnedIcon) !== null;
    posts.set(target.shortcode, post);
  }
  return [...posts.values()];
}

/** The count in a span next to the tile's view-count icon. */
function tileViews(tile: Element, lang: string | null): Count | null {
  const icon = tile.querySelector(S.tileViewsIcon);
  let node = icon?.parentElement ?? null;
  for (let depth = 0; node && depth < 4; depth++, node = node === tile ? null : node.parentElement) {
    for (const span of Array.from(node.querySelectorAll('span'))) {
      const text = span.textContent?.trim() ?? '';
      const count = /\d/.test(text) ? firstCount(text, lang) : null;
      if (count) return count;
    }
  }
  return null;
}

function mediaPost(media: EmbeddedMedia, url: string): Post {
  return {
    ...emptyPost(media.shortcode, url),
    views: media.countsHidden ? null : fromJson(media.views),
    likes: media.countsHidden ? null : fromJson(media.likes),
    comments: fromJson(media.comments),
    pinned: media.pinned,
    publishedAt: fromJson(media.takenAt),
    sponsored: media.sponsored,
    caption: clip(media.caption, TEXT_LIMITS.caption),
    hashtags: hashtagsIn(media.caption),
    mentions: mentionsIn(media.caption),
  };
}

/** Grid order from the page, figures from embedded data; data-only posts after the grid. */
function mergePosts(grid: Post[], media: EmbeddedMedia[]): Post[] {
  const byCode = new Map(media.map((entry) => [entry.shortcode, entry]));
  const merged = grid.map((post): Post => {
    const entry = byCode.get(post.id);
    if (!entry) return post;
    byCode.delete(post.id);
    const fromData = mediaPost(entry, post.url);
    return { ...fromData, views: mostPrecise(fromData.views, post.views), pinned: post.pinned || entry.pinned };
  });
  for (const entry of byCode.values()) {
    if (merged.length >= MAX_POSTS) break;
    merged.push(mediaPost(entry, postUrl(entry.shortcode, entry.reel)));
  }
  return merged;
}
