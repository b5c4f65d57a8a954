import { unsupported } from '../common';
import type { SiteAnswer } from '../types';
import { extractTikTokProfile, tiktokReadiness } from './extract';
import { extractTikTokVideo, tiktokVideoReadiness } from './video';
import { isTikTokHost, parseTikTokUrl } from './url';

/** The reader for a TikTok URL, or null when the URL is not on TikTok. */
export function tiktokSite(url: URL): SiteAnswer | null {
  if (!isTikTokHost(url.hostname)) return null;
  const page = parseTikTokUrl(url);
  if (page?.kind === 'profile') {
    return {
      reader: {
        platform: 'tiktok',
        pageKind: 'profile',
        key: page.handle.toLowerCase(),
        creatorHandle: page.handle,
        readiness: tiktokReadiness,
        extract: extractTikTokProfile,
      },
    };
  }
  if (page?.kind === 'video') {
    return {
      reader: {
        platform: 'tiktok',
        pageKind: 'post',
        key: `video:${page.videoId}`,
        creatorHandle: page.handle,
        readiness: tiktokVideoReadiness,
        extract: extractTikTokVideo,
      },
    };
  }
  return { unsupported: unsupported({ page: 'tiktok' }) };
}
