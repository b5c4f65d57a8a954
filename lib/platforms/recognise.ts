// Which reader a URL needs, among the sites given. Kept apart from the list of all sites so a
// page reader script built for one platform carries that platform's code only.
import { flatText, PageError } from '../i18n/text';
import type { FlatText } from '../i18n/text';
import type { PageKind } from '../schema/snapshot';
import type { PageIdentity, PageReader, PageReading, SiteAnswer } from './types';

/** A platform's recogniser: `T` is a page's reader, or only its identity (lib/platforms/pages.ts). */
export type Site<T = PageReader> = (url: URL) => SiteAnswer<T> | null;

/** `reason` names the pages Creator Lens reads (pg_unsupportedPage, pg_unreadableAddress). */
export type PageSupport<T = PageReader> = { supported: true; reader: T } | { supported: false; reason: FlatText };

/**
 * A site whose pages, recognised by `identify`, are read as `readings` says for their kind. A
 * reader script may carry the reading of one kind only (YouTube's: a channel's or a video's); a
 * page of another kind is then one that moved since the script was chosen for it.
 */
export function withReadings(identify: Site<PageIdentity>, readings: Partial<Record<PageKind, PageReading>>): Site {
  return (url) => {
    const answer = identify(url);
    if (answer === null || 'unsupported' in answer) return answer;
    return { reader: { ...answer.reader, ...(readings[answer.reader.pageKind] ?? OTHER_KIND) } };
  };
}

const OTHER_KIND: PageReading = {
  readiness: () => ({ ready: true }),
  extract: () => {
    throw new PageError(flatText('pg_movedWhileReading'));
  },
};

export function recogniseOn<T>(sites: readonly Site<T>[], href: string | undefined): PageSupport<T> {
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
