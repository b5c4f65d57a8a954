// Reads an Instagram page when the popup or the background injects it (lib/reading/inject).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { instagramSite } from '../lib/platforms/instagram';
import { readThisPage } from '../lib/reading/page-script';

export default defineUnlistedScript(() => readThisPage(instagramSite));
