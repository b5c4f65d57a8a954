// A short label whose explanation is a tooltip, not a paragraph: shown on hover and on keyboard
// focus (or a click, for touch), read by screen readers as the label's description, and closed with
// Escape without moving the pointer or the focus; the pointer may move onto it (WCAG 1.4.13).
import { useId, useState, type ReactNode } from 'react';

export function Tip({ label, tip, className, testId }: { label: ReactNode; tip: string; className?: string; testId?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="tip" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className={className}
        aria-describedby={id}
        data-testid={testId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {label}
      </button>
      <span role="tooltip" id={id} className="tip-text small" hidden={!open}>
        {tip}
      </span>
    </span>
  );
}
