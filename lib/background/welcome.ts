// The welcome page, opened once: when the extension is installed, not on an update or a browser start.
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

/** Opens the welcome page in a new tab when `reason` (runtime.onInstalled's) is a first install. */
export async function welcomeOnInstall(reason: string): Promise<void> {
  if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
