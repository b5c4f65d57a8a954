// What Instagram says about a page in its head: the description ("22 Followers, 9 Following,
// 1 Posts - See Instagram photos and videos from tanshio (@_tanshio_)"), the title and JSON-LD.
// The description is written in the page's language, but its figures always come first, in a
// fixed order and separated by commas; so they are read by position, not by their words.
// A logged-out post's description names its owner without "@", followed by the date in the
// page's language ("298K likes, 553 comments - willyrex on May 29, 2021: "…"."): the owner is
// the word that the date follows.
import { parseCount, toCount } from '../../parse/count';
import { countable } from '../../parse/count-helpers';
import { parseAbsoluteDate } from '../../parse/date';
import type { Count } from '../../schema/snapshot';
import { asIntegerString, asRecord, asString, asWholeNumber, parseScriptJson } from '../json';
import { INSTAGRAM_SELECTORS as S } from './selectors';
import { parseInstagramHref, type InstagramPage } from './url';

// Digits of any script and their marks ("١٬٢٣٤", "۸۷۶"), as parseCount reads them: a number is never cut between two digits.
const NUMBER = /\p{Nd}(?:[\p{Nd}.,'’٫٬\u00a0\u202f ]*\p{Nd})?/u;

/**
 * The first figure in a piece of text, with the unit that may follow it: attached ("1.2M",
 * "3.4万") or after a space ("476.3 mil", "1,2 Mio."). Which word is a unit is left to
 * parseCount in the page's language; `shown` keeps the unit only when it changed the reading.
 */
export function firstCount(text: string, lang: string | null): Count | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const number = match[0];
  const rest = text.slice(match.index + number.length);
  const glued = /^[^\s\p{Nd},、，،]{0,6}/u.exec(rest)?.[0] ?? '';
  const spaced = /^[\s\u00a0\u202f]+([^\s\p{Nd},、，،]{1,8})/u.exec(rest)?.[1];
  const candidates = Array.from(glued, (_, index) => number + glued.slice(0, index + 1));
  if (glued === '' && spaced !== undefined) candidates.push(`${number} ${spaced}`);
  const bare = parseCount(number, lang);
  for (const shown of candidates) {
    const range = parseCount(shown, lang);
    if (range && !(bare && range.min === bare.min && range.max === bare.max)) return toCount(range, 'text', shown);
  }
  // "12X": a figure glued to a word it does not know is unreadable, not 12. Counters in
  // scripts without letter case ("567人", "89개") are labels, not units.
  return bare && !/^[\p{Lu}\p{Ll}]/u.test(glued) ? toCount(bare, 'text', number) : null;
}

export interface Description {
  /** The comma-separated parts before " - ", each with its figure when readable. */
  parts: { text: string; count: Count | null }[];
  /** The account the description names: "(@name)", "@name", or a post's "name on <date>". */
  handle: string | null;
  /** A post's date as written after its owner ("on May 29, 2021"), the span of that day. */
  date: Count | null;
  /** The name that opens "Name (@name) on Instagram: …" (any language). */
  nameBeforeHandle: string | null;
  /** A quoted text at the end: a post's caption or, in some variants, a profile's bio. */
  quote: string | null;
}

/** The page's description split into its figures and the account it names; null when absent. */
export function readDescription(doc: Document, lang: string | null): Description | null {
  for (const element of Array.from(doc.querySelectorAll(S.description))) {
    const text = element.getAttribute('content')?.trim();
    if (text) return splitDescription(text, lang);
  }
  return null;
}

/** The description as a profile's: none while the head still describes a post (after in-app navigation). */
export function profileDescription(doc: Document, lang: string | null): Description | null {
  return pageUrlNames(doc)?.kind === 'post' ? null : readDescription(doc, lang);
}

export function splitDescription(text: string, lang: string | null): Description | null {
  const dash = /\s[-–—]\s/u.exec(text);
  if (!dash) return null;
  const head = text.slice(0, dash.index);
  const tail = text.slice(dash.index + dash[0].length);
  const parts = head
    .split(/[,，،]\s+|[、，،]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ text: part.slice(0, 64), count: firstCount(part, lang) }));
  // The account is named before the quoted caption; a mention inside the caption is someone else.
  // The closing quote may be followed by a full stop (2024-12).
  const quoted = /:\s*["“„«「]([\s\S]*?)(?:["”“»」]\.?)?\s*$/u.exec(tail);
  const intro = (quoted ? tail.slice(0, quoted.index) : tail).trim();
  const inParens = /\(@([A-Za-z0-9._]{1,30})\)/.exec(intro);
  const atSign = inParens ?? /(?:^|[^\w@])@([A-Za-z0-9._]{1,30})/.exec(intro);
  // No "@": a post's owner is the first word, when what follows it is a date.
  const bare = atSign ? null : /^([A-Za-z0-9._]{1,30})[,،、]?\s+(\S.{0,62})$/su.exec(intro);
  const named = atSign ?? bare;
  const afterHandle = named ? intro.slice(named.index + named[0].length).trim() : '';
  const handle = named?.[1]?.replace(/\.+$/, '') ?? null;
  const date = handle === null ? null : dateAfterHandle(bare?.[2] ?? afterHandle, lang);
  return {
    parts,
    handle: bare && date === null ? null : handle,
    date,
    // "Name (@name) on Instagram: …" starts with the name; in "See … from Name (@name)" the
    // handle ends the text and a localized phrase precedes the name.
    nameBeforeHandle: inParens && afterHandle !== '' ? intro.slice(0, inParens.index).trim() || null : null,
    quote: quoted?.[1]?.trim() || null,
  };
}

/**
 * "on May 29, 2021", "el 1 de junio de 2021": the span of that day, in the page's language; `shown`
 * without the words before the date that do not change it ("May 29, 2021").
 */
function dateAfterHandle(text: string, lang: string | null): Count | null {
  let shown = text.trim().replace(/[.,:;]+$/u, '').slice(0, 64);
  const range = shown === '' ? null : countable(parseAbsoluteDate(shown, lang));
  if (!range) return null;
  for (let shorter = shown.replace(/^\S+\s+/u, ''); shorter !== shown; shorter = shown.replace(/^\S+\s+/u, '')) {
    if (parseAbsoluteDate(shorter, lang)?.min !== range.min) break;
    shown = shorter;
  }
  return toCount(range, 'text', shown);
}

/** What the head's canonical / og:url address names: the page first loaded. */
export function pageUrlNames(doc: Document): InstagramPage | null {
  for (const element of Array.from(doc.querySelectorAll(S.pageUrl))) {
    const page = parseInstagramHref(element.getAttribute('content') ?? element.getAttribute('href'));
    if (page) return page;
  }
  return null;
}

/** Each "Name (@handle)" that opens the title, twitter:title or og:title, in this order. */
function titleNames(doc: Document): { name: string; handle: string }[] {
  const titles = [doc.title, ...Array.from(doc.querySelectorAll(S.titles), (meta) => meta.getAttribute('content') ?? '')];
  return titles.flatMap((title) => {
    const match = /^\s*(.*?)\s*\(@([A-Za-z0-9._]{1,30})\)/su.exec(title);
    return match ? [{ name: match[1]!, handle: match[2]! }] : [];
  });
}

/** The display name in "Name (@handle) • Instagram photos and videos", for `handle`. */
export function titleName(doc: Document, handle: string): string | null {
  return titleNames(doc).find((title) => title.handle.toLowerCase() === handle.toLowerCase() && title.name)?.name ?? null;
}

/** The account the titles name ("Willyrex (@willyrex) • Instagram photo"), when they agree on one. */
export function titleHandle(doc: Document): string | null {
  const titles = titleNames(doc);
  return new Set(titles.map((title) => title.handle.toLowerCase())).size === 1 ? titles[0]!.handle : null;
}

export type LdAction = 'follow' | 'like' | 'comment' | 'watch';

/**
 * Exact interaction counts from the JSON-LD that names `target` (a profile or a post) and no
 * other page of the same kind, e.g. the 2021 profile's Person -> ProfilePage -> FollowAction.
 */
export function ldCounts(doc: Document, target: InstagramPage): Partial<Record<LdAction, number>> {
  for (const script of Array.from(doc.querySelectorAll(S.jsonLd)).slice(0, 10)) {
    const counts: Partial<Record<LdAction, number>> = {};
    let namesTarget = false;
    let namesOther = false;
    const stack: unknown[] = [parseScriptJson(script)];
    for (let nodes = 0; stack.length > 0 && nodes < 2000; nodes++) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        stack.push(...value);
        continue;
      }
      const record = asRecord(value);
      if (!record) continue;
      for (const key of ['@id', 'url', 'alternateName', 'mainEntityofPage', 'mainEntityOfPage']) {
        const ref = asString(record[key]);
        if (ref === null) continue;
        const page = ref.startsWith('@') ? parseInstagramHref(`/${ref.slice(1)}/`) : parseInstagramHref(ref.startsWith('http') ? ref : null);
        if (page?.kind === target.kind && page.kind !== 'other') {
          if (samePage(page, target)) namesTarget = true;
          else namesOther = true;
        }
      }
      const type = asString(record.interactionType)?.replace(/^.*[/:]/, '').replace(/Action$/, '').toLowerCase();
      const amount = asWholeNumber(record.userInteractionCount) ?? asIntegerString(record.userInteractionCount);
      if (type && amount !== null && ['follow', 'like', 'comment', 'watch'].includes(type)) counts[type as LdAction] ??= amount;
      stack.push(...Object.values(record).filter((child) => typeof child === 'object' && child !== null));
    }
    if (namesTarget && !namesOther && Object.keys(counts).length > 0) return counts;
  }
  return {};
}

function samePage(a: InstagramPage, b: InstagramPage): boolean {
  if (a.kind === 'profile' && b.kind === 'profile') return a.handle.toLowerCase() === b.handle.toLowerCase();
  return a.kind === 'post' && b.kind === 'post' && a.shortcode === b.shortcode;
}
