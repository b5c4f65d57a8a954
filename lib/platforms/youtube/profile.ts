// YouTube channel page -> Snapshot. Embedded data is used only when it describes the URL's channel (YouTube
// navigates without reloading); the rendered page fills the gaps, and the narrower of two readings wins.
import { flatText } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Post, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, notReady, type ExpectedChannel, type FieldWord, type ShownChannel } from '../common';
import { narrower } from '../../parse/count-helpers';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { readChannelDom, readGridDom, readHomeShelvesDom, type ChannelDom } from './dom';
import { gridVideo, gridVideos, namesChannel, readEmbeddedChannel, type ChannelIdentity, type EmbeddedChannel } from './embedded';
import { storeMarks } from './home';
import type { ChannelFacts, GridVideo, ReadContext } from './facts';
import { NOT_SHOWN } from './not-shown';
import { readPageScripts } from './scripts';
import {
  channelIdIn,
  handleIn,
  parseYouTubeUrl,
  sameName,
  UPLOAD_TABS,
  videoUrl,
  type ChannelRef,
  type ChannelTab,
  type YouTubePage,
} from './url';

const MAX_POSTS = 500;
const MAX_SHOWN = 60;

type ChannelPage = Extract<YouTubePage, { kind: 'channel' }>;

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
  const data = found !== null && namesChannel(found.identity, page.channel) ? found : null;
  const dom = readChannelDom(doc, ctx);
  return {
    data,
    staleData: found !== null && data === null ? found : null,
    otherData: initialData !== null && found === null,
    dom,
    domShows: domShows(dom.facts, page.channel, data),
  };
}

/** The tab the data was loaded for; when the data names none, the page's own address says. */
function dataTab(data: EmbeddedChannel, page: ChannelPage): ChannelTab {
  return data.tab ?? page.tab;
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

// Readiness runs before the reading and again on every change of the page while it waits, so it
// decides from the channel's identity and the first video of a grid; only extract reads them all.
function channelReadiness(doc: Document, page: ChannelPage, ctx: ReadContext): Readiness {
  const sources = channelSources(doc, page, ctx);
  const { dom, data } = sources;
  if (sources.domShows === 'no') {
    return notReady({ what: 'otherChannel', ...shownChannel(dom.facts), ...expectedChannel(page.channel) });
  }
  if (!dom.rendered) {
    return data !== null ? { ready: true } : notReady({ what: 'channelHeader' });
  }
  // One video in the data's grid is enough: the grid has rendered.
  const gridFromData = data !== null && dataTab(data, page) === page.tab && data.grid !== null && data.grid.some((item) => gridVideo(item, ctx) !== null);
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
  const found = channelSources(doc, page, ctx);
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

  const { posts, fromHome } = channelPosts(doc, page, data, dom !== null, ctx, notices, handle);
  if (fromHome !== null) {
    sources.push(`${fromHome}:home-uploads`);
    notices.push(flatText('pg_ytHomeUploads'));
  }
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
      // What a seller asks first, as far as the channel page's data shows it; never the viewer's own
      // region or language, which the same page carries (ytcfg's GL and HL, the top bar's country code).
      joinedAt: data?.joinedAt ?? null,
      sellerMarks: storeMarks(data?.store === true),
      category: null,
      country: data?.country ?? null,
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
): { posts: Post[]; fromHome: 'embedded-json' | 'dom' | null } {
  let fromData: GridVideo[] = [];
  let fromHome: 'embedded-json' | 'dom' | null = null;
  if (data !== null && data.grid !== null) {
    if (dataTab(data, page) === page.tab) fromData = gridVideos(data.grid, ctx);
    else notices.push(flatText('pg_ytDataOtherTab', { tab: data.tab ?? 'unnamed' }));
  }
  if (data !== null && dataTab(data, page) === page.tab && data.uploadShelves.length > 0) {
    // The Home tab's Videos shelf (then its Shorts and Live shelves): the newest uploads, by date.
    const listed = new Set(fromData.map((video) => video.id));
    for (const shelf of data.uploadShelves) {
      for (const video of gridVideos(shelf.items, ctx)) {
        if (listed.has(video.id)) continue;
        listed.add(video.id);
        fromData.push(video);
        fromHome = 'embedded-json';
      }
    }
  }
  const isOwnChannel = (href: string) => {
    const linked = handleIn(href);
    if (linked !== null) return sameName(linked, handle) || (data?.identity.handles.includes(linked.toLowerCase()) ?? false);
    const id = channelIdIn(href);
    return id === null || id === data?.channelId || id === page.channel.value;
  };
  const known = new Map(fromData.map((video) => [video.id, video]));
  let fromDom = domMatches ? readGridDom(doc, ctx, isOwnChannel, { known }) : [];
  if (domMatches && page.tab === 'featured' && fromDom.length === 0) {
    // The rendered Home tab's shelves: after in-app navigation the data is of another page.
    const { type, value } = page.channel;
    const own: ChannelIdentity = {
      handles: [handle.toLowerCase(), ...(data?.identity.handles ?? [])],
      channelIds: [...(type === 'id' ? [value] : []), ...(data?.identity.channelIds ?? [])],
      legacyPaths: [...(type === 'custom' || type === 'user' ? [`${type === 'custom' ? 'c' : 'user'}/${value.toLowerCase()}`] : []), ...(data?.identity.legacyPaths ?? [])],
    };
    fromDom = readHomeShelvesDom(doc, ctx, (ref) => namesChannel(own, ref), known);
    if (fromDom.length > 0 && fromHome === null) fromHome = 'dom';
  }
  return { posts: mergeGrid(fromDom, known).slice(0, MAX_POSTS).map(gridPost), fromHome };
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

function noteMissingPosts(missing: MissingFields, posts: Post[], tab: ChannelTab, read: boolean): void {
  if (posts.length === 0) {
    missing.add('posts', flatText(!read ? 'pg_ytChannelUnreadable' : UPLOAD_TABS.includes(tab) ? 'pg_ytNoVideosInTab' : 'pg_ytTabNotUploads'));
    return;
  }
  if (posts.some((post) => post.views === null)) {
    missing.add('posts.views', flatText('pg_ytViewsUnreadable'));
  }
  const undated = posts.filter((post) => post.publishedAt === null);
  if (undated.length > 0) {
    const onlyShorts = tab === 'shorts' || undated.every((post) => post.url === videoUrl(post.id, 'shorts'));
    missing.add('posts.publishedAt', flatText(onlyShorts ? 'pg_ytShortsNoDates' : 'pg_ytDatesUnreadable'));
  }
  missing.add('posts.likes', flatText('pg_ytGridNoLikes'));
  missing.add('posts.comments', flatText('pg_ytGridNoComments'));
}
