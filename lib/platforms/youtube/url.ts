// What a YouTube URL points at: a channel (by handle, channel id or a legacy name) with the tab
// it shows, or one video (a watch page or a Short).
import { safeDecode } from '../url-text';

export type ChannelRef =
  | { type: 'handle'; value: string } // /@name, since 2022
  | { type: 'id'; value: string } // /channel/UC…
  | { type: 'custom'; value: string } // /c/name, legacy custom URL
  | { type: 'user'; value: string }; // /user/name, legacy username URL

export type YouTubePage =
  | { kind: 'channel'; channel: ChannelRef; tab: ChannelTab }
  | { kind: 'video'; videoId: string; format: 'watch' | 'shorts' };

/** The channel tabs YouTube has had; `featured` is the Home tab (the bare channel URL). */
export const CHANNEL_TABS = [
  'featured', 'videos', 'shorts', 'streams', 'live', 'playlists', 'community', 'posts', 'about',
  'podcasts', 'releases', 'store', 'courses', 'membership', 'search', 'channels',
] as const;
export type ChannelTab = (typeof CHANNEL_TABS)[number];

/** Tabs whose grid lists the channel's own uploads. */
export const UPLOAD_TABS: readonly ChannelTab[] = ['videos', 'shorts', 'streams', 'live'];

const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
// Handles may use letters of any script, digits, underscores, hyphens, periods and middle dots.
const HANDLE = /^@([\p{L}\p{M}\p{N}_.\-·]{1,100})$/u;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const LEGACY_NAME = /^[\p{L}\p{M}\p{N}_.\-]{1,100}$/u;
export const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

export function isYouTubeHost(hostname: string): boolean {
  return HOSTS.has(hostname.toLowerCase());
}

export function parseYouTubeUrl(url: URL): YouTubePage | null {
  if (!isYouTubeHost(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const [first = '', second, third, fourth] = parts;

  if (first === 'watch' && parts.length === 1) {
    const id = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(id) ? { kind: 'video', videoId: id, format: 'watch' } : null;
  }
  if ((first === 'shorts' || first === 'live') && second !== undefined && third === undefined) {
    if (!VIDEO_ID.test(second)) return null;
    return { kind: 'video', videoId: second, format: first === 'shorts' ? 'shorts' : 'watch' };
  }

  let channel: ChannelRef;
  let rest: Array<string | undefined>;
  const handle = HANDLE.exec(first)?.[1];
  if (handle !== undefined) {
    channel = { type: 'handle', value: handle };
    rest = [second, third];
  } else if (first === 'channel' && second !== undefined && CHANNEL_ID.test(second)) {
    channel = { type: 'id', value: second };
    rest = [third, fourth];
  } else if ((first === 'c' || first === 'user') && second !== undefined && LEGACY_NAME.test(second)) {
    channel = { type: first === 'c' ? 'custom' : 'user', value: second };
    rest = [third, fourth];
  } else {
    return null;
  }
  const [tabPart, extra] = rest;
  if (extra !== undefined) return null;
  const tab = tabPart === undefined ? 'featured' : CHANNEL_TABS.find((known) => known === tabPart.toLowerCase());
  return tab === undefined ? null : { kind: 'channel', channel, tab };
}

/**
 * What a link on a YouTube page points at: parseYouTubeUrl of the link resolved against
 * youtube.com. A grid's links are "/watch?v=<id>" or "/shorts/<id>", hundreds of them: those are
 * read from the text, and only other links are resolved as URLs.
 */
export function parseYouTubeHref(href: string): YouTubePage | null {
  const video = /^\/(watch\?v=|shorts\/)([\w-]{11})$/.exec(href);
  if (video) return { kind: 'video', videoId: video[2]!, format: video[1] === 'shorts/' ? 'shorts' : 'watch' };
  try {
    return parseYouTubeUrl(new URL(href, 'https://www.youtube.com'));
  } catch {
    return null;
  }
}

/** A video's address: its watch page, or its Shorts page. */
export function videoUrl(id: string, format: 'watch' | 'shorts'): string {
  return format === 'shorts' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
}

/** The handle inside "@name", "/@name", "/@name/videos" or "http://www.youtube.com/@name". */
export function handleIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const match = /(?:^|\/)@([\p{L}\p{M}\p{N}_.\-·]{1,100})(?:[/?#]|$)/u.exec(text.trim());
  return match ? safeDecode(match[1]!) : null;
}

/** The channel id inside "/channel/UC…" or a bare "UC…". */
export function channelIdIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (CHANNEL_ID.test(trimmed)) return trimmed;
  const match = /\/channel\/(UC[A-Za-z0-9_-]{22})(?:[/?#]|$)/.exec(trimmed);
  return match ? match[1]! : null;
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
