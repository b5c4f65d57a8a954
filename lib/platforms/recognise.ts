// Which reader a URL needs, among the sites given. Kept apart from the list of all sites so a
// page reader script built for one platform carries that platform's code only.
import { flatText } from '../snapshot-basics';
import type { FlatText } from '../schema';
import type { PageReader, SiteAnswer } from './types';

export type Site = (url: URL) => SiteAnswer | null;

/** `reason` names the pages Creator Lens reads (pg_unsupportedPage, pg_unreadableAddress). */
export type PageSupport = { supported: true; reader: PageReader } | { supported: false; reason: FlatText };

export function recogniseOn(sites: readonly Site[], href: string | undefined): PageSupport {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return { supported: false, reason: flatText('pg_unreadableAddress') };
  }
  // Only web pages: "ttps://www.youtube.com/…" or a view-source: address is no creator page.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { supported: false, reason: flatText('pg_unsupportedPage', { page: 'none' }) };
  for (const site of sites) {
    const answer = site(url);
    if (answer === null) continue;
    if ('reader' in answer) return { supported: true, reader: answer.reader };
    return { supported: false, reason: flatText('pg_unsupportedPage', answer.unsupported.params) };
  }
  // Not on any of the sites: pg_unsupportedPage's `other` case, "not a creator page".
  return { supported: false, reason: flatText('pg_unsupportedPage', { page: 'none' }) };
}
