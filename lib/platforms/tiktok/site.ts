// What a TikTok address names, from the address alone (no reading code: the popup imports it).
import { unsupported } from '../common';
import type { PageIdentity, SiteAnswer } from '../types';
import { isTikTokHost, parseTikTokUrl } from './url';

/** The page a TikTok URL names, or null when the URL is not on TikTok. */
export function tiktokPage(url: URL): SiteAnswer<PageIdentity> | null {
  if (!isTikTokHost(url.hostname)) return null;
  const page = parseTikTokUrl(url);
  if (page?.kind === 'profile') {
    return { reader: { platform: 'tiktok', pageKind: 'profile', key: page.handle.toLowerCase(), creatorHandle: page.handle } };
  }
  if (page?.kind === 'video') {
    return { reader: { platform: 'tiktok', pageKind: 'post', key: `video:${page.videoId}`, creatorHandle: page.handle } };
  }
  return { unsupported: unsupported({ page: 'tiktok' }) };
}
