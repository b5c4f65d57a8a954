// The body of a page reader script (entrypoints/read-<platform>.ts): injected into the tab (./inject)
// only when a page is to be read, it reads the page once and returns the answer to
// `scripting.executeScript`. Nothing stays behind in the page: no listener, no global.
import type { Site } from '../platforms/recognise';
import { readSitePage } from './read-page';

/**
 * The reading as JSON text: the browser converts a script's answer value by value between processes,
 * and one string crosses far faster than an object of hundreds of posts. ./inject parses it back,
 * still unchecked.
 */
export function readThisPage(site: Site): Promise<string> {
  return readSitePage([site], document, () => location.href, Date.now).then((answer) => JSON.stringify(answer));
}
