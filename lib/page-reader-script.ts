// The body of a page reader script (entrypoints/read-<platform>.ts): injected into the tab by the
// background only when a page is to be read, it reads the page once and returns the answer to
// `scripting.executeScript`. Nothing stays behind in the page: no listener, no global.
import type { Site } from './platforms/recognise';
import { readSitePage } from './read-page';
import type { ReadPageResponse } from './schema';

export function readThisPage(site: Site): Promise<ReadPageResponse> {
  return readSitePage([site], document, () => location.href, Date.now);
}
