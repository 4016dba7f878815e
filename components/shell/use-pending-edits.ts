import { useEffect, useRef } from 'react';
import type { LibraryApi } from './use-library';

/**
 * Saves the drafts an earlier panel kept as it closed (cards/storage/pending-edit.ts),
 * once this panel has read the whole library, as their editor would have:
 * merged with what other windows saved since, and never over what they did
 * later (a later deletion stands and a later change of a field is kept; see
 * reconcilePendingEdit). One that cannot be saved (its deck deleted since) is
 * set aside with the reason, listed in Customize with the other set-aside
 * records, never dropped.
 */
export function usePendingEdits(library: LibraryApi, announce: (message: string) => void) {
  const whole = library.library !== undefined && library.library.partial === undefined;
  const done = useRef(false);
  const api = useRef(library);
  api.current = library;

  useEffect(() => {
    if (!whole || done.current) return;
    done.current = true;
    // The saving code (and the records it reads) loads only now, once the first screen is up.
    void import('./save-pending-edits').then(({ savePendingEdits }) => savePendingEdits({ saveCard: (...args) => api.current.saveCard(...args) }, announce)).catch(console.error);
  }, [whole, announce]);
}
