import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportStep } from '../../cards/deck-file/import-plan';
import type { ActiveDeck, DeckStart, Done, Undo } from '../../cards/library-commands';
import type { Card, Deck } from '../../cards/schema';
import { DEFAULT_DECK_ID, loadShippedDeck, resolveActiveDeck, SHIPPED_DECK_NAME, showsShippedDeck } from '../../cards/shipped-deck';
import { activeDeckId } from '../../cards/storage/preferences';
import type { Library, UserDeck } from '../../cards/storage/library-read';
import { useShippedDeck } from '../shared/use-shipped-deck';
import { useStoredItem } from '../shared/use-stored-item';
import { whenIdle } from './idle';
import { commands, loadCommands } from './lazy-commands';
import { EMPTY_LIBRARY, useLibraryReads } from './use-library-reads';

export type { DeckStart, Undo } from '../../cards/library-commands';

/**
 * The panel's view of the user's decks: React state over storage (read in
 * stages by use-library-reads.ts), and the commands of
 * cards/library-commands.ts run one after another in a queue.
 */
export interface LibraryApi {
  /** Undefined until storage has been read once, so the panel never flashes the wrong deck. */
  library: Library | undefined;
  deck: Deck;
  userDeck: UserDeck | undefined;
  activeId: string | undefined;
  setActiveId(id: string): void;
  /**
   * Saves one card into a deck (the active one unless `deckId` is given),
   * copying the shipped deck first if need be. Given `base` (the card as the
   * editor last read it), the edit is merged by field with what another window
   * saved meanwhile; resolves to a sentence when both changed the same field.
   * Throws the worded reason when it could not save.
   */
  /** `at`: when the edit was made, for one kept as a panel closed and saved later (now by default). */
  saveCard(card: Card, order?: number, deckId?: string, base?: Card, at?: number): Promise<string | undefined>;
  /** The last storage problem, worded for the user; cleared by the next success. */
  problem: string | null;
  clearProblem(): void;
  reload(): Promise<void>;

  // Editing the active deck. Each throws (after setting `problem`) when storage refuses.
  /** Adds a card at the end of the active deck. */
  addCard(card: Card): Promise<void>;
  duplicateCard(cardId: string): Promise<Card | undefined>;
  deleteCard(cardId: string): Promise<Undo | undefined>;
  /** Moves a card by `offset` places; false when it is already at that end. */
  moveCard(cardId: string, offset: number): Promise<boolean>;
  resetCard(cardId: string): Promise<Undo | undefined>;
  resetDeck(): Promise<Undo | undefined>;

  // Decks.
  /** Makes a deck (a copy of the shipped deck or of the active one, or empty) and switches to it; returns its id. */
  createDeck(name: string, from: DeckStart): Promise<string>;
  renameDeck(name: string): Promise<void>;
  deleteDeck(): Promise<Undo | undefined>;
  importDecks(steps: readonly ImportStep[]): Promise<Undo>;
  discardQuarantined(key: string): Promise<void>;
}

const readId = (value: unknown) => (typeof value === 'string' && value ? value : DEFAULT_DECK_ID);
/** Stands for the shipped deck in the header while its script loads; no section is shown meanwhile. */
const SHIPPED_PENDING: Deck = { id: DEFAULT_DECK_ID, name: SHIPPED_DECK_NAME, description: '', cards: [] };

export function useLibrary(): LibraryApi {
  const [problem, setProblem] = useState<string | null>(null);
  const [activeId, setActiveId] = useStoredItem(activeDeckId, readId);
  // Commands read the newest state through refs: they are queued, and a
  // queued one must see what the one before it wrote, not a stale render.
  const activeRef = useRef<string | undefined>(undefined);
  activeRef.current = activeId;
  const { library, current, readWhole, reload } = useLibraryReads(activeRef, activeId, setProblem);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // The commands' code in idle time, so the first edit does not wait for it.
  const shown = library !== undefined;
  useEffect(() => {
    if (!shown) return;
    return whenIdle(() => {
      loadCommands().catch(() => {});
      loadShippedDeck().catch(() => {});
    });
  }, [shown]);

  const switchTo = useCallback(
    (id: string) => {
      activeRef.current = id;
      setActiveId(id);
    },
    [setActiveId],
  );

  /**
   * Runs one change after the ones before it, then re-reads storage so the
   * next sees its result. A failure becomes `problem` and is thrown on.
   */
  const run = useCallback(
    <T,>(task: (current: Library) => Promise<T>): Promise<T> => {
      const next = queue.current.then(async () => {
        try {
          // A command never decides on the shown deck alone (a new deck's id, an import's plan).
          await readWhole();
          const result = await task(current() ?? EMPTY_LIBRARY);
          setProblem(null);
          return result;
        } catch (error) {
          setProblem(error instanceof Error ? error.message : String(error));
          throw error;
        } finally {
          await reload();
        }
      });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [reload, readWhole, current],
  );

  // Commands see the active deck through the ref: a queued one must see the
  // switch the one before it made, and the user's own switch mid-command.
  const active = useMemo<ActiveDeck>(
    () => ({
      get id() {
        return activeRef.current;
      },
      switchTo,
    }),
    [switchTo],
  );
  const actions = useMemo(() => {
    /** Runs a command in the queue; its undo, when it has one, goes through the queue too. */
    const exec = async <T,>(command: (current: Library, deck: ActiveDeck) => Promise<Done<T>>) => {
      const { value, undo } = await run((current) => command(current, active));
      const queued: Undo | undefined = undo && (() => run(undo));
      return { value, undo: queued };
    };
    const undoOf = async (pending: Promise<{ undo?: Undo }>) => (await pending).undo;
    return {
      saveCard: async (card: Card, order?: number, deckId?: string, base?: Card, at?: number) =>
        (await exec((l, a) => commands.saveCard(l, a, card, order, deckId, base, at))).value,
      addCard: async (card: Card) => void (await exec((l, a) => commands.addCard(l, a, card))),
      duplicateCard: async (cardId: string) => (await exec((l, a) => commands.duplicateCard(l, a, cardId))).value,
      deleteCard: (cardId: string) => undoOf(exec((l, a) => commands.deleteCard(l, a, cardId))),
      moveCard: async (cardId: string, offset: number) => (await exec((l, a) => commands.moveCard(l, a, cardId, offset))).value,
      resetCard: (cardId: string) => undoOf(exec((l, a) => commands.resetCard(l, a, cardId))),
      resetDeck: () => undoOf(exec(commands.resetDeck)),
      createDeck: async (name: string, from: DeckStart) => (await exec((l, a) => commands.createDeck(l, a, name, from))).value,
      renameDeck: async (name: string) => void (await exec((l, a) => commands.renameDeck(l, a, name))),
      deleteDeck: () => undoOf(exec(commands.deleteDeck)),
      // An import always has its undo (it takes back every deck it wrote).
      importDecks: async (steps: readonly ImportStep[]) => (await exec((l, a) => commands.importDecks(l, a, steps))).undo!,
      discardQuarantined: async (key: string) => void (await exec((l, a) => commands.discardQuarantined(l, a, key))),
    };
  }, [run, active]);

  const clearProblem = useCallback(() => setProblem(null), []);
  const unloadable = useCallback((error: unknown) => setProblem(`The shipped deck could not be loaded (${String(error)}). Reload the panel to try again.`), []);
  // While one deck alone is read, a switch keeps showing it until the new
  // one is in: never the shipped deck for a moment in between.
  const shownId = library?.partial !== undefined && activeId !== undefined && library.partial !== activeId ? library.partial : activeId;
  // The shipped deck's script loads only when it is the deck shown (the first
  // screen's read brings it along then: first-screen.ts). A switch to it
  // before it is in keeps the deck shown before, as a partial read does.
  const needsShipped = library !== undefined && showsShippedDeck(library, shownId);
  const shipped = useShippedDeck(needsShipped, unloadable);
  const resolved = useMemo(
    () => (library === undefined || (needsShipped && !shipped) ? undefined : resolveActiveDeck(library, shownId, shipped ?? SHIPPED_PENDING)),
    [library, needsShipped, shownId, shipped],
  );
  const shownBefore = useRef(resolved);
  if (resolved) shownBefore.current = resolved;
  const shownDeck = resolved ?? shownBefore.current;
  // Loaded only once the active deck's id is known as well: decks without it
  // would show the shipped deck, for a moment, to a user who chose their own.
  const loaded = activeId === undefined || !shownDeck ? undefined : library;

  const deck = shownDeck?.deck ?? SHIPPED_PENDING;
  const userDeck = shownDeck?.user;
  return useMemo(
    () => ({ library: loaded, deck, userDeck, activeId, setActiveId: switchTo, problem, clearProblem, reload, ...actions }),
    [loaded, deck, userDeck, activeId, switchTo, problem, clearProblem, reload, actions],
  );
}
