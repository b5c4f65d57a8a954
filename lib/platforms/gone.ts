// A post page that says its post is gone: a reading with the page's words and no figures, so the
// popup can say so and a deliverable gets a dated "no longer available" point instead of a blank one.
import { flatText } from '../i18n/text';
import { SNAPSHOT_VERSION } from '../schema/limits';
import type { Platform, Snapshot } from '../schema/snapshot';
import { emptyPost } from './common';
import { pageLang } from './page';

export interface GonePost {
  platform: Platform;
  /** The creator as the address names them; else a stand-in naming the post, as no creator is shown. */
  handle: string;
  postId: string;
  postUrl: string;
  /** What the page says, in its words or as its status code. */
  pageSays: string;
  /** Where the page said it ("embedded-json:universal", "dom"). */
  source: string;
}

const MAX_SAYS = 300;
// Every figure a post page gives, each unknown for the one reason.
const FIGURES = ['followers', 'following', 'totalLikes', 'postCount', 'posts.views', 'posts.likes', 'posts.comments', 'posts.shares', 'posts.saves', 'posts.publishedAt'];

export function goneSnapshot(doc: Document, gone: GonePost, now: number): Snapshot {
  const pageSays = gone.pageSays.replace(/\s+/g, ' ').trim().slice(0, MAX_SAYS);
  return {
    version: SNAPSHOT_VERSION,
    platform: gone.platform,
    pageKind: 'post',
    lang: pageLang(doc),
    url: gone.postUrl,
    capturedAt: now,
    creator: {
      handle: gone.handle,
      displayName: null,
      bio: null,
      bioLinks: [],
      email: null,
      verified: null,
      privateAccount: null,
      followers: null,
      following: null,
      totalLikes: null,
      postCount: null,
    },
    posts: [emptyPost(gone.postId, gone.postUrl)],
    missing: FIGURES.map((field) => ({ field, reason: flatText('gone_notShown') })),
    sources: [gone.source],
    notices: [],
    unavailable: { pageSays: pageSays === '' ? '?' : pageSays },
  };
}
