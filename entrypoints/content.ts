import { defineContentScript } from 'wxt/utils/define-content-script';
import { onReadPage } from '../lib/messaging';
import { CREATOR_HOST_PATTERNS } from '../lib/platforms/hosts';
import { readCurrentPage } from '../lib/read-page';

// Does nothing until asked: one message listener, no page scans at load.
export default defineContentScript({
  matches: [...CREATOR_HOST_PATTERNS],
  runAt: 'document_idle',
  main() {
    onReadPage(() => readCurrentPage(document, () => location.href, Date.now));
  },
});
