// The extension's keyboard shortcuts as the browser has them bound: the user may have changed or
// cleared them (chrome://extensions/shortcuts), so the manifest's suggestions are not shown as fact.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { OPEN_SHORTLIST_COMMAND } from '../../lib/background/shortcut';
import type { MessageKey } from '../../lib/i18n';

export interface Shortcut {
  /** What the shortcut does, in words. */
  does: MessageKey;
  /** The keys as the browser writes them ("Alt+Shift+S"), or null when none is set. */
  keys: string | null;
}

/** The commands of the manifest, in the order they are listed; the browser's own popup command goes by two names. */
const COMMANDS: ReadonlyArray<{ names: readonly string[]; does: MessageKey }> = [
  { names: ['_execute_action', '_execute_browser_action'], does: 'commandScore' },
  { names: [OPEN_SHORTLIST_COMMAND], does: 'commandShortlist' },
];

/** The bound shortcuts: undefined while the browser is asked, null when it would not say. */
export function useShortcuts(): Shortcut[] | null | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>();
  useEffect(() => {
    let shown = true;
    // Called in a promise: a browser without the API throws at once rather than rejecting.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (bound) => {
          const found = COMMANDS.flatMap(({ names, does }) => {
            const command = bound.find((each) => names.includes(each.name ?? ''));
            return command ? [{ does, keys: command.shortcut || null }] : [];
          });
          if (shown) setShortcuts(found);
        },
        () => {
          if (shown) setShortcuts(null);
        },
      );
    return () => {
      shown = false;
    };
  }, []);
  return shortcuts;
}
