// Whether an Instagram page shows the URL's profile or post yet. Instagram navigates without
// reloading, so the page may still show the one before.
import { notReady } from '../common';
import type { Readiness } from '../types';
import { embeddedNames } from './embedded';
import { goneHeading } from './gone';
import { pageUrlNames, profileDescription } from './meta';
import { shownPosts } from './post';
import { headerHandle, namedHandle } from './profile';
import { parseInstagramUrl, sameHandle } from './url';

/** Whether the page shows the URL's profile or post yet; cheap, as it runs on every mutation. */
export function instagramReadiness(doc: Document, url: URL): Readiness {
  const page = parseInstagramUrl(url);
  if (page?.kind === 'profile') {
    const shown = headerHandle(doc);
    if (shown !== null && !sameHandle(shown, page.handle)) {
      return notReady({ what: 'otherProfile', shown, expected: page.handle });
    }
    if (shown !== null || descriptionNames(doc, page.handle) || embeddedNames(doc, page.handle.toLowerCase())) {
      return { ready: true };
    }
    return notReady({ what: 'profileHeader' });
  }
  if (page?.kind === 'post') {
    const shown = shownPosts(doc);
    if (shown.some((entry) => entry.code === page.shortcode)) return { ready: true };
    // Instagram serves its "page isn't available" page at the post's own address.
    if (shown.length === 0 && goneHeading(doc) !== null) return { ready: true };
    if (shown.length > 0) return notReady({ what: 'otherPost', code: shown[0]!.code });
    const named = pageUrlNames(doc);
    if ((named?.kind === 'post' && named.shortcode === page.shortcode) || embeddedNames(doc, page.shortcode)) {
      return { ready: true };
    }
    return notReady({ what: 'post' });
  }
  return { ready: true };
}

function descriptionNames(doc: Document, handle: string): boolean {
  const described = profileDescription(doc, null)?.handle ?? namedHandle(doc);
  return described !== null && sameHandle(described, handle);
}
