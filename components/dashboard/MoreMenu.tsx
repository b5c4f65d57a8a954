// The dashboard's secondary actions (export choices, backup, the visit setting) behind one "More"
// button, so the header keeps one row: a panel that opens under the button, is walked with Tab,
// and closes on Escape (the keyboard back on the button), on a click elsewhere or when Tab leaves it.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../../lib/i18n';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function MoreMenu({ children }: { children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const inside = (node: Node | null) => node !== null && (panel.current?.contains(node) === true || button.current?.contains(node) === true);

  useEffect(() => {
    if (!open) return;
    // Opened: the keyboard goes to the first control in it.
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!inside(event.target as Node | null)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="more-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Closes the menu only, not a drawer open behind it.
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        type="button"
        ref={button}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('layout_more')} <span aria-hidden="true">▾</span>
      </button>
      {/* Hidden, not removed: a backup under way and its words stay while the menu is closed. */}
      <div
        id={id}
        ref={panel}
        className="more-panel"
        role="dialog"
        aria-label={t('layout_moreLabel')}
        hidden={!open}
        onBlur={(event) => {
          // Tab past its end closes it; a file chooser or another window taking the focus does not.
          const next = event.relatedTarget as Node | null;
          if (next !== null && !inside(next)) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
