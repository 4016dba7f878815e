import { useCallback, useEffect, useState } from 'react';
import { ensureEditable, resolveActiveDeck } from '../cards/editable-deck';
import { activeDeckId } from '../cards/preferences';
import type { Card, Deck } from '../cards/schema';
import { loadLibrary, saveCard, watchLibrary, type Library, type UserDeck } from '../cards/store';
import { useStoredItem } from './use-stored-item';

export interface LibraryApi {
  /** Undefined until storage has been read once, so the panel never flashes the wrong deck. */
  library: Library | undefined;
  deck: Deck;
  userDeck: UserDeck | undefined;
  activeId: string | undefined;
  setActiveId(id: string): void;
  /** Saves one card into the active deck, copying the shipped deck first if need be. */
  saveCard(card: Card, order?: number): Promise<void>;
  /** The last storage problem, worded for the user; cleared by the next success. */
  problem: string | null;
  clearProblem(): void;
  reload(): Promise<void>;
}

const readId = (value: unknown) => (typeof value === 'string' && value ? value : 'default');

export function useLibrary(): LibraryApi {
  const [library, setLibrary] = useState<Library>();
  const [problem, setProblem] = useState<string | null>(null);
  const [activeId, setActiveId] = useStoredItem(activeDeckId, readId);

  const reload = useCallback(async () => {
    try {
      setLibrary(await loadLibrary());
    } catch (error) {
      setProblem(`Your decks could not be read (${String(error)}). Nothing was changed.`);
      setLibrary((current) => current ?? { decks: [], quarantined: [] });
    }
  }, []);

  useEffect(() => {
    void reload();
    // Other windows' edits (and our own writes) arrive here; coalesce bursts.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stop = watchLibrary(() => {
      clearTimeout(pending);
      pending = setTimeout(() => void reload(), 30);
    });
    return () => {
      clearTimeout(pending);
      stop();
    };
  }, [reload]);

  const resolved = resolveActiveDeck(library ?? { decks: [], quarantined: [] }, activeId);

  const save = useCallback(
    async (card: Card, order?: number) => {
      if (!library) return;
      try {
        const target = await ensureEditable(library, activeId);
        if (target.meta.id !== activeId) setActiveId(target.meta.id);
        const nextOrder = order ?? target.order[card.id] ?? Math.max(0, ...Object.values(target.order)) + 1;
        await saveCard(target.meta.id, card, nextOrder);
        setProblem(null);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
    [library, activeId, setActiveId],
  );

  return {
    library,
    deck: resolved.deck,
    userDeck: resolved.user,
    activeId,
    setActiveId,
    saveCard: save,
    problem,
    clearProblem: () => setProblem(null),
    reload,
  };
}
