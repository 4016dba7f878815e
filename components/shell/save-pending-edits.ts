import { dropPendingEdit, readPendingEdits, reconcilePendingEdit, setPendingEditAside } from '../../cards/storage/pending-edit';
import { recordLostEdits } from '../../cards/sync/lost-edits';
import type { LibraryApi } from './use-library';

/**
 * Saves the drafts an earlier panel kept as it closed (use-pending-edits.ts
 * says when and why), one after another, and tells the user about each.
 */
export async function savePendingEdits(library: Pick<LibraryApi, 'saveCard'>, announce: (message: string) => void): Promise<void> {
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
      const notice = await library.saveCard(plan.save.card, undefined, plan.deckId, plan.save.base, edit.at);
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
}
