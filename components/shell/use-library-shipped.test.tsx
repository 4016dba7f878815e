import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../cards/schema';

// The shipped deck's script is loaded once per page and kept, so each case
// starts from fresh modules: a page that has not loaded it yet.
beforeEach(() => {
  vi.resetModules();
  // Idle time never comes, so nothing preloads the deck behind the test's back.
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.stubGlobal('cancelIdleCallback', () => {});
  return () => vi.unstubAllGlobals();
});

async function modules() {
  const [shipped, store, preferences, firstScreen, early, hook] = await Promise.all([
    import('../../cards/shipped-deck'),
    import('../../cards/storage/store'),
    import('../../cards/storage/preferences'),
    import('../../cards/storage/first-screen'),
    import('./early-reads'),
    import('./use-library'),
  ]);
  return { ...shipped, ...store, ...preferences, ...firstScreen, ...early, ...hook };
}

const mine: Deck = {
  id: 'mine',
  name: 'Mine',
  description: '',
  cards: [{ kind: 'note', id: 'one', title: 'One', tags: [], body: '', points: [] }],
};

describe('the shipped deck, loaded on first need', () => {
  it('is never loaded for the first screen of a user whose own deck is active', async () => {
    const m = await modules();
    await m.saveDeck(mine, { now: 1 });
    await m.activeDeckId.setValue('mine');
    m.startEarly(m.loadFirstScreen, m.loadFirstScreen, m.watchLibrary);
    const { result } = renderHook(() => m.useLibrary());
    await waitFor(() => expect(result.current.library).toBeDefined());
    expect(result.current.deck.name).toBe('Mine');
    expect(m.shippedDeckIfLoaded()).toBeUndefined();
  });

  it('comes with the first screen’s read when it is the deck shown, so the first render has every card', async () => {
    const m = await modules();
    m.startEarly(m.loadFirstScreen, m.loadFirstScreen, m.watchLibrary);
    await waitFor(() => expect(m.settledEarly(m.loadFirstScreen)).toBeDefined());
    expect(m.shippedDeckIfLoaded()?.cards.length).toBeGreaterThan(50);

    const counts: number[] = [];
    const { result } = renderHook(() => {
      const api = m.useLibrary();
      if (api.library) counts.push(api.deck.cards.length);
      return api;
    });
    await waitFor(() => expect(result.current.library).toBeDefined());
    expect(result.current.deck.id).toBe(m.DEFAULT_DECK_ID);
    expect(Math.min(...counts)).toBeGreaterThan(50);
  });

  it('keeps the deck shown before on a switch to it, until its script is in', async () => {
    const m = await modules();
    await m.saveDeck(mine, { now: 1 });
    await m.activeDeckId.setValue('mine');
    const seen: string[] = [];
    const { result } = renderHook(() => {
      const api = m.useLibrary();
      if (api.library) seen.push(`${api.deck.id}:${api.deck.cards.length > 0}`);
      else if (seen.length > 0) seen.push('not loaded');
      return api;
    });
    await waitFor(() => expect(result.current.library).toBeDefined());
    expect(m.shippedDeckIfLoaded()).toBeUndefined();

    act(() => result.current.setActiveId(m.DEFAULT_DECK_ID));
    await waitFor(() => expect(result.current.deck.id).toBe(m.DEFAULT_DECK_ID));
    expect(result.current.deck.name).toBe(m.SHIPPED_DECK_NAME);
    // Never an empty stand-in, never a blank panel: the old deck, then the shipped one whole.
    expect(new Set(seen)).toEqual(new Set(['mine:true', `${m.DEFAULT_DECK_ID}:true`]));
  });
});
