// What a YouTube address names, from the address alone (no reading code: the popup imports it).
import { unsupported } from '../common';
import type { PageIdentity, SiteAnswer } from '../types';
import { isYouTubeHost, parseYouTubeUrl } from './url';

/** The page a YouTube URL names, or null when the URL is not on youtube.com. */
export function youtubePage(url: URL): SiteAnswer<PageIdentity> | null {
  if (!isYouTubeHost(url.hostname)) return null;
  const page = parseYouTubeUrl(url);
  if (page?.kind === 'channel') {
    const { type, value } = page.channel;
    // Handles and legacy names ignore case; channel ids do not.
    const name = type === 'id' ? `channel/${value}` : type === 'handle' ? `@${value.toLowerCase()}` : `${type === 'custom' ? 'c' : 'user'}/${value.toLowerCase()}`;
    return { reader: { platform: 'youtube', pageKind: 'profile', key: `${name}/${page.tab}`, creatorHandle: type === 'handle' ? value : null } };
  }
  if (page?.kind === 'video') {
    return { reader: { platform: 'youtube', pageKind: 'post', key: `${page.format}/${page.videoId}`, creatorHandle: null } };
  }
  return { unsupported: unsupported({ page: 'youtube' }) };
}
