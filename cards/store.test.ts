import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Deck } from './schema';
import { deleteCard, deleteDeck, loadLibrary, saveCard, saveDeck, watchLibrary } from './store';
import { cardKey, deckKey } from './storage-keys';

const phrasing = (id: string, strong = `Say ${id}`) => ({
  kind: 'phrasing' as const,
  id,
  title: id,
  tags: [],
  strong,
  why: '',
});

const deck: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a'), phrasing('b')] };

describe('the deck store', () => {
  it('saves a deck and loads it back in order', async () => {
    await saveDeck(deck, { now: 1 });
    const { decks, quarantined } = await loadLibrary();
    expect(decks.map((d) => d.deck)).toEqual([deck]);
    expect(quarantined).toEqual([]);
  });

  it('keeps edits to two different cards from two writers', async () => {
    await saveDeck(deck, { now: 1 });
    // Two windows each edit their own card from the same starting state.
    await Promise.all([
      saveCard('acme', phrasing('a', 'Edited in window one'), 1),
      saveCard('acme', phrasing('b', 'Edited in window two'), 2),
    ]);
    const [loaded] = (await loadLibrary()).decks;
    expect(loaded!.deck.cards.map((card) => card.kind === 'phrasing' && card.strong)).toEqual([
      'Edited in window one',
      'Edited in window two',
    ]);
  });

  it('keeps the later of two edits to the same card', async () => {
    await saveDeck(deck, { now: 1 });
    await saveCard('acme', phrasing('a', 'first'), 1, 10);
    await saveCard('acme', phrasing('a', 'second'), 1, 11);
    const [loaded] = (await loadLibrary()).decks;
    expect(loaded!.deck.cards[0]).toMatchObject({ strong: 'second' });
  });

  it('sets garbage aside, loads the rest, and never deletes the garbage', async () => {
    await saveDeck(deck, { now: 1 });
    await browser.storage.local.set({ [cardKey('acme', 'b')]: { v: 1, order: 2, card: { kind: 'phrasing' } } });
    const { decks, quarantined } = await loadLibrary(5);
    expect(decks[0]!.deck.cards.map((card) => card.id)).toEqual(['a']);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ key: cardKey('acme', 'b'), at: 5 });
    expect(quarantined[0]!.reason).toContain('updatedAt is missing');
    // Still there on the next load, under its quarantine key.
    expect((await loadLibrary()).quarantined).toHaveLength(1);
  });

  it('gives cards whose deck record is gone a recovered deck', async () => {
    await saveDeck(deck, { now: 1 });
    await browser.storage.local.set({ [deckKey('acme')]: 'not a deck' });
    const { decks } = await loadLibrary();
    expect(decks[0]!.deck.name).toBe('Recovered deck (acme)');
    expect(decks[0]!.deck.cards).toHaveLength(2);
  });

  it('migrates records written before they carried a version', async () => {
    await browser.storage.local.set({
      [deckKey('old')]: { id: 'old', name: 'Old', createdAt: 1, updatedAt: 1 },
      [cardKey('old', 'a')]: { order: 1, updatedAt: 1, card: phrasing('a') },
    });
    const { decks, quarantined } = await loadLibrary();
    expect(quarantined).toEqual([]);
    expect(decks[0]!.deck.cards).toHaveLength(1);
  });

  it('refuses an invalid card before writing anything', async () => {
    await saveDeck(deck, { now: 1 });
    await expect(saveCard('acme', { ...phrasing('a'), strong: '' }, 1)).rejects.toThrow(/strong is empty/);
    expect((await loadLibrary()).decks[0]!.deck.cards[0]).toMatchObject({ strong: 'Say a' });
  });

  it('reports a full quota plainly and keeps what was saved', async () => {
    await saveDeck(deck, { now: 1 });
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveCard('acme', phrasing('a', 'too much'), 1)).rejects.toThrow(/Storage is full/);
    expect((await loadLibrary()).decks[0]!.deck.cards[0]).toMatchObject({ strong: 'Say a' });
  });

  it('deletes a card, and a whole deck, and undoes by saving it back', async () => {
    await saveDeck(deck, { now: 1 });
    await deleteCard('acme', 'a');
    expect((await loadLibrary()).decks[0]!.deck.cards.map((card) => card.id)).toEqual(['b']);
    const [before] = (await loadLibrary()).decks;
    await deleteDeck(before!);
    expect((await loadLibrary()).decks).toEqual([]);
    await saveDeck(before!.deck, { createdAt: before!.meta.createdAt });
    expect((await loadLibrary()).decks[0]!.deck.cards.map((card) => card.id)).toEqual(['b']);
  });

  it('tells watchers about changes to decks but not to other keys', async () => {
    const onChange = vi.fn();
    const stop = watchLibrary(onChange);
    await browser.storage.local.set({ unrelated: 1 });
    expect(onChange).not.toHaveBeenCalled();
    await saveDeck(deck);
    expect(onChange).toHaveBeenCalled();
    stop();
  });
});
