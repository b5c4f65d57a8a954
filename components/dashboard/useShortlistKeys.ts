// The shortlist's keys (lib/shortlist/keys): "/" to the search box, j and k from creator to
// creator, "?" for the list of keys, Escape out of a field.
import { useCallback, useEffect, useRef, useState } from 'react';
import { shortlistKey } from '../../lib/shortlist/keys';
import type { ShortlistRow } from '../../lib/shortlist/rows';
import { useFocusLater } from '../shared/useFocusLater';
import { ROW_HEIGHT } from './ShortlistTable';

export interface KeyHelp {
  helpOpen: boolean;
  openHelp(): void;
  closeHelp(): void;
}

const nameButton = (id: string) => document.querySelector<HTMLElement>(`button[data-open="${CSS.escape(id)}"]`);

/**
 * Scrolls the table to the row at `index` when it is not drawn (only the rows in view are: the user
 * may have scrolled away from the one in focus), so its name button appears to take the focus.
 */
function scrollToRow(index: number): void {
  const scroller = document.querySelector<HTMLElement>('.table-scroll');
  if (!scroller) return;
  const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  scroller.scrollTop = Math.max(0, header + index * ROW_HEIGHT - scroller.clientHeight / 2);
}

/** Listens for the shortlist's keys while the page shows `rows` (filtered and sorted, as listed). */
export function useShortlistKeys(rows: readonly ShortlistRow[]): KeyHelp {
  const [helpOpen, setHelpOpen] = useState(false);
  const focusLater = useFocusLater();
  /** The creator last stepped to: its row leaves the DOM, and the focus with it, when scrolled out of view. */
  const lastStep = useRef<string | null>(null);

  useEffect(() => {
    const step = (by: 1 | -1) => {
      if (rows.length === 0) return;
      const active = document.activeElement;
      const inRow = active?.closest<HTMLElement>('tr[data-creator]')?.dataset.creator;
      const current = inRow ?? (active === null || active === document.body ? lastStep.current : null);
      const at = current === null || current === undefined ? -1 : rows.findIndex((row) => row.creator.id === current);
      // From nowhere (or a row filtered away), either key starts at the top.
      const index = at === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, at + by));
      const id = rows[index]!.creator.id;
      lastStep.current = id;
      if (!nameButton(id)) scrollToRow(index);
      focusLater(() => nameButton(id));
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A dialog has the keyboard to itself (the list of keys, an import, a confirmation); the
      // detail and comparison panels beside the table (aria-modal false) do not.
      if (event.defaultPrevented || target?.closest('dialog, [role="dialog"]:not([aria-modal="false"]), [role="alertdialog"]')) return;
      const action = shortlistKey({ key: event.key, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey, target });
      if (action === null) return;
      if (action === 'leaveField') {
        // The Escape goes on to the detail view, which closes too when it is open.
        target?.blur();
        return;
      }
      event.preventDefault();
      if (action === 'showHelp') setHelpOpen(true);
      else if (action === 'focusSearch') document.querySelector<HTMLElement>('.filters input[type="search"]')?.focus();
      else step(action === 'nextCreator' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, focusLater]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  return { helpOpen, openHelp, closeHelp };
}
