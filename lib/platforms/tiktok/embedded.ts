// Reads the profile TikTok embeds in its HTML, in the three forms it has used.
// The data describes the profile the page was first loaded with; the caller checks the
// handle against the URL, because in-app navigation leaves it behind unchanged.
import { roundedRange, toCount } from '../../parse/count';
import type { Count } from '../../schema/snapshot';
import {
  asArray,
  asBoolean,
  asIntegerString,
  asRecord,
  asString,
  asWholeNumber,
  at,
  parseScriptJson,
  secondsToMs,
  type JsonRecord,
} from '../json';
import { TIKTOK_SELECTORS } from './selectors';
import { sameHandle } from './url';

export type EmbeddedForm = 'universal' | 'sigi' | 'next';

export interface EmbeddedVideo {
  id: string;
  views: Count | null;
  likes: Count | null;
  comments: Count | null;
  shares: Count | null;
  saves: Count | null;
  pinned: boolean;
  /** Unix ms, exact. */
  publishedAt: number | null;
  caption: string | null;
  /** TikTok's ad mark on branded content; absent in much page data. */
  isAd: boolean | null;
}

export interface EmbeddedProfile {
  form: EmbeddedForm;
  /** The handle the data describes; null when it names none. */
  handle: string | null;
  statusCode: number | null;
  displayName: string | null;
  bio: string | null;
  bioLink: string | null;
  verified: boolean | null;
  privateAccount: boolean | null;
  followers: Count | null;
  following: Count | null;
  totalLikes: Count | null;
  postCount: Count | null;
  /** The creator's user object, for the facts a seller asks (./facts). */
  user: JsonRecord | null;
  /**
   * The profile's videos as the data holds them, not read yet: embeddedVideos reads them
   * (readiness, run on every change of the page while it waits, needs only the handle).
   */
  items: unknown[];
}

/** The first embedded profile found, newest form first; `handle` picks among several (SIGI). */
export function readEmbeddedProfile(doc: Document, handle: string): EmbeddedProfile | null {
  const universal = parseScriptJson(doc.querySelector(TIKTOK_SELECTORS.universalData));
  if (universal !== null) {
    const profile = fromUniversal(universal);
    if (profile) return profile;
  }
  const sigi = parseScriptJson(doc.querySelector(TIKTOK_SELECTORS.sigiState));
  if (sigi !== null) {
    const profile = fromSigi(sigi, handle);
    if (profile) return profile;
  }
  const next = parseScriptJson(doc.querySelector(TIKTOK_SELECTORS.nextData));
  if (next !== null) return fromNext(next);
  return null;
}

function fromUniversal(data: unknown): EmbeddedProfile | null {
  const detail = at(data, '__DEFAULT_SCOPE__', 'webapp.user-detail');
  if (detail === undefined) return null;
  const userInfo = at(detail, 'userInfo');
  return build('universal', asRecord(at(userInfo, 'user')), at(userInfo, 'stats'), at(userInfo, 'statsV2'),
    asArray(at(userInfo, 'itemList')), asWholeNumber(at(detail, 'statusCode')));
}

function fromSigi(data: unknown, handle: string): EmbeddedProfile | null {
  const users = asRecord(at(data, 'UserModule', 'users'));
  if (users === null) return null;
  const keys = Object.keys(users);
  const key = keys.find((candidate) => sameHandle(candidate, handle)) ?? keys[0];
  if (key === undefined) return null;
  const items = Object.values(asRecord(at(data, 'ItemModule')) ?? {}).filter((item) => {
    const author = asString(at(item, 'author')) ?? asString(at(item, 'author', 'uniqueId'));
    return author !== null && sameHandle(author, key);
  });
  return build('sigi', asRecord(users[key]), at(data, 'UserModule', 'stats', key), undefined, items,
    asWholeNumber(at(data, 'UserPage', 'statusCode')));
}

function fromNext(data: unknown): EmbeddedProfile | null {
  const pageProps = at(data, 'props', 'pageProps');
  const userInfo = at(pageProps, 'userInfo');
  if (userInfo === undefined) return null;
  return build('next', asRecord(at(userInfo, 'user')), at(userInfo, 'stats'), undefined,
    asArray(at(pageProps, 'items')), asWholeNumber(at(pageProps, 'statusCode')));
}

function build(
  form: EmbeddedForm,
  user: JsonRecord | null,
  stats: unknown,
  statsV2: unknown,
  items: unknown[],
  statusCode: number | null,
): EmbeddedProfile {
  const count = (keys: string[]) => statCount(stats, statsV2, keys);
  const bioLink = asString(at(user, 'bioLink', 'link'));
  return {
    form,
    handle: asString(at(user, 'uniqueId')),
    statusCode,
    displayName: asString(at(user, 'nickname')),
    bio: asString(at(user, 'signature')),
    bioLink: bioLink === '' ? null : bioLink,
    verified: asBoolean(at(user, 'verified')),
    privateAccount: asBoolean(at(user, 'privateAccount')) ?? asBoolean(at(user, 'secret')),
    followers: count(['followerCount']),
    following: count(['followingCount']),
    totalLikes: count(['heartCount', 'heart']),
    postCount: count(['videoCount']),
    user,
    items,
  };
}

/** The videos of an embedded profile. */
export function embeddedVideos(profile: EmbeddedProfile): EmbeddedVideo[] {
  return profile.items.flatMap((item) => {
    const video = readVideo(item);
    return video ? [video] : [];
  });
}

/**
 * Exact figures from statsV2 (strings) when present, else the rounded `stats` numbers. statsV2 is
 * exact where it differs from `stats` in some figure (a profile's: "783427" beside 783400); where
 * it repeats every figure, a round one may be the rounded figure again (a video page's
 * authorStatsV2 and statsV2: "783400", "25500" where the profile says 783427; recorded page,
 * 2025-12), and is read as rounded.
 */
export function statCount(stats: unknown, statsV2: unknown, keys: string[]): Count | null {
  for (const key of keys) {
    const exact = asIntegerString(at(statsV2, key));
    if (exact === null) continue;
    const range = repeatsStats(stats, statsV2) ? roundedRange(exact) : null;
    return toCount(range ?? { value: exact, min: exact, max: exact }, 'embedded-json');
  }
  for (const key of keys) {
    const rounded = asWholeNumber(at(stats, key));
    const range = rounded === null ? null : roundedRange(rounded);
    if (range) return toCount(range, 'embedded-json');
  }
  return null;
}

/** statsV2 holds no figure that `stats` does not: nothing shows it more exact. */
function repeatsStats(stats: unknown, statsV2: unknown): boolean {
  const rounded = asRecord(stats);
  const exact = asRecord(statsV2);
  if (rounded === null || exact === null) return false;
  return Object.entries(exact).every(([key, value]) => {
    const figure = asIntegerString(value);
    const shown = rounded[key];
    return figure === null || shown === undefined || figure === asWholeNumber(shown) || figure === asIntegerString(shown);
  });
}

export function readVideo(item: unknown): EmbeddedVideo | null {
  const id = asString(at(item, 'id'));
  if (id === null || !/^\d{5,25}$/.test(id)) return null;
  const stats = at(item, 'stats');
  const statsV2 = at(item, 'statsV2');
  const createTime = asWholeNumber(at(item, 'createTime')) ?? asIntegerString(at(item, 'createTime'));
  return {
    id,
    views: statCount(stats, statsV2, ['playCount']),
    likes: statCount(stats, statsV2, ['diggCount']),
    comments: statCount(stats, statsV2, ['commentCount']),
    shares: statCount(stats, statsV2, ['shareCount']),
    saves: statCount(stats, statsV2, ['collectCount']),
    pinned: asBoolean(at(item, 'isPinnedItem')) ?? false,
    publishedAt: secondsToMs(createTime),
    caption: asString(at(item, 'desc')),
    isAd: asBoolean(at(item, 'isAd')),
  };
}
