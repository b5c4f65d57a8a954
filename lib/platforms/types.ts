// The one interface every platform implements.
import type { FlatText } from '../i18n/text';
import type { PageKind, Platform, Snapshot } from '../schema/snapshot';

/** `waitingFor`: a pg_waiting Text (see `notReady` in ./common), shown in the notice of a reading that timed out. */
export type Readiness = { ready: true } | { ready: false; waitingFor: FlatText };

/** What a URL names, known from the address alone (lib/platforms/<platform>/site.ts: no reading code). */
export interface PageIdentity {
  platform: Platform;
  pageKind: PageKind;
  /**
   * What the URL names (a handle, a channel id, a post id), in lower case where the platform
   * ignores case. While it stays the same, the user is still on the same page.
   */
  key: string;
  /** The creator's handle when the URL names it (a profile, a TikTok video); null when only the page knows. */
  creatorHandle: string | null;
}

/** How a kind of page is read. */
export interface PageReading {
  /** Whether the page shows what its URL names yet (single-page apps lag behind the URL). */
  readiness(doc: Document, url: URL): Readiness;
  /** Reads the page. Never throws for odd markup: what cannot be read is listed in `missing`. */
  extract(doc: Document, url: URL, now: number): Snapshot;
}

export type PageReader = PageIdentity & PageReading;

/**
 * A platform's answer for a URL on its own site: what the page is (`T`: its identity, or its reader), or why
 * this page cannot be read (a pg_siteUnsupported Text).
 */
export type SiteAnswer<T = PageReader> = { reader: T } | { unsupported: FlatText };
