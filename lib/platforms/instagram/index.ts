import { withReadings } from '../recognise';
import { extractInstagramPost } from './post';
import { extractInstagramProfile } from './profile';
import { instagramReadiness } from './readiness';
import { instagramPage } from './site';

/** The reader for an Instagram URL, or null when the URL is not on Instagram. */
export const instagramSite = /* @__PURE__ */ withReadings(instagramPage, {
  profile: { readiness: instagramReadiness, extract: extractInstagramProfile },
  post: { readiness: instagramReadiness, extract: extractInstagramPost },
});
