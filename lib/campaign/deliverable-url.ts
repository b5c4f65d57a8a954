// A post address typed or pasted to attach a deliverable: which post it is (platform, post id, the
// address kept), or why it cannot be this creator's post. An address that names its creator (TikTok
// does) is checked here; Instagram and YouTube post addresses do not, so their creator is checked
// when the post is opened.
import type { DealRecord } from '../db/deal-record';
import { postKeyOfPage } from '../db/deliverable-points';
import { text, type Text } from '../i18n';
import { platformName } from '../i18n/format';
import { identifyPage } from '../platforms/pages';
import { parseInstagramUrl, postUrl } from '../platforms/instagram/url';
import { parseTikTokUrl } from '../platforms/tiktok/url';
import { sameHandle } from '../platforms/url-text';
import { parseYouTubeUrl, videoUrl } from '../platforms/youtube/url';
import { PLATFORMS } from '../schema/limits';
import type { Platform } from '../schema/snapshot';

export interface PostAddress {
  platform: Platform;
  /** `${platform}:${post id}`, the post id as the page readers give it (snapshot.posts[].id). */
  postKey: string;
  /** The post's own address, without tracking parameters or tabs. */
  url: string;
  /** False when the address does not name the creator, so only opening the post can tell. */
  creatorChecked: boolean;
}

/** A post's own address, as the page readers write it. */
function canonical(url: URL, platform: Platform, postId: string): string {
  if (platform === 'tiktok') {
    const page = parseTikTokUrl(url);
    return page?.kind === 'video' ? `https://www.tiktok.com/@${page.handle}/${page.format}/${postId}` : url.href;
  }
  if (platform === 'instagram') {
    const page = parseInstagramUrl(url);
    return postUrl(postId, page?.kind === 'post' && page.reel);
  }
  const page = parseYouTubeUrl(url);
  return videoUrl(postId, page?.kind === 'video' ? page.format : 'watch');
}

/** The platform and handle of a shortlist creator id, `${platform}:${handle}`. */
function creatorOf(creatorId: string): { platform: string; handle: string } {
  const at = creatorId.indexOf(':');
  return { platform: creatorId.slice(0, at), handle: creatorId.slice(at + 1) };
}

/** The post an address names, if it can be `creatorId`'s post; otherwise what to tell at the field. */
export function readPostAddress(input: string, creatorId: string): { post: PostAddress } | { error: Text } {
  const typed = input.trim();
  if (typed === '') return { error: text('deliv_errEmpty') };
  // "tiktok.com/@lena/video/1" as often pasted without its scheme.
  const href = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  if (!URL.canParse(href) || /\s/.test(typed)) return { error: text('deliv_errNotUrl') };
  const support = identifyPage(href);
  if (!support.supported || support.reader.pageKind !== 'post') return { error: text('deliv_errNotPost') };
  const { platform, creatorHandle } = support.reader;
  const creator = creatorOf(creatorId);
  if (creator.platform !== platform) {
    const expected = PLATFORMS.find((name) => name === creator.platform);
    return { error: text('deliv_errOtherPlatform', { platform: platformName(platform), expected: expected ? platformName(expected) : creator.platform }) };
  }
  if (creatorHandle !== null && !sameHandle(creatorHandle, creator.handle)) {
    return { error: text('deliv_errOtherCreator', { handle: creatorHandle, expected: creator.handle }) };
  }
  const postKey = postKeyOfPage(support.reader);
  const postId = postKey.slice(platform.length + 1);
  return { post: { platform, postKey, url: canonical(new URL(href), platform, postId), creatorChecked: creatorHandle !== null } };
}

/**
 * The due date a new deliverable of this deal answers: the promises' due dates, each as many times as
 * posts were promised, earliest first, after the `attached` ones already answered. Null when every
 * promise is answered or none has a due date.
 */
export function nextDueDate(promised: DealRecord['promised'], attached: number): string | null {
  const slots = promised.flatMap((promise) => Array<string | null>(promise.count).fill(promise.dueDate));
  // Dated promises first, earliest first; undated ones answer last.
  slots.sort((a, b) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b)));
  return slots[attached] ?? null;
}
