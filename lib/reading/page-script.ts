// The body of a page reader script (entrypoints/read-<platform>.ts): injected into the tab by the
// background only when a page is to be read, it reads the page once and returns the answer to
// `scripting.executeScript`. Nothing stays behind in the page: no listener, no global.
import type { Site } from '../platforms/recognise';
import { readSitePage } from './read-page';

/**
 * The reading as JSON text. The browser carries a script's answer from the page's process to the
 * extension's by converting it value by value; one string crosses far faster than an object of
 * some 300 posts would (~5 ms instead of ~30 ms for a 300-video channel). lib/inject-reader
 * turns it back into an object, still unchecked.
 */
export function readThisPage(site: Site): Promise<string> {
  return readSitePage([site], document, () => location.href, Date.now).then((answer) => JSON.stringify(answer));
}
