import type { Deck } from './schema';
import type { Library, UserDeck } from './storage/library-read';
import { loadOnce } from './load-once';

/*
 * What the panel knows of the shipped deck without loading it. The deck
 * itself (cards/default-deck.ts) is 40 KB of script that a user with decks of
 * their own never needs before the first paint, so it is loaded on first need
 * (loadShippedDeck) and kept; this module holds its id, name and the choice of
 * which deck to show, and stays small enough for the panel's first load.
 */

export const DEFAULT_DECK_ID = 'default';
export const SHIPPED_DECK_NAME = 'PM system design (default)';
/** The id of the user's own copy of the shipped deck. Fixed, so two windows that fork at once make one copy. */
export const DEFAULT_COPY_ID = 'default-mine';
/** The user's own copy of the shipped deck is named this (a second copy gets "(2)"). */
export const SHIPPED_COPY_NAME = 'PM system design (mine)';

const shipped = loadOnce(() => import('./default-deck').then((module) => module.defaultDeck));

/** The shipped deck, its script loaded once and kept. */
export const loadShippedDeck: () => Promise<Deck> = shipped.load;

/** The shipped deck if its script is in already, for a render that cannot wait. */
export const shippedDeckIfLoaded: () => Deck | undefined = shipped.ifLoaded;

/** Whether the deck shown for `activeId` is the shipped one (no deck of the user's has that id). */
export function showsShippedDeck(library: Library, activeId: string | undefined): boolean {
  return !library.decks.some((entry) => entry.meta.id === activeId);
}

/** The deck the panel shows: the user's deck with that id, else the shipped one. */
export function resolveActiveDeck(library: Library, activeId: string | undefined, shipped: Deck): { deck: Deck; user?: UserDeck } {
  const user = library.decks.find((entry) => entry.meta.id === activeId);
  return user ? { deck: user.deck, user } : { deck: shipped };
}

/** Whether a deck can be reset as a whole: it began as a copy of the shipped deck. */
export function isShippedCopy(user: UserDeck | undefined): user is UserDeck {
  return user?.meta.basedOn === DEFAULT_DECK_ID;
}
