import { useEffect, useRef } from 'react';
import type { LibraryApi } from './use-library';

/**
 * Saves the drafts an earlier panel kept as it closed (cards/storage/pending-edit.ts),
 * once this panel has read the whole library, as their editor would have:
 * merged with what other windows saved since. One that cannot be saved (its
 * deck deleted since) is set aside with the reason, listed in Customize
 * with the other set-aside records, never dropped.
 */
export function usePendingEdits(library: LibraryApi, announce: (message: string) => void) {
  const whole = library.library !== undefined && library.library.partial === undefined;
  const done = useRef(false);
  const api = useRef(library);
  api.current = library;

  useEffect(() => {
    if (!whole || done.current) return;
    done.current = true;
    void (async () => {
      const { dropPendingEdit, readPendingEdits, setPendingEditAside } = await import('../../cards/storage/pending-edit');
      for (const edit of await readPendingEdits()) {
        try {
          await api.current.saveCard(edit.card, undefined, edit.deckId, edit.base);
          await dropPendingEdit(edit);
          announce(`Saved your last edit to “${edit.card.title}”, made as the panel closed`);
        } catch (error) {
          await setPendingEditAside(edit, error instanceof Error ? error.message : String(error));
        }
      }
    })().catch(console.error);
  }, [whole, announce]);
}
