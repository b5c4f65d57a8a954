// One interface over the platforms: which pages we can read, and how.
import { instagramSite } from './instagram';
import { recogniseOn, type PageSupport, type Site } from './recognise';
import { tiktokSite } from './tiktok';
import { youtubeSite } from './youtube';

export type { PageSupport } from './recognise';

export const SITES: readonly Site[] = [tiktokSite, instagramSite, youtubeSite];

/** The reader for any of the three sites (the page reader scripts each carry one site only). */
export function recognisePage(href: string | undefined): PageSupport {
  return recogniseOn(SITES, href);
}
