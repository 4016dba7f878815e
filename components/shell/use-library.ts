import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportStep } from '../../cards/deck-file/import-plan';
import { resolveActiveDeck } from '../../cards/editable-deck';
import type { ActiveDeck, DeckStart, Done, Undo } from '../../cards/library-commands';
import type { Card, Deck } from '../../cards/schema';
import { loadFirstScreen } from '../../cards/storage/first-screen';
import { activeDeckId } from '../../cards/storage/preferences';
import * as store from '../../cards/storage/store';
import type { Library, UserDeck } from '../../cards/storage/store';
import { useStoredItem } from '../shared/use-stored-item';
import { settledEarly, takeEarly } from './early-reads';
import { whenIdle, yieldToPage } from './idle';
import { commands, loadCommands } from './lazy-commands';

export type { DeckStart, Undo } from '../../cards/library-commands';

/**
 * The panel's view of the user's decks: React state over storage, and the
 * commands of cards/library-commands.ts run one after another in a queue.
 *
 * It starts with the active deck alone (store.loadDeckSlice: what the first
 * screen shows), then reads the whole library in idle time after the first
 * paint, a few milliseconds at a time. Until then `library.partial` names
 * the one deck it holds; a command first waits for the whole library, so it
 * never decides on a partial view (a new deck's id, an import's plan).
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
   * copying the shipped deck first if need be. Throws the worded reason when it could not.
   */
  /**
   * Saves a card. Given `base` (the card as the editor last read it), the edit
   * is merged by field with what another window saved meanwhile; resolves to a
   * sentence when both changed the same field (undefined otherwise).
   */
  saveCard(card: Card, order?: number, deckId?: string, base?: Card): Promise<string | undefined>;
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

const readId = (value: unknown) => (typeof value === 'string' && value ? value : 'default');
const EMPTY: Library = { decks: [], quarantined: [] };
/**
 * Whole-library reads give the page a turn every few milliseconds: with fifty
 * decks stored, one read in a single task would hold up typing and clicks.
 */
const PACED = { yieldToPage };

export function useLibrary(): LibraryApi {
  // The panel may have started the first read before React ran (early-reads.ts).
  const [early] = useState(() => settledEarly<Library>(loadFirstScreen)?.value);
  const [library, setLibrary] = useState<Library | undefined>(early);
  const [problem, setProblem] = useState<string | null>(null);
  const [activeId, setActiveId] = useStoredItem(activeDeckId, readId);
  // Operations read the newest state through refs: they are queued, and a
  // queued one must see what the one before it wrote, not a stale render.
  const libraryRef = useRef<Library | undefined>(early);
  const activeRef = useRef<string | undefined>(undefined);
  activeRef.current = activeId;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The whole library's read, shared by whoever asks first (idle time or a
  // command); `whole` once one has landed; `changedMeanwhile` when storage
  // changed while it was under way (it may have read some records before).
  const wholeRead = useRef<Promise<Library>>(undefined);
  const whole = useRef(early !== undefined && early.partial === undefined);
  const changedMeanwhile = useRef(false);

  const accept = useCallback((next: Library) => {
    const current = libraryRef.current;
    // A deck read alone after the whole library (a read started before it
    // landed) updates that deck in place rather than hiding the others.
    const value = next.partial !== undefined && current && current.partial === undefined ? withDeckOf(current, next) : next;
    if (value.partial === undefined) whole.current = true;
    libraryRef.current = value;
    setLibrary(value);
  }, []);
  const unreadable = useCallback((error: unknown) => {
    setProblem(`Your decks could not be read (${String(error)}). Nothing was changed.`);
    setLibrary((current) => current ?? EMPTY);
  }, []);
  const show = useCallback(
    async (read: Promise<Library>) => {
      try {
        accept(await read);
      } catch (error) {
        unreadable(error);
      }
    },
    [accept, unreadable],
  );
  const readWhole = useCallback((): Promise<Library> => {
    if (wholeRead.current) return wholeRead.current;
    changedMeanwhile.current = false;
    const reading = (async () => {
      let read = await store.loadLibrary(Date.now(), PACED);
      if (changedMeanwhile.current) read = await store.loadLibrary(Date.now(), PACED);
      accept(read);
      return read;
    })();
    wholeRead.current = reading;
    // A failed read is tried again by the next that needs it.
    reading.catch(() => (wholeRead.current = undefined));
    return reading;
  }, [accept]);
  // A read of the whole library covers every change notified before it starts:
  // a reload drops the watcher's pending one, so our own write (which `run`
  // re-reads) is not read a second time 30 ms later. Until the whole library
  // is in, only the shown deck is read again (the idle read brings the rest).
  const watchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const reload = useCallback(() => {
    clearTimeout(watchTimer.current);
    if (whole.current) return show(store.loadLibrary(Date.now(), PACED));
    if (wholeRead.current) changedMeanwhile.current = true;
    const id = activeRef.current;
    return show(id === undefined ? loadFirstScreen() : store.loadDeckSlice(id));
  }, [show]);

  useEffect(() => {
    // Other windows' edits (and our own writes) arrive here; coalesce bursts.
    const stop = store.watchLibrary(() => {
      if (wholeRead.current && !whole.current) changedMeanwhile.current = true;
      clearTimeout(watchTimer.current);
      watchTimer.current = setTimeout(() => void reload(), 30);
    });
    // After the watcher, so no change falls between the first read and it.
    const first = takeEarly<Library>(loadFirstScreen);
    if (!first) void reload();
    else if (libraryRef.current === undefined) void show(first);
    return () => {
      clearTimeout(watchTimer.current);
      stop();
    };
  }, [reload, show]);

  // Once the first screen is up, the rest of the library in idle time.
  const shown = library !== undefined;
  useEffect(() => {
    if (!shown || whole.current || wholeRead.current) return;
    return whenIdle(() => {
      void readWhole().catch(unreadable);
      // The commands' code, so the first edit does not wait for it.
      loadCommands().catch(() => {});
    });
  }, [shown, readWhole, unreadable]);

  // A switch before the whole library is in: read the new deck alone.
  useEffect(() => {
    const current = libraryRef.current;
    if (activeId === undefined || current?.partial === undefined || current.partial === activeId) return;
    void show(store.loadDeckSlice(activeId));
  }, [activeId, show]);

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
          if (!whole.current) await readWhole();
          const result = await task(libraryRef.current ?? EMPTY);
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
    [reload, readWhole],
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
      saveCard: async (card: Card, order?: number, deckId?: string, base?: Card) =>
        (await exec((l, a) => commands.saveCard(l, a, card, order, deckId, base))).value,
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
  // While one deck alone is read, a switch keeps showing it until the new
  // one is in: never the shipped deck for a moment in between.
  const shownId = library?.partial !== undefined && activeId !== undefined && library.partial !== activeId ? library.partial : activeId;
  const resolved = useMemo(() => resolveActiveDeck(library ?? EMPTY, shownId), [library, shownId]);
  // Loaded only once the active deck's id is known as well: decks without it
  // would show the shipped deck, for a moment, to a user who chose their own.
  const loaded = activeId === undefined ? undefined : library;

  return useMemo(
    () => ({ library: loaded, deck: resolved.deck, userDeck: resolved.user, activeId, setActiveId: switchTo, problem, clearProblem, reload, ...actions }),
    [loaded, resolved, activeId, switchTo, problem, clearProblem, reload, actions],
  );
}

/** `library` with the deck that `slice` (one deck read alone) holds put in its place. */
function withDeckOf(library: Library, slice: Library): Library {
  const id = slice.partial;
  const decks = library.decks.filter((entry) => entry.meta.id !== id);
  const fresh = slice.decks.find((entry) => entry.meta.id === id);
  if (fresh) decks.push(fresh);
  decks.sort((a, b) => a.meta.createdAt - b.meta.createdAt || a.meta.id.localeCompare(b.meta.id));
  return { ...library, decks, quarantined: [...library.quarantined, ...slice.quarantined] };
}
