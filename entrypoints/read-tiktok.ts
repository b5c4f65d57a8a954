// Reads a TikTok page when the background injects it (see lib/read-tab.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { tiktokSite } from '../lib/platforms/tiktok';
import { readThisPage } from '../lib/reading/page-script';

export default defineUnlistedScript(() => readThisPage(tiktokSite));
