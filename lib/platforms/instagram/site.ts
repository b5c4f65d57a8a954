// What an Instagram address names, from the address alone (no reading code: the popup imports it).
import { unsupported } from '../common';
import type { PageIdentity, SiteAnswer } from '../types';
import { isInstagramHost, parseInstagramUrl } from './url';

/** The page an Instagram URL names, or null when the URL is not on Instagram. */
export function instagramPage(url: URL): SiteAnswer<PageIdentity> | null {
  if (!isInstagramHost(url.hostname)) return null;
  const page = parseInstagramUrl(url);
  if (page?.kind === 'profile') {
    return { reader: { platform: 'instagram', pageKind: 'profile', key: page.handle.toLowerCase(), creatorHandle: page.handle } };
  }
  if (page?.kind === 'post') {
    // Shortcodes are case-sensitive; the prefix keeps a post apart from a handle spelled the same.
    return { reader: { platform: 'instagram', pageKind: 'post', key: `post:${page.shortcode}`, creatorHandle: page.handle } };
  }
  return { unsupported: page?.why ?? unsupported({ page: 'instagram' }) };
}
