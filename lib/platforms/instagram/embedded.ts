// Reads the data Instagram embeds in its HTML: `window._sharedData` (up to 2022) and the JSON
// blobs of GraphQL / API responses it inlines since (PolarisProfilePageContentQuery,
// xdt_api__v1__media__shortcode__web_info ...). Their nesting changes often, so instead of fixed
// paths the data is searched, within a budget, for user and media objects by their own keys.
// It describes the page first loaded: the caller keeps only what names the URL's handle or post.
import {
  asArray, asBoolean, asIntegerString, asRecord, asString, asWholeNumber, at, secondsToMs, type JsonRecord,
} from '../json';
import { BUSINESS_KEYS, CATEGORY_KEYS, INSTAGRAM_SELECTORS as S, LEGACY_SCRIPT_PREFIXES, PAGE_DATA_MARKERS } from './selectors';
import { SHORTCODE } from './url';

export interface EmbeddedUser {
  handle: string;
  id: string | null;
  displayName: string | null;
  bio: string | null;
  links: string[];
  email: string | null;
  verified: boolean | null;
  privateAccount: boolean | null;
  followers: number | null;
  following: number | null;
  postCount: number | null;
  /** The account's own category label ("Digital creator"), as the data names it. */
  category: string | null;
  /** Whether the data calls it a business account; null when it does not say. */
  business: boolean | null;
}

export interface EmbeddedMedia {
  shortcode: string;
  owner: string | null;
  ownerId: string | null;
  ownerName: string | null;
  ownerVerified: boolean | null;
  reel: boolean;
  likes: number | null;
  comments: number | null;
  views: number | null;
  /** The creator turned off like and view counts for this post. */
  countsHidden: boolean;
  /** Unix ms, exact. */
  takenAt: number | null;
  caption: string | null;
  sponsored: boolean | null;
  pinned: boolean;
}

export interface EmbeddedData {
  /** Where the data came from, for `sources`: "shared-data" (2021), "relay" (inlined Relay/API responses). */
  forms: string[];
  /** Every profile found, one per handle (lower case), fields merged across copies. */
  users: Map<string, EmbeddedUser>;
  /** Every post found, one per shortcode, in the order met. */
  media: Map<string, EmbeddedMedia>;
}

// Bounds on the work done in the content script, whatever the page holds.
const MAX_SCRIPT_CHARS = 4_000_000;
const MAX_TOTAL_CHARS = 12_000_000;
const MAX_NODES = 300_000;
const MAX_USERS = 50;
const MAX_MEDIA = 600;

const USER_KEYS = [
  'edge_followed_by', 'follower_count', 'media_count', 'edge_owner_to_timeline_media', 'biography', ...CATEGORY_KEYS, ...BUSINESS_KEYS,
];
const MEDIA_KEYS = [
  'taken_at', 'taken_at_timestamp', 'like_count', 'edge_media_preview_like', 'edge_liked_by', 'comment_count',
  'edge_media_to_comment', 'play_count', 'video_view_count', 'media_type', 'is_video',
];

/**
 * Searches the page's data scripts. `token` (the handle in lower case, or the shortcode) picks
 * which JSON blobs are worth parsing, together with the markers of the page's own data.
 */
export function readEmbedded(doc: Document, token: string): EmbeddedData {
  const data: EmbeddedData = { forms: [], users: new Map(), media: new Map() };
  const quoted = `"${token}"`;
  let chars = 0;
  const budget = { nodes: MAX_NODES };
  for (const script of Array.from(doc.querySelectorAll(S.inlineScripts))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || chars + text.length > MAX_TOTAL_CHARS) continue;
    let json: string | null = null;
    let form = 'relay';
    if (script.getAttribute('type') === 'application/json') {
      if (text.includes(quoted) || PAGE_DATA_MARKERS.some((marker) => text.includes(marker))) json = text;
    } else if (LEGACY_SCRIPT_PREFIXES.some((prefix) => text.trimStart().startsWith(prefix))) {
      json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
      form = 'shared-data';
    }
    if (json === null) continue;
    chars += text.length;
    const before = data.users.size + data.media.size;
    search(parse(json), data, budget);
    if (data.users.size + data.media.size > before && !data.forms.includes(form)) data.forms.push(form);
  }
  return data;
}

/** Cheap test, for readiness checks on every mutation: does any data script name `token`? */
export function embeddedNames(doc: Document, token: string): boolean {
  const quoted = `"${token}"`;
  return Array.from(doc.querySelectorAll(S.inlineScripts)).some((script) => {
    const text = script.textContent ?? '';
    return text.length <= MAX_SCRIPT_CHARS && text.includes(quoted);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Depth-first in document order, so the first copy of an object met is the page's own. */
function search(root: unknown, data: EmbeddedData, budget: { nodes: number }): void {
  const stack: unknown[] = [root];
  while (stack.length > 0 && budget.nodes-- > 0) {
    const value = stack.pop();
    const children = Array.isArray(value) ? value : Object.values(asRecord(value) ?? {});
    const record = asRecord(value);
    if (record) visit(record, data);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}

function visit(record: JsonRecord, data: EmbeddedData): void {
  const username = asString(record.username);
  if (username !== null && data.users.size < MAX_USERS && USER_KEYS.some((key) => key in record)) {
    const user = readUser(record, username);
    const key = username.toLowerCase();
    const known = data.users.get(key);
    data.users.set(key, known ? fill(known, user) : user);
  }
  const code = asString(record.shortcode) ?? asString(record.code);
  if (code !== null && SHORTCODE.test(code) && data.media.size < MAX_MEDIA && MEDIA_KEYS.some((key) => key in record)) {
    const media = readMedia(record, code);
    const known = data.media.get(code);
    data.media.set(code, known ? fill(known, media) : media);
  }
}

/** Fills the unknown fields of the first copy from a later one. */
function fill<T extends object>(first: T, later: T): T {
  const merged = { ...first } as Record<string, unknown>;
  for (const [key, value] of Object.entries(later)) {
    const current = merged[key];
    const unknown = current === null || (Array.isArray(current) && current.length === 0);
    if ((unknown && value !== null) || (current === false && value === true)) merged[key] = value;
  }
  return merged as T;
}

const count = (value: unknown): number | null => asWholeNumber(value) ?? asIntegerString(value);
const idOf = (value: unknown): string | null =>
  asString(value) ?? (asWholeNumber(value) === null ? null : String(value));
const firstOf = <T>(values: (T | null)[]): T | null => values.find((value) => value !== null) ?? null;
const nonEmpty = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

function readUser(user: JsonRecord, handle: string): EmbeddedUser {
  const links = [
    ...asArray(user.bio_links).map((link) => asString(at(link, 'url'))),
    asString(user.external_url),
  ].filter((link): link is string => link !== null && link.trim() !== '');
  return {
    handle,
    id: idOf(user.id) ?? idOf(user.pk),
    displayName: asString(user.full_name),
    bio: asString(user.biography),
    links: [...new Set(links)],
    email: asString(user.business_email) || asString(user.public_email) || null,
    verified: asBoolean(user.is_verified),
    privateAccount: asBoolean(user.is_private),
    followers: count(at(user, 'edge_followed_by', 'count')) ?? count(user.follower_count),
    following: count(at(user, 'edge_follow', 'count')) ?? count(user.following_count),
    postCount: count(at(user, 'edge_owner_to_timeline_media', 'count')) ?? count(user.media_count),
    category: firstOf(CATEGORY_KEYS.map((key) => asString(user[key])?.trim() || null)),
    business: firstOf(BUSINESS_KEYS.map((key) => asBoolean(user[key]))),
  };
}

function readMedia(media: JsonRecord, shortcode: string): EmbeddedMedia {
  // "owner" (2021; a bare pk and username since) and "user" (2023-2025, with name and badge).
  const ownerField = (key: string): unknown => at(media.owner, key) ?? at(media.user, key);
  const productType = asString(media.product_type);
  const mediaType = asWholeNumber(media.media_type);
  const video = asBoolean(media.is_video) ?? (mediaType === null ? null : mediaType === 2);
  const takenAt = count(media.taken_at_timestamp) ?? count(media.taken_at);
  const captionEdge = asArray(at(media, 'edge_media_to_caption', 'edges'))[0];
  return {
    shortcode,
    owner: asString(ownerField('username')),
    ownerId: idOf(ownerField('id')) ?? idOf(ownerField('pk')),
    ownerName: asString(ownerField('full_name')),
    ownerVerified: asBoolean(ownerField('is_verified')),
    reel: productType === 'clips',
    likes: count(at(media, 'edge_media_preview_like', 'count')) ?? count(at(media, 'edge_liked_by', 'count')) ?? count(media.like_count),
    comments:
      count(at(media, 'edge_media_to_parent_comment', 'count')) ??
      count(at(media, 'edge_media_to_comment', 'count')) ??
      count(media.comment_count),
    views:
      video === false
        ? null
        : (count(media.play_count) ?? count(media.ig_play_count) ?? count(media.video_play_count) ??
          count(media.video_view_count) ?? count(media.view_count)),
    countsHidden: asBoolean(media.like_and_view_counts_disabled) === true,
    takenAt: secondsToMs(takenAt),
    caption: asString(at(captionEdge, 'node', 'text')) ?? asString(at(media, 'caption', 'text')) ?? asString(media.caption),
    sponsored: sponsorship(media),
    pinned: nonEmpty(media.pinned_for_users) || nonEmpty(media.timeline_pinned_user_ids) || asBoolean(media.is_pinned) === true,
  };
}

/** True on any paid-partnership mark; false only when the data says explicitly there is none. */
function sponsorship(media: JsonRecord): boolean | null {
  const paid = asBoolean(media.is_paid_partnership);
  const sponsorEdges = at(media, 'edge_media_to_sponsor_user', 'edges');
  if (paid === true || nonEmpty(media.sponsor_tags) || nonEmpty(sponsorEdges)) return true;
  if (paid === false || Array.isArray(sponsorEdges) || Array.isArray(media.sponsor_tags)) return false;
  return null;
}
