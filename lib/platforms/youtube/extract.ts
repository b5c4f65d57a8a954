// YouTube channel and video pages -> Snapshot. Embedded data is used only when it describes
// the URL on screen (YouTube navigates without reloading and keeps the first page's data);
// the rendered page fills the gaps, and the narrower of two readings of a figure wins.
import { flatText } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, Post, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, notReady, type ExpectedChannel, type FieldWord, type ShownChannel } from '../common';
import { narrower } from '../../parse/count-helpers';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { readChannelDom, readGridDom, readShortsDom, readWatchComments, readWatchDom, shownVideoId, type ChannelDom } from './dom';
import {
  gridVideo,
  gridVideos,
  readEmbeddedChannel,
  readEmbeddedPlayer,
  readEmbeddedVideo,
  type EmbeddedChannel,
  type EmbeddedPlayer,
  type EmbeddedVideo,
} from './embedded';
import type { ChannelFacts, GridVideo, ReadContext, VideoFacts } from './facts';
import { readPageScripts } from './scripts';
import {
  channelIdIn,
  handleIn,
  parseYouTubeUrl,
  sameName,
  UPLOAD_TABS,
  type ChannelRef,
  type ChannelTab,
  type YouTubePage,
} from './url';

const MAX_POSTS = 500;
const MAX_SHOWN = 60;
const NOT_SHOWN = {
  following: flatText('pg_ytNoFollowing'),
  totalLikes: flatText('pg_ytNoTotalLikes'),
};

type ChannelPage = Extract<YouTubePage, { kind: 'channel' }>;
type VideoPage = Extract<YouTubePage, { kind: 'video' }>;

// ---- Channel -------------------------------------------------------------------------------

interface ChannelSources {
  data: EmbeddedChannel | null;
  /** Present embedded channel data that describes another channel. */
  staleData: EmbeddedChannel | null;
  /** Embedded data that is not a channel at all (the first page loaded was a video, a feed). */
  otherData: boolean;
  dom: ChannelDom;
  domShows: 'yes' | 'no' | 'unknown';
}

function channelSources(doc: Document, page: ChannelPage, ctx: ReadContext): ChannelSources {
  const { initialData } = readPageScripts(doc);
  const found = initialData === null ? null : readEmbeddedChannel(initialData, ctx);
  const data = found !== null && describes(found, page.channel) ? found : null;
  const dom = readChannelDom(doc, ctx);
  return {
    data,
    staleData: found !== null && data === null ? found : null,
    otherData: initialData !== null && found === null,
    dom,
    domShows: domShows(dom.facts, page.channel, data),
  };
}

/**
 * What the last readiness check of a channel page found (its embedded data parsed, its header read),
 * kept for the reading that follows it: lib/read-page reads a page that is ready at once in the same
 * run as its check. Used only by a reading of the same page, in the same language, while the page
 * has not changed since the check (a mutation observer has nothing to report), and only until that
 * run ends. The sources hold no dates: the grid's videos are read with the reading's own time.
 */
let lastCheck: { doc: Document; channel: string; lang: string | null; sources: ChannelSources; changes: MutationObserver } | null = null;

const channelKey = (page: ChannelPage) => `${page.channel.type}:${page.channel.value}`;

function keepCheck(doc: Document, page: ChannelPage, lang: string | null, sources: ChannelSources): void {
  dropCheck();
  if (typeof MutationObserver !== 'function') return;
  const changes = new MutationObserver(() => undefined);
  try {
    changes.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  } catch {
    return;
  }
  const kept = { doc, channel: channelKey(page), lang, sources, changes };
  lastCheck = kept;
  queueMicrotask(() => {
    if (lastCheck === kept) dropCheck();
  });
}

function dropCheck(): void {
  lastCheck?.changes.disconnect();
  lastCheck = null;
}

/** The sources the last check found, when they are this page's as it is now; else null. Taken once. */
function takeCheck(doc: Document, page: ChannelPage, lang: string | null): ChannelSources | null {
  const kept = lastCheck;
  if (kept === null) return null;
  const unchanged = kept.changes.takeRecords().length === 0;
  dropCheck();
  return unchanged && kept.doc === doc && kept.channel === channelKey(page) && kept.lang === lang ? kept.sources : null;
}

function describes(data: EmbeddedChannel, ref: ChannelRef): boolean {
  const value = ref.value.toLowerCase();
  switch (ref.type) {
    case 'handle':
      return data.identity.handles.includes(value);
    case 'id':
      return data.identity.channelIds.some((id) => sameName(id, ref.value));
    case 'custom':
      return data.identity.legacyPaths.includes(`c/${value}`);
    case 'user':
      return data.identity.legacyPaths.includes(`user/${value}`);
  }
}

/** Whether the rendered header is the URL's channel; 'unknown' when the header cannot say. */
function domShows(facts: ChannelFacts, ref: ChannelRef, data: EmbeddedChannel | null): 'yes' | 'no' | 'unknown' {
  if (facts.handle !== null) {
    if (ref.type === 'handle') return sameName(facts.handle, ref.value) ? 'yes' : 'no';
    if (data !== null) return data.identity.handles.includes(facts.handle.toLowerCase()) ? 'yes' : 'no';
    return 'unknown';
  }
  if (data !== null && facts.displayName !== null && data.displayName !== null) {
    return facts.displayName === data.displayName.trim() ? 'yes' : 'no';
  }
  return 'unknown';
}

/** Readiness of a channel page (any other page is ready: its reader says it is none). */
export function channelPageReadiness(doc: Document, url: URL): Readiness {
  const page = parseYouTubeUrl(url);
  if (page?.kind !== 'channel') return { ready: true };
  return channelReadiness(doc, page, { lang: pageLang(doc), now: Date.now() });
}

/** Readiness of a watch or Shorts page (any other page is ready: its reader says it is none). */
export function videoPageReadiness(doc: Document, url: URL): Readiness {
  const page = parseYouTubeUrl(url);
  if (page === null || page.kind === 'channel') return { ready: true };
  return videoReadiness(doc, page, { lang: pageLang(doc), now: Date.now() });
}

// Readiness runs before the reading and again on every change of the page while it waits, so it
// decides from the channel's identity and the first video of a grid; only extract reads them all.
function channelReadiness(doc: Document, page: ChannelPage, ctx: ReadContext): Readiness {
  const sources = channelSources(doc, page, ctx);
  const readiness = channelReadinessOf(doc, page, ctx, sources);
  // A page not ready yet is checked again before it is read: nothing to keep.
  if (readiness.ready) keepCheck(doc, page, ctx.lang, sources);
  return readiness;
}

function channelReadinessOf(doc: Document, page: ChannelPage, ctx: ReadContext, sources: ChannelSources): Readiness {
  const { dom, data } = sources;
  if (sources.domShows === 'no') {
    return notReady({ what: 'otherChannel', ...shownChannel(dom.facts), ...expectedChannel(page.channel) });
  }
  if (!dom.rendered) {
    return data !== null ? { ready: true } : notReady({ what: 'channelHeader' });
  }
  // One video in the data's grid is enough: the grid has rendered.
  const gridFromData = data !== null && data.tab === page.tab && data.grid !== null && data.grid.some((item) => gridVideo(item, ctx) !== null);
  if (UPLOAD_TABS.includes(page.tab) && !gridFromData && readGridDom(doc, ctx, () => true, { limit: 1 }).length === 0) {
    return notReady({ what: 'videoGrid' });
  }
  return { ready: true };
}

/** The channel the page (or its data) shows, for a sentence: by handle, else by name. */
function shownChannel(facts: ChannelFacts): ShownChannel {
  if (facts.handle !== null) return { shown: facts.handle.slice(0, MAX_SHOWN), shownKind: 'handle' };
  return facts.displayName !== null ? { shown: facts.displayName.slice(0, MAX_SHOWN), shownKind: 'name' } : { shown: '', shownKind: 'none' };
}

/** The channel the address names, for a sentence: "@name", "channel UC…", "/c/name", "/user/name". */
function expectedChannel(ref: ChannelRef): ExpectedChannel {
  return { expected: ref.value, expectedKind: ref.type };
}

export function extractYouTubeChannel(doc: Document, url: URL, now: number): Snapshot {
  const page = parseYouTubeUrl(url);
  if (page?.kind !== 'channel') throw new Error(`Not a YouTube channel URL: ${url.pathname}`);
  const lang = pageLang(doc);
  const ctx: ReadContext = { lang, now };
  const missing = new MissingFields();
  const notices: FlatText[] = [];
  const sources: string[] = [];
  const found = takeCheck(doc, page, lang) ?? channelSources(doc, page, ctx);
  const { data } = found;

  if (data !== null) sources.push('embedded-json:ytInitialData');
  else if (found.staleData !== null) {
    notices.push(flatText('pg_ytDataOtherChannel', shownChannel(found.staleData)));
  } else if (found.otherData) {
    notices.push(flatText('pg_ytDataOtherPage'));
  }
  let dom: ChannelFacts | null = null;
  if (found.domShows === 'no') {
    notices.push(flatText('pg_ytVisibleOtherChannel', { ...shownChannel(found.dom.facts), ...expectedChannel(page.channel) }));
  } else if (found.dom.rendered) {
    dom = found.dom.facts;
    sources.push('dom');
    if (found.domShows === 'unknown' && data === null && page.channel.type !== 'handle') {
      notices.push(flatText('pg_ytChannelNotNamed', expectedChannel(page.channel)));
    }
  }
  const read = data !== null || dom !== null;
  const unreadable = (what: FieldWord) => (read ? flatText('pg_hiddenOrUnreadable', { what }) : flatText('pg_ytChannelUnreadable'));

  const knownHandle = data?.handle ?? dom?.handle ?? (page.channel.type === 'handle' ? page.channel.value : null);
  const channelId = data?.channelId ?? (page.channel.type === 'id' ? page.channel.value : null);
  // When only the channel id is known, it stands in for the handle.
  const handle = knownHandle ?? channelId ?? page.channel.value;
  const displayName = clip(data?.displayName ?? dom?.displayName, TEXT_LIMITS.name);
  if (displayName === null) missing.add('displayName', unreadable('channelName'));
  const bio = clip(data?.bio ?? dom?.bio, TEXT_LIMITS.bio);
  const bioLinks = [...new Set([...(data?.bioLinks ?? []), ...(dom?.bioLinks ?? [])])]
    .map((link) => link.slice(0, TEXT_LIMITS.url))
    .slice(0, 20);
  const followers = missing.check('followers', narrower(data?.subscribers ?? null, dom?.subscribers ?? null), unreadable('subscribers'));
  const postCount = missing.check('postCount', narrower(data?.videoCount ?? null, dom?.videoCount ?? null), unreadable('videoCount'));
  missing.add('following', NOT_SHOWN.following);
  missing.add('totalLikes', NOT_SHOWN.totalLikes);

  const posts = channelPosts(doc, page, data, dom !== null, ctx, notices, handle);
  noteMissingPosts(missing, posts, page.tab, read);

  return {
    version: SNAPSHOT_VERSION,
    platform: 'youtube',
    pageKind: 'profile',
    lang,
    url: channelUrl(knownHandle, channelId, page.channel),
    capturedAt: now,
    creator: {
      handle: handle.slice(0, TEXT_LIMITS.handle),
      displayName,
      bio,
      bioLinks,
      email: emailIn(bio),
      verified: data?.verified ?? dom?.verified ?? null,
      privateAccount: null,
      followers,
      following: null,
      totalLikes: null,
      postCount,
    },
    posts,
    missing: missing.list,
    sources,
    notices,
  };
}

function channelUrl(handle: string | null, channelId: string | null, ref: ChannelRef): string {
  const path = handle !== null ? `@${handle}` : channelId !== null ? `channel/${channelId}` : `${ref.type === 'custom' ? 'c' : 'user'}/${ref.value}`;
  return `https://www.youtube.com/${path}`.slice(0, TEXT_LIMITS.url);
}

function channelPosts(
  doc: Document,
  page: ChannelPage,
  data: EmbeddedChannel | null,
  domMatches: boolean,
  ctx: ReadContext,
  notices: FlatText[],
  handle: string,
): Post[] {
  let fromData: GridVideo[] = [];
  if (data !== null && data.grid !== null) {
    if (data.tab === page.tab) fromData = gridVideos(data.grid, ctx);
    else notices.push(flatText('pg_ytDataOtherTab', { tab: data.tab ?? 'unnamed' }));
  }
  const isOwnChannel = (href: string) => {
    const linked = handleIn(href);
    if (linked !== null) return sameName(linked, handle) || (data?.identity.handles.includes(linked.toLowerCase()) ?? false);
    const id = channelIdIn(href);
    return id === null || id === data?.channelId || id === page.channel.value;
  };
  const known = new Map(fromData.map((video) => [video.id, video]));
  const fromDom = domMatches ? readGridDom(doc, ctx, isOwnChannel, { known }) : [];
  return mergeGrid(fromDom, known).slice(0, MAX_POSTS).map(gridPost);
}

/** Grid order from the page (it grows as the user scrolls); figures from the data where narrower. */
function mergeGrid(fromDom: GridVideo[], fromData: ReadonlyMap<string, GridVideo>): GridVideo[] {
  const byId = new Map(fromData);
  const merged = fromDom.map((video): GridVideo => {
    const other = byId.get(video.id);
    if (!other) return video;
    byId.delete(video.id);
    return {
      ...video,
      title: other.title ?? video.title,
      views: video.live || other.live ? null : narrower(other.views, video.views),
      publishedAt: narrower(other.publishedAt, video.publishedAt),
      live: video.live || other.live,
    };
  });
  for (const video of byId.values()) merged.push(video);
  return merged;
}

function gridPost(video: GridVideo): Post {
  const caption = clip(video.title, TEXT_LIMITS.caption);
  return {
    ...emptyPost(video.id, videoUrl(video.id, video.format)),
    views: video.views,
    publishedAt: video.publishedAt,
    caption,
    hashtags: hashtagsIn(caption),
    mentions: mentionsIn(caption),
  };
}

function videoUrl(id: string, format: 'watch' | 'shorts'): string {
  return format === 'shorts' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
}

function noteMissingPosts(missing: MissingFields, posts: Post[], tab: ChannelTab, read: boolean): void {
  if (posts.length === 0) {
    missing.add('posts', flatText(!read ? 'pg_ytChannelUnreadable' : UPLOAD_TABS.includes(tab) ? 'pg_ytNoVideosInTab' : 'pg_ytTabNotUploads'));
    return;
  }
  if (posts.some((post) => post.views === null)) {
    missing.add('posts.views', flatText('pg_ytViewsUnreadable'));
  }
  if (posts.some((post) => post.publishedAt === null)) {
    missing.add('posts.publishedAt', flatText(tab === 'shorts' ? 'pg_ytShortsNoDates' : 'pg_ytDatesUnreadable'));
  }
  missing.add('posts.likes', flatText('pg_ytGridNoLikes'));
  missing.add('posts.comments', flatText('pg_ytGridNoComments'));
}

// ---- Video ---------------------------------------------------------------------------------

interface VideoSources {
  data: EmbeddedVideo | null;
  player: EmbeddedPlayer | null;
  dom: VideoFacts | null;
  notices: FlatText[];
}

function videoSources(doc: Document, page: VideoPage, ctx: ReadContext): VideoSources {
  const scripts = readPageScripts(doc);
  const notices: FlatText[] = [];
  const foundData = scripts.initialData === null ? null : readEmbeddedVideo(scripts.initialData, ctx);
  const data = foundData !== null && foundData.videoId === page.videoId ? foundData : null;
  const foundPlayer = scripts.playerResponse === null ? null : readEmbeddedPlayer(scripts.playerResponse);
  const player = foundPlayer !== null && foundPlayer.videoId === page.videoId ? foundPlayer : null;
  const staleIds = [
    ...(scripts.initialData !== null && data === null ? [foundData?.videoId ?? null] : []),
    ...(scripts.playerResponse !== null && player === null ? [foundPlayer?.videoId ?? null] : []),
  ];
  if (staleIds.length > 0) {
    const named = staleIds.find((id) => id !== null);
    notices.push(named ? flatText('pg_ytDataOtherVideo', { id: named }) : flatText('pg_ytDataOtherPage'));
  }
  let dom: VideoFacts | null = null;
  if (page.format === 'watch') {
    dom = readWatchDom(doc, page.videoId, ctx);
    const shown = shownVideoId(doc);
    if (dom === null && shown !== null) notices.push(flatText('pg_ytVisibleOtherVideo', { shown, expected: page.videoId }));
  } else {
    dom = readShortsDom(doc, ctx);
  }
  return { data, player, dom, notices };
}

function videoReadiness(doc: Document, page: VideoPage, ctx: ReadContext): Readiness {
  const shown = page.format === 'watch' ? shownVideoId(doc) : null;
  if (shown !== null && shown !== page.videoId) {
    return notReady({ what: 'otherVideo', shown, expected: page.videoId });
  }
  const { data, player, dom } = videoSources(doc, page, ctx);
  if (data !== null || player !== null) return { ready: true };
  if (dom !== null && dom.title !== null && (dom.owner?.handle ?? dom.owner?.channelId ?? null) !== null) return { ready: true };
  return notReady({ what: 'videoDetails' });
}

export function extractYouTubeVideo(doc: Document, url: URL, now: number): Snapshot {
  const page = parseYouTubeUrl(url);
  if (page?.kind !== 'video') throw new Error(`Not a YouTube video URL: ${url.pathname}`);
  const lang = pageLang(doc);
  const ctx: ReadContext = { lang, now };
  const missing = new MissingFields();
  const { data, player, dom, notices } = videoSources(doc, page, ctx);
  const sources = [
    ...(data !== null ? ['embedded-json:ytInitialData'] : []),
    ...(player !== null ? ['embedded-json:ytInitialPlayerResponse'] : []),
    ...(dom !== null ? ['dom'] : []),
  ];
  const read = sources.length > 0;
  const unreadable = (what: FieldWord) => (read ? flatText('pg_hiddenOrUnreadable', { what }) : flatText('pg_ytVideoUnreadable'));
  const pick = <T>(get: (facts: VideoFacts | EmbeddedPlayer) => T | null): T | null => {
    for (const facts of [data, player, dom]) {
      const value = facts === null ? null : get(facts);
      if (value !== null) return value;
    }
    return null;
  };
  const counts = (get: (facts: VideoFacts) => Count | null): Count | null =>
    [data, dom].reduce<Count | null>((best, facts) => narrower(best, facts === null ? null : get(facts)), null);

  const post = emptyPost(page.videoId, videoUrl(page.videoId, page.format));
  post.views = missing.check('views', narrower(player?.views ?? null, counts((facts) => facts.views)), unreadable('views'));
  post.likes = missing.check('likes', counts((facts) => facts.likes), unreadable('likes'));
  post.comments = missing.check(
    'comments',
    counts((facts) => facts.comments),
    read ? flatText('pg_ytCommentsOff') : unreadable('comments'),
  );
  post.publishedAt = missing.check('publishedAt', narrower(player?.publishedAt ?? null, counts((facts) => facts.publishedAt)), unreadable('uploadDate'));
  const title = pick((facts) => facts.title);
  const description = pick((facts) => facts.description);
  post.caption = clip([title, description].filter((part) => part !== null && part.trim() !== '').join('\n\n'), TEXT_LIMITS.caption);
  post.hashtags = hashtagsIn(post.caption);
  post.mentions = mentionsIn(post.caption);
  post.sponsored = player !== null ? player.sponsored || dom?.sponsored === true : (dom?.sponsored ?? null);
  if (post.sponsored === null) missing.add('sponsored', flatText('pg_ytSponsoredFromPlayer'));

  const owners = [data?.owner ?? null, player?.owner ?? null, dom?.owner ?? null].filter((owner): owner is ChannelFacts => owner !== null);
  const ownerValue = <T>(get: (owner: ChannelFacts) => T | null): T | null => {
    for (const owner of owners) {
      const value = get(owner);
      if (value !== null) return value;
    }
    return null;
  };
  const channelId = ownerValue((owner) => owner.channelId);
  let handle = ownerValue((owner) => owner.handle) ?? channelId;
  if (page.format === 'watch') post.visibleComments = readWatchComments(doc, page.videoId, ownerValue((owner) => owner.handle));
  if (handle === null) {
    missing.add('handle', flatText('pg_ytVideoChannelUnreadable'));
    handle = `video:${page.videoId}`;
  }
  const followers = missing.check(
    'followers',
    owners.reduce<Count | null>((best, owner) => narrower(best, owner.subscribers), null),
    page.format === 'shorts' && read ? flatText('pg_ytShortNoSubscribers') : unreadable('subscribers'),
  );
  missing.add('postCount', flatText('pg_ytVideoNoVideoCount'));
  missing.add('following', NOT_SHOWN.following);
  missing.add('totalLikes', NOT_SHOWN.totalLikes);

  return {
    version: SNAPSHOT_VERSION,
    platform: 'youtube',
    pageKind: 'post',
    lang,
    url: post.url,
    capturedAt: now,
    creator: {
      handle: handle.slice(0, TEXT_LIMITS.handle),
      displayName: clip(ownerValue((owner) => owner.displayName), TEXT_LIMITS.name),
      bio: null,
      bioLinks: [],
      email: null,
      verified: ownerValue((owner) => owner.verified),
      privateAccount: null,
      followers,
      following: null,
      totalLikes: null,
      postCount: null,
    },
    posts: [post],
    missing: missing.list,
    sources,
    notices,
  };
}
