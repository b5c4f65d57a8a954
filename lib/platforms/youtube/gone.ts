// Whether a watch or Shorts page says its video is gone: the player response's playability status
// (ERROR "Video unavailable", UNPLAYABLE, LOGIN_REQUIRED "This video is private") with no video details.
import { asRecord, asString, at } from '../json';
import { jsonText } from './embedded';
import type { PageScripts } from './scripts';

const GONE_STATUSES = new Set(['ERROR', 'UNPLAYABLE', 'LOGIN_REQUIRED']);

/** The page's words for why `videoId` cannot be watched; null when it can, or the data is another page's. */
export function goneReason(scripts: PageScripts, doc: Document, videoId: string): string | null {
  const player = scripts.playerResponse;
  const playability = asRecord(at(player, 'playabilityStatus'));
  const status = asString(at(playability, 'status'));
  if (status === null || !GONE_STATUSES.has(status) || asRecord(at(player, 'videoDetails')) !== null) return null;
  // An age gate asks to sign in too, but the video is there.
  if (at(playability, 'desktopLegacyAgeGateReason') !== undefined) return null;
  // The player response of a gone video names no video: the page data or the canonical link must name
  // this one, as in-app navigation leaves the first page's data behind.
  const named =
    asString(at(scripts.initialData, 'currentVideoEndpoint', 'watchEndpoint', 'videoId')) ??
    asString(at(scripts.initialData, 'currentVideoEndpoint', 'reelWatchEndpoint', 'videoId'));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (named !== null ? named !== videoId : !canonical.includes(videoId)) return null;
  const error = at(playability, 'errorScreen', 'playerErrorMessageRenderer');
  const reason = asString(at(playability, 'reason')) ?? jsonText(at(error, 'reason'));
  const more = jsonText(at(error, 'subreason'));
  const words = [reason, more].filter((part): part is string => part !== null && part.trim() !== '');
  return words.length > 0 ? words.join(' — ') : status;
}
