// The shortlist's own keys, as in mail clients: "/" to search, j and k to step through the
// creators, "?" for the list of keys, Escape to leave a field (so j and k work again). Enter is the
// focused name button's own (it opens the creator); Escape also closes the detail view and the
// dialogs, each on its own.

export type ShortlistKey = 'focusSearch' | 'nextCreator' | 'previousCreator' | 'showHelp' | 'leaveField';

/** What the key was pressed on, as much as decides whether it is typing. */
export interface KeyTarget {
  tagName: string;
  /** An input's type (text, search, checkbox…). */
  type?: string;
  isContentEditable?: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: KeyTarget | null;
}

/** Inputs a letter does not type into: j on a row's checkbox still steps to the next creator. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'color', 'range']);

/** Whether a key pressed on `target` writes into it (a search box, a note, a select that jumps to an option). */
export function takesTyping(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !KEYLESS_INPUTS.has((target.type ?? 'text').toLowerCase());
}

const ACTIONS: Record<string, ShortlistKey> = {
  '/': 'focusSearch',
  j: 'nextCreator',
  k: 'previousCreator',
  '?': 'showHelp',
};

/**
 * The shortlist's action for a key press, or null: with Ctrl, Alt or Cmd held none (those are the
 * browser's and the system's shortcuts); while typing in a field only Escape, which leaves it (a
 * "j" in a note is a letter). Shift is allowed: "?" is Shift+/ on most keyboards.
 */
export function shortlistKey(press: KeyPress): ShortlistKey | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (takesTyping(press.target)) return press.key === 'Escape' ? 'leaveField' : null;
  return ACTIONS[press.key] ?? null;
}
