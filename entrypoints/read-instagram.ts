// Reads a Instagram page when the background injects it (see lib/read-tab.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { instagramSite } from '../lib/platforms/instagram';
import { readThisPage } from '../lib/reading/page-script';

export default defineUnlistedScript(() => readThisPage(instagramSite));
