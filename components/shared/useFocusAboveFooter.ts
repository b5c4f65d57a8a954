// A control the keyboard moves to is scrolled clear of a sticky footer, the popup's or the side
// panel's (WCAG 2.4.11: focus not hidden). CSS's scroll-padding would do it for the card, but it
// also scrolls the page when the caret moves in the footer's own note field, always in sight.
import { useEffect, type RefObject } from 'react';

/** Room left between a focused control and the footer, in px. */
const GAP = 8;

export function useFocusAboveFooter(footer: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      const foot = footer.current;
      if (!(target instanceof Element) || !foot || foot.contains(target)) return;
      const hidden = target.getBoundingClientRect().bottom + GAP - foot.getBoundingClientRect().top;
      if (hidden > 0) window.scrollBy(0, hidden);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [footer]);
}
