// The keyboard command that opens the shortlist (the popup's button opens it the same way). The
// one that scores the current page is the browser's own "open the popup" command, in the manifest.
import { browser } from 'wxt/browser';

export const OPEN_SHORTLIST_COMMAND = 'open-shortlist';

export function openShortlist(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

export async function handleCommand(command: string): Promise<void> {
  if (command === OPEN_SHORTLIST_COMMAND) await openShortlist();
}
