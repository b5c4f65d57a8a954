// One interface over the platforms: which pages we can read, and how.
import { instagramSite } from './instagram';
import { tiktokSite } from './tiktok';
import { youtubeSite } from './youtube';
import type { PageReader, SiteAnswer } from './types';

export type { PageReader, Readiness } from './types';

export const SUPPORTED_PAGES_TEXT =
  'TikTok profiles and videos (www.tiktok.com/@name), Instagram profiles, posts and reels (www.instagram.com/name/), YouTube channels, videos and Shorts (www.youtube.com/@name)';

const SITES: ReadonlyArray<(url: URL) => SiteAnswer | null> = [tiktokSite, instagramSite, youtubeSite];

export type PageSupport = { supported: true; reader: PageReader } | { supported: false; reason: string };

export function recognisePage(href: string | undefined): PageSupport {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return { supported: false, reason: `Creator Lens reads ${SUPPORTED_PAGES_TEXT}. Open one and try again.` };
  }
  for (const site of SITES) {
    const answer = site(url);
    if (answer === null) continue;
    if ('reader' in answer) return { supported: true, reader: answer.reader };
    return { supported: false, reason: `${answer.unsupported} Creator Lens reads ${SUPPORTED_PAGES_TEXT}.` };
  }
  return { supported: false, reason: `This page is not a creator page. Creator Lens reads ${SUPPORTED_PAGES_TEXT}.` };
}
