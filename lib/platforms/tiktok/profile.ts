// TikTok profile page -> Snapshot. Reads the data-e2e markup and, when it describes the
// profile in the URL, the embedded page data; prefers exact figures over rounded ones.
import { isExact, parseCount, toCount } from '../../parse/count';
import { flatText } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, MissingField, Post, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, emailIn, emptyPost, hashtagsIn, mentionsIn, notReady, type FieldWord } from '../common';
import { narrower } from '../../parse/count-helpers';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { embeddedVideos, readEmbeddedProfile, type EmbeddedProfile, type EmbeddedVideo } from './embedded';
import { creatorFacts, NO_FACTS, userFacts, withShopTab } from './facts';
import { PINNED_LABELS, PRIVATE_ACCOUNT_STATUS, TIKTOK_SELECTORS as S } from './selectors';
import { parseTikTokUrl, sameHandle } from './url';

const MAX_POSTS = 500;
const MAX_HANDLE_SHOWN = 40;


/**
 * Whether the page shows the profile in its URL yet. After in-app navigation TikTok keeps
 * the previous profile on screen for a moment; reading then would mix two creators.
 */
export function tiktokReadiness(doc: Document, url: URL): Readiness {
  const page = parseTikTokUrl(url);
  if (page?.kind !== 'profile') return { ready: true };
  const embedded = readEmbeddedProfile(doc, page.handle);
  const embeddedMatches = embedded?.handle != null && sameHandle(embedded.handle, page.handle);
  const shownHandle = domHandle(doc);
  if (shownHandle !== null && !sameHandle(shownHandle, page.handle)) {
    return notReady({ what: 'otherProfile', shown: shownHandle, expected: page.handle });
  }
  if (embeddedMatches) return { ready: true };
  // The counts render with the handle; a loaded page without them has changed its markup,
  // and waiting longer would not bring them.
  if (shownHandle !== null && (doc.querySelector(S.followers) || doc.readyState === 'complete')) return { ready: true };
  return notReady({ what: 'profileHeader' });
}

export function extractTikTokProfile(doc: Document, url: URL, now: number): Snapshot {
  const page = parseTikTokUrl(url);
  if (page?.kind !== 'profile') throw new Error(`Not a TikTok profile URL: ${url.pathname}`);
  const missing: MissingField[] = [];
  const notices: FlatText[] = [];
  const sources: string[] = [];

  const found = readEmbeddedProfile(doc, page.handle);
  let embedded: EmbeddedProfile | null = null;
  if (found && found.handle !== null && sameHandle(found.handle, page.handle)) {
    embedded = found;
    sources.push(`embedded-json:${found.form}`);
  } else if (found) {
    notices.push(
      found.handle === null
        ? flatText('pg_ttDataNoCreator')
        : flatText('pg_ttDataOtherProfile', { handle: found.handle.slice(0, MAX_HANDLE_SHOWN) }),
    );
  }

  const shownHandle = domHandle(doc);
  const domMatches = shownHandle !== null && sameHandle(shownHandle, page.handle);
  if (shownHandle !== null && !domMatches) {
    notices.push(flatText('pg_visibleOtherHandle', { shown: shownHandle, expected: page.handle }));
  }
  const dom = domMatches ? doc : null;
  if (dom) sources.push('dom');

  const privateAccount =
    embedded?.privateAccount ?? (embedded?.statusCode === PRIVATE_ACCOUNT_STATUS ? true : null);

  const field = (name: string, fromJson: Count | null, selector: string, reasonIfMissing: FlatText) => {
    const count = narrower(fromJson, dom ? domCount(dom, selector) : null);
    if (count === null) missing.push({ field: name, reason: reasonIfMissing });
    return count;
  };
  const notShown = (what: FieldWord) =>
    dom || embedded ? flatText('pg_notShown', { what }) : flatText('pg_profileUnreadable');

  const followers = field('followers', embedded?.followers ?? null, S.followers, notShown('followers'));
  const following = field('following', embedded?.following ?? null, S.following, notShown('following'));
  const totalLikes = field('totalLikes', embedded?.totalLikes ?? null, S.likes, notShown('totalLikes'));
  const postCount = embedded?.postCount ?? null;
  if (postCount === null) {
    missing.push({
      field: 'postCount',
      reason: flatText('pg_ttVideoCountOnlyInData'),
    });
  }

  const displayName = clip(embedded?.displayName ?? text(dom, S.displayName), TEXT_LIMITS.name);
  if (displayName === null) missing.push({ field: 'displayName', reason: notShown('displayName') });
  const bio = clip(embedded?.bio ?? text(dom, S.bio), TEXT_LIMITS.bio);
  const bioLink = clip(embedded?.bioLink ?? domBioLink(dom), TEXT_LIMITS.url);
  const email = emailIn(bio);
  const verified = embedded?.verified ?? (dom ? dom.querySelector(S.verifiedBadge) !== null : null);

  // Only the data of the profile in the address says what a seller asks; the header can add its shop tab.
  const facts = withShopTab(embedded ? userFacts(embedded.user, now) : NO_FACTS, dom?.querySelector(S.shopTab) != null);

  const posts = mergePosts(dom ? domPosts(dom, page.handle) : [], embedded ? embeddedVideos(embedded) : [], page.handle);
  if (posts.length === 0) {
    missing.push({
      field: 'posts',
      reason: flatText(privateAccount ? 'pg_ttPrivate' : 'pg_ttNoVideosInGrid'),
    });
  } else if (posts.some((post) => post.views === null)) {
    missing.push({ field: 'posts.views', reason: flatText('pg_ttGridViewsUnreadable') });
  }

  return {
    version: SNAPSHOT_VERSION,
    platform: 'tiktok',
    pageKind: 'profile',
    lang: pageLang(doc),
    url: `https://www.tiktok.com/@${page.handle}`,
    capturedAt: now,
    creator: {
      handle: (embedded?.handle ?? (domMatches ? shownHandle : null) ?? page.handle).slice(0, TEXT_LIMITS.handle),
      displayName,
      bio,
      bioLinks: bioLink === null ? [] : [bioLink],
      email,
      verified,
      privateAccount,
      followers,
      following,
      totalLikes,
      postCount,
      ...creatorFacts(facts),
    },
    posts,
    missing,
    sources,
    notices,
  };
}

/** The handle the header shows, cut to a handle's length so odd markup cannot flood messages. */
function domHandle(doc: Document): string | null {
  const shown = text(doc, S.handle);
  return shown === null ? null : shown.replace(/^@/, '').trim().slice(0, MAX_HANDLE_SHOWN) || null;
}

function text(root: ParentNode | null, selector: string): string | null {
  const content = root?.querySelector(selector)?.textContent?.trim();
  return content ? content : null;
}

/** The exact count in a title attribute when it holds one, else the visible text. */
export function domCount(root: ParentNode, selector: string): Count | null {
  const element = root.querySelector(selector);
  if (!element) return null;
  const fromTitle = parseCount(element.getAttribute('title'));
  if (fromTitle && isExact(fromTitle)) return toCount(fromTitle, 'attribute');
  const shown = element.textContent?.trim() ?? '';
  // TikTok writes K/M/B whatever the UI language, so the page's language must not decide.
  const fromText = parseCount(shown, null);
  return fromText ? toCount(fromText, 'text', shown) : null;
}

function domBioLink(dom: Document | null): string | null {
  const element = dom?.querySelector(S.bioLink);
  if (!element) return null;
  // TikTok routes bio links through its own redirector; the text is the destination shown.
  return element.textContent?.trim() || element.getAttribute('href');
}

function domPosts(doc: Document, handle: string): Post[] {
  const posts: Post[] = [];
  for (const item of Array.from(doc.querySelectorAll(S.postItem)).slice(0, MAX_POSTS)) {
    const link = item.matches(S.postLink) ? item : item.querySelector(S.postLink) ?? item.closest(S.postLink);
    const href = link?.getAttribute('href');
    if (!href) continue;
    let target: URL;
    try {
      target = new URL(href, 'https://www.tiktok.com');
    } catch {
      continue;
    }
    const video = parseTikTokUrl(target);
    // Grid items of another creator mean the grid has not caught up with navigation.
    if (video?.kind !== 'video' || !sameHandle(video.handle, handle)) continue;
    const badge = item.querySelector(S.postBadge)?.textContent?.trim().toLowerCase() ?? '';
    const post = emptyPost(video.videoId, `https://www.tiktok.com/@${video.handle}/${video.format}/${video.videoId}`);
    post.views = domCount(item, S.postViews);
    post.pinned = badge !== '' && PINNED_LABELS.some((label) => badge.includes(label));
    posts.push(post);
  }
  return posts;
}

/** A post from embedded data: exact dates, captions with their tags. */
export function embeddedPost(video: EmbeddedVideo, url: string): Post {
  return {
    ...emptyPost(video.id, url),
    views: video.views,
    likes: video.likes,
    comments: video.comments,
    shares: video.shares,
    saves: video.saves,
    pinned: video.pinned,
    publishedAt: video.publishedAt === null ? null : { value: video.publishedAt, min: video.publishedAt, max: video.publishedAt, source: 'embedded-json' },
    sponsored: video.isAd,
    caption: clip(video.caption, TEXT_LIMITS.caption),
    hashtags: hashtagsIn(video.caption),
    mentions: mentionsIn(video.caption),
  };
}

/** Grid order from the page; figures from embedded data where they are narrower. */
function mergePosts(fromDom: Post[], fromJson: EmbeddedVideo[], handle: string): Post[] {
  const byId = new Map(fromJson.map((video) => [video.id, video]));
  const merged = fromDom.map((post): Post => {
    const video = byId.get(post.id);
    if (!video) return post;
    byId.delete(post.id);
    const fromData = embeddedPost(video, post.url);
    return { ...fromData, views: narrower(fromData.views, post.views), pinned: post.pinned || video.pinned };
  });
  for (const video of byId.values()) {
    if (merged.length >= MAX_POSTS) break;
    merged.push(embeddedPost(video, `https://www.tiktok.com/@${handle}/video/${video.id}`));
  }
  return merged;
}
