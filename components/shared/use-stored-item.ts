import type { WxtStorageItem } from '@wxt-dev/storage';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sameValue } from '../../cards/storage/same-value';
import { settledEarly, takeEarly } from '../shell/early-reads';

/** What this window knows storage holds, before its first read has landed. */
const NOT_READ = Symbol('not read');

/**
 * A storage item as React state: read once, kept in step with other windows
 * through the item's watcher, validated by `read` so stored garbage becomes
 * the default instead of a crash. `undefined` until the first read lands
 * (unless the panel started that read early and it has already answered).
 *
 * Storage tells every window of each change, the writer too, and a window
 * can hear its own write back after it has made the next one (two writes
 * within one round trip: two keys pressed quickly, or a save and the save
 * an effect makes in answer). Taken as news, that echo would put the older
 * value back for a moment, and a key pressed in that moment would build on
 * it and undo the newer one. So this window's own writes are matched when
 * they come back and not applied again, and news from elsewhere that lands
 * while one of ours is still on its way is passed over: ours lands after it.
 */
export function useStoredItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  read: (value: unknown) => T,
  /** Hears each write's outcome: the error when it failed (the value stays in memory), undefined when it landed. */
  onWrite?: (error: unknown) => void,
): [T | undefined, (next: T) => void] {
  const onWriteRef = useRef(onWrite);
  onWriteRef.current = onWrite;
  const fromEarly = useRef(false);
  // The last value heard from storage, and this window's writes since that have not been heard back, oldest first.
  const heard = useRef<unknown>(NOT_READ);
  const unheard = useRef<T[]>([]);
  const [value, setValue] = useState<T | undefined>(() => {
    const early = settledEarly<T>(item);
    fromEarly.current = early !== undefined;
    if (early) heard.current = early.value;
    return early && read(early.value);
  });

  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => {
      heard.current = next;
      const mine = unheard.current.findIndex((written) => sameValue(written, next));
      // Changes arrive in the order storage made them: ours before it were heard (or changed nothing).
      if (mine !== -1) unheard.current.splice(0, mine + 1);
      else if (unheard.current.length === 0) setValue(read(next));
    });
    // After the watcher: a change from here on reaches it.
    const early = takeEarly<T>(item);
    if (!(early && fromEarly.current)) {
      (early ?? item.getValue()).then(
        (stored) => {
          if (!live || heard.current !== NOT_READ) return;
          heard.current = stored;
          if (unheard.current.length === 0) setValue(read(stored));
        },
        () => live && heard.current === NOT_READ && unheard.current.length === 0 && setValue(read(item.fallback)),
      );
    }
    fromEarly.current = false;
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      // Storage announces changes only: a write of what it will hold anyway is never heard back.
      const willHold = unheard.current.length > 0 ? unheard.current.at(-1) : heard.current;
      if (willHold === NOT_READ || !sameValue(willHold, next)) unheard.current.push(next);
      item.setValue(next).then(
        () => onWriteRef.current?.(undefined),
        (error: unknown) => {
          unheard.current = unheard.current.filter((written) => written !== next);
          console.error('Sidecue: could not save a setting', error);
          onWriteRef.current?.(error);
        },
      );
    },
    [item],
  );

  return [value, update];
}
