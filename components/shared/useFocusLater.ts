import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a request waits for its element to appear (after a write, a live query, a re-render). */
const WAIT_MS = 2000;
/** How often it looks again meanwhile (a child may render the element without this component). */
const RETRY_MS = 50;

type Finder = () => HTMLElement | null | undefined;

/**
 * Moves the keyboard focus to an element a coming render shows (the button that comes back when
 * a form closes, the row after one deleted): `focusLater(find)` calls `find` after each render and
 * every 50 ms until it returns an element, which then takes the focus, or until two seconds have
 * passed. A new request replaces one still waiting.
 */
export function useFocusLater(): (find: Finder) => void {
  const pending = useRef<{ find: Finder; until: number } | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [, setRequests] = useState(0);

  const attempt = useCallback(() => {
    clearTimeout(retry.current);
    const request = pending.current;
    if (!request) return;
    if (Date.now() > request.until) {
      pending.current = null;
      return;
    }
    const target = request.find();
    if (target) {
      pending.current = null;
      target.focus();
    } else {
      retry.current = setTimeout(attempt, RETRY_MS);
    }
  }, []);

  useEffect(() => attempt());
  useEffect(() => () => clearTimeout(retry.current), []);

  return useCallback((find: Finder) => {
    pending.current = { find, until: Date.now() + WAIT_MS };
    // A render, so the request is tried at once when its element is already there.
    setRequests((count) => count + 1);
  }, []);
}
