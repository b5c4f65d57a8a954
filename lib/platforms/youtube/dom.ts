// Reads channels and videos from the rendered page, old and new markup (selectors.ts).
import type { Count } from '../../schema/snapshot';
import { isExact } from '../../parse/count';
import { commentTexts } from '../common';
import { narrower } from '../../parse/count-helpers';
import {
  emptyChannelFacts,
  emptyVideoFacts,
  headerParts,
  linkDestination,
  viewsAndAge,
  type ChannelFacts,
  type GridVideo,
  type HeaderPart,
  type ReadContext,
  type VideoFacts,
} from './facts';
import { SUBSCRIBER_WORDS, VIDEO_WORDS, YOUTUBE_SELECTORS as S } from './selectors';
import { exactCountIn, exactWithin, fromSpelledLabel, isRelativeDate, youtubeCount, youtubeDate } from './figures';
import { shelfLinkTab } from './home';
import { channelIdIn, handleIn, parseYouTubeHref, sameName, type ChannelRef } from './url';

const MAX_GRID_ITEMS = 500;
const MAX_PARTS = 20;

/** The first element matching the alternatives in the order listed (querySelector takes document order). */
export function firstMatch(root: ParentNode | null, selectors: string): Element | null {
  return root === null ? null : firstFound(selectors, (selector) => root.querySelector(selector));
}

/** What `find` gives for the first of the alternatives in `selectors` that finds anything. */
function firstFound(selectors: string, find: (selector: string) => Element | null | undefined): Element | null {
  for (const selector of selectors.split(',')) {
    const found = find(selector.trim());
    if (found) return found;
  }
  return null;
}

function textOf(element: Element | null): string | null {
  const text = element?.textContent?.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return text ? text : null;
}

/** One line of text: whitespace of any kind collapsed. */
function lineOf(element: Element | null): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

export function firstText(root: ParentNode | null, selectors: string): string | null {
  return textOf(firstMatch(root, selectors));
}

function label(element: Element | null): string | null {
  const own = element?.getAttribute('aria-label')?.trim();
  if (own) return own;
  const inner = element?.querySelector('[aria-label]')?.getAttribute('aria-label')?.trim();
  return inner ? inner : null;
}

// ---- Channel -------------------------------------------------------------------------------

/** The visible channel page; the whole document when the markup has no ytd-browse. */
export function channelRoot(doc: Document): ParentNode {
  return doc.querySelector(S.channelRoot) ?? doc;
}

export interface ChannelDom {
  facts: ChannelFacts;
  /** Whether a channel header has rendered at all. */
  rendered: boolean;
}

export function readChannelDom(doc: Document, ctx: ReadContext): ChannelDom {
  const root = channelRoot(doc);
  const facts = emptyChannelFacts();
  const header = root.querySelector(S.headerNew);
  const old = root.querySelector(S.headerOld);
  if (header !== null) {
    const title = firstMatch(header, S.headerName);
    facts.displayName = lineOf(title);
    if (title !== null) {
      const container = title.closest('yt-dynamic-text-view-model') ?? title;
      facts.verified = container.querySelector(S.headerVerifiedNew) !== null;
    }
    const parts = metadataParts(header.querySelector(S.metadataModel));
    const read = headerParts(parts, SUBSCRIBER_WORDS, VIDEO_WORDS);
    facts.handle = handleIn(read.handle);
    facts.subscribers = read.subscribers
      ? (youtubeCount(read.subscribers.text, ctx.lang, 'text') ?? fromSpelledLabel(read.subscribers.label, ctx.lang, 'text'))
      : null;
    facts.videoCount = youtubeCount(read.videos, ctx.lang, 'text');
    facts.bio = firstText(header, S.descriptionNew);
    facts.bioLinks = links(header);
  }
  if (old !== null) {
    facts.displayName ??= lineOf(firstMatch(old, S.headerNameOld));
    facts.verified ??= facts.displayName === null ? null : old.querySelector(S.verifiedBadgeOld) !== null;
    facts.handle ??= handleIn(lineOf(old.querySelector(S.handleOld)));
    const subscribers = old.querySelector(S.subscribersOld);
    facts.subscribers ??= youtubeCount(lineOf(subscribers), ctx.lang, 'text') ?? fromSpelledLabel(label(subscribers), ctx.lang, 'text');
    facts.videoCount ??= youtubeCount(lineOf(old.querySelector(S.videosCountOld)), ctx.lang, 'text');
    facts.bio ??= firstText(old, S.descriptionOld);
    if (facts.bioLinks.length === 0) facts.bioLinks = links(old);
  }
  return { facts, rendered: facts.displayName !== null || facts.handle !== null };
}

/** The parts of a yt-content-metadata-view-model, row by row, with their accessibility labels. */
function metadataRows(model: Element | null): HeaderPart[][] {
  if (model === null) return [];
  return Array.from(model.querySelectorAll(S.metadataRow))
    .slice(0, MAX_PARTS)
    .map((row) => {
      const matches = Array.from(row.querySelectorAll(S.metadataText));
      const texts = matches.filter((element) => !matches.some((other) => other !== element && other.contains(element)));
      if (texts.length > 0) {
        return texts.slice(0, MAX_PARTS).flatMap((element) => {
          const text = lineOf(element);
          return text === null ? [] : [{ text, label: label(element) }];
        });
      }
      // No part classes (a renamed build): split the row's text at its delimiters.
      return (lineOf(row) ?? '')
        .split(/\s*[•·]\s*/)
        .filter((text) => text !== '')
        .slice(0, MAX_PARTS)
        .map((text) => ({ text, label: null }));
    })
    .filter((row) => row.length > 0);
}

function metadataParts(model: Element | null): HeaderPart[] {
  return metadataRows(model).flat();
}

function links(header: Element): string[] {
  const found = new Set<string>();
  for (const anchor of Array.from(header.querySelectorAll(S.headerLinks)).slice(0, 20)) {
    const destination = linkDestination(anchor.getAttribute('href'));
    if (destination !== null) found.add(destination);
  }
  return [...found];
}

/**
 * The grid of the selected tab, up to `limit` videos (readiness asks for one: whether the grid
 * has rendered). Items in shelves (Home tab) and items naming another channel (a feed still on
 * screen) are left out. `known` holds the videos the page's embedded data gave: a title it has,
 * or a view count it gives exactly, wins when the two are merged, so it is not read again here
 * (the video's title or views are then null).
 */
export function readGridDom(
  doc: Document,
  ctx: ReadContext,
  isOwnChannel: (href: string) => boolean,
  { limit = MAX_GRID_ITEMS, known = new Map() }: { limit?: number; known?: ReadonlyMap<string, GridVideo> } = {},
): GridVideo[] {
  const root = channelRoot(doc);
  const items = Array.from(root.querySelectorAll(S.gridItem));
  const query = gridQuery(root, items);
  const videos: GridVideo[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (videos.length >= limit) break;
    if (item.parentElement?.closest(S.shelf)) continue;
    const channelLink = query(item, S.itemChannelLink)[0]?.getAttribute('href');
    if (channelLink && !isOwnChannel(channelLink)) continue;
    const video = gridItem(item, ctx, query, known);
    if (video === null || seen.has(video.id)) continue;
    seen.add(video.id);
    videos.push(video);
  }
  return videos;
}

/**
 * The videos of the rendered Home tab's shelves that list the channel's newest uploads (the Videos
 * shelf, then the Shorts and Live shelves, in page order), told by their title link as in the data.
 */
export function readHomeShelvesDom(
  doc: Document,
  ctx: ReadContext,
  isOwn: (ref: ChannelRef | string) => boolean,
  known: ReadonlyMap<string, GridVideo> = new Map(),
): GridVideo[] {
  const videos: GridVideo[] = [];
  const seen = new Set<string>();
  const query: ItemQuery = (item, selectors) => Array.from(item.querySelectorAll(selectors));
  for (const shelf of Array.from(channelRoot(doc).querySelectorAll(S.homeShelf)).slice(0, MAX_PARTS)) {
    if (shelfLinkTab(firstMatch(shelf, S.homeShelfLink)?.getAttribute('href') ?? null, isOwn) === null) continue;
    for (const item of Array.from(shelf.querySelectorAll(S.homeShelfItem)).slice(0, MAX_GRID_ITEMS)) {
      if (item.parentElement?.closest(S.homeShelfItem)) continue;
      const video = gridItem(item, ctx, query, known);
      if (video === null || seen.has(video.id)) continue;
      seen.add(video.id);
      videos.push(video);
    }
  }
  return videos;
}

/** What a query inside one item of a grid finds: item.querySelectorAll(selectors), as an array. */
type ItemQuery = (item: Element, selectors: string) => Element[];

/**
 * Queries inside the items of one grid, each run once over the whole grid (querySelectorAll)
 * rather than once per item; the answers are those of the same query on the item. A grid holds
 * hundreds of items that repeat the same ids (#video-title in every one), and a query by id
 * inside one item looks at every element of the page with that id: one query per item made the
 * reading grow with the square of the grid. `items` are the grid's S.gridItem elements under `root`.
 */
function gridQuery(root: ParentNode, items: Element[]): ItemQuery {
  const isItem = new Set(items);
  // Items inside items (no page seen has them) come right after their outer item: document order.
  const nested = items.some((item, index) => items[index - 1]?.contains(item));
  const found = new Map<string, Map<Element, Element[]>>();
  return (item, selectors) => {
    let byItem = found.get(selectors);
    if (byItem === undefined) {
      found.set(selectors, (byItem = new Map()));
      for (const element of Array.from(root.querySelectorAll(selectors))) {
        // The item the element is inside (found by the browser, without touching the nodes
        // between), and every item around that one when items are nested; an item above the
        // grid's root is none of the grid's.
        for (let node = element.parentElement?.closest(S.gridItem); node && isItem.has(node); node = node.parentElement?.closest(S.gridItem)) {
          const inItem = byItem.get(node);
          if (inItem) inItem.push(element);
          else byItem.set(node, [element]);
          if (!nested) break;
        }
      }
    }
    return byItem.get(item) ?? [];
  };
}

/** firstMatch(item, selectors) through a grid's query: the alternatives one after another. */
function firstIn(query: ItemQuery, item: Element, selectors: string): Element | null {
  return firstFound(selectors, (selector) => query(item, selector)[0]);
}

function gridItem(item: Element, ctx: ReadContext, query: ItemQuery, known: ReadonlyMap<string, GridVideo>): GridVideo | null {
  const href = firstIn(query, item, S.itemLink)?.getAttribute('href');
  if (!href) return null;
  const page = parseYouTubeHref(href);
  if (page?.kind !== 'video') return null;
  const data = known.get(page.videoId);

  const isDate = (text: string) => isRelativeDate(text, ctx.lang, ctx.now);
  let parts: string[] = [];
  const lockupRows = metadataRows(query(item, S.metadataModel)[0] ?? null);
  if (lockupRows.length > 0) parts = lockupRows.at(-1)!.map((part) => part.text);
  else parts = query(item, S.itemMetadataOld).slice(0, MAX_PARTS).flatMap((span) => lineOf(span) ?? []);
  const shortsViews = lineOf(firstIn(query, item, S.itemShortsViews));
  const { views: viewsText, age } = shortsViews !== null ? { views: shortsViews, age: null } : viewsAndAge(parts, isDate);

  let views: Count | null = null;
  if (!(data?.views && isExact(data.views))) {
    views = youtubeCount(viewsText, ctx.lang, 'text');
    if (views !== null && !isExact(views)) {
      const exact = exactWithin(firstIn(query, item, S.itemLabel)?.getAttribute('aria-label'), views, ctx.lang);
      if (exact !== null) views = { value: exact, min: exact, max: exact, source: 'attribute' };
    }
  }
  const live = query(item, S.itemLive).length > 0;
  return {
    id: page.videoId,
    format: page.format,
    title: data?.title != null ? null : lineOf(firstIn(query, item, S.itemTitle)),
    views: live ? null : views,
    publishedAt: youtubeDate(age, ctx.lang, ctx.now, 'text'),
    live,
  };
}

// ---- Watch page ----------------------------------------------------------------------------

/** The video id the watch page shows now, from ytd-watch-flexy (null when it shows none). */
export function shownVideoId(doc: Document): string | null {
  const flexy = doc.querySelector(`${S.watchRoot}[video-id]:not([hidden])`) ?? doc.querySelector(`${S.watchRoot}[video-id]`);
  const id = flexy?.getAttribute('video-id')?.trim();
  return id ? id.slice(0, 64) : null;
}

/** The watch page's figures, when it shows `videoId`; null while it shows another or none. */
export function readWatchDom(doc: Document, videoId: string, ctx: ReadContext): VideoFacts | null {
  const scope = doc.querySelector(`${S.watchRoot}[video-id="${videoId}"]`);
  if (scope === null) return null;
  const facts = emptyVideoFacts();
  facts.title = lineOf(firstMatch(scope, S.watchTitle));

  const infoParts = Array.from(scope.querySelectorAll(S.watchInfoParts)).slice(0, MAX_PARTS).flatMap((span) => lineOf(span) ?? []);
  const info = viewsAndAge(infoParts, (text) => isRelativeDate(text, ctx.lang, ctx.now) || youtubeDate(text, ctx.lang, ctx.now, 'text') !== null);
  const exactViews = firstMatch(scope, S.watchViewsExact);
  const viewsLabel = exactViews?.getAttribute('aria-label') ?? null;
  facts.views = narrower(
    viewsLabel !== null ? youtubeCount(viewsLabel, ctx.lang, 'attribute') : youtubeCount(lineOf(exactViews), ctx.lang, 'text'),
    youtubeCount(info.views, ctx.lang, 'text'),
  );
  const date = firstMatch(scope, S.watchDate);
  // On a tie the calendar date wins: it does not depend on when the page was read.
  facts.publishedAt = narrower(
    youtubeDate(info.age, ctx.lang, ctx.now, 'text'),
    youtubeDate(date?.getAttribute('aria-label') ?? lineOf(date), ctx.lang, ctx.now, date?.hasAttribute('aria-label') ? 'attribute' : 'text'),
  );

  facts.likes = likesFromButton(firstMatch(scope, S.likeButton), lineOf(firstMatch(scope, S.likeText)), ctx);
  facts.comments = youtubeCount(lineOf(firstMatch(scope, S.commentCount)), ctx.lang, 'text');
  facts.description = firstText(scope, S.watchDescription);
  facts.owner = ownerFacts(scope.querySelector(S.owner), ctx);
  facts.sponsored = paidPromotionShown(doc) ? true : null;
  return facts;
}

/**
 * The top-level comments the watch page shows for `videoId`, in page order. Replies and the
 * creator's own comments (a pinned note, by the author link's handle) are left out.
 */
export function readWatchComments(doc: Document, videoId: string, ownerHandle: string | null): string[] {
  const scope = doc.querySelector(`${S.watchRoot}[video-id="${videoId}"]`);
  if (scope === null) return [];
  const notReply = (element: Element) => element.closest(S.commentReplies) === null;
  const threads = Array.from(scope.querySelectorAll(S.commentThread));
  // Without thread renderers (a newer build), every comment view model outside the replies.
  const comments = threads.length > 0
    ? threads.flatMap((thread) => Array.from(thread.querySelectorAll(S.commentText)).find(notReply) ?? [])
    : Array.from(scope.querySelectorAll(S.commentText)).filter(notReply);
  return commentTexts(
    comments
      .filter((text) => {
        const author = handleIn(firstMatch(text.closest(S.comment), S.commentAuthor)?.getAttribute('href'));
        return ownerHandle === null || author === null || !sameName(author, ownerHandle);
      })
      .map((text) => text.textContent),
  );
}

function likesFromButton(button: Element | null, shown: string | null, ctx: ReadContext): Count | null {
  const rounded = youtubeCount(shown, ctx.lang, 'text');
  const exact = exactCountIn(button?.getAttribute('aria-label'), ctx.lang);
  if (exact !== null && (rounded === null || (exact >= rounded.min - 1 && exact <= rounded.max))) {
    return { value: exact, min: exact, max: exact, source: 'attribute' };
  }
  return rounded;
}

function ownerFacts(owner: Element | null, ctx: ReadContext): ChannelFacts | null {
  if (owner === null) return null;
  const facts = emptyChannelFacts();
  const link = firstMatch(owner, S.ownerLink);
  const href = link?.getAttribute('href') ?? null;
  facts.handle = handleIn(href);
  facts.channelId = channelIdIn(href);
  facts.displayName = lineOf(link);
  const subscribers = owner.querySelector(S.ownerSubscribers);
  facts.subscribers = youtubeCount(lineOf(subscribers), ctx.lang, 'text') ?? fromSpelledLabel(label(subscribers), ctx.lang, 'text');
  facts.verified = facts.displayName === null ? null : owner.querySelector(S.verifiedBadge) !== null;
  return facts;
}

/** The player's "Includes paid promotion" overlay, while it is on screen. */
export function paidPromotionShown(doc: Document): boolean {
  const overlay = firstMatch(doc, S.paidOverlay);
  return overlay !== null && lineOf(overlay) !== null;
}

// ---- Shorts player -------------------------------------------------------------------------

/** The Short on screen. Its id is not in the markup; the caller trusts the URL for it. */
export function readShortsDom(doc: Document, ctx: ReadContext): VideoFacts | null {
  const active = doc.querySelector(S.shortsActive);
  if (active === null) return null;
  const facts = emptyVideoFacts();
  facts.title = lineOf(firstMatch(active, S.shortsTitle));
  const likeButton = firstMatch(active, S.shortsLikeButton);
  facts.likes = likesFromButton(likeButton, lineOf(likeButton?.closest('label, button-view-model, like-button-view-model') ?? null), ctx);
  const comments = firstMatch(active, S.shortsCommentsButton);
  const exactComments = exactCountIn(comments?.getAttribute('aria-label'), ctx.lang);
  facts.comments =
    exactComments !== null ? { value: exactComments, min: exactComments, max: exactComments, source: 'attribute' } : youtubeCount(lineOf(comments), ctx.lang, 'text');
  const channel = firstMatch(active, S.shortsChannelLink);
  if (channel !== null) {
    const owner = emptyChannelFacts();
    const href = channel.getAttribute('href');
    owner.handle = handleIn(href) ?? handleIn(lineOf(channel));
    owner.channelId = channelIdIn(href);
    owner.displayName = lineOf(channel);
    facts.owner = owner;
  }
  facts.sponsored = paidPromotionShown(doc) ? true : null;
  return facts;
}
