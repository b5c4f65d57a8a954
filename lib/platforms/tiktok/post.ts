// TikTok video (or photo) page -> Snapshot of that one post. Reads the data-e2e markup and,
// when it describes the video in the URL, the embedded page data (exact counts and date).
import { toCount } from '../../parse/count';
import { parseAbsoluteDate, parseRelativeDate } from '../../parse/date';
import { flatText } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, commentTexts, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, notReady } from '../common';
import { countable, narrower } from '../../parse/count-helpers';
import { asBoolean, asRecord, asString, asWholeNumber, at, parseScriptJson } from '../json';
import { goneSnapshot } from '../gone';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { readVideo, statCount } from './embedded';
import { creatorFacts, NO_FACTS, userFacts } from './facts';
import { domCount, embeddedPost } from './profile';
import { TIKTOK_SELECTORS as S } from './selectors';
import { parseTikTokUrl, sameHandle, type TikTokPage } from './url';

type VideoPage = Extract<TikTokPage, { kind: 'video' }>;

interface EmbeddedItem {
  form: 'universal' | 'sigi' | 'next';
  item: unknown;
  authorStats: unknown;
}

/** The item the embedded data describes, when it is the video in the URL. */
function embeddedItem(doc: Document, videoId: string): EmbeddedItem | { otherId: string | null } | null {
  const universal = parseScriptJson(doc.querySelector(S.universalData));
  const fromUniversal = at(universal, '__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct');
  const sigi = parseScriptJson(doc.querySelector(S.sigiState));
  const fromSigi = at(sigi, 'ItemModule', videoId) ?? Object.values(asRecord(at(sigi, 'ItemModule')) ?? {})[0];
  const next = parseScriptJson(doc.querySelector(S.nextData));
  const fromNext = at(next, 'props', 'pageProps', 'itemInfo', 'itemStruct');
  const found: EmbeddedItem | null =
    fromUniversal !== undefined
      ? { form: 'universal', item: fromUniversal, authorStats: at(fromUniversal, 'authorStats') }
      : fromSigi !== undefined
        ? { form: 'sigi', item: fromSigi, authorStats: at(sigi, 'UserModule', 'stats', asString(at(fromSigi, 'author')) ?? '') }
        : fromNext !== undefined
          ? { form: 'next', item: fromNext, authorStats: at(fromNext, 'authorStats') }
          : null;
  if (found === null) return null;
  const id = asString(at(found.item, 'id'));
  if (id !== videoId) return { otherId: id };
  return found;
}

/**
 * What the page data says when the URL's video is gone: `webapp.video-detail` then carries a status
 * (10204 not found, 10216 private, 10222 private account) and no item. The status counts only where the
 * page names this video as its own (seo.abtest's canonical), or names none and shows no video at all:
 * after an in-app move the data still describes the page first loaded.
 */
function goneStatus(doc: Document, videoId: string): string | null {
  const universal = parseScriptJson(doc.querySelector(S.universalData));
  const scope = at(universal, '__DEFAULT_SCOPE__');
  const detail = at(scope, 'webapp.video-detail');
  const status = asWholeNumber(at(detail, 'statusCode'));
  // 0 is a shown video; a status beside the video's item says nothing about the video.
  if (status === null || status === 0 || at(detail, 'itemInfo', 'itemStruct') !== undefined) return null;
  const canonical = asString(at(scope, 'seo.abtest', 'canonical'));
  if (canonical !== null ? !canonical.includes(`/${videoId}`) : doc.querySelector(S.videoLikes) !== null) return null;
  const message = asString(at(detail, 'statusMsg'))?.trim() ?? '';
  return message === '' ? `statusCode ${status}` : `${message} (statusCode ${status})`;
}

/**
 * Where the page shows the video in the address: on the one-column layout its own article (the
 * recommended videos after it carry their own counts), else the whole page.
 */
function videoScope(doc: Document, videoId: string): ParentNode {
  const articles = Array.from(doc.querySelectorAll(S.videoArticle));
  if (articles.length === 0) return doc;
  const own = articles.find((article) => Array.from(article.querySelectorAll('[id]')).some((element) => element.id.endsWith(`-${videoId}`)));
  return own ?? articles[0]!;
}

function shownAuthor(scope: ParentNode): string | null {
  const text = scope.querySelector(S.videoAuthor)?.textContent?.trim().replace(/^@/, '');
  if (text) return text.slice(0, 40);
  const href = scope.querySelector(S.videoAuthorLink)?.getAttribute('href') ?? '';
  const linked = /^\/@([^/?#]+)/.exec(href)?.[1];
  return linked ? linked.slice(0, 40) : null;
}

export function tiktokVideoReadiness(doc: Document, url: URL): Readiness {
  const page = parseTikTokUrl(url);
  if (page?.kind !== 'video') return { ready: true };
  if (goneStatus(doc, page.videoId) !== null) return { ready: true };
  const embedded = embeddedItem(doc, page.videoId);
  if (embedded !== null && !('otherId' in embedded)) return { ready: true };
  const scope = videoScope(doc, page.videoId);
  const author = shownAuthor(scope);
  if (author !== null && !sameHandle(author, page.handle)) {
    return notReady({ what: 'videoBy', author });
  }
  if (scope.querySelector(S.videoLikes)) return { ready: true };
  return notReady({ what: 'video' });
}

/** "Lena · 3d ago" or "Lena · 2023-8-24" -> the date part. */
function dateFromAuthorLine(doc: Document, scope: ParentNode, now: number): Count | null {
  const line = scope.querySelector(S.videoAuthorLine)?.textContent ?? '';
  const shown = line.split('·').at(-1)?.trim() ?? '';
  if (!shown || !line.includes('·')) return null;
  const lang = pageLang(doc);
  const range = countable(parseRelativeDate(shown, lang, now) ?? parseAbsoluteDate(shown, lang, now));
  return range ? toCount(range, 'text', shown) : null;
}

/** Top-level comment texts in page order (replies are marked level 2); outermost marked element only. */
function shownComments(doc: Document): string[] {
  const list = doc.querySelector(S.commentList) ?? doc;
  const marked = Array.from(list.querySelectorAll(S.commentText));
  return commentTexts(marked.filter((element) => element.parentElement?.closest(S.commentText) == null).map((element) => element.textContent));
}

export function extractTikTokVideo(doc: Document, url: URL, now: number): Snapshot {
  const page = parseTikTokUrl(url);
  if (page?.kind !== 'video') throw new Error(`Not a TikTok video URL: ${url.pathname}`);
  return readVideoPage(doc, page, now);
}

function readVideoPage(doc: Document, page: VideoPage, now: number): Snapshot {
  const missing = new MissingFields();
  const notices: FlatText[] = [];
  const sources: string[] = [];
  const postUrl = `https://www.tiktok.com/@${page.handle}/${page.format}/${page.videoId}`;
  const gone = goneStatus(doc, page.videoId);
  if (gone !== null) {
    return goneSnapshot(doc, { platform: 'tiktok', handle: page.handle, postId: page.videoId, postUrl, pageSays: gone, source: 'embedded-json:universal' }, now);
  }

  const found = embeddedItem(doc, page.videoId);
  const embedded = found !== null && !('otherId' in found) ? found : null;
  if (found !== null && 'otherId' in found) {
    notices.push(found.otherId === null ? flatText('pg_ttDataAnotherVideo') : flatText('pg_ttDataOtherVideo', { id: found.otherId.slice(0, 30) }));
  }
  if (embedded) sources.push(`embedded-json:${embedded.form}`);

  const scope = videoScope(doc, page.videoId);
  const author = shownAuthor(scope);
  const domMatches = author === null || sameHandle(author, page.handle);
  if (!domMatches) notices.push(flatText('pg_ttVisibleVideoBy', { author: author ?? '', expected: page.handle }));
  const dom = domMatches ? scope : null;
  if (dom?.querySelector(S.videoLikes)) sources.push('dom');

  const video = embedded ? readVideo(embedded.item) : null;
  const post = video ? embeddedPost(video, postUrl) : emptyPost(page.videoId, postUrl);
  if (dom) {
    post.likes = narrower(post.likes, domCount(dom, S.videoLikes));
    post.comments = narrower(post.comments, domCount(dom, S.videoComments));
    post.shares = narrower(post.shares, domCount(dom, S.videoShares));
    post.saves = narrower(post.saves, domCount(dom, S.videoSaves));
    if (post.caption === null) {
      post.caption = clip(dom.querySelector(S.videoCaption)?.textContent, TEXT_LIMITS.caption);
      post.hashtags = hashtagsIn(post.caption);
      post.mentions = mentionsIn(post.caption);
    }
    post.publishedAt ??= dateFromAuthorLine(doc, dom, now);
    post.visibleComments = shownComments(doc);
    // TikTok's isAd marks its ads; a creator's paid partnership shows only as this chip.
    if (dom.querySelector(S.videoPaidPartnership)) post.sponsored = true;
  }
  missing.check('posts.views', post.views, flatText('pg_ttVideoViews'));
  missing.check('posts.likes', post.likes, flatText('pg_notShown', { what: 'likes' }));
  missing.check('posts.comments', post.comments, flatText('pg_notShown', { what: 'comments' }));
  missing.check('posts.shares', post.shares, flatText('pg_notShown', { what: 'shares' }));
  missing.check('posts.saves', post.saves, flatText('pg_notShown', { what: 'saves' }));
  missing.check('posts.publishedAt', post.publishedAt, flatText('pg_notShown', { what: 'postingDate' }));
  if (post.sponsored === null) missing.add('posts.sponsored', flatText('pg_ttSponsoredOnlyInData'));

  const user = asRecord(at(embedded?.item, 'author'));
  // The author's own user object, when it is the creator in the address.
  const authorHandle = asString(at(user, 'uniqueId'));
  const facts = authorHandle !== null && sameHandle(authorHandle, page.handle) ? userFacts(user, now) : NO_FACTS;
  const authorStats = embedded?.authorStats;
  const count = (keys: string[]) => (embedded ? statCount(authorStats, at(embedded.item, 'authorStatsV2'), keys) : null);
  const bio = clip(asString(at(user, 'signature')), TEXT_LIMITS.bio);
  const followers = missing.check('followers', count(['followerCount']), flatText('pg_ttFollowersOnlyInData'));
  // A video page shows none of these; they come with the author in the data of a fresh page load.
  const following = missing.check('following', count(['followingCount']), flatText('pg_notShown', { what: 'following' }));
  const totalLikes = missing.check('totalLikes', count(['heartCount', 'heart']), flatText('pg_notShown', { what: 'totalLikes' }));
  const postCount = missing.check('postCount', count(['videoCount']), flatText('pg_notShown', { what: 'videoCount' }));

  return {
    version: SNAPSHOT_VERSION,
    platform: 'tiktok',
    pageKind: 'post',
    lang: pageLang(doc),
    url: postUrl,
    capturedAt: now,
    creator: {
      handle: page.handle,
      displayName: clip(asString(at(user, 'nickname')), TEXT_LIMITS.name),
      bio,
      bioLinks: [],
      email: emailIn(bio),
      verified: asBoolean(at(user, 'verified')),
      privateAccount: asBoolean(at(user, 'privateAccount')),
      followers,
      following,
      totalLikes,
      postCount,
      ...creatorFacts(facts),
    },
    posts: [post],
    missing: missing.list,
    sources,
    notices,
  };
}
