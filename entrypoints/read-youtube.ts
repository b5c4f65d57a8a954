// Reads a YouTube page when the background injects it (see lib/read-tab.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { youtubeSite } from '../lib/platforms/youtube';
import { readThisPage } from '../lib/page-reader-script';

export default defineUnlistedScript(() => readThisPage(youtubeSite));
