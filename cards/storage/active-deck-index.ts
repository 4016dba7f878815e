import { browser } from 'wxt/browser';
import type { Library } from './library-read';
import { ACTIVE_DECK_INDEX_STORAGE_NAME, cardKey, deckKey } from './storage-keys';

/**
 * The active deck's index: the keys of its records, kept beside them so the
 * panel's first read (raw-first-screen.ts) asks storage for that deck's keys
 * by name instead of listing every key stored. With fifty decks and a year of
 * rehearsals that list is thousands of keys, and the one call that grew with
 * what the user keeps.
 *
 * It is a hint, rewritten from the whole library whenever that shows the
 * deck's keys changed (a card added or deleted here, in another window, by
 * sync): a stale one makes the first screen miss a card for the moment until
 * the whole library is read, and a missing one (an install from before it, a
 * crash before it was written) means the keys are listed as they used to be.
 * Nothing is migrated, and nothing can be lost through it.
 */
export interface ActiveDeckIndex {
  deckId: string;
  keys: string[];
}

/** The index `library` implies for `deckId`; undefined when it holds no such deck (the shipped one, which has no records). */
export function activeDeckIndexOf(library: Library, deckId: string | undefined): ActiveDeckIndex | undefined {
  const entry = deckId === undefined ? undefined : library.decks.find((candidate) => candidate.meta.id === deckId);
  if (!entry || deckId === undefined) return undefined;
  return { deckId, keys: [deckKey(deckId), ...entry.deck.cards.map((card) => cardKey(deckId, card.id))] };
}

/**
 * Brings the stored index up to date with `library` (a whole read: a deck
 * read alone may be missing what the index should list). It reads the stored
 * one first (another window may have written it) and writes only when they
 * differ; a failed write is only a slower next start.
 */
export async function keepActiveDeckIndex(library: Library, deckId: string | undefined): Promise<void> {
  if (library.partial !== undefined) return;
  const index = activeDeckIndexOf(library, deckId);
  if (!index) return;
  try {
    const stored = (await browser.storage.local.get(ACTIVE_DECK_INDEX_STORAGE_NAME))[ACTIVE_DECK_INDEX_STORAGE_NAME];
    if (JSON.stringify(stored) === JSON.stringify(index)) return;
    await browser.storage.local.set({ [ACTIVE_DECK_INDEX_STORAGE_NAME]: index });
  } catch (error) {
    console.warn('Sidecue: could not keep the active deck index', error);
  }
}
