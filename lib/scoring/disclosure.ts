// Ad disclosure on one post, from the platform's label and the caption (FTC, UK ASA/CMA, China's
// 2023 Internet Advertising Measures). Clear: the platform's paid-partnership label, or #ad /
// #sponsored / #advertisement / 广告 early in the caption. Unclear: #sp, #spon, #collab, #partner,
// "thanks @brand", or a clear tag buried later in the caption. The FTC judges those unclear.
import { text, type TextParam } from '../i18n/text';
import type { Post } from '../schema/snapshot';

export type Disclosure = 'clear' | 'unclear' | 'none';

export interface PostDisclosure {
  /** null when neither a label nor a caption is known. */
  status: Disclosure | null;
  /** A label or tag says the post is an ad (clearly or not). */
  marked: boolean;
  /** What was found, for the flag's evidence (`markerText` puts one in words). */
  markers: readonly string[];
  codes: readonly string[];
  affiliateLinks: readonly string[];
  mentions: readonly string[];
}

/** What a viewer sees before "more": Instagram cuts captions near 125 characters and two lines. */
export const EARLY_CHARACTERS = 125;
const EARLY_LINES = 2;

const END = '(?![\\p{L}\\p{N}_])';
const CLEAR_TAG = new RegExp(`#(ad|ads|sponsored|advertisement|paidpartnership)${END}`, 'giu');
const CLEAR_WORD = /广告|^\s*\[?(ad|advert|advertisement|sponsored)\]?\s*[:|\-–—]/giu;
const UNCLEAR_TAG = new RegExp(`#(sp|spon|collab|partner|partnership|gifted)${END}`, 'giu');
const THANKS = /\bthanks?(?: you)?(?: so much)?(?: to)? @[\p{L}\p{N}_.]+/giu;
const CLEAR_HASHTAGS = new Set(['ad', 'ads', 'sponsored', 'advertisement', 'paidpartnership', '广告']);
const UNCLEAR_HASHTAGS = new Set(['sp', 'spon', 'collab', 'partner', 'partnership', 'gifted']);

// Discount codes: "code LENA10", "promo code: SAVE20", "use my code". The code itself is in capitals
// or digits, so "code is" or "the code of conduct" do not count.
const CODE = /(?<!QR )\b(?:[Uu]se (?:[Mm]y )?)?(?:[Pp]romo |[Dd]iscount |[Cc]oupon )?(?:[Cc]ode|CODE)\s*:?\s*["'“]?([A-Z0-9][A-Z0-9_-]{2,19})\b/g;
const USE_MY_CODE = /\buse my code\b/i;
/** The code found when a caption says "use my code" without naming one. */
const UNNAMED_CODE = 'use my code';
const AFFILIATE = [/\bamzn\.to\/\S+/gi, /\bbit\.ly\/\S+/gi, /\S+\/ref=\S+/gi, /\S+[?&]utm_[a-z]+=\S*/gi, /\S+[?&]tag=[\w-]+-2\d\b\S*/gi, /\b(?:liketk\.it|rstyle\.me|shopmy\.us|geni\.us|howl\.me)\/\S+/gi];
const MENTION = /(?<![\p{L}\p{N}_.])@([\p{L}\p{N}_.]{2,30})/gu;

/** Every match of a global `pattern`, trimmed. */
const matches = (pattern: RegExp, caption: string) => (caption.match(pattern) ?? []).map((m) => m.trim());

/** The first group of every match of a global `pattern` (none of ours can match empty text). */
function firstGroups(pattern: RegExp, caption: string): string[] {
  // An exec loop: matchAll would first copy the pattern.
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(caption); match !== null; match = pattern.exec(caption)) found.push(match[1]!);
  return found;
}

/** The marker of the platform's own paid-partnership label, and the mark of a clear tag found late. */
const PLATFORM_LABEL = 'platform label';
const BURIED = ' (buried)';

/** A discount code as the reader sees it: "use my code" without a code in words, codes as they are. */
export function codeText(code: string): TextParam {
  return code === UNNAMED_CODE ? text('sc_codeUnnamed') : code;
}

/** A marker as the reader sees it: the label and "buried" in words, tags as they are. */
export function markerText(marker: string): TextParam {
  if (marker === PLATFORM_LABEL) return text('sc_markerPlatformLabel');
  if (marker.endsWith(BURIED)) return text('sc_markerBuried', { tag: marker.slice(0, -BURIED.length) });
  return marker;
}

export function earlyPart(caption: string): string {
  return caption.split('\n').slice(0, EARLY_LINES).join('\n').slice(0, EARLY_CHARACTERS);
}

// Several rules ask about the same post within one assessment: `disclosureOf` (./series) keeps
// each post's reading for the assessment, so this reads afresh.
export function readDisclosure(post: Post): PostDisclosure {
  return post.caption === null && post.hashtags.length === 0 && post.mentions.length === 0 ? labelOnly(post) : readCaption(post);
}

const NONE: readonly string[] = Object.freeze([]);

/** A reading that found nothing but, perhaps, the platform's label. */
function labelReading(status: Disclosure | null, markers: readonly string[]): PostDisclosure {
  return Object.freeze({ status, marked: status === 'clear', markers, codes: NONE, affiliateLinks: NONE, mentions: NONE });
}

// Most posts (grid tiles, plain captions) read the same: one frozen reading each serves them all
// instead of four new lists per post.
const LABELLED = labelReading('clear', Object.freeze([PLATFORM_LABEL]));
const NOTHING = labelReading('none', NONE);
const UNKNOWN = labelReading(null, NONE);

/** Without a caption only the platform's label can speak (most grid tiles). */
function labelOnly(post: Post): PostDisclosure {
  if (post.sponsored === true) return LABELLED;
  return post.sponsored === false ? NOTHING : UNKNOWN;
}

/** Patterns run only on captions that hold the characters they need: most captions hold few. */
const MAY_HAVE = {
  tag: /#(?:ad|sp|advert|paid|collab|partner|gifted)/i,
  clearWord: /广告|^\s*\[?(?:ad|sponsored)/i,
  thanks: /thank/i,
  code: /code/i,
  affiliate: /[/?&]/,
};

/** Any of those or an @, in one scan: a caption it does not match holds nothing a pattern looks for. */
const MAY_HAVE_ANY = new RegExp([MAY_HAVE.tag, MAY_HAVE.clearWord, MAY_HAVE.code, MAY_HAVE.affiliate, /@/].map((pattern) => pattern.source).join('|'), 'i');

const AD_HASHTAGS = new Set([...CLEAR_HASHTAGS, ...UNCLEAR_HASHTAGS]);

/** A hashtag the disclosure rules read, whatever its case. */
const isAdTag = (tag: string) => AD_HASHTAGS.has(tag.toLowerCase());

function readCaption(post: Post): PostDisclosure {
  const caption = post.caption ?? '';
  const quiet =
    post.mentions.length === 0 &&
    post.sponsored !== true &&
    !MAY_HAVE_ANY.test(caption) &&
    !post.hashtags.some(isAdTag);
  // Most captions hold nothing any rule looks for: the same answer without running the patterns.
  if (quiet) return post.caption !== null || post.sponsored === false ? NOTHING : UNKNOWN;
  const hasTag = MAY_HAVE.tag.test(caption);
  const hasAt = caption.includes('@');
  const hashtags = post.hashtags.map((tag) => tag.toLowerCase());
  const early = earlyPart(caption);
  const clearEarly = [...(hasTag ? matches(CLEAR_TAG, early) : []), ...(MAY_HAVE.clearWord.test(early) ? matches(CLEAR_WORD, early) : [])];
  const clearLate = [...(hasTag ? matches(CLEAR_TAG, caption) : []), ...hashtags.filter((t) => CLEAR_HASHTAGS.has(t)).map((t) => `#${t}`)];
  const unclear = [
    ...(hasTag ? matches(UNCLEAR_TAG, caption) : []),
    ...(hasAt && MAY_HAVE.thanks.test(caption) ? matches(THANKS, caption) : []),
    ...hashtags.filter((t) => UNCLEAR_HASHTAGS.has(t)).map((t) => `#${t}`),
  ];
  const label = post.sponsored === true;

  const markers = [...new Set([...(label ? [PLATFORM_LABEL] : []), ...clearEarly, ...(clearEarly.length ? [] : clearLate.map((m) => `${m}${BURIED}`)), ...unclear])];
  let status: Disclosure | null;
  if (label || clearEarly.length > 0) status = 'clear';
  else if (clearLate.length > 0 || unclear.length > 0) status = 'unclear';
  else if (post.caption !== null || post.sponsored === false) status = 'none';
  else status = null;

  const codes = MAY_HAVE.code.test(caption) ? [...new Set([...firstGroups(CODE, caption), ...(USE_MY_CODE.test(caption) ? [UNNAMED_CODE] : [])])] : [];
  const mentions = [...new Set([...post.mentions, ...(hasAt ? firstGroups(MENTION, caption) : [])].map((m) => m.toLowerCase()))];
  return {
    status,
    marked: status === 'clear' || status === 'unclear',
    markers,
    codes,
    affiliateLinks: MAY_HAVE.affiliate.test(caption) ? [...new Set(([] as string[]).concat(...AFFILIATE.map((pattern) => matches(pattern, caption))))] : [],
    mentions,
  };
}
