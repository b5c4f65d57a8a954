// One interface over the platforms: which pages we can read, and how.
import { flatText, type FlatText } from '../schema';
import { instagramSite } from './instagram';
import { tiktokSite } from './tiktok';
import { youtubeSite } from './youtube';
import type { PageReader, SiteAnswer } from './types';

export type { PageReader, Readiness } from './types';

const SITES: ReadonlyArray<(url: URL) => SiteAnswer | null> = [tiktokSite, instagramSite, youtubeSite];

/** `reason` names the pages Creator Lens reads (pg_unsupportedPage, pg_unreadableAddress). */
export type PageSupport = { supported: true; reader: PageReader } | { supported: false; reason: FlatText };

export function recognisePage(href: string | undefined): PageSupport {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return { supported: false, reason: flatText('pg_unreadableAddress') };
  }
  for (const site of SITES) {
    const answer = site(url);
    if (answer === null) continue;
    if ('reader' in answer) return { supported: true, reader: answer.reader };
    return { supported: false, reason: flatText('pg_unsupportedPage', answer.unsupported.params) };
  }
  // Not on any of the three sites: pg_unsupportedPage's `other` case, "not a creator page".
  return { supported: false, reason: flatText('pg_unsupportedPage', { page: 'none' }) };
}
