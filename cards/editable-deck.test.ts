import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { defaultDeck } from './default-deck';
import { ensureEditable, shippedCard, shippedContentsFor } from './editable-deck';
import { DEFAULT_COPY_ID, isShippedCopy } from './shipped-deck';
import { loadLibrary, saveCard } from './storage/store';

describe('the editable copy of the shipped deck', () => {
  it('is made on the first edit, with every card id kept', async () => {
    const copy = await ensureEditable({ decks: [], quarantined: [] }, 'default');
    expect(copy.meta).toMatchObject({ id: DEFAULT_COPY_ID, basedOn: 'default' });
    const [stored] = (await loadLibrary()).decks;
    expect(stored!.deck.cards.map((card) => card.id)).toEqual(defaultDeck.cards.map((card) => card.id));
    expect(isShippedCopy(stored)).toBe(true);
  });

  it('stamps its untouched cards 0 (any edit wins) but created now (an earlier deletion does not)', async () => {
    const before = Date.now();
    await ensureEditable({ decks: [], quarantined: [] }, 'default');
    const first = defaultDeck.cards[0]!;
    const stored = await browser.storage.local.get([`deck:${DEFAULT_COPY_ID}`, `card:${DEFAULT_COPY_ID}:${first.id}`]);
    expect(stored[`deck:${DEFAULT_COPY_ID}`]).toMatchObject({ updatedAt: 0, createdAt: expect.any(Number) });
    const card = stored[`card:${DEFAULT_COPY_ID}:${first.id}`] as { updatedAt: number; createdAt: number };
    expect(card.updatedAt).toBe(0);
    expect(card.createdAt).toBeGreaterThanOrEqual(before);
    // An edit is an ordinary record again: no creation time to carry.
    await saveCard(DEFAULT_COPY_ID, { ...first, title: 'Edited' }, 1);
    expect((await browser.storage.local.get(`card:${DEFAULT_COPY_ID}:${first.id}`))[`card:${DEFAULT_COPY_ID}:${first.id}`]).not.toHaveProperty('createdAt');
  });

  it('is not made twice from a snapshot taken before the first copy', async () => {
    const stale = { decks: [], quarantined: [] };
    const copy = await ensureEditable(stale, 'default');
    const first = defaultDeck.cards[1]!;
    await saveCard(copy.meta.id, { ...first, title: 'My own title' }, copy.order[first.id]!);
    // A second edit arrives before the panel has re-read storage.
    await ensureEditable(stale, 'default');
    const [stored] = (await loadLibrary()).decks;
    expect(stored!.deck.cards[1]!.title).toBe('My own title');
  });

  it('knows the shipped version of a card, and the shipped contents of a deck', async () => {
    expect(shippedCard('three-lens')?.kind).toBe('steps');
    expect(shippedCard('my-note')).toBeUndefined();
    const copy = await ensureEditable({ decks: [], quarantined: [] }, 'default');
    const reset = shippedContentsFor({ ...copy, meta: { ...copy.meta, name: 'Renamed' } });
    expect(reset).toMatchObject({ id: DEFAULT_COPY_ID, name: 'Renamed' });
    expect(reset.cards).toEqual(defaultDeck.cards);
  });

  it('never lets an editor opened on the shipped text overwrite the user’s own version', async () => {
    const copy = await ensureEditable({ decks: [], quarantined: [] }, 'default');
    const card = defaultDeck.cards[2]!;
    await saveCard(copy.meta.id, { ...card, title: 'MY OWN NUMBERS' }, copy.order[card.id]!, 10);
    const library = await loadLibrary();
    // Still looking at the shipped deck, the user edits that same card.
    await expect(ensureEditable(library, 'default', [card.id])).rejects.toThrow(/has its own version of “MY OWN NUMBERS”/);
    // A card the copy still holds as shipped may be edited through it.
    await expect(ensureEditable(library, 'default', [defaultDeck.cards[3]!.id])).resolves.toMatchObject({
      meta: { id: DEFAULT_COPY_ID },
    });
    expect((await loadLibrary()).decks[0]!.deck.cards[2]!.title).toBe('MY OWN NUMBERS');
  });

  it('stamps copied cards as older than any edit, and keeps an edit another window made meanwhile', async () => {
    const card = defaultDeck.cards[1]!;
    // Window one made the copy and edited a card; window two, with a stale snapshot, copies again.
    const copy = await ensureEditable({ decks: [], quarantined: [] }, 'default');
    await saveCard(copy.meta.id, { ...card, title: 'Edited in window one' }, copy.order[card.id]!, 5);
    await browser.storage.local.remove('deck:default-mine');
    await ensureEditable({ decks: [], quarantined: [] }, 'default');
    const records = await browser.storage.local.get(null);
    expect(records[`card:${DEFAULT_COPY_ID}:${card.id}`]).toMatchObject({ updatedAt: 5, card: { title: 'Edited in window one' } });
    expect(records[`card:${DEFAULT_COPY_ID}:${defaultDeck.cards[0]!.id}`]).toMatchObject({ updatedAt: 0 });
  });
});
