import { defineConfig } from 'wxt';
import { CREATOR_HOST_PATTERNS } from './lib/platforms/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: what a file uses is written at its top.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Creator Lens',
    description:
      'Vet TikTok, Instagram and YouTube creators on their own pages. Scores, flags and a shortlist that never leave your browser.',
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage'],
    host_permissions: [...CREATOR_HOST_PATTERNS],
    commands: {
      // The browser's own command: opens the popup, which scores the page.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Score this creator',
      },
      'open-shortlist': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the shortlist' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'creator-lens@creatorlens.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
