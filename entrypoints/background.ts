import { defineBackground } from 'wxt/utils/define-background';
import { onScoreTab } from '../lib/messaging';
import { readTab } from '../lib/read-tab';

export default defineBackground(() => {
  onScoreTab(({ tabId }) => readTab(tabId));
});
