import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Deck } from '../schema';
import {
  deleteCard,
  deleteDeck,
  discardQuarantined,
  loadLibrary,
  renameDeck,
  replaceDeck,
  saveCard,
  saveCards,
  saveDeck,
  watchLibrary,
} from './store';
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
    expect(quarantined[0]!.reason).toContain('last-changed date is missing');
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
    await expect(saveCard('acme', { ...phrasing('a'), strong: '' }, 1)).rejects.toThrow(/strong phrasing is empty/);
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

  it('writes a renumbered deck in one call, or not at all', async () => {
    await saveDeck(deck, { now: 1 });
    const set = vi.spyOn(browser.storage.local, 'set');
    await saveCards('acme', [
      { card: phrasing('b'), order: 1 },
      { card: phrasing('a'), order: 2 },
    ]);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadLibrary()).decks[0]!.deck.cards.map((card) => card.id)).toEqual(['b', 'a']);
    set.mockRejectedValueOnce(new Error('IO error: disk'));
    await expect(saveCards('acme', [{ card: phrasing('a'), order: 1 }, { card: phrasing('b'), order: 2 }])).rejects.toThrow(
      /refused to save the new card order \(IO error: disk\)\. Everything saved before is intact/,
    );
    expect((await loadLibrary()).decks[0]!.deck.cards.map((card) => card.id)).toEqual(['b', 'a']);
  });

  it('refuses a whole batch when one card in it is invalid', async () => {
    await saveDeck(deck, { now: 1 });
    await expect(
      saveCards('acme', [{ card: phrasing('a', 'fine'), order: 1 }, { card: { ...phrasing('b'), title: ' ' }, order: 2 }]),
    ).rejects.toThrow(/title is empty/);
    expect((await loadLibrary()).decks[0]!.deck.cards[0]).toMatchObject({ strong: 'Say a' });
  });

  it('stores nothing of a new deck when storage is full', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveDeck(deck)).rejects.toThrow(/Storage is full, so the deck “Acme loop” was not saved/);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('refuses a deck with a blank name or an invalid card before writing', async () => {
    await expect(saveDeck({ ...deck, name: '  ' })).rejects.toThrow(/name is empty/);
    await expect(saveDeck({ ...deck, cards: [{ ...phrasing('a'), strong: '' }] })).rejects.toThrow(/strong phrasing is empty/);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('replaces a deck’s cards and removes the ones it no longer has', async () => {
    await saveDeck(deck, { now: 1, basedOn: 'default' });
    const [before] = (await loadLibrary()).decks;
    await replaceDeck({ ...deck, name: 'Acme v2', cards: [phrasing('c'), phrasing('a', 'new a')] }, before!, 5);
    const [after] = (await loadLibrary()).decks;
    expect(after!.deck.cards.map((card) => card.id)).toEqual(['c', 'a']);
    expect(after!.meta).toMatchObject({ name: 'Acme v2', basedOn: 'default', createdAt: 1, updatedAt: 5 });
  });

  it('leaves the old deck whole when replacing it fails to write', async () => {
    await saveDeck(deck, { now: 1 });
    const [before] = (await loadLibrary()).decks;
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(replaceDeck({ ...deck, cards: [phrasing('c')] }, before!)).rejects.toThrow(/Storage is full/);
    expect((await loadLibrary()).decks[0]!.deck).toEqual(deck);
  });

  it('keeps every card, old and new, when removing the old ones fails', async () => {
    await saveDeck(deck, { now: 1 });
    const [before] = (await loadLibrary()).decks;
    // The old cards go as tombstones, in the second write.
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set')
      .mockImplementationOnce((items) => set(items))
      .mockRejectedValueOnce(new Error('IO error'));
    await expect(replaceDeck({ ...deck, cards: [phrasing('c')] }, before!)).rejects.toThrow(/2 of its old cards could not be removed/);
    expect((await loadLibrary()).decks[0]!.deck.cards.map((card) => card.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps a rename in one window and a card edit in another', async () => {
    await saveDeck(deck, { now: 1 });
    const [loaded] = (await loadLibrary()).decks;
    await Promise.all([renameDeck(loaded!.meta, 'Acme final'), saveCard('acme', phrasing('b', 'edited'), 2)]);
    const [after] = (await loadLibrary()).decks;
    expect(after!.deck.name).toBe('Acme final');
    expect(after!.deck.cards[1]).toMatchObject({ strong: 'edited' });
  });

  it('refuses a blank deck name and keeps the old one', async () => {
    await saveDeck(deck, { now: 1 });
    const [loaded] = (await loadLibrary()).decks;
    await expect(renameDeck(loaded!.meta, '   ')).rejects.toThrow(/cannot be saved: it is empty/);
    expect((await loadLibrary()).decks[0]!.deck.name).toBe('Acme loop');
  });

  it('keeps a failed delete from removing anything', async () => {
    await saveDeck(deck, { now: 1 });
    // A deletion is one write: the tombstone replaces the record.
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(deleteCard('acme', 'a')).rejects.toThrow(/refused to save the card deletion/);
    expect((await loadLibrary()).decks[0]!.deck.cards).toHaveLength(2);
  });

  it('sets aside a record from a newer release instead of guessing at it', async () => {
    await saveDeck(deck, { now: 1 });
    const future = { v: 2, order: 3, updatedAt: 1, card: { ...phrasing('z'), kind: 'hologram' } };
    await browser.storage.local.set({ [cardKey('acme', 'z')]: future });
    const { decks, quarantined } = await loadLibrary(9);
    expect(decks[0]!.deck.cards.map((card) => card.id)).toEqual(['a', 'b']);
    expect(quarantined[0]).toMatchObject({ key: cardKey('acme', 'z'), value: future });
  });

  it('migrates an old record and an old deck together, keeping their order', async () => {
    await browser.storage.local.set({
      [deckKey('old')]: { id: 'old', name: 'Old', createdAt: 1, updatedAt: 1 },
      [cardKey('old', 'b')]: { order: 1, updatedAt: 1, card: phrasing('b') },
      [cardKey('old', 'a')]: { order: 2, updatedAt: 1, card: phrasing('a') },
    });
    const [loaded] = (await loadLibrary()).decks;
    expect(loaded!.meta.v).toBe(1);
    expect(loaded!.deck.cards.map((card) => card.id)).toEqual(['b', 'a']);
  });

  it('discards a set-aside record only when asked', async () => {
    await browser.storage.local.set({ [cardKey('acme', 'x')]: 'garbage' });
    const { quarantined } = await loadLibrary();
    expect(quarantined).toHaveLength(1);
    await discardQuarantined(quarantined[0]!.storageKey);
    expect((await loadLibrary()).quarantined).toEqual([]);
  });

  it('keeps every copy when the same record is set aside twice', async () => {
    await browser.storage.local.set({ [cardKey('acme', 'x')]: 'first garbage' });
    await loadLibrary(5);
    await browser.storage.local.set({ [cardKey('acme', 'x')]: 'second garbage' });
    const { quarantined } = await loadLibrary(6);
    expect(quarantined.map((entry) => [entry.key, entry.value, entry.at])).toEqual([
      [cardKey('acme', 'x'), 'first garbage', 5],
      [cardKey('acme', 'x'), 'second garbage', 6],
    ]);
    expect(quarantined[1]!.reason).toBe('the saved item should be an object');
    // Discarding one copy leaves the other.
    await discardQuarantined(quarantined[0]!.storageKey);
    expect((await loadLibrary(7)).quarantined.map((entry) => entry.value)).toEqual(['second garbage']);
  });
});
