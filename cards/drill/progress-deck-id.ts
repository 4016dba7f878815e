
/**
 * The user's copy of the shipped deck (made on its first edit, with every
 * card id kept) shares the shipped deck's progress, as the decision matrix
 * shares its draft: drilling the shipped deck and then fixing a typo must
 * not start every item over.
 */
export function progressDeckId(deckId: string): string {
  return deckId === DEFAULT_COPY_ID ? DEFAULT_DECK_ID : deckId;
}import { DEFAULT_COPY_ID, DEFAULT_DECK_ID } from '../shipped-deck';

