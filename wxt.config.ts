import { defineConfig } from 'wxt';
import { CREATOR_HOST_PATTERNS } from './lib/platforms/hosts';
import { localeFiles } from './lib/i18n/locale-files';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: what a file uses is written at its top.
  imports: false,
  // Store packages (`npm run package`): the sources zip Firefox reviewers rebuild from leaves out
  // screenshots taken by test runs.
  zip: { excludeSources: ['test/e2e/artifacts/**', 'test/e2e/screenshots/**', 'coverage/**'] },
  // _locales/<lang>/messages.json are written from lib/i18n's dictionaries, so the manifest, the
  // stores and the pages say the same words.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the shortlist's IndexedDB is exempt from the browser's clean-up when the disk
    // runs low (Chromium), and granted persistent storage (Firefox). README, "Where your data lives".
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
    host_permissions: [...CREATOR_HOST_PATTERNS],
    commands: {
      // The browser's own command: opens the popup, which scores the page.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandScore__',
      },
      'open-shortlist': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandShortlist__' },
      // Not Alt+Shift+P (for panel): Chromium leaves it unbound for an extension. D is given.
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_panel_command__' },
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
