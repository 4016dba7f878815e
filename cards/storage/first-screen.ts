import { activeDeckId } from './preferences';
import { loadDeckSlice, type Library } from './store';

/**
 * What the panel's first screen reads from the deck store: the active deck
 * alone (see loadDeckSlice). Everything else (the decks list, other decks'
 * cards, set-aside records) is read after the first paint.
 */
export async function loadFirstScreen(): Promise<Library> {
  const id = await activeDeckId.getValue();
  return loadDeckSlice(typeof id === 'string' && id ? id : 'default');
}
