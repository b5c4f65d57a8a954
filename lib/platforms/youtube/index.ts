import { unsupported } from '../common';
import type { SiteAnswer } from '../types';
import { extractYouTubeChannel, extractYouTubeVideo, youtubeReadiness } from './extract';
import { isYouTubeHost, parseYouTubeUrl } from './url';

/** The reader for a YouTube URL, or null when the URL is not on youtube.com. */
export function youtubeSite(url: URL): SiteAnswer | null {
  if (!isYouTubeHost(url.hostname)) return null;
  const page = parseYouTubeUrl(url);
  if (page?.kind === 'channel') {
    const { type, value } = page.channel;
    // Handles and legacy names ignore case; channel ids do not.
    const name = type === 'id' ? `channel/${value}` : type === 'handle' ? `@${value.toLowerCase()}` : `${type === 'custom' ? 'c' : 'user'}/${value.toLowerCase()}`;
    return {
      reader: {
        platform: 'youtube',
        pageKind: 'profile',
        key: `${name}/${page.tab}`,
        creatorHandle: type === 'handle' ? value : null,
        readiness: youtubeReadiness,
        extract: extractYouTubeChannel,
      },
    };
  }
  if (page?.kind === 'video') {
    return {
      reader: {
        platform: 'youtube',
        pageKind: 'post',
        key: `${page.format}/${page.videoId}`,
        creatorHandle: null,
        readiness: youtubeReadiness,
        extract: extractYouTubeVideo,
      },
    };
  }
  return { unsupported: unsupported({ page: 'youtube' }) };
}
