import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { keepPendingEdit, readPendingEdits } from '../../cards/storage/pending-edit';
import { activeDeckId } from '../../cards/storage/preferences';
import * as store from '../../cards/storage/store';
import { useLibrary } from './use-library';
import { usePendingEdits } from './use-pending-edits';

const mine = { ...defaultDeck, id: 'mine', name: 'Mine' };
const first = mine.cards[0]!;

function openPanel() {
  const announce = vi.fn();
  const { result } = renderHook(() => {
    const library = useLibrary();
    usePendingEdits(library, announce);
    return library;
  });
  return { result, announce };
}

describe('saving the edits an earlier panel kept as it closed', () => {
  it('saves each kept edit, merged with what was saved since, then drops it and says so', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    // The closed panel changed the title; another window changed the body since.
    await keepPendingEdit('mine', { ...first, title: 'Typed as it closed' }, first);
    await store.saveCard('mine', { ...first, tags: ['from-another-window'] }, 0);

    const { result, announce } = openPanel();
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Saved your last edit to “Typed as it closed”, made as the panel closed'));
    const saved = result.current.deck.cards.find((card) => card.id === first.id)!;
    expect(saved.title).toBe('Typed as it closed');
    expect(saved.tags).toEqual(['from-another-window']);
    expect(await readPendingEdits()).toEqual([]);
  });

  it('sets aside an edit whose deck was deleted since, with the reason', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    await keepPendingEdit('gone', { ...first, title: 'Orphaned' }, first);

    const { result } = openPanel();
    await waitFor(() => expect(result.current.library?.quarantined).toHaveLength(1));
    expect(result.current.library!.quarantined[0]!.reason).toMatch(/^Your last edit to “Orphaned” could not be saved: .*deck was deleted/);
    expect(await readPendingEdits()).toEqual([]);
  });
});
