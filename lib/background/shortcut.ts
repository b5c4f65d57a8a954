// The keyboard commands: the one that scores the current page is the browser's own "open the popup"
// command, in the manifest; the background handles opening the shortlist (the popup's button opens
// it the same way) and the side panel.
import { browser } from 'wxt/browser';
import { sidePanelOpener } from './side-panel';

export const OPEN_SHORTLIST_COMMAND = 'open-shortlist';
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

export function openShortlist(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

/** `windowId`: the window the shortcut was pressed in (the browser gives its active tab). */
export async function handleCommand(command: string, windowId?: number): Promise<void> {
  if (command === OPEN_SHORTLIST_COMMAND) await openShortlist();
  // Called before anything is awaited: the browser opens a panel only within the user's action.
  if (command === OPEN_SIDE_PANEL_COMMAND && windowId !== undefined) await sidePanelOpener()?.(windowId);
}

/** What a shortcut does, as the popup's footer names it. */
export type ShortcutAction = 'score' | 'shortlist' | 'sidePanel';

const ACTIONS: Record<string, ShortcutAction> = {
  _execute_action: 'score',
  _execute_browser_action: 'score',
  [OPEN_SHORTLIST_COMMAND]: 'shortlist',
  [OPEN_SIDE_PANEL_COMMAND]: 'sidePanel',
};

/**
 * The shortcuts as the user has them now (they may have rebound or removed any): each command of
 * ours with keys, in the manifest's order. A command without keys is left out.
 */
export function boundShortcuts(commands: readonly { name?: string; shortcut?: string }[]): { keys: string; action: ShortcutAction }[] {
  return commands.flatMap(({ name, shortcut }) => {
    const action = name === undefined ? undefined : ACTIONS[name];
    return action && shortcut ? [{ keys: shortcut, action }] : [];
  });
}
