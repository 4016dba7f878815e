import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { defaultDeck } from '../cards/default-deck';
import { DEFAULT_COPY_ID } from '../cards/editable-deck';
import type { Deck } from '../cards/schema';
import { loadLibrary, saveCard, saveDeck } from '../cards/store';
import { useLibrary } from './use-library';

const note = (id: string, title = id) => ({ kind: 'note' as const, id, title, tags: [], body: '', points: [] });
const acme: Deck = { id: 'acme', name: 'Acme', description: '', cards: [note('story', 'My precious story')] };

async function ready() {
  const hook = renderHook(() => useLibrary());
  await waitFor(() => expect(hook.result.current.library).toBeDefined());
  return hook;
}

describe('the library as the panel uses it', () => {
  it('takes back a whole import when a later deck fails, and says nothing was imported', async () => {
    await saveDeck(acme, { now: 1 });
    const hook = await ready();
    const previous = hook.result.current.library!.decks[0]!;
    const replacement: Deck = { ...acme, cards: [note('other')] };
    const globex: Deck = { id: 'globex', name: 'Globex', description: '', cards: [note('g')] };
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if ('deck:globex' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await act(async () => {
      await expect(
        hook.result.current.importDecks([
          { type: 'replace', deck: replacement, previous },
          { type: 'add', deck: globex },
        ]),
      ).rejects.toThrow(/^Nothing was imported\. Storage is full/);
    });
    vi.restoreAllMocks();
    const { decks } = await loadLibrary();
    expect(decks.map((entry) => entry.deck)).toEqual([acme]);
  });

  it('refuses an edit from the shipped view that would overwrite the user’s own version', async () => {
    const card = defaultDeck.cards[2]!;
    await saveDeck({ ...defaultDeck, id: DEFAULT_COPY_ID, name: 'Mine' }, { basedOn: 'default', now: 0 });
    await saveCard(DEFAULT_COPY_ID, { ...card, title: 'MY OWN NUMBERS' }, 3, 10);
    await browser.storage.local.set({ activeDeckId: 'default' });
    const hook = await ready();
    await waitFor(() => expect(hook.result.current.deck.id).toBe('default'));
    await act(async () => {
      await expect(hook.result.current.saveCard({ ...card, title: `${card.title}!` })).rejects.toThrow(/own version/);
    });
    const [mine] = (await loadLibrary()).decks;
    expect(mine!.deck.cards.find((entry) => entry.id === card.id)!.title).toBe('MY OWN NUMBERS');
  });
});
