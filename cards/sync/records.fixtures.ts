import type { Card } from '../schema';
import { cardKey, deckKey } from '../storage/storage-keys';
import { RECORD_VERSION, type CardRecord, type DeckMeta } from '../storage/stored-records';

/** Builders for sync tests: local records as the store writes them. */
export const note = (id: string, body = `About ${id}`, title = id): Card => ({
  kind: 'note',
  id,
  title,
  tags: [],
  body,
  points: [],
});

export const meta = (id: string, updatedAt = 1, name = `Deck ${id}`): DeckMeta => ({
  v: RECORD_VERSION,
  id,
  name,
  description: '',
  createdAt: 1,
  updatedAt,
});

export const cardRecord = (card: Card, updatedAt = 1, order = 1): CardRecord => ({
  v: RECORD_VERSION,
  order,
  updatedAt,
  card,
});

/** A local snapshot holding one deck and its cards. */
export function deckRecords(deckId: string, cards: CardRecord[], updatedAt = 1): Record<string, unknown> {
  return {
    [deckKey(deckId)]: meta(deckId, updatedAt),
    ...Object.fromEntries(cards.map((record) => [cardKey(deckId, record.card.id), record])),
  };
}
