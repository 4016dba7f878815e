import { idRecord } from './id-record';
import { defaultDeck } from './default-deck';
import type { Card, Deck } from './schema';
import { DEFAULT_COPY_ID, DEFAULT_DECK_ID, SHIPPED_COPY_NAME } from './shipped-deck';
import { sameValue } from './storage/same-value';
import { loadLibrary, saveDeck, type Library, type UserDeck } from './storage/store';
import { StoreError } from './storage/store-error';

/**
 * The shipped deck is read-only: the first edit to it copies it, with every
 * card id kept, so favorites and history still point at the same cards.
 * Returns the id of the deck that may now be written to.
 */
export async function ensureEditable(
  library: Library,
  activeId: string | undefined,
  touches: readonly string[] = [],
): Promise<UserDeck> {
  const user = findEditable(library, activeId, touches);
  if (user) return user;
  // The snapshot may predate a copy made a moment ago (by this window's
  // previous edit, or another window): look at storage itself before copying,
  // or a second copy would overwrite the first one's edits.
  const fresh = findEditable(await loadLibrary(), activeId, touches);
  if (fresh) return fresh;
  const now = Date.now();
  const copy: Deck = { ...defaultDeck, id: DEFAULT_COPY_ID, name: SHIPPED_COPY_NAME };
  // Copied cards carry time 0: they are not edits, so any real edit to the
  // same card, from another window or another device's sync, is newer and wins.
  // They also carry `createdAt` (now): a copy deleted earlier left deletions
  // under these same keys, and those must not take the new copy (see aliveSince).
  await saveDeck(copy, { basedOn: DEFAULT_DECK_ID, createdAt: now, now: 0, keepExisting: true });
  return {
    meta: {
      v: 1,
      id: copy.id,
      name: copy.name,
      description: copy.description,
      basedOn: DEFAULT_DECK_ID,
      createdAt: now,
      updatedAt: 0,
    },
    deck: copy,
    order: idRecord(copy.cards.map((card, index) => [card.id, index + 1] as const)),
  };
}

/**
 * The deck to write to. Editing the shipped deck's view once the user has a
 * copy writes into that copy, but only to cards the copy still holds as
 * shipped: an editor opened on the shipped text must never overwrite the
 * user's own version of the card.
 */
function findEditable(library: Library, activeId: string | undefined, touches: readonly string[]) {
  const own = library.decks.find((entry) => entry.meta.id === activeId);
  if (own) return own;
  const copy = library.decks.find((entry) => entry.meta.id === DEFAULT_COPY_ID);
  if (!copy) return undefined;
  const changed = touches
    .map((cardId) => copy.deck.cards.find((card) => card.id === cardId))
    .find((card) => card && !sameValue(card, shippedCard(card.id)));
  if (changed) {
    throw new StoreError(
      `Not saved: your deck “${copy.meta.name}” has its own version of “${changed.title}”. ` +
        'Switch to that deck in the header to edit it; nothing was changed.',
    );
  }
  return copy;
}

/** The shipped version of a card, for "Reset to default"; only cards whose id the shipped deck has. */
export function shippedCard(cardId: string): Card | undefined {
  return defaultDeck.cards.find((card) => card.id === cardId);
}

/** The shipped deck's contents under the user's deck id and name. */
export function shippedContentsFor(user: UserDeck): Deck {
  return { ...defaultDeck, id: user.meta.id, name: user.meta.name, description: user.meta.description || defaultDeck.description };
}
