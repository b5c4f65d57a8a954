// Instagram post or reel page -> Snapshot of that one post. Only what names the URL's post is read
// (embedded JSON, JSON-LD, the head, the post's box); the most precise reading of each figure wins.
import { toCount } from '../../parse/count';
import { parseAbsoluteDate, parseRelativeDate } from '../../parse/date';
import { flatText, PageError } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, commentTexts, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, type FieldWord } from '../common';
import { countable } from '../../parse/count-helpers';
import { goneSnapshot } from '../gone';
import { pageLang } from '../page';
import { readEmbedded } from './embedded';
import { goneHeading } from './gone';
import { exact, fromJson, mostPrecise, NO_TOTAL_LIKES, textCount } from './figures';
import { ldCounts, pageUrlNames, readDescription, titleHandle, titleName, type Description } from './meta';
import { INSTAGRAM_SELECTORS as S, likedBySelector, PAID_PARTNERSHIP_LABELS, PLAYS_WORDS, VERIFIED_BADGE } from './selectors';
import { sellerFacts } from './seller';
import { parseInstagramHref, parseInstagramUrl, postUrl, sameHandle } from './url';

export function extractInstagramPost(doc: Document, url: URL, now: number): Snapshot {
  const page = parseInstagramUrl(url);
  if (page?.kind !== 'post') throw new Error(`Not an Instagram post URL: ${url.pathname}`);
  const code = page.shortcode;
  const gone = shownPosts(doc).length === 0 ? goneHeading(doc) : null;
  if (gone !== null) {
    // The page names no owner: the address's, else the post stands in for them.
    const handle = page.handle ?? `post:${code}`;
    return goneSnapshot(doc, { platform: 'instagram', handle, postId: code, postUrl: postUrl(code, page.reel), pageSays: gone, source: 'dom' }, now);
  }
  const lang = pageLang(doc);
  const missing = new MissingFields();
  const notices: FlatText[] = [];
  const sources: string[] = [];

  const data = readEmbedded(doc, code);
  const media = data.media.get(code) ?? null;
  if (media) sources.push(...data.forms.map((form) => `embedded-json:${form}`));
  else if (data.media.size > 0) notices.push(flatText('pg_igStaleOtherPosts'));

  // The head names its page in og:url / canonical; its description and titles are this post's only then.
  const named = pageUrlNames(doc);
  const headIsPost = named?.kind === 'post' && named.shortcode === code;
  const description: Description | null = headIsPost ? readDescription(doc, lang) : null;
  if (named?.kind === 'post' && named.shortcode !== code) notices.push(flatText('pg_igStalePost', { code: named.shortcode }));
  if (named?.kind === 'profile') notices.push(flatText('pg_igStaleProfile', { handle: named.handle }));
  const metaCounts = description ? descriptionFigures(description) : null;
  if (metaCounts) sources.push('meta');
  const ld = ldCounts(doc, page);
  if (Object.keys(ld).length > 0) sources.push('json-ld');

  const shown = shownPosts(doc);
  const box = shown.find((entry) => entry.code === code) ?? null;
  if (box) sources.push('dom');
  else if (shown.length > 0) notices.push(flatText('pg_igVisibleOtherPost', { code: shown[0]!.code.slice(0, 64) }));

  // Whose post, most exact first: the post's data, its rendered header, the head's description and
  // titles, the head's address (/<name>/reel/<code>/), the address opened.
  const fromHead = headIsPost ? [description?.handle ?? null, titleHandle(doc), named.handle] : [];
  const rendered = box ? (authorLink(box.box)?.handle ?? null) : null;
  const handle = [media?.owner ?? null, rendered, ...fromHead, page.handle].find((name) => name !== null) ?? null;
  if (handle === null) throw new PageError(flatText('pg_igOwnerNotShown'));
  const user = data.users.get(handle.toLowerCase()) ?? null;
  const ownDescription = description?.handle != null && sameHandle(description.handle, handle) ? description : null;
  if (!metaCounts && media?.owner == null && rendered === null && fromHead.includes(handle)) sources.push('meta');

  const reel = page.reel || media?.reel === true;
  const post = emptyPost(code, postUrl(code, reel));
  const hidden = media?.countsHidden === true;
  const likesLink = doc.querySelector(likedBySelector(code));
  post.likes = hidden ? null : mostPrecise(fromJson(media?.likes), fromJson(ld.like), textCount(likesLink, lang), metaCounts?.likes ?? null);
  post.comments = mostPrecise(fromJson(media?.comments), fromJson(ld.comment), metaCounts?.comments ?? null);
  post.views = hidden ? null : mostPrecise(fromJson(media?.views), fromJson(ld.watch), metaCounts?.plays ?? null);
  post.publishedAt = fromJson(media?.takenAt) ?? (box ? timeCount(box.time, lang, now) : null) ?? ownDescription?.date ?? null;
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
  const displayName = clip(
    user?.displayName ?? media?.ownerName ?? ownDescription?.nameBeforeHandle ?? (headIsPost ? titleName(doc, handle) : null),
    TEXT_LIMITS.name,
  );
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
      ...sellerFacts(user),
    },
    posts: [post],
    missing: missing.list,
    sources,
    notices,
  };
}

/**
 * A post's figures in its description: likes and comments by position, after a reel's plays when
 * the description shows them (told apart by their word). Null when the parts do not fit.
 */
function descriptionFigures(description: Description): Record<'plays' | 'likes' | 'comments', Count | null> | null {
  const { parts } = description;
  const playsAt = parts.findIndex((part) => PLAYS_WORDS.some((word) => part.text.toLowerCase().includes(word)));
  const rest = parts.filter((_, index) => index !== playsAt);
  if (rest.length !== 2) return null;
  return { plays: parts[playsAt]?.count ?? null, likes: rest[0]!.count, comments: rest[1]!.count };
}

/** Posts the page shows: each <time> inside a link to a post, with the box that holds it. */
export function shownPosts(doc: Document): { code: string; time: Element; box: Element }[] {
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
