import { unsupported } from '../common';
import type { SiteAnswer } from '../types';
import { extractInstagramPost, extractInstagramProfile, instagramReadiness } from './extract';
import { isInstagramHost, parseInstagramUrl } from './url';

/** The reader for an Instagram URL, or null when the URL is not on Instagram. */
export function instagramSite(url: URL): SiteAnswer | null {
  if (!isInstagramHost(url.hostname)) return null;
  const page = parseInstagramUrl(url);
  if (page?.kind === 'profile') {
    return {
      reader: {
        platform: 'instagram',
        pageKind: 'profile',
        key: page.handle.toLowerCase(),
        creatorHandle: page.handle,
        readiness: instagramReadiness,
        extract: extractInstagramProfile,
      },
    };
  }
  if (page?.kind === 'post') {
    return {
      reader: {
        platform: 'instagram',
        pageKind: 'post',
        // Shortcodes are case-sensitive; the prefix keeps a post apart from a handle spelled the same.
        key: `post:${page.shortcode}`,
        creatorHandle: page.handle,
        readiness: instagramReadiness,
        extract: extractInstagramPost,
      },
    };
  }
  return { unsupported: page?.why ?? unsupported({ page: 'instagram' }) };
}
