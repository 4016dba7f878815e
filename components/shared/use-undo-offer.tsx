import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { loadOnce } from '../../cards/load-once';
import { whenIdle } from '../shell/idle';
import type { UndoOffer, UndoToast } from './UndoToast';

type UndoToastProps = Parameters<typeof UndoToast>[0];

// Shown only after something was deleted, reset or imported: not in the first
// load, but loaded in idle time after it, so the first Undo (and its `u` key)
// shows with the deletion, not a moment later.
const toastScript = loadOnce(() => import('./UndoToast').then((m) => m.UndoToast));
const LazyUndoToast = lazy(() => toastScript.load().then((UndoToast) => ({ default: UndoToast })));

/**
 * The panel's one Undo: whoever offers one (the deck menu, Customize,
 * Rehearse) replaces the last, so two never stack in the same place. The key
 * remounts the toast for each offer, so its clock starts again.
 */
export function useUndoOffer(announce: (message: string) => void): { offerUndo(offer: UndoOffer): void; toast: ReactNode } {
  // Each offer keeps the component it was shown with (the script in, or the lazy one before it is).
  const [current, setCurrent] = useState<{ offer: UndoOffer; key: number; Toast: ComponentType<UndoToastProps> }>();
  useEffect(() => whenIdle(() => void toastScript.load().catch(() => {})), []);
  const offerUndo = useCallback(
    (offer: UndoOffer) => setCurrent((last) => ({ offer, key: (last?.key ?? 0) + 1, Toast: toastScript.ifLoaded() ?? LazyUndoToast })),
    [],
  );
  const toast = current && (
    <Suspense fallback={null}>
      <current.Toast
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
