// Pieces every platform's extractor shares.
import { flatText } from '../i18n/text';
import { MAX_VISIBLE_COMMENTS, TEXT_LIMITS } from '../schema/limits';
import type { MissingField, Post } from '../schema/snapshot';
import type { FlatText } from '../i18n/text';
import type { Readiness } from './types';

/** A figure or field named in a sentence (pg_notShown, pg_notReadable ...: the {what} select of lib/i18n/messages/pages.ts). */
export type FieldWord =
  | 'followers' | 'following' | 'totalLikes' | 'displayName' | 'likes' | 'comments' | 'shares' | 'saves' | 'views'
  | 'postingDate' | 'postDate' | 'postCount' | 'channelName' | 'subscribers' | 'videoCount' | 'uploadDate';

/** A channel as the page shows it: by handle, by name, or not at all ({shownKind} of pages.ts). */
export type ShownChannel = { shown: string; shownKind: 'handle' | 'name' | 'none' };
/** A channel as a YouTube address names it ({expectedKind} of pages.ts). */
export type ExpectedChannel = { expected: string; expectedKind: 'handle' | 'id' | 'custom' | 'user' };

/** What a page that has not caught up with its address still shows or lacks (the {what} of pg_waiting). */
export type Waiting =
  | { what: 'profileHeader' | 'video' | 'post' | 'channelHeader' | 'videoGrid' | 'videoDetails' }
  | { what: 'otherProfile' | 'otherVideo'; shown: string; expected: string }
  | { what: 'videoBy'; author: string }
  | { what: 'otherPost'; code: string }
  | ({ what: 'otherChannel' } & ShownChannel & ExpectedChannel);

export function notReady(waiting: Waiting): Readiness {
  return { ready: false, waitingFor: flatText('pg_waiting', waiting) };
}

/** Why a page of one of the three sites is not one Creator Lens reads (the {page} of pg_siteUnsupported). */
export type WhyUnsupported =
  | { page: 'tiktok' | 'instagram' | 'youtube' | 'igHome' | 'igNoCreator' }
  | { page: 'igStory' | 'igCreatorOther'; handle: string }
  | { page: 'igSection'; section: string };

export function unsupported(why: WhyUnsupported): FlatText {
  return flatText('pg_siteUnsupported', why);
}

/** A post with nothing read yet: every figure unknown until an extractor fills it in. */
export function emptyPost(id: string, url: string): Post {
  return {
    id: id.slice(0, 64),
    url: url.slice(0, TEXT_LIMITS.url),
    views: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    pinned: false,
    publishedAt: null,
    sponsored: null,
    caption: null,
    hashtags: [],
    mentions: [],
    visibleComments: [],
  };
}

export function clip(value: string | null | undefined, limit: number): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, limit);
}

/**
 * Post.visibleComments from the comment texts a page shows, in page order: each trimmed and
 * clipped, empty ones left out, at most MAX_VISIBLE_COMMENTS.
 */
export function commentTexts(texts: Iterable<string | null | undefined>): string[] {
  const kept: string[] = [];
  for (const text of texts) {
    if (kept.length >= MAX_VISIBLE_COMMENTS) break;
    const value = clip(text, TEXT_LIMITS.comment);
    if (value !== null) kept.push(value);
  }
  return kept;
}

// Letters and digits of any script, underscores and (inside) dots.
const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;
const MENTION = /(?:^|[^\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)/gu;

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].map((value) => value.slice(0, TEXT_LIMITS.tag)).slice(0, 100);
}

/** Hashtags (without #) in the order written, each once; "#07" in a title is a number, not a tag. */
export function hashtagsIn(text: string | null): string[] {
  if (text === null) return [];
  return unique(Array.from(text.matchAll(HASHTAG), (match) => match[1]!).filter((tag) => /\p{L}/u.test(tag)));
}

/** @mentions (without @) in the order written, each once; e-mail addresses are not mentions. */
export function mentionsIn(text: string | null): string[] {
  return text === null ? [] : unique(Array.from(text.matchAll(MENTION), (match) => match[1]!));
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** The first e-mail address written in a bio, for the contact column. */
export function emailIn(text: string | null): string | null {
  return text === null ? null : (EMAIL.exec(text)?.[0].slice(0, 254) ?? null);
}

/** Collects the fields an extractor could not read, each with its reason, once. */
export class MissingFields {
  readonly list: MissingField[] = [];

  add(field: string, reason: FlatText): void {
    if (!this.list.some((entry) => entry.field === field)) this.list.push({ field, reason });
  }

  /** Returns `value`, noting `field` as missing when it is null. */
  check<T>(field: string, value: T | null, reason: FlatText): T | null {
    if (value === null) this.add(field, reason);
    return value;
  }
}
