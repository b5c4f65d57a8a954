// One interface over the platforms: which pages we can read, and how.
import type { Snapshot } from '../schema';
import { extractTikTokProfile, tiktokReadiness, type Readiness } from './tiktok/extract';
import { isTikTokHost, parseTikTokUrl } from './tiktok/url';

export type { Readiness };

export const SUPPORTED_PAGES_TEXT = 'TikTok creator profiles (www.tiktok.com/@name)';

export interface PageReader {
  platform: Snapshot['platform'];
  handle: string;
  readiness(doc: Document, url: URL): Readiness;
  extract(doc: Document, url: URL, now: number): Snapshot;
}

export type PageSupport = { supported: true; reader: PageReader } | { supported: false; reason: string };

export function recognisePage(href: string | undefined): PageSupport {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return { supported: false, reason: `Creator Lens reads ${SUPPORTED_PAGES_TEXT}. Open one and try again.` };
  }
  const tiktok = parseTikTokUrl(url);
  if (tiktok?.kind === 'profile') {
    return {
      supported: true,
      reader: { platform: 'tiktok', handle: tiktok.handle, readiness: tiktokReadiness, extract: extractTikTokProfile },
    };
  }
  if (tiktok?.kind === 'video') {
    return {
      supported: false,
      reason: `This is one of @${tiktok.handle}'s videos. Open their profile (www.tiktok.com/@${tiktok.handle}) to score the creator.`,
    };
  }
  const site = isTikTokHost(url.hostname) ? 'This TikTok page is not a creator profile.' : 'This page is not a creator page.';
  return {
    supported: false,
    reason: `${site} Creator Lens reads ${SUPPORTED_PAGES_TEXT}; Instagram and YouTube are next.`,
  };
}
