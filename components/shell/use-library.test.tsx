import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { loadFirstScreen } from '../../cards/storage/first-screen';
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
    startEarly(loadFirstScreen, loadFirstScreen, store.watchLibrary);
    await waitFor(() => expect(settledEarly(loadFirstScreen)).toBeDefined());

    const seen: (string | undefined)[] = [];
    const { result } = renderHook(() => {
      const api = useLibrary();
      seen.push(api.library ? api.deck.id : undefined);
      return api;
    });
    await waitFor(() => expect(result.current.library).toBeDefined());
    expect(result.current.deck.id).toBe('mine');
    expect(seen.filter((id) => id !== undefined && id !== 'mine')).toEqual([]);
    expect(takeEarly(loadFirstScreen)).toBeUndefined();
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

  describe('reading the active deck first, the rest in idle time', () => {
    const other = { ...defaultDeck, id: 'interview-loop', name: 'Interview loop', cards: defaultDeck.cards.slice(0, 3) };
    /** Holds the idle callback back until the test lets it run, as a busy page would. */
    function holdIdle() {
      const pending: (() => void)[] = [];
      vi.stubGlobal('requestIdleCallback', (work: () => void) => pending.push(work));
      vi.stubGlobal('cancelIdleCallback', () => {});
      return () => pending.splice(0).forEach((work) => work());
    }

    it('shows the active deck alone first, then lists every deck once the page is idle', async () => {
      const runIdle = holdIdle();
      await store.saveDeck(mine, { now: 1 });
      await store.saveDeck(other, { now: 2 });
      await activeDeckId.setValue('mine');
      const { result } = renderHook(() => useLibrary());
      await waitFor(() => expect(result.current.library).toBeDefined());
      expect(result.current.deck.id).toBe('mine');
      expect(result.current.library!.partial).toBe('mine');
      expect(result.current.library!.decks.map((entry) => entry.meta.id)).toEqual(['mine']);

      act(() => runIdle());
      await waitFor(() => expect(result.current.library!.partial).toBeUndefined());
      expect(result.current.library!.decks.map((entry) => entry.meta.id)).toEqual(['mine', 'interview-loop']);
      vi.unstubAllGlobals();
    });

    it('makes a command wait for the whole library: a new deck never takes the id of a deck not read yet', async () => {
      holdIdle();
      await store.saveDeck(mine, { now: 1 });
      await store.saveDeck(other, { now: 2 });
      await activeDeckId.setValue('mine');
      const { result } = renderHook(() => useLibrary());
      await waitFor(() => expect(result.current.library?.partial).toBe('mine'));

      let id = '';
      await act(async () => {
        id = await result.current.createDeck('Interview loop', 'empty');
      });
      expect(id).not.toBe('interview-loop');
      const library = await store.loadLibrary();
      expect(library.decks.find((entry) => entry.meta.id === 'interview-loop')!.deck.cards).toHaveLength(3);
      vi.unstubAllGlobals();
    });

    it('switches to a deck not read yet by reading it alone, never showing the shipped deck in between', async () => {
      holdIdle();
      await store.saveDeck(mine, { now: 1 });
      await store.saveDeck(other, { now: 2 });
      await activeDeckId.setValue('mine');
      const seen: string[] = [];
      const { result } = renderHook(() => {
        const api = useLibrary();
        if (api.library) seen.push(api.deck.id);
        return api;
      });
      await waitFor(() => expect(result.current.library).toBeDefined());
      act(() => result.current.setActiveId('interview-loop'));
      await waitFor(() => expect(result.current.deck.id).toBe('interview-loop'));
      expect(result.current.deck.cards).toHaveLength(3);
      expect(new Set(seen)).toEqual(new Set(['mine', 'interview-loop']));
      vi.unstubAllGlobals();
    });
  });
});
