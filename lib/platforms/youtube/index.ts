import { withReadings } from '../recognise';
import { extractYouTubeChannel, extractYouTubeVideo, youtubeReadiness } from './extract';
import { youtubePage } from './site';

/** The reader for a YouTube URL, or null when the URL is not on youtube.com. */
export const youtubeSite = /* @__PURE__ */ withReadings(youtubePage, {
  profile: { readiness: youtubeReadiness, extract: extractYouTubeChannel },
  post: { readiness: youtubeReadiness, extract: extractYouTubeVideo },
});
