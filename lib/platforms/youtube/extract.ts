// YouTube channel and video pages -> Snapshot. Embedded data is used only when it describes
// the URL on screen (YouTube navigates without reloading and keeps the first page's data);
// the rendered page fills the gaps, and the narrower of two readings of a figure wins.
import { SNAPSHOT_VERSION, TEXT_LIMITS, type Count, type Post, type Snapshot } from '../../schema';
import { clip, emailIn, emptyPost, hashtagsIn, mentionsIn, MissingFields, narrower } from '../common';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { readChannelDom, readGridDom, readShortsDom, readWatchComments, readWatchDom, shownVideoId, type ChannelDom } from './dom';
import { readEmbeddedChannel, readEmbeddedPlayer, readEmbeddedVideo, type EmbeddedChannel, type EmbeddedPlayer, type EmbeddedVideo } from './embedded';
import type { ChannelFacts, GridVideo, ReadContext, VideoFacts } from './facts';
import { readPageScripts } from './scripts';
import {
  channelIdIn,
  describeChannel,
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
  following: 'YouTube does not show how many channels a creator subscribes to',
  totalLikes: "YouTube does not show a channel's total likes",
};
const STALE_DATA = '(YouTube keeps it after in-app navigation), so only the visible page was read.';

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

export function youtubeReadiness(doc: Document, url: URL): Readiness {
  const page = parseYouTubeUrl(url);
  if (page === null) return { ready: true };
  const ctx: ReadContext = { lang: pageLang(doc), now: Date.now() };
  return page.kind === 'channel' ? channelReadiness(doc, page, ctx) : videoReadiness(doc, page, ctx);
}

function channelReadiness(doc: Document, page: ChannelPage, ctx: ReadContext): Readiness {
  const sources = channelSources(doc, page, ctx);
  const { dom, data } = sources;
  if (sources.domShows === 'no') {
    return { ready: false, waitingFor: `the page still shows ${shownChannel(dom.facts)}, not ${describeChannel(page.channel)}` };
  }
  if (!dom.rendered) {
    return data !== null ? { ready: true } : { ready: false, waitingFor: 'the channel header has not rendered yet' };
  }
  const gridFromData = data !== null && data.tab === page.tab && data.videos !== null && data.videos.length > 0;
  if (UPLOAD_TABS.includes(page.tab) && !gridFromData && readGridDom(doc, ctx, () => true).length === 0) {
    return { ready: false, waitingFor: 'the video grid has not rendered yet' };
  }
  return { ready: true };
}

function shownChannel(facts: ChannelFacts): string {
  if (facts.handle !== null) return `@${facts.handle.slice(0, MAX_SHOWN)}`;
  return facts.displayName !== null ? `“${facts.displayName.slice(0, MAX_SHOWN)}”` : 'another channel';
}

export function extractYouTubeChannel(doc: Document, url: URL, now: number): Snapshot {
  const page = parseYouTubeUrl(url);
  if (page?.kind !== 'channel') throw new Error(`Not a YouTube channel URL: ${url.pathname}`);
  const lang = pageLang(doc);
  const ctx: ReadContext = { lang, now };
  const missing = new MissingFields();
  const notices: string[] = [];
  const sources: string[] = [];
  const found = channelSources(doc, page, ctx);
  const { data } = found;

  if (data !== null) sources.push('embedded-json:ytInitialData');
  else if (found.staleData !== null) {
    notices.push(`The embedded page data describes ${shownChannel(found.staleData)} ${STALE_DATA}`);
  } else if (found.otherData) {
    notices.push(`The embedded page data describes another YouTube page ${STALE_DATA}`);
  }
  let dom: ChannelFacts | null = null;
  if (found.domShows === 'no') {
    notices.push(`The visible page shows ${shownChannel(found.dom.facts)}, not ${describeChannel(page.channel)}; its figures were not used.`);
  } else if (found.dom.rendered) {
    dom = found.dom.facts;
    sources.push('dom');
    if (found.domShows === 'unknown' && data === null && page.channel.type !== 'handle') {
      notices.push(`The page does not show ${describeChannel(page.channel)} itself; the channel on screen was read as that channel.`);
    }
  }
  const read = data !== null || dom !== null;
  const unreadable = (what: string) => (read ? `${what} is hidden or not readable on this page` : 'the channel could not be read from this page');

  const knownHandle = data?.handle ?? dom?.handle ?? (page.channel.type === 'handle' ? page.channel.value : null);
  const channelId = data?.channelId ?? (page.channel.type === 'id' ? page.channel.value : null);
  // When only the channel id is known, it stands in for the handle.
  const handle = knownHandle ?? channelId ?? page.channel.value;
  const displayName = clip(data?.displayName ?? dom?.displayName, TEXT_LIMITS.name);
  if (displayName === null) missing.add('displayName', unreadable('the channel name'));
  const bio = clip(data?.bio ?? dom?.bio, TEXT_LIMITS.bio);
  const bioLinks = [...new Set([...(data?.bioLinks ?? []), ...(dom?.bioLinks ?? [])])]
    .map((link) => link.slice(0, TEXT_LIMITS.url))
    .slice(0, 20);
  const followers = missing.check('followers', narrower(data?.subscribers ?? null, dom?.subscribers ?? null), unreadable('the subscriber count'));
  const postCount = missing.check('postCount', narrower(data?.videoCount ?? null, dom?.videoCount ?? null), unreadable('the video count'));
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
  notices: string[],
  handle: string,
): Post[] {
  let fromData: GridVideo[] = [];
  if (data !== null && data.videos !== null) {
    if (data.tab === page.tab) fromData = data.videos;
    else notices.push(`The embedded page data lists another tab of this channel (${data.tab ?? 'unnamed'}); the grid was read from the visible page.`);
  }
  const isOwnChannel = (href: string) => {
    const linked = handleIn(href);
    if (linked !== null) return sameName(linked, handle) || (data?.identity.handles.includes(linked.toLowerCase()) ?? false);
    const id = channelIdIn(href);
    return id === null || id === data?.channelId || id === page.channel.value;
  };
  const fromDom = domMatches ? readGridDom(doc, ctx, isOwnChannel) : [];
  return mergeGrid(fromDom, fromData).slice(0, MAX_POSTS).map(gridPost);
}

/** Grid order from the page (it grows as the user scrolls); figures from the data where narrower. */
function mergeGrid(fromDom: GridVideo[], fromData: GridVideo[]): GridVideo[] {
  const byId = new Map(fromData.map((video) => [video.id, video]));
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
    missing.add(
      'posts',
      !read
        ? 'the channel could not be read from this page'
        : UPLOAD_TABS.includes(tab)
          ? 'no videos are visible in this tab'
          : 'this tab does not list the latest uploads: open the Videos or Shorts tab',
    );
    return;
  }
  if (posts.some((post) => post.views === null)) {
    missing.add('posts.views', 'some videos show no readable view count (live, upcoming, or hidden)');
  }
  if (posts.some((post) => post.publishedAt === null)) {
    missing.add(
      'posts.publishedAt',
      tab === 'shorts' ? 'the Shorts grid shows no upload dates' : 'some videos show no readable upload date',
    );
  }
  missing.add('posts.likes', "YouTube's channel grid shows no like counts; a video's own page shows them");
  missing.add('posts.comments', "YouTube's channel grid shows no comment counts; a video's own page shows them");
}

// ---- Video ---------------------------------------------------------------------------------

interface VideoSources {
  data: EmbeddedVideo | null;
  player: EmbeddedPlayer | null;
  dom: VideoFacts | null;
  notices: string[];
}

function videoSources(doc: Document, page: VideoPage, ctx: ReadContext): VideoSources {
  const scripts = readPageScripts(doc);
  const notices: string[] = [];
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
    notices.push(`The embedded page data describes ${named ? `video ${named}` : 'another YouTube page'} ${STALE_DATA}`);
  }
  let dom: VideoFacts | null = null;
  if (page.format === 'watch') {
    dom = readWatchDom(doc, page.videoId, ctx);
    const shown = shownVideoId(doc);
    if (dom === null && shown !== null) notices.push(`The visible page shows video ${shown}, not ${page.videoId}; its figures were not used.`);
  } else {
    dom = readShortsDom(doc, ctx);
  }
  return { data, player, dom, notices };
}

function videoReadiness(doc: Document, page: VideoPage, ctx: ReadContext): Readiness {
  const shown = page.format === 'watch' ? shownVideoId(doc) : null;
  if (shown !== null && shown !== page.videoId) {
    return { ready: false, waitingFor: `the page still shows video ${shown}, not ${page.videoId}` };
  }
  const { data, player, dom } = videoSources(doc, page, ctx);
  if (data !== null || player !== null) return { ready: true };
  if (dom !== null && dom.title !== null && (dom.owner?.handle ?? dom.owner?.channelId ?? null) !== null) return { ready: true };
  return { ready: false, waitingFor: "the video's details have not rendered yet" };
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
  const unreadable = (what: string) => (read ? `${what} is hidden or not readable on this page` : 'the video could not be read from this page');
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
  post.views = missing.check('views', narrower(player?.views ?? null, counts((facts) => facts.views)), unreadable('the view count'));
  post.likes = missing.check('likes', counts((facts) => facts.likes), unreadable('the like count'));
  post.comments = missing.check(
    'comments',
    counts((facts) => facts.comments),
    read ? 'the comment count is turned off or has not loaded yet (scroll to the comments)' : unreadable('the comment count'),
  );
  post.publishedAt = missing.check('publishedAt', narrower(player?.publishedAt ?? null, counts((facts) => facts.publishedAt)), unreadable('the upload date'));
  const title = pick((facts) => facts.title);
  const description = pick((facts) => facts.description);
  post.caption = clip([title, description].filter((part) => part !== null && part.trim() !== '').join('\n\n'), TEXT_LIMITS.caption);
  post.hashtags = hashtagsIn(post.caption);
  post.mentions = mentionsIn(post.caption);
  post.sponsored = player !== null ? player.sponsored || dom?.sponsored === true : (dom?.sponsored ?? null);
  if (post.sponsored === null) missing.add('sponsored', "paid promotion is only known from the player's data, which is absent or describes another video");

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
    missing.add('handle', "the video's channel could not be read from this page");
    handle = `video:${page.videoId}`;
  }
  const followers = missing.check(
    'followers',
    owners.reduce<Count | null>((best, owner) => narrower(best, owner.subscribers), null),
    page.format === 'shorts' && read ? "a Short's page does not show the channel's subscriber count; the channel page does" : unreadable('the subscriber count'),
  );
  missing.add('postCount', "a video page does not show the channel's video count; the channel page does");
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
