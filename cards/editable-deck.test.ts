import { describe, expect, it } from 'vitest';
import { defaultDeck } from './default-deck';
import { DEFAULT_COPY_ID, ensureEditable, isShippedCopy, shippedCard, shippedContentsFor } from './editable-deck';
import { loadLibrary, saveCard } from './store';

describe('the editable copy of the shipped deck', () => {
  it('is made on the first edit, with every card id kept', async () => {
    const copy = await ensureEditable({ decks: [], quarantined: [] }, 'default');
    expect(copy.meta).toMatchObject({ id: DEFAULT_COPY_ID, basedOn: 'default' });
    const [stored] = (await loadLibrary()).decks;
    expect(stored!.deck.cards.map((card) => card.id)).toEqual(defaultDeck.cards.map((card) => card.id));
    expect(isShippedCopy(stored)).toBe(true);
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
});
