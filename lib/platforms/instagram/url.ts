// What an Instagram URL points at. Handles are 1-30 letters, digits, underscores and dots;
// post shortcodes are base64url-like and case-sensitive.
import type { FlatText } from '../../i18n/text';
import { unsupported } from '../common';
import { safeDecode } from '../url-text';

export { sameHandle } from '../url-text';

export type InstagramPage =
  /** `tab`: "reels", "tagged" ... for a profile tab or dialog, null for the main grid. */
  | { kind: 'profile'; handle: string; tab: string | null }
  | { kind: 'post'; shortcode: string; reel: boolean; handle: string | null }
  /** An Instagram page that is neither: `why` says so to the user (a pg_siteUnsupported Text). */
  | { kind: 'other'; why: FlatText };

const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
export const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;

/** First path segments that are Instagram's own pages, never a creator's handle. */
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'stories', 'direct', 'about', 'developer', 'legal',
  'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'press', 'api', 'graphql', 'oauth', 'static',
  'invites', 'lite', 'topics', 'directory', 'nametag', 'ar', 's', 'qr', 'your_activity', '_u', '_n', 'ads',
  'help', 'locations', 'location', 'tags', 'audio', 'music', 'blog', 'create', 'notifications', 'threads',
  'business', 'creators', 'download', 'fragment', 'saved', 'i',
]);
/** Profile tabs and the dialogs that open over a profile: still the same creator's page. */
const PROFILE_TABS = new Set(['reels', 'tagged', 'followers', 'following', 'channel', 'guides']);
const POST_SECTIONS: Record<string, boolean> = { p: false, tv: false, reel: true, reels: true };

export function isInstagramHost(hostname: string): boolean {
  return hostname === 'instagram.com' || hostname === 'www.instagram.com';
}

/** Null when the URL is not on Instagram. */
export function parseInstagramUrl(url: URL): InstagramPage | null {
  if (!isInstagramHost(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const [first = '', second, third] = parts;
  const postIn = (section: string | undefined, code: string | undefined, handle: string | null): InstagramPage | null =>
    section !== undefined && section in POST_SECTIONS && code !== undefined && SHORTCODE.test(code)
      ? { kind: 'post', shortcode: code, reel: POST_SECTIONS[section] === true, handle }
      : null;
  if (first === '') return { kind: 'other', why: unsupported({ page: 'igHome' }) };
  if (RESERVED.has(first.toLowerCase())) {
    const post = parts.length === 2 ? postIn(first.toLowerCase(), second, null) : null;
    if (post) return post;
    if (first === 'stories' && second !== undefined && HANDLE.test(second) && second !== 'highlights') {
      return { kind: 'other', why: unsupported({ page: 'igStory', handle: second }) };
    }
    return { kind: 'other', why: unsupported({ page: 'igSection', section: first }) };
  }
  if (!HANDLE.test(first)) return { kind: 'other', why: unsupported({ page: 'igNoCreator' }) };
  if (parts.length === 1 || (parts.length === 2 && PROFILE_TABS.has(second!.toLowerCase()))) {
    return { kind: 'profile', handle: first, tab: second?.toLowerCase() ?? null };
  }
  const post = parts.length === 3 ? postIn(second?.toLowerCase(), third, first) : null;
  return post ?? { kind: 'other', why: unsupported({ page: 'igCreatorOther', handle: first }) };
}

/** A link's target on Instagram ("/name/p/CODE/", absolute or relative), or null. */
export function parseInstagramHref(href: string | null | undefined): InstagramPage | null {
  if (!href) return null;
  try {
    return parseInstagramUrl(new URL(href, 'https://www.instagram.com'));
  } catch {
    return null;
  }
}

export function profileUrl(handle: string): string {
  return `https://www.instagram.com/${handle}/`;
}

export function postUrl(shortcode: string, reel: boolean): string {
  return `https://www.instagram.com/${reel ? 'reel' : 'p'}/${shortcode}/`;
}
