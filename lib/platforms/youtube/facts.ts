// What one source (embedded data or the visible page) says about a channel or a video,
// before the extractor decides which source to believe.
import type { Count } from '../../schema/snapshot';

export interface ReadContext {
  /** The page's language (`<html lang>`), to read its figures and dates. */
  lang: string | null;
  now: number;
}

export interface ChannelFacts {
  /** Without the @. */
  handle: string | null;
  channelId: string | null;
  displayName: string | null;
  verified: boolean | null;
  subscribers: Count | null;
  videoCount: Count | null;
  bio: string | null;
  bioLinks: string[];
}

export interface GridVideo {
  id: string;
  format: 'watch' | 'shorts';
  title: string | null;
  views: Count | null;
  publishedAt: Count | null;
  /** Live and upcoming items count viewers or waiting people, not views. */
  live: boolean;
}

export interface VideoFacts {
  title: string | null;
  description: string | null;
  views: Count | null;
  likes: Count | null;
  comments: Count | null;
  publishedAt: Count | null;
  sponsored: boolean | null;
  owner: ChannelFacts | null;
}

export function emptyChannelFacts(): ChannelFacts {
  return {
    handle: null,
    channelId: null,
    displayName: null,
    verified: null,
    subscribers: null,
    videoCount: null,
    bio: null,
    bioLinks: [],
  };
}

export function emptyVideoFacts(): VideoFacts {
  return { title: null, description: null, views: null, likes: null, comments: null, publishedAt: null, sponsored: null, owner: null };
}

// "Scheduled for 6/1/26, 8:00 PM", "Premieres 01.06.26, 20:00": an upcoming item, no views.
const SCHEDULE = /\d{1,2}:\d{2}|\d{1,4}\/\d{1,2}\/\d{1,4}/;

/** Splits a grid item's metadata parts into views and age. */
export function viewsAndAge(parts: string[], isDate: (text: string) => boolean): { views: string | null; age: string | null } {
  const cleaned = parts.map((part) => part.trim()).filter((part) => part !== '' && !SCHEDULE.test(part));
  const dateIndex = cleaned.findIndex(isDate);
  if (dateIndex >= 0) {
    return { views: cleaned.find((part, index) => index !== dateIndex && /\d/.test(part)) ?? null, age: cleaned[dateIndex]! };
  }
  // A date in a language the parser does not read yet: YouTube's order is views, then age.
  if (cleaned.length >= 2) return { views: cleaned[0]!, age: cleaned[1]! };
  return { views: cleaned[0] ?? null, age: null };
}

/** The destination of a header link: YouTube wraps it in /redirect?…&q=<destination>. */
export function linkDestination(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://www.youtube.com');
    if (/(^|\.)youtube\.com$/.test(url.hostname) && url.pathname === '/redirect') return url.searchParams.get('q');
    return url.href;
  } catch {
    return null;
  }
}

/** One part of a header metadata row, with its accessibility label ("5.04 million subscribers"). */
export interface HeaderPart {
  text: string;
  label: string | null;
}

/** Tells subscriber and video counts apart among a header's parts, in any UI language. */
export function headerParts(
  parts: readonly HeaderPart[],
  subscriberWords: readonly string[],
  videoWords: readonly string[],
): { handle: string | null; subscribers: HeaderPart | null; videos: string | null } {
  let handle: string | null = null;
  let subscribers: HeaderPart | null = null;
  let videos: string | null = null;
  const unnamed: HeaderPart[] = [];
  for (const part of parts) {
    const text = part.text.trim();
    if (text.startsWith('@')) {
      handle ??= text;
      continue;
    }
    if (!/\d/.test(text)) continue;
    const words = `${text} ${part.label ?? ''}`.toLowerCase();
    if (subscriberWords.some((word) => words.includes(word))) subscribers ??= { text, label: part.label };
    else if (videoWords.some((word) => words.includes(word))) videos ??= text;
    else unnamed.push({ text, label: part.label });
  }
  // Words of a language not listed: the header's order is subscribers, then videos.
  if (subscribers === null && videos === null && unnamed.length === 2) {
    subscribers = unnamed[0]!;
    videos = unnamed[1]!.text;
  }
  return { handle, subscribers, videos };
}
