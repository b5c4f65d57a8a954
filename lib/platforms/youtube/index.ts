import { withReadings } from '../recognise';
import { extractYouTubeVideo, videoPageReadiness } from './post';
import { channelPageReadiness, extractYouTubeChannel } from './profile';
import { youtubePage } from './site';

const CHANNEL = { readiness: channelPageReadiness, extract: extractYouTubeChannel };
const VIDEO = { readiness: videoPageReadiness, extract: extractYouTubeVideo };

/** The reader for a YouTube URL, or null when the URL is not on youtube.com. */
export const youtubeSite = /* @__PURE__ */ withReadings(youtubePage, { profile: CHANNEL, post: VIDEO });

// Each kind of page has its own reader script (entrypoints/read-youtube-*.ts), so neither carries
// the other's code: a channel's and a video's readings are each near the page reader size budget.
/** The reader of YouTube channel pages only. */
export const youtubeChannelSite = /* @__PURE__ */ withReadings(youtubePage, { profile: CHANNEL });
/** The reader of YouTube watch and Shorts pages only. */
export const youtubeVideoSite = /* @__PURE__ */ withReadings(youtubePage, { post: VIDEO });
