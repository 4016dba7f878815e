import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { loadFirstScreen } from '../../cards/storage/first-screen';
import * as store from '../../cards/storage/library-read';
import type { Library } from '../../cards/storage/library-read';
import { settledEarly, takeEarly } from './early-reads';
import { afterNextPaint, whenIdle, yieldToPage } from './idle';

export const EMPTY_LIBRARY: Library = { decks: [], quarantined: [] };
/**
 * Whole-library reads give the page a turn every few milliseconds: with fifty
 * decks stored, one read in a single task would hold up typing and clicks.
 */
const PACED = { yieldToPage };

export interface LibraryReads {
  /** What storage holds, as last read; undefined until the first read lands. */
  library: Library | undefined;
  /** The newest read, for queued work that must not see a stale render. */
  current(): Library | undefined;
  /** Resolves once the whole library (every deck, not the shown one alone) is in. */
  readWhole(): Promise<unknown>;
  /** Reads storage again: the whole library once it is in, the shown deck alone before. */
  reload(): Promise<void>;
}

/**
 * The library's reads, staged for a fast first screen: the active deck alone
 * first (store.loadDeckSlice, possibly started before React ran: early-reads.ts),
 * then the whole library in idle time after the first paint, a few
 * milliseconds at a time. Until then `library.partial` names the one deck it
 * holds. Changes from other windows (and our own writes) are read again.
 */
export function useLibraryReads(
  activeRef: RefObject<string | undefined>,
  activeId: string | undefined,
  onUnreadable: (message: string) => void,
): LibraryReads {
  const [early] = useState(() => settledEarly<Library>(loadFirstScreen)?.value);
  const [library, setLibrary] = useState<Library | undefined>(early);
  const libraryRef = useRef<Library | undefined>(early);
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
  const unreadable = useCallback(
    (error: unknown) => {
      onUnreadable(`Your decks could not be read (${String(error)}). Nothing was changed.`);
      setLibrary((current) => current ?? EMPTY_LIBRARY);
    },
    [onUnreadable],
  );
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
  // a reload drops the watcher's pending one, so our own write (which a command
  // re-reads) is not read a second time 30 ms later. Until the whole library
  // is in, only the shown deck is read again (the idle read brings the rest).
  const watchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const reload = useCallback(() => {
    clearTimeout(watchTimer.current);
    if (whole.current) return show(store.loadLibrary(Date.now(), PACED));
    if (wholeRead.current) changedMeanwhile.current = true;
    const id = activeRef.current;
    return show(id === undefined ? loadFirstScreen() : store.loadDeckSlice(id));
  }, [show, activeRef]);

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
    return whenIdle(() => void readWhole().catch(unreadable));
  }, [shown, readWhole, unreadable]);

  // The first screen checked only the cards it shows: the rest of its deck, once it is painted.
  const pendingDeck = library?.cardsPending ? library.partial : undefined;
  useEffect(() => {
    if (pendingDeck === undefined) return;
    return afterNextPaint(() => void show(store.loadDeckSlice(pendingDeck)));
  }, [pendingDeck, show]);

  // A switch before the whole library is in: read the new deck alone.
  useEffect(() => {
    const current = libraryRef.current;
    if (activeId === undefined || current?.partial === undefined || current.partial === activeId) return;
    void show(store.loadDeckSlice(activeId));
  }, [activeId, show]);

  // The index the next panel's first read goes by, kept to what this one sees.
  useEffect(() => {
    if (!library || library.partial !== undefined) return;
    void import('../../cards/storage/active-deck-index').then(({ keepActiveDeckIndex }) => keepActiveDeckIndex(library, activeId));
  }, [library, activeId]);

  const current = useCallback(() => libraryRef.current, []);
  const readWholeOnce = useCallback(() => (whole.current ? Promise.resolve() : readWhole()), [readWhole]);
  return { library, current, readWhole: readWholeOnce, reload };
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
