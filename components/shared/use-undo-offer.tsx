import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import type { UndoOffer } from './UndoToast';

// Shown only after something was deleted, reset or imported: it loads then.
const UndoToast = lazy(() => import('./UndoToast').then((m) => ({ default: m.UndoToast })));

/**
 * The panel's one Undo: whoever offers one (the deck menu, Customize,
 * Rehearse) replaces the last, so two never stack in the same place. The key
 * remounts the toast for each offer, so its clock starts again.
 */
export function useUndoOffer(announce: (message: string) => void): { offerUndo(offer: UndoOffer): void; toast: ReactNode } {
  const [current, setCurrent] = useState<{ offer: UndoOffer; key: number }>();
  const offerUndo = useCallback((offer: UndoOffer) => setCurrent((last) => ({ offer, key: (last?.key ?? 0) + 1 })), []);
  const toast = current && (
    <Suspense fallback={null}>
      <UndoToast
        key={current.key}
        offer={current.offer}
        onClose={(undone) => {
          setCurrent(undefined);
          if (undone) announce('Undone');
        }}
      />
    </Suspense>
  );
  return { offerUndo, toast };
}
