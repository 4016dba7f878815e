import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { DEFAULT_COPY_ID, DEFAULT_DECK_ID } from '../../cards/shipped-deck';
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

  it('saves both panels’ drafts of one card, and of one field keeps the later', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    const second = mine.cards[1]!;
    await keepPendingEdit('mine', { ...first, title: 'Title from A' }, first, Date.now() - 5_000, 'panelA');
    await keepPendingEdit('mine', { ...first, tags: ['from-b'] }, first, Date.now() - 4_000, 'panelB');
    await keepPendingEdit('mine', { ...second, title: 'Older, from A' }, second, Date.now() - 3_000, 'panelA');
    await keepPendingEdit('mine', { ...second, title: 'Newer, from B' }, second, Date.now() - 2_000, 'panelB');

    const { result } = openPanel();
    await waitFor(async () => expect(await readPendingEdits()).toEqual([]));
    await waitFor(() => expect(result.current.deck.cards.find((card) => card.id === second.id)!.title).toBe('Newer, from B'));
    expect(result.current.deck.cards.find((card) => card.id === first.id)).toMatchObject({ title: 'Title from A', tags: ['from-b'] });
    // The earlier text of the one field is not gone: it waits in the notice.
    expect(JSON.stringify(await readLostEdits())).toContain('Older, from A');
  });

  it('saves a draft of the shipped deck into the user’s copy made since, beside the copy’s own change', async () => {
    await activeDeckId.setValue(DEFAULT_DECK_ID);
    const shippedFirst = defaultDeck.cards[0]!;
    await keepPendingEdit(DEFAULT_DECK_ID, { ...shippedFirst, title: 'Typed in the shipped deck' }, shippedFirst, Date.now() - 5_000, 'panelA');
    // Meanwhile another window's edit made the copy, changing another field of the same card.
    await store.saveDeck({ ...defaultDeck, id: DEFAULT_COPY_ID, name: 'PM system design (mine)' });
    await store.saveCardEdit(DEFAULT_COPY_ID, shippedFirst, { ...shippedFirst, tags: ['copy-edit'] }, 0);
    await activeDeckId.setValue(DEFAULT_COPY_ID);

    const { result } = openPanel();
    await waitFor(async () => expect(await readPendingEdits()).toEqual([]));
    await waitFor(() =>
      expect(result.current.deck.cards.find((card) => card.id === shippedFirst.id)).toMatchObject({ title: 'Typed in the shipped deck', tags: ['copy-edit'] }),
    );
    expect(result.current.library!.quarantined).toEqual([]);
    expect(result.current.problem).toBeFalsy();
  });
});
