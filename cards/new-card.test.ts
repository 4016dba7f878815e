import { describe, expect, it } from 'vitest';
import { CARD_KINDS, newCard } from './new-card';
import { cardSchema } from './schema';

describe('a new card', () => {
  it.each(CARD_KINDS.map((entry) => entry.kind))('of kind %s is valid as it is', (kind) => {
    const card = newCard(kind, []);
    expect(card.kind).toBe(kind);
    expect(cardSchema.safeParse(card).success).toBe(true);
  });

  it('gets an id no other card in the deck has', () => {
    expect(newCard('note', ['my-note']).id).toBe('my-note-2');
  });
});
