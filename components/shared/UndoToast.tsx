import { useEffect, useRef, useState } from 'react';
import { useShortcut } from '../shell/use-shortcut';
import './UndoToast.css';

/** How long an Undo stays on screen. */
export const UNDO_MS = 8_000;

export interface UndoOffer {
  /** What just happened, e.g. "Deleted “Pacing”". */
  message: string;
  undo(): Promise<void>;
}

/**
 * "Deleted X · Undo" for a few seconds. The clock stops while the pointer or
 * keyboard focus is on it, so nobody loses the Undo while reaching for it.
 */
export function UndoToast({ offer, onClose }: { offer: UndoOffer; onClose(undone: boolean): void }) {
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onCloseRef.current(false), UNDO_MS);
    return () => clearTimeout(timer);
  }, [held, offer]);

  // `u` undoes from anywhere in the panel: the toast sits after a long card
  // list, too far for a keyboard user to reach by Tab before it goes.
  const undoRef = useRef<() => Promise<void>>(async () => {});
  useShortcut('undo', () => void undoRef.current());

  const undo = async () => {
    setBusy(true);
    try {
      await offer.undo();
      onCloseRef.current(true);
    } catch {
      // The library has worded the problem for the panel's alert; keep the offer up.
      setBusy(false);
    }
  };

  undoRef.current = undo;

  return (
    <div
      className="undo-toast"
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <span>{offer.message}</span>
      <button type="button" className="primary" onClick={() => void undo()} disabled={busy} aria-keyshortcuts="u">
        Undo
      </button>
      <kbd className="undo-key" aria-hidden="true" title="Press u to undo">
        u
      </kbd>
      <button type="button" className="undo-dismiss" aria-label="Dismiss" onClick={() => onCloseRef.current(false)}>
        ×
      </button>
    </div>
  );
}
