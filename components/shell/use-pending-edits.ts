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
    void (async () => {
      const [{ dropPendingEdit, readPendingEdits, reconcilePendingEdit, setPendingEditAside }, { recordLostEdits }] = await Promise.all([
        import('../../cards/storage/pending-edit'),
        import('../../cards/sync/lost-edits'),
      ]);
      for (const edit of await readPendingEdits()) {
        const title = edit.card.title;
        try {
          const plan = await reconcilePendingEdit(edit);
          if ('setAside' in plan) {
            await setPendingEditAside(edit, plan.setAside);
            announce(`Your last edit to “${title}” was set aside (listed in Customize): ${plan.setAside}`);
            continue;
          }
          // Into the deck the card is in now (a first edit of the shipped deck may have made the user's copy
          // since), stamped when it was made, so a later kept draft of the same card is seen as later.
          const notice = await api.current.saveCard(plan.save.card, undefined, plan.deckId, plan.save.base, edit.at);
          if (plan.older.length > 0) {
            await recordLostEdits({ deckId: plan.deckId, cardId: edit.card.id, title: plan.save.card.title, by: 'closed' }, plan.older, Date.now());
          }
          await dropPendingEdit(edit);
          announce(
            plan.older.length > 0
              ? `Your last edit to “${title}”, made as the panel closed, was older than another window's: the newer text was kept, and yours waits at the top`
              : `Saved your last edit to “${title}”, made as the panel closed${notice ? `. ${notice}` : ''}`,
          );
        } catch (error) {
          await setPendingEditAside(edit, error instanceof Error ? error.message : String(error));
        }
      }
    })().catch(console.error);
  }, [whole, announce]);
}
