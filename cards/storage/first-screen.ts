import { DEFAULT_DECK_ID, loadShippedDeck, showsShippedDeck } from '../shipped-deck';
import { showsOnStepsScreen } from '../steps-screen';
import { PANEL_VIEW_STORAGE_NAME } from './storage-keys';
import { activeDeckId } from './preferences';
import { RAW_SETTINGS, takeRawFirstScreen, takeRawSetting } from './raw-first-screen';
import { loadDeckSlice, type Library } from './library-read';

/**
 * What the panel's first screen reads from the deck store: the active deck
 * alone (see loadDeckSlice), from the reads the page's <head> started when
 * they are still current (raw-first-screen.ts), else from storage now. When
 * the panel opens on the Steps screen, as it mostly does, only the cards that
 * screen shows are checked before it (the deck's records are all read, but a
 * 2,000-card deck's check then costs what a 5-card one's does); the library
 * then says `cardsPending`, and the panel reads the deck whole just after the
 * first paint (use-library-reads.ts).
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
  // On the Steps screen, the deck's other cards are checked a moment after the first paint.
  const only = early && (await opensOnStepsScreen()) ? showsOnStepsScreen : undefined;
  const library = await loadDeckSlice(id, Date.now(), early?.records, only);
  if (showsShippedDeck(library, id)) await (shipped ?? loadShippedDeck());
  return library;
}

interface SettingItem<T> {
  key: string;
  fallback: T;
  getValue(): Promise<T>;
}

/**
 * A setting the first screen is shown by (a @wxt-dev/storage item named in
 * RAW_SETTINGS), from the head's early read when it is still current, else
 * from the item itself. As the item reads it: what is stored, or its fallback.
 * The hook that shows it checks it either way.
 */
export async function readSettingEarly<T>(item: SettingItem<T>): Promise<T> {
  const name = RAW_SETTINGS.find((candidate) => `local:${candidate}` === item.key);
  const raw = name === undefined ? undefined : await takeRawSetting(name);
  return raw ? ((raw.value ?? item.fallback) as T) : item.getValue();
}

/** Whether the panel was left on the Steps screen (no drill over it), by the head's early read; false when unsure. */
async function opensOnStepsScreen(): Promise<boolean> {
  const raw = await takeRawSetting(PANEL_VIEW_STORAGE_NAME);
  if (!raw) return false;
  const view = raw.value as { section?: unknown; drill?: unknown } | null | undefined;
  return (view?.section ?? 'steps') === 'steps' && view?.drill !== true;
}
