// A modal dialog drawn by the browser: the native <dialog> opened with showModal(), so the rest of
// the page is inert, the keyboard stays inside and the dialog lies over the page (not in its flow).
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  className: string;
  role?: 'alertdialog';
  'aria-labelledby'?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  /** Escape (or another close request of the browser); left out, the dialog stays until its own buttons end it. */
  onCancel?: () => void;
  children: ReactNode;
}

export function ModalDialog({ className, role, onCancel, children, ...names }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Before the content's own effects, which then take the focus where they want it (a heading, Cancel).
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      role={role}
      {...names}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here, not left to the browser: the close watcher lets a second quick Escape close the
        // dialog without a cancel event, and nothing behind the dialog (a drawer) closes with it.
        event.preventDefault();
        event.stopPropagation();
        onCancel?.();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}
