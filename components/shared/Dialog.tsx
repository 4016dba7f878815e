import { useEffect, useId, useRef, type ReactNode } from 'react';
import './Dialog.css';

interface Props {
  open: boolean;
  /** Called when the user dismisses it (Esc, a Close button that calls it). */
  onClose(): void;
  title: ReactNode;
  children: ReactNode;
  className?: string;
  /**
   * Where focus starts: the first control by default (a form's first field);
   * 'title' for a dialog that is mostly to read, whose first control is its
   * Close button at the end (focus there would open it scrolled to the bottom).
   */
  initialFocus?: 'title';
}

/**
 * The panel's one modal dialog: a native <dialog> opened with showModal, so
 * focus stays inside and Esc closes it; focus goes back where the user was.
 * Keys typed inside a dialog never reach the panel's shortcuts (the shell
 * skips events from inside a dialog).
 */
export function Dialog({ open, onClose, title, children, className, initialFocus }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // jsdom has no showModal; the open attribute is enough for tests there.
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
      if (initialFocus === 'title') {
        heading.current?.focus();
        element.scrollTop = 0;
      }
    }
    if (!open && element.open) {
      if (element.close) element.close();
      else element.removeAttribute('open');
      if (returnTo.current?.isConnected) returnTo.current.focus();
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={dialog}
      className={['panel-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={() => open && onClose()}
      onCancel={(event) => {
        // Esc: let the owner decide, so state and the element agree.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} ref={heading} className="panel-dialog-title" tabIndex={initialFocus === 'title' ? -1 : undefined}>
        {title}
      </h2>
      {/* A closed dialog shows nothing: its content is built when it opens, not with the first screen. */}
      {open && children}
    </dialog>
  );
}
