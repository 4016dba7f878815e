import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { activeDeckId } from '../../cards/storage/preferences';
import * as store from '../../cards/storage/store';
import { settledEarly, startEarly, takeEarly } from './early-reads';
import { useLibrary } from './use-library';

const mine = { ...defaultDeck, id: 'mine', name: 'Mine' };

describe('useLibrary', () => {
  it('is not loaded until it knows the active deck, so the shipped deck never stands in for the chosen one', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    // The decks are in before the active id is: the panel's early read of the library has answered.
    startEarly(store.loadLibrary, () => store.loadLibrary(), store.watchLibrary);
    await waitFor(() => expect(settledEarly(store.loadLibrary)).toBeDefined());

    const seen: (string | undefined)[] = [];
    const { result } = renderHook(() => {
      const api = useLibrary();
      seen.push(api.library ? api.deck.id : undefined);
      return api;
    });
    await waitFor(() => expect(result.current.library).toBeDefined());
    expect(result.current.deck.id).toBe('mine');
    expect(seen.filter((id) => id !== undefined && id !== 'mine')).toEqual([]);
    expect(takeEarly(store.loadLibrary)).toBeUndefined();
  });

  it('runs the library commands in its queue, undo included, and words a refusal as its problem', async () => {
    await store.saveDeck(mine);
    await activeDeckId.setValue('mine');
    const { result } = renderHook(() => useLibrary());
    await waitFor(() => expect(result.current.library).toBeDefined());
    const first = mine.cards[0]!;

    let undo: (() => Promise<void>) | undefined;
    await act(async () => {
      undo = await result.current.deleteCard(first.id);
    });
    expect(result.current.deck.cards.map((card) => card.id)).not.toContain(first.id);
    await act(() => undo!());
    expect(result.current.deck.cards.map((card) => card.id)).toEqual(mine.cards.map((card) => card.id));

    await act(() => expect(result.current.saveCard(first, undefined, 'gone')).rejects.toThrow(/its deck was deleted/));
    expect(result.current.problem).toMatch(/its deck was deleted/);
  });
});
