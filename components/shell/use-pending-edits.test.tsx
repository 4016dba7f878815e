import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { keepPendingEdit, readPendingEdits } from '../../cards/storage/pending-edit';
import { readLostEdits } from '../../cards/sync/lost-edits';
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

  it('never brings back a card deleted in another window after the edit was made: the edit is set aside instead', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    await keepPendingEdit('mine', { ...first, title: 'Typed before the deletion' }, first, Date.now() - 5_000);
    await store.deleteCard('mine', first.id);

    const { result, announce } = openPanel();
    await waitFor(() => expect(result.current.library?.quarantined).toHaveLength(1));
    expect(result.current.library!.quarantined[0]!.reason).toMatch(/deleted in another window after this edit was made/);
    expect(result.current.deck.cards.map((card) => card.id)).not.toContain(first.id);
    expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Your last edit to “Typed before the deletion” was set aside/));
  });

  it('keeps a field another window changed after the edit was made, and offers the edit’s older text back', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    await keepPendingEdit('mine', { ...first, title: 'Older, typed as it closed' }, first, Date.now() - 5_000);
    await store.saveCardEdit('mine', first, { ...first, title: 'Newer, from another window' }, 0);

    const { result, announce } = openPanel();
    await waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/was older than another window's: the newer text was kept/)));
    expect(result.current.deck.cards.find((card) => card.id === first.id)!.title).toBe('Newer, from another window');
    expect(await readLostEdits()).toEqual([expect.objectContaining({ by: 'closed', field: 'title', replaced: 'Older, typed as it closed' })]);
    expect(await readPendingEdits()).toEqual([]);
  });
});
