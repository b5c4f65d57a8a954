import { useEffect, useState } from 'react';

/** The drawers lying over the table (CreatorDetail, CompareView, a record's fallback). */
const DRAWER = '.detail-panel, .compare-panel';

/**
 * Whether the open drawer should step aside: the keyboard is on something it covers (the toolbar,
 * a filter, a row's far end), which must not be focused out of sight (WCAG 2.4.11). It comes back
 * as soon as the keyboard or the pointer goes into it, or the focus lands where it covers nothing.
 */
export function useDrawerAside(open: boolean): boolean {
  const [aside, setAside] = useState(false);
  useEffect(() => {
    setAside(false);
    if (!open) return;
    const onFocus = (event: FocusEvent) => {
      const drawer = document.querySelector<HTMLElement>(DRAWER);
      const target = event.target;
      if (!drawer || !(target instanceof Element)) return;
      if (drawer.contains(target)) {
        setAside(false);
        return;
      }
      // Where the drawer's left edge is when it is in place, whether or not it is aside now; it
      // starts below the header, whose buttons it never covers.
      const box = target.getBoundingClientRect();
      setAside(box.right > innerWidth - drawer.offsetWidth && box.bottom > drawer.getBoundingClientRect().top);
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(DRAWER)) setAside(false);
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return aside;
}

/**
 * Where an open drawer starts: below the page's header while the header is in view, so Import,
 * Export and More stay usable beside a creator's details; at the window's top once it is scrolled away.
 */
export function useDrawerTop(open: boolean): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    if (!open) return;
    const measure = () => setTop(Math.max(0, Math.round(document.querySelector('.dash-head')?.getBoundingClientRect().bottom ?? 0)));
    measure();
    addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure);
    return () => {
      removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
    };
  }, [open]);
  return top;
}
