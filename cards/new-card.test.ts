import { describe, expect, it } from 'vitest';
import { cardText } from './card-text';
import { CARD_KINDS, newCard } from './new-card';
import { cardSchema } from './schema';

describe('a new card', () => {
  it.each(CARD_KINDS.map((entry) => entry.kind))('of kind %s holds no words of its own, and is not saved until titled', (kind) => {
    const card = newCard(kind, []);
    expect(card.kind).toBe(kind);
    expect(cardText(card).trim()).toBe('');
    const result = cardSchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((issue) => issue.path.join('.') === 'title')).toBe(true);
  });

  it('is valid once its required fields are filled', () => {
    expect(cardSchema.safeParse({ ...newCard('note', []), title: 'Pacing' }).success).toBe(true);
    expect(cardSchema.safeParse({ ...newCard('phrasing', []), title: 'Latency', strong: 'Latency is conversion.' }).success).toBe(true);
  });

  it('gets an id no other card in the deck has', () => {
    expect(newCard('note', ['my-note']).id).toBe('my-note-2');
  });
});
