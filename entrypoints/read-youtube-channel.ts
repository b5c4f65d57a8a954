// Reads a YouTube channel page when the popup or the background injects it (lib/reading/inject).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { youtubeChannelSite } from '../lib/platforms/youtube';
import { readThisPage } from '../lib/reading/page-script';

export default defineUnlistedScript(() => readThisPage(youtubeChannelSite));
