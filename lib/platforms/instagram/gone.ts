// Whether an Instagram post page is the "Sorry, this page isn't available." page Instagram serves in
// the place of a removed or private post; cheap, as the readiness check runs it on every mutation.
import { GONE_PAGE_HEADING, GONE_PAGE_HEADINGS } from './selectors';

const MAX_HEADING_CHARS = 120;
const MAX_CANDIDATES = 60;

/** The heading's words as the page shows them; null when the page shows no such heading. */
export function goneHeading(doc: Document): string | null {
  for (const element of Array.from(doc.querySelectorAll(GONE_PAGE_HEADING)).slice(0, MAX_CANDIDATES)) {
    const text = element.textContent?.trim() ?? '';
    if (text === '' || text.length > MAX_HEADING_CHARS) continue;
    const lower = text.toLowerCase();
    if (GONE_PAGE_HEADINGS.some((heading) => lower.includes(heading))) return text;
  }
  return null;
}
