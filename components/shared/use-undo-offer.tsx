import { useCallback, useState, type ReactNode } from 'react';
import { UndoToast, type UndoOffer } from './UndoToast';

/**
 * The panel's one Undo: whoever offers one (the deck menu, Customize,
 * Rehearse) replaces the last, so two never stack in the same place. The key
 * remounts the toast for each offer, so its clock starts again.
 */
export function useUndoOffer(announce: (message: string) => void): { offerUndo(offer: UndoOffer): void; toast: ReactNode } {
  const [current, setCurrent] = useState<{ offer: UndoOffer; key: number }>();
  const offerUndo = useCallback((offer: UndoOffer) => setCurrent((last) => ({ offer, key: (last?.key ?? 0) + 1 })), []);
  const toast = current && (
    <UndoToast
      key={current.key}
      offer={current.offer}
      onClose={(undone) => {
        setCurrent(undefined);
        if (undone) announce('Undone');
      }}
    />
  );
  return { offerUndo, toast };
}
