// Reads a TikTok page when the popup or the background injects it (lib/reading/inject).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { tiktokSite } from '../lib/platforms/tiktok';
import { readThisPage } from '../lib/reading/page-script';

export default defineUnlistedScript(() => readThisPage(tiktokSite));
