import { DEFAULT_DECK_ID, loadShippedDeck, showsShippedDeck } from '../shipped-deck';
import { activeDeckId } from './preferences';
import { takeRawFirstScreen } from './raw-first-screen';
import { loadDeckSlice, type Library } from './library-read';

/**
 * What the panel's first screen reads from the deck store: the active deck
 * alone (see loadDeckSlice), from the reads the page's <head> started when
 * they are still current (raw-first-screen.ts), else from storage now.
 * Everything else (the decks list, other decks' cards, set-aside records) is
 * read after the first paint. When the deck to show is the shipped one, its
 * script is loaded alongside, so the first render has it; a user with a deck
 * of their own never loads it for the first screen.
 */
export async function loadFirstScreen(): Promise<Library> {
  const early = await takeRawFirstScreen();
  const stored = early ? early.deckId : await activeDeckId.getValue();
  const id = typeof stored === 'string' && stored ? stored : DEFAULT_DECK_ID;
  // The shipped deck's own id: its script loads while storage is read. (Any
  // other id may still name a deck that is gone, so that is checked after.)
  const shipped = id === DEFAULT_DECK_ID ? loadShippedDeck() : undefined;
  const library = await loadDeckSlice(id, Date.now(), early?.records);
  if (showsShippedDeck(library, id)) await (shipped ?? loadShippedDeck());
  return library;
}
