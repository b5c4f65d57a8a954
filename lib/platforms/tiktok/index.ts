import { withReadings } from '../recognise';
import { extractTikTokProfile, tiktokReadiness } from './profile';
import { tiktokPage } from './site';
import { extractTikTokVideo, tiktokVideoReadiness } from './post';

/** The reader for a TikTok URL, or null when the URL is not on TikTok. */
export const tiktokSite = /* @__PURE__ */ withReadings(tiktokPage, {
  profile: { readiness: tiktokReadiness, extract: extractTikTokProfile },
  post: { readiness: tiktokVideoReadiness, extract: extractTikTokVideo },
});
