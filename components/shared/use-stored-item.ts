import type { WxtStorageItem } from '@wxt-dev/storage';
import { useCallback, useEffect, useRef, useState } from 'react';
import { settledEarly, takeEarly } from '../shell/early-reads';

/**
 * A storage item as React state: read once, kept in step with other windows
 * through the item's watcher, validated by `read` so stored garbage becomes
 * the default instead of a crash. `undefined` until the first read lands
 * (unless the panel started that read early and it has already answered).
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
  const [value, setValue] = useState<T | undefined>(() => {
    const early = settledEarly<T>(item);
    fromEarly.current = early !== undefined;
    return early && read(early.value);
  });

  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => setValue(read(next)));
    // After the watcher: a change from here on reaches it.
    const early = takeEarly<T>(item);
    if (!(early && fromEarly.current)) {
      (early ?? item.getValue()).then(
        (stored) => live && setValue(read(stored)),
        () => live && setValue(read(item.fallback)),
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
      item.setValue(next).then(
        () => onWriteRef.current?.(undefined),
        (error: unknown) => {
          console.error('Sidecue: could not save a setting', error);
          onWriteRef.current?.(error);
        },
      );
    },
    [item],
  );

  return [value, update];
}
