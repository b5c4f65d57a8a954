// YouTube watch or Shorts page -> Snapshot of that one video. Embedded data is used only when it names the
// URL's video; the rendered page fills the gaps, and the narrower of two readings of a figure wins.
import { flatText } from '../../i18n/text';
import { SNAPSHOT_VERSION, TEXT_LIMITS } from '../../schema/limits';
import type { Count, Snapshot } from '../../schema/snapshot';
import type { FlatText } from '../../i18n/text';
import { clip, emptyPost, hashtagsIn, mentionsIn, MissingFields, notReady, type FieldWord } from '../common';
import { narrower } from '../../parse/count-helpers';
import { goneSnapshot } from '../gone';
import { pageLang } from '../page';
import type { Readiness } from '../types';
import { readShortsDom, readWatchComments, readWatchDom, shownVideoId } from './dom';
import { readEmbeddedPlayer, readEmbeddedVideo, type EmbeddedPlayer, type EmbeddedVideo } from './embedded';
import { goneReason } from './gone';
import { storeMarks } from './home';
import type { ChannelFacts, ReadContext, VideoFacts } from './facts';
import { NOT_SHOWN } from './not-shown';
import { readPageScripts } from './scripts';
import { parseYouTubeUrl, videoUrl, type YouTubePage } from './url';

type VideoPage = Extract<YouTubePage, { kind: 'video' }>;

/** Readiness of a watch or Shorts page (any other page is ready: its reader says it is none). */
export function videoPageReadiness(doc: Document, url: URL): Readiness {
  const page = parseYouTubeUrl(url);
  if (page === null || page.kind === 'channel') return { ready: true };
  return videoReadiness(doc, page, { lang: pageLang(doc), now: Date.now() });
}

interface VideoSources {
  data: EmbeddedVideo | null;
  player: EmbeddedPlayer | null;
  dom: VideoFacts | null;
  notices: FlatText[];
}

function videoSources(doc: Document, page: VideoPage, ctx: ReadContext): VideoSources {
  const scripts = readPageScripts(doc);
  const notices: FlatText[] = [];
  const foundData = scripts.initialData === null ? null : readEmbeddedVideo(scripts.initialData, ctx);
  const data = foundData !== null && foundData.videoId === page.videoId ? foundData : null;
  const foundPlayer = scripts.playerResponse === null ? null : readEmbeddedPlayer(scripts.playerResponse);
  const player = foundPlayer !== null && foundPlayer.videoId === page.videoId ? foundPlayer : null;
  const staleIds = [
    ...(scripts.initialData !== null && data === null ? [foundData?.videoId ?? null] : []),
    ...(scripts.playerResponse !== null && player === null ? [foundPlayer?.videoId ?? null] : []),
  ];
  if (staleIds.length > 0) {
    const named = staleIds.find((id) => id !== null);
    notices.push(named ? flatText('pg_ytDataOtherVideo', { id: named }) : flatText('pg_ytDataOtherPage'));
  }
  let dom: VideoFacts | null = null;
  if (page.format === 'watch') {
    dom = readWatchDom(doc, page.videoId, ctx);
    const shown = shownVideoId(doc);
    if (dom === null && shown !== null) notices.push(flatText('pg_ytVisibleOtherVideo', { shown, expected: page.videoId }));
  } else {
    dom = readShortsDom(doc, ctx);
  }
  return { data, player, dom, notices };
}

function videoReadiness(doc: Document, page: VideoPage, ctx: ReadContext): Readiness {
  const shown = page.format === 'watch' ? shownVideoId(doc) : null;
  if (shown !== null && shown !== page.videoId) {
    return notReady({ what: 'otherVideo', shown, expected: page.videoId });
  }
  if (goneReason(readPageScripts(doc), doc, page.videoId) !== null) return { ready: true };
  const { data, player, dom } = videoSources(doc, page, ctx);
  if (data !== null || player !== null) return { ready: true };
  if (dom !== null && dom.title !== null && (dom.owner?.handle ?? dom.owner?.channelId ?? null) !== null) return { ready: true };
  return notReady({ what: 'videoDetails' });
}

export function extractYouTubeVideo(doc: Document, url: URL, now: number): Snapshot {
  const page = parseYouTubeUrl(url);
  if (page?.kind !== 'video') throw new Error(`Not a YouTube video URL: ${url.pathname}`);
  const gone = goneReason(readPageScripts(doc), doc, page.videoId);
  if (gone !== null) {
    const url = videoUrl(page.videoId, page.format);
    // The page of a gone video names no channel: the video stands in for it, as for any unnamed channel.
    return goneSnapshot(doc, { platform: 'youtube', handle: `video:${page.videoId}`, postId: page.videoId, postUrl: url, pageSays: gone, source: 'embedded-json:ytInitialPlayerResponse' }, now);
  }
  const lang = pageLang(doc);
  const ctx: ReadContext = { lang, now };
  const missing = new MissingFields();
  const { data, player, dom, notices } = videoSources(doc, page, ctx);
  const sources = [
    ...(data !== null ? ['embedded-json:ytInitialData'] : []),
    ...(player !== null ? ['embedded-json:ytInitialPlayerResponse'] : []),
    ...(dom !== null ? ['dom'] : []),
  ];
  const read = sources.length > 0;
  const unreadable = (what: FieldWord) => (read ? flatText('pg_hiddenOrUnreadable', { what }) : flatText('pg_ytVideoUnreadable'));
  const pick = <T>(get: (facts: VideoFacts | EmbeddedPlayer) => T | null): T | null => {
    for (const facts of [data, player, dom]) {
      const value = facts === null ? null : get(facts);
      if (value !== null) return value;
    }
    return null;
  };
  const counts = (get: (facts: VideoFacts) => Count | null): Count | null =>
    [data, dom].reduce<Count | null>((best, facts) => narrower(best, facts === null ? null : get(facts)), null);

  const post = emptyPost(page.videoId, videoUrl(page.videoId, page.format));
  post.views = missing.check('views', narrower(player?.views ?? null, counts((facts) => facts.views)), unreadable('views'));
  post.likes = missing.check('likes', counts((facts) => facts.likes), unreadable('likes'));
  post.comments = missing.check(
    'comments',
    counts((facts) => facts.comments),
    read ? flatText('pg_ytCommentsOff') : unreadable('comments'),
  );
  post.publishedAt = missing.check('publishedAt', narrower(player?.publishedAt ?? null, counts((facts) => facts.publishedAt)), unreadable('uploadDate'));
  const title = pick((facts) => facts.title);
  const description = pick((facts) => facts.description);
  post.caption = clip([title, description].filter((part) => part !== null && part.trim() !== '').join('\n\n'), TEXT_LIMITS.caption);
  post.hashtags = hashtagsIn(post.caption);
  post.mentions = mentionsIn(post.caption);
  post.sponsored = player !== null ? player.sponsored || dom?.sponsored === true : (dom?.sponsored ?? null);
  if (post.sponsored === null) missing.add('sponsored', flatText('pg_ytSponsoredFromPlayer'));

  const owners = [data?.owner ?? null, player?.owner ?? null, dom?.owner ?? null].filter((owner): owner is ChannelFacts => owner !== null);
  const ownerValue = <T>(get: (owner: ChannelFacts) => T | null): T | null => {
    for (const owner of owners) {
      const value = get(owner);
      if (value !== null) return value;
    }
    return null;
  };
  const channelId = ownerValue((owner) => owner.channelId);
  let handle = ownerValue((owner) => owner.handle) ?? channelId;
  if (page.format === 'watch') post.visibleComments = readWatchComments(doc, page.videoId, ownerValue((owner) => owner.handle));
  if (handle === null) {
    missing.add('handle', flatText('pg_ytVideoChannelUnreadable'));
    handle = `video:${page.videoId}`;
  }
  const followers = missing.check(
    'followers',
    owners.reduce<Count | null>((best, owner) => narrower(best, owner.subscribers), null),
    page.format === 'shorts' && read ? flatText('pg_ytShortNoSubscribers') : unreadable('subscribers'),
  );
  missing.add('postCount', flatText('pg_ytVideoNoVideoCount'));
  missing.add('following', NOT_SHOWN.following);
  missing.add('totalLikes', NOT_SHOWN.totalLikes);

  return {
    version: SNAPSHOT_VERSION,
    platform: 'youtube',
    pageKind: 'post',
    lang,
    url: post.url,
    capturedAt: now,
    creator: {
      handle: handle.slice(0, TEXT_LIMITS.handle),
      displayName: clip(ownerValue((owner) => owner.displayName), TEXT_LIMITS.name),
      bio: null,
      bioLinks: [],
      email: null,
      verified: ownerValue((owner) => owner.verified),
      privateAccount: null,
      followers,
      following: null,
      totalLikes: null,
      postCount: null,
      // A video's page shows neither the channel's joined date nor its stated country (the country
      // codes it carries are the viewer's region); its store shows as a merchandise shelf under the video.
      joinedAt: null,
      sellerMarks: storeMarks(data?.store === true),
      category: null,
      country: null,
    },
    posts: [post],
    missing: missing.list,
    sources,
    notices,
  };
}
