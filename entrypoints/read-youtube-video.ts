// Reads a YouTube watch or Shorts page when the popup or the background injects it (lib/reading/inject).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { youtubeVideoSite } from '../lib/platforms/youtube';
import { readThisPage } from '../lib/reading/page-script';

export default defineUnlistedScript(() => readThisPage(youtubeVideoSite));
