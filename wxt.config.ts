import { defineConfig } from 'wxt';
import { CREATOR_HOST_PATTERNS } from './lib/platforms/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: what a file uses is written at its top.
  imports: false,
  // Store packages (`npm run package`): the sources zip Firefox reviewers rebuild from leaves out
  // screenshots taken by test runs.
  zip: { excludeSources: ['test/e2e/artifacts/**', 'coverage/**'] },
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
      ? {
          browser_specific_settings: {
            // Nothing is collected or sent: the built-in consent screen says so.
            gecko: { id: 'creator-lens@creatorlens.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
