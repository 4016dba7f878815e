import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { planMove } from '../../cards/card-order';
import { defaultDeck, DEFAULT_DECK_ID } from '../../cards/default-deck';
import {
  ensureEditable,
  isShippedCopy,
  resolveActiveDeck,
  shippedCard,
  shippedContentsFor,
} from '../../cards/editable-deck';
import type { ImportStep } from '../../cards/deck-file/import-plan';
import { activeDeckId } from '../../cards/storage/preferences';
import type { Card, Deck } from '../../cards/schema';
import { StoreError } from '../../cards/storage/store-error';
import * as store from '../../cards/storage/store';
import type { Library, UserDeck } from '../../cards/storage/store';
import { uniqueId } from '../../cards/unique-id';
import { settledEarly, takeEarly } from './early-reads';
import { useStoredItem } from '../shared/use-stored-item';
import { conflictNotice } from '../../cards/storage/conflict-notice';

/** Where a new deck's cards come from. */
export type DeckStart = 'shipped' | 'current' | 'empty';

/** Puts back what a delete, reset or import replaced. */
export type Undo = () => Promise<void>;

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

export function useLibrary(): LibraryApi {
  // The panel may have started the first read before React ran (early-reads.ts).
  const [early] = useState(() => settledEarly<Library>(store.loadLibrary)?.value);
  const [library, setLibrary] = useState<Library | undefined>(early);
  const [problem, setProblem] = useState<string | null>(null);
  const [activeId, setActiveId] = useStoredItem(activeDeckId, readId);
  // Operations read the newest state through refs: they are queued, and a
  // queued one must see what the one before it wrote, not a stale render.
  const libraryRef = useRef<Library | undefined>(early);
  const activeRef = useRef<string | undefined>(undefined);
  activeRef.current = activeId;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const show = useCallback(async (read: Promise<Library>) => {
    try {
      const next = await read;
      libraryRef.current = next;
      setLibrary(next);
    } catch (error) {
      setProblem(`Your decks could not be read (${String(error)}). Nothing was changed.`);
      setLibrary((current) => current ?? EMPTY);
    }
  }, []);
  // A read of the whole library covers every change notified before it starts:
  // a reload drops the watcher's pending one, so our own write (which `run`
  // re-reads) is not read a second time 30 ms later.
  const watchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const reload = useCallback(() => {
    clearTimeout(watchTimer.current);
    return show(store.loadLibrary());
  }, [show]);

  useEffect(() => {
    // Other windows' edits (and our own writes) arrive here; coalesce bursts.
    const stop = store.watchLibrary(() => {
      clearTimeout(watchTimer.current);
      watchTimer.current = setTimeout(() => void reload(), 30);
    });
    // After the watcher, so no change falls between the first read and it.
    const first = takeEarly<Library>(store.loadLibrary);
    if (!first) void reload();
    else if (libraryRef.current === undefined) void show(first);
    return () => {
      clearTimeout(watchTimer.current);
      stop();
    };
  }, [reload, show]);

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
    [reload],
  );

  /**
   * The deck to write to for `deckId`; the shipped deck becomes the user's copy,
   * shown from then on. `touches` names the cards the write replaces, so a write
   * made from the shipped view never lands on the user's own version of one.
   */
  const editable = useCallback(
    async (current: Library, deckId: string | undefined = activeRef.current, touches: string[] = []): Promise<UserDeck> => {
      const own = current.decks.find((entry) => entry.meta.id === deckId);
      if (own) return own;
      const target = await ensureEditable(current, deckId, touches);
      if (activeRef.current === deckId || activeRef.current === DEFAULT_DECK_ID) switchTo(target.meta.id);
      return target;
    },
    [switchTo],
  );

  const saveCard = useCallback(
    (card: Card, order?: number, deckId?: string, base?: Card) =>
      run(async (current) => {
        // A deck deleted (in another window) while its card was open: saving
        // into some other deck instead would put the card where it never was.
        if (deckId && deckId !== DEFAULT_DECK_ID && !current.decks.some((entry) => entry.meta.id === deckId)) {
          throw new StoreError(`“${card.title}” was not saved: its deck was deleted, perhaps in another window.`);
        }
        const target = await editable(current, deckId, [card.id]);
        const nextOrder = order ?? target.order[card.id] ?? endOrder(target);
        if (!base) {
          await store.saveCard(target.meta.id, card, nextOrder);
          return undefined;
        }
        return conflictNotice(await store.saveCardEdit(target.meta.id, base, card, nextOrder));
      }),
    [run, editable],
  );

  const addCard = useCallback(
    (card: Card) =>
      run(async (current) => {
        const target = await editable(current);
        await store.saveCard(target.meta.id, card, endOrder(target));
      }),
    [run, editable],
  );

  const duplicateCard = useCallback(
    (cardId: string) =>
      run(async (current) => {
        const target = await editable(current);
        const index = target.deck.cards.findIndex((card) => card.id === cardId);
        const original = target.deck.cards[index];
        if (!original) return undefined;
        const copy: Card = {
          ...original,
          id: uniqueId(`${original.id}-copy`, target.deck.cards.map((card) => card.id)),
          title: `${original.title} (copy)`.slice(0, 200),
        };
        const after = target.deck.cards[index + 1];
        const order = after ? (target.order[cardId]! + target.order[after.id]!) / 2 : endOrder(target);
        await store.saveCard(target.meta.id, copy, order);
        return copy;
      }),
    [run, editable],
  );

  const deleteCard = useCallback(
    (cardId: string) =>
      run(async (current) => {
        const target = await editable(current, undefined, [cardId]);
        const card = target.deck.cards.find((entry) => entry.id === cardId);
        if (!card) return undefined;
        const order = target.order[cardId]!;
        await store.deleteCard(target.meta.id, cardId);
        const undo: Undo = () => run(async () => store.saveCard(target.meta.id, card, order));
        return undo;
      }),
    [run, editable],
  );

  const moveCard = useCallback(
    (cardId: string, offset: number) =>
      run(async (current) => {
        const target = await editable(current);
        const ids = target.deck.cards.map((card) => card.id);
        const plan = planMove(ids, target.order, cardId, offset);
        if (!plan) return false;
        if (plan.type === 'one') {
          const card = target.deck.cards.find((entry) => entry.id === cardId)!;
          // A card's place is its own sort key: moving rewrites its record only.
          await store.saveCard(target.meta.id, card, plan.order);
        } else {
          const byId = new Map(target.deck.cards.map((card) => [card.id, card]));
          await store.saveCards(
            target.meta.id,
            plan.ids.map((id, index) => ({ card: byId.get(id)!, order: index + 1 })),
          );
        }
        return true;
      }),
    [run, editable],
  );

  const resetCard = useCallback(
    (cardId: string) =>
      run(async (current) => {
        const shipped = shippedCard(cardId);
        if (!shipped) return undefined;
        const target = await editable(current);
        const before = target.deck.cards.find((card) => card.id === cardId);
        const order = target.order[cardId] ?? endOrder(target);
        await store.saveCard(target.meta.id, shipped, order);
        const undo: Undo = () =>
          run(async () => (before ? store.saveCard(target.meta.id, before, order) : store.deleteCard(target.meta.id, cardId)));
        return undo;
      }),
    [run, editable],
  );

  const replaceWithUndo = useCallback(
    async (next: Deck, previous: UserDeck): Promise<Undo> => {
      await store.replaceDeck(next, previous);
      return () =>
        run(async (current) => {
          const now = current.decks.find((entry) => entry.meta.id === previous.meta.id);
          if (now) await store.replaceDeck(previous.deck, now);
          else await store.saveDeck(previous.deck, { basedOn: previous.meta.basedOn, createdAt: previous.meta.createdAt });
        });
    },
    [run],
  );

  const resetDeck = useCallback(
    () =>
      run(async (current) => {
        const own = current.decks.find((entry) => entry.meta.id === activeRef.current);
        if (!isShippedCopy(own)) return undefined;
        return replaceWithUndo(shippedContentsFor(own), own);
      }),
    [run, replaceWithUndo],
  );

  const createDeck = useCallback(
    (name: string, from: DeckStart) =>
      run(async (current) => {
        const active = resolveActiveDeck(current, activeRef.current);
        const source = from === 'shipped' ? { deck: defaultDeck, user: undefined } : active;
        const id = uniqueId(name, [DEFAULT_DECK_ID, ...current.decks.map((entry) => entry.meta.id)]);
        const copying = from !== 'empty';
        // A copy of the shipped deck (or of a copy of it) can be reset to it later.
        const basedOn = copying && (!source.user || isShippedCopy(source.user)) ? DEFAULT_DECK_ID : undefined;
        const deck: Deck = { id, name, description: copying ? source.deck.description : '', cards: copying ? source.deck.cards : [] };
        await store.saveDeck(deck, { basedOn });
        switchTo(id);
        return id;
      }),
    [run, switchTo],
  );

  const renameDeck = useCallback(
    (name: string) =>
      run(async (current) => {
        const target = await editable(current);
        await store.renameDeck(target.meta, name);
      }),
    [run, editable],
  );

  const deleteDeck = useCallback(
    () =>
      run(async (current) => {
        const own = current.decks.find((entry) => entry.meta.id === activeRef.current);
        if (!own) return undefined;
        await store.deleteDeck(own);
        const rest = current.decks.filter((entry) => entry !== own);
        switchTo(rest[0]?.meta.id ?? DEFAULT_DECK_ID);
        const undo: Undo = () =>
          run(async () => {
            await store.saveDeck(own.deck, { basedOn: own.meta.basedOn, createdAt: own.meta.createdAt });
            switchTo(own.meta.id);
          });
        return undo;
      }),
    [run, switchTo],
  );

  const importDecks = useCallback(
    (steps: readonly ImportStep[]) =>
      run(async () => {
        const undos: Undo[] = [];
        const added: string[] = [];
        const done: ImportStep[] = [];
        // All or nothing: should a later deck fail (a full storage, say), the
        // ones already written are taken back, so no deck is left replaced.
        try {
          for (const step of steps) {
            if (step.type === 'add') {
              await store.saveDeck(step.deck);
              added.push(step.deck.id);
            } else {
              undos.push(await replaceWithUndo(step.deck, step.previous));
            }
            done.push(step);
          }
        } catch (error) {
          await rollBackImport(done);
          const reason = error instanceof Error ? error.message : String(error);
          throw new StoreError(`Nothing was imported. ${reason}`);
        }
        const first = steps[0];
        if (first) switchTo(first.deck.id);
        const undo: Undo = async () => {
          for (const restore of undos) await restore();
          await run(async (current) => {
            for (const id of added) {
              const own = current.decks.find((entry) => entry.meta.id === id);
              if (own) await store.deleteDeck(own);
            }
          });
        };
        return undo;
      }),
    [run, replaceWithUndo, switchTo],
  );

  const discardQuarantined = useCallback(
    (key: string) => run(async () => store.discardQuarantined(key)),
    [run],
  );

  const clearProblem = useCallback(() => setProblem(null), []);
  const resolved = useMemo(() => resolveActiveDeck(library ?? EMPTY, activeId), [library, activeId]);
  // Loaded only once the active deck's id is known as well: decks without it
  // would show the shipped deck, for a moment, to a user who chose their own.
  const loaded = activeId === undefined ? undefined : library;

  return useMemo(
    () => ({
      library: loaded,
      deck: resolved.deck,
      userDeck: resolved.user,
      activeId,
      setActiveId: switchTo,
      saveCard,
      problem,
      clearProblem,
      reload,
      addCard,
      duplicateCard,
      deleteCard,
      moveCard,
      resetCard,
      resetDeck,
      createDeck,
      renameDeck,
      deleteDeck,
      importDecks,
      discardQuarantined,
    }),
    [loaded, resolved, activeId, problem, saveCard, clearProblem, reload, addCard, duplicateCard, deleteCard, moveCard, resetCard, resetDeck, createDeck, renameDeck, deleteDeck, importDecks, discardQuarantined, switchTo],
  );
}

function endOrder(deck: UserDeck): number {
  return Math.max(0, ...Object.values(deck.order)) + 1;
}

/** Takes back the decks an import had written, newest first, straight through the store. */
async function rollBackImport(done: readonly ImportStep[]): Promise<void> {
  const library = await store.loadLibrary();
  for (const step of [...done].reverse()) {
    const now = library.decks.find((entry) => entry.meta.id === step.deck.id);
    try {
      if (step.type === 'add') {
        if (now) await store.deleteDeck(now);
      } else if (now) {
        await store.replaceDeck(step.previous.deck, now);
      } else {
        await store.saveDeck(step.previous.deck, { basedOn: step.previous.meta.basedOn, createdAt: step.previous.meta.createdAt });
      }
    } catch (error) {
      // Keep taking back the others; what stays is reported by the caller's message.
      console.error('Sidecue: could not take back part of an import', error);
    }
  }
}
