/**
 * Where things live in extension storage. Each card is its own key, so two
 * windows editing different cards never overwrite each other, and a broken
 * card can be set aside without touching its neighbours.
 */
export const deckKey = (deckId: string) => `deck:${deckId}`;
export const cardKey = (deckId: string, cardId: string) => `card:${deckId}:${cardId}`;
/**
 * Where a record set aside is kept: one key per distinct value (`stamp` is
 * its fingerprint; older releases used the time), so a key set aside twice
 * with different values keeps both copies, and the same value once.
 */
export const quarantineKey = (key: string, stamp: string | number) => `quarantine:${key}@${stamp}`;

export type ParsedKey =
  | { type: 'deck'; deckId: string }
  | { type: 'card'; deckId: string; cardId: string }
  | { type: 'quarantine'; key: string }
  | { type: 'other' };

// Ids never contain ':' (see idSchema), so splitting on it is safe.
export function parseKey(key: string): ParsedKey {
  const [type, ...rest] = key.split(':');
  if (type === 'deck' && rest.length === 1) return { type, deckId: rest[0]! };
  if (type === 'card' && rest.length === 2) return { type, deckId: rest[0]!, cardId: rest[1]! };
  if (type === 'quarantine' && rest.length > 0) return { type, key: rest.join(':') };
  return { type: 'other' };
}
