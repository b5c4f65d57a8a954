// Which page a URL names on the three sites, from the address alone: what the popup needs to
// pick a page reader script, without carrying the readers themselves.
import { instagramPage } from './instagram/site';
import { recogniseOn, type PageSupport, type Site } from './recognise';
import { tiktokPage } from './tiktok/site';
import type { PageIdentity } from './types';
import { youtubePage } from './youtube/site';

const PAGES: readonly Site<PageIdentity>[] = [tiktokPage, instagramPage, youtubePage];

/** The same answer as `recognisePage` (lib/platforms), with the page's identity instead of its reader. */
export function identifyPage(href: string | undefined): PageSupport<PageIdentity> {
  return recogniseOn(PAGES, href);
}
