// Instagram profile and post pages -> Snapshot. Each figure is read from every source that
// belongs to the URL's handle or post (embedded JSON, JSON-LD, title attributes, the head's
// description, the visible text) and the most precise reading wins. Instagram navigates
// without reloading, so data that names another handle or post is never used.
import { isExact, parseCount, toCount } from '../../parse/count';
import { parseAbsoluteDate, parseRelativeDate } from '../../parse/date';
import { flatText, PageError } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, Post, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, commentTexts, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, notReady, type FieldWord } from '../common';
import { countable } from '../../parse/count-helpers';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { embeddedNames, readEmbedded, type EmbeddedMedia } from './embedded';
import { firstCount, ldCounts, pageUrlNames, readDescription, titleName, type Description } from './meta';
import { INSTAGRAM_SELECTORS as S, likedBySelector, PAID_PARTNERSHIP_LABELS, VERIFIED_LABEL_CHECKED, VERIFIED_LABELS } from './selectors';
import { parseInstagramHref, parseInstagramUrl, postUrl, profileUrl, sameHandle } from './url';

const MAX_POSTS = 500;
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const NO_TOTAL_LIKES = flatText('pg_igNoTotalLikes');

const exact = (value: number, source: Count['source']): Count => ({ value, min: value, max: value, source });
const fromJson = (value: number | null | undefined): Count | null => (value == null ? null : exact(value, 'embedded-json'));

/** The most precise of several readings of one figure; the first (most trusted) on a tie. */
function mostPrecise(...readings: (Count | null)[]): Count | null {
  let best: Count | null = null;
  for (const reading of readings) {
    if (reading && (best === null || reading.max - reading.min < best.max - best.min)) best = reading;
  }
  return best;
}

// ---- Readiness -------------------------------------------------------------------------

/** Whether the page shows the URL's profile or post yet; cheap, as it runs on every mutation. */
export function instagramReadiness(doc: Document, url: URL): Readiness {
  const page = parseInstagramUrl(url);
  if (page?.kind === 'profile') {
    const shown = headerHandle(doc);
    if (shown !== null && !sameHandle(shown, page.handle)) {
      return notReady({ what: 'otherProfile', shown, expected: page.handle });
    }
    if (shown !== null || descriptionNames(doc, page.handle) || embeddedNames(doc, page.handle.toLowerCase())) {
      return { ready: true };
    }
    return notReady({ what: 'profileHeader' });
  }
  if (page?.kind === 'post') {
    const shown = shownPosts(doc);
    if (shown.some((entry) => entry.code === page.shortcode)) return { ready: true };
    if (shown.length > 0) return notReady({ what: 'otherPost', code: shown[0]!.code });
    const named = pageUrlNames(doc);
    if ((named?.kind === 'post' && named.shortcode === page.shortcode) || embeddedNames(doc, page.shortcode)) {
      return { ready: true };
    }
    return notReady({ what: 'post' });
  }
  return { ready: true };
}

// ---- Profile ---------------------------------------------------------------------------

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

  const description = readDescription(doc, lang);
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
    },
    posts,
    missing: missing.list,
    sources,
    notices,
  };
}

/** The handle the profile header shows: its followers link's href, else its h2. */
function headerHandle(doc: Document): string | null {
  const href = doc.querySelector(S.followersLink)?.getAttribute('href') ?? '';
  const fromLink = /^(?:https?:\/\/[^/]+)?\/([A-Za-z0-9._]{1,30})\/followers\/$/.exec(href)?.[1];
  if (fromLink) return fromLink;
  const shown = doc.querySelector(S.headerHandle)?.textContent?.trim().replace(/^@/, '') ?? '';
  return HANDLE.test(shown) ? shown : null;
}

function descriptionNames(doc: Document, handle: string): boolean {
  const described = readDescription(doc, null)?.handle ?? namedHandle(doc);
  return described !== null && sameHandle(described, handle);
}

function namedHandle(doc: Document): string | null {
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

function textCount(element: Element | null, lang: string | null): Count | null {
  const text = element?.textContent?.trim();
  return text ? firstCount(text, lang) : null;
}

const VERIFIED_BADGE = VERIFIED_LABELS.map((label) => `svg[aria-label="${label}"]`).join(', ');

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

// ---- Post ------------------------------------------------------------------------------

export function extractInstagramPost(doc: Document, url: URL, now: number): Snapshot {
  const page = parseInstagramUrl(url);
  if (page?.kind !== 'post') throw new Error(`Not an Instagram post URL: ${url.pathname}`);
  const code = page.shortcode;
  const lang = pageLang(doc);
  const missing = new MissingFields();
  const notices: FlatText[] = [];
  const sources: string[] = [];

  const data = readEmbedded(doc, code);
  const media = data.media.get(code) ?? null;
  if (media) sources.push(...data.forms.map((form) => `embedded-json:${form}`));
  else if (data.media.size > 0) notices.push(flatText('pg_igStaleOtherPosts'));

  // The head names its page in og:url; a post's description does not name the post itself.
  const named = pageUrlNames(doc);
  const description: Description | null =
    named?.kind === 'post' && named.shortcode === code ? readDescription(doc, lang) : null;
  if (named?.kind === 'post' && named.shortcode !== code) notices.push(flatText('pg_igStalePost', { code: named.shortcode }));
  if (named?.kind === 'profile') notices.push(flatText('pg_igStaleProfile', { handle: named.handle }));
  const metaCounts = description?.parts.length === 2 ? description.parts : null;
  if (metaCounts) sources.push('meta');
  const ld = ldCounts(doc, page);
  if (Object.keys(ld).length > 0) sources.push('json-ld');

  const shown = shownPosts(doc);
  const box = shown.find((entry) => entry.code === code) ?? null;
  if (box) sources.push('dom');
  else if (shown.length > 0) notices.push(flatText('pg_igVisibleOtherPost', { code: shown[0]!.code.slice(0, 64) }));

  const handle =
    media?.owner ?? description?.handle ?? page.handle ?? (box ? (authorLink(box.box)?.handle ?? null) : null);
  if (handle === null) throw new PageError(flatText('pg_igOwnerNotShown'));
  const user = data.users.get(handle.toLowerCase()) ?? null;
  const ownDescription = description?.handle != null && sameHandle(description.handle, handle) ? description : null;

  const reel = page.reel || media?.reel === true;
  const post = emptyPost(code, postUrl(code, reel));
  const hidden = media?.countsHidden === true;
  const likesLink = doc.querySelector(likedBySelector(code));
  post.likes = hidden ? null : mostPrecise(fromJson(media?.likes), fromJson(ld.like), textCount(likesLink, lang), metaCounts?.[0]?.count ?? null);
  post.comments = mostPrecise(fromJson(media?.comments), fromJson(ld.comment), metaCounts?.[1]?.count ?? null);
  post.views = hidden ? null : mostPrecise(fromJson(media?.views), fromJson(ld.watch));
  post.publishedAt = fromJson(media?.takenAt) ?? (box ? timeCount(box.time, lang, now) : null);
  const labelled = box !== null && paidPartnershipLabel(box.box);
  post.sponsored = labelled || (media?.sponsored ?? null);
  post.caption = clip(media?.caption ?? description?.quote ?? box?.box.querySelector(S.postCaption)?.textContent, TEXT_LIMITS.caption);
  post.hashtags = hashtagsIn(post.caption);
  post.mentions = mentionsIn(post.caption);
  post.visibleComments = box ? shownComments(box.box, handle) : [];

  const hiddenReason = flatText('pg_igCountsHidden');
  const notShown = (what: FieldWord) => flatText('pg_notShown', { what });
  missing.check('posts.likes', post.likes, hidden ? hiddenReason : notShown('likes'));
  missing.check('posts.comments', post.comments, notShown('comments'));
  if (reel || (media?.views ?? null) !== null) {
    missing.check('posts.views', post.views, hidden ? hiddenReason : notShown('views'));
  }
  missing.check('posts.publishedAt', post.publishedAt, notShown('postDate'));

  const onProfile = (what: FieldWord) => flatText('pg_igOnProfile', { what, handle });
  const followers = fromJson(user?.followers);
  const following = fromJson(user?.following);
  const postCount = fromJson(user?.postCount);
  missing.check('followers', followers, onProfile('followers'));
  missing.check('following', following, onProfile('following'));
  missing.check('postCount', postCount, onProfile('postCount'));
  missing.add('totalLikes', NO_TOTAL_LIKES);
  const displayName = clip(user?.displayName ?? media?.ownerName ?? ownDescription?.nameBeforeHandle, TEXT_LIMITS.name);
  missing.check('displayName', displayName, notShown('displayName'));
  const bio = clip(user?.bio, TEXT_LIMITS.bio);

  return {
    version: SNAPSHOT_VERSION,
    platform: 'instagram',
    pageKind: 'post',
    lang,
    url: post.url,
    capturedAt: now,
    creator: {
      handle: handle.slice(0, TEXT_LIMITS.handle),
      displayName,
      bio,
      bioLinks: (user?.links ?? []).map((link) => link.slice(0, TEXT_LIMITS.url)).slice(0, 20),
      email: user?.email?.slice(0, 254) ?? emailIn(bio),
      verified: user?.verified ?? media?.ownerVerified ?? (box && authorVerified(box.box) ? true : null),
      privateAccount: user?.privateAccount ?? null,
      followers,
      following,
      totalLikes: null,
      postCount,
    },
    posts: [post],
    missing: missing.list,
    sources,
    notices,
  };
}

/** Posts the page shows: each <time> inside a link to a post, with the box that holds it. */
function shownPosts(doc: Document): { code: string; time: Element; box: Element }[] {
  return Array.from(doc.querySelectorAll(S.postTime)).slice(0, 50).flatMap((time) => {
    const target = parseInstagramHref(time.closest('a')?.getAttribute('href'));
    const box = time.closest(S.postBox);
    return target?.kind === 'post' && box ? [{ code: target.shortcode, time, box }] : [];
  });
}

/**
 * Top-level comments in the post's box, in page order: items with a commenter's profile link,
 * not inside another item (replies); a first item by the owner is the caption and left out.
 */
function shownComments(box: Element, owner: string): string[] {
  const inReplies = (element: Element, item: Element) => element.closest('li') !== item;
  const texts: (string | null | undefined)[] = [];
  let first = true;
  for (const item of Array.from(box.querySelectorAll(S.commentItem)).slice(0, 500)) {
    const outer = item.parentElement?.closest('li');
    if (outer && box.contains(outer)) continue;
    const author = Array.from(item.querySelectorAll(S.commentAuthor))
      .filter((link) => !inReplies(link, item))
      .map((link) => parseInstagramHref(link.getAttribute('href')))
      .find((target) => target?.kind === 'profile');
    if (author?.kind !== 'profile') continue;
    const caption = first && sameHandle(author.handle, owner);
    first = false;
    if (caption) continue;
    const text = Array.from(item.querySelectorAll(S.commentText)).find((span) => !inReplies(span, item) && span.closest('a') === null);
    texts.push(text?.textContent);
  }
  return commentTexts(texts);
}

/** The exact instant in datetime="...", else the shown text ("3 days ago", "March 5, 2024") as a range. */
function timeCount(time: Element, lang: string | null, now: number): Count | null {
  const instant = Date.parse(time.getAttribute('datetime') ?? '');
  if (Number.isFinite(instant) && instant >= 0) return exact(instant, 'attribute');
  const shown = time.textContent?.trim() ?? '';
  const range = countable(parseRelativeDate(shown, lang, now) ?? parseAbsoluteDate(time.getAttribute('title') ?? shown, lang));
  return range ? toCount(range, 'text', shown) : null;
}

function paidPartnershipLabel(box: Element): boolean {
  return Array.from(box.querySelectorAll('header')).some((header) => {
    const text = header.textContent?.toLowerCase() ?? '';
    return PAID_PARTNERSHIP_LABELS.some((label) => text.includes(label));
  });
}

/** The first profile link in the post's header. */
function authorLink(box: Element): { link: Element; handle: string } | null {
  for (const link of Array.from(box.querySelectorAll(S.postHeaderLinks)).slice(0, 20)) {
    const target = parseInstagramHref(link.getAttribute('href'));
    if (target?.kind === 'profile' && link.textContent?.trim()) return { link, handle: target.handle };
  }
  return null;
}

/**
 * A badge right after the author's name. Only true or unknown: the header also shows
 * badges of partner brands, and the badge's label is localized.
 */
function authorVerified(box: Element): boolean {
  let node: Element | null = authorLink(box)?.link ?? null;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next && (next.matches(VERIFIED_BADGE) || next.firstElementChild?.matches(VERIFIED_BADGE))) return true;
  }
  return false;
}
