// Waits, within a bound, for a page to finish rendering what we want to read.
import type { Readiness } from '../platforms/types';

/** `state`: the check's answer already known, when the caller has just asked. */
export async function waitUntilReady(
  check: () => Readiness,
  doc: Document,
  timeoutMs: number,
  state: Readiness = check(),
): Promise<Readiness> {
  if (state.ready) return state;
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(deadline);
      resolve(state);
    };
    const recheck = () => {
      state = check();
      if (state.ready) finish();
    };
    const observer = new MutationObserver(recheck);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    // Mutations do not fire for URL changes alone; a slow poll covers them.
    const poll = setInterval(recheck, 250);
    const deadline = setTimeout(finish, timeoutMs);
  });
}
