import type { WxtStorageItem } from '@wxt-dev/storage';
import { useCallback, useEffect, useState } from 'react';

/**
 * A storage item as React state: read once, kept in step with other windows
 * through the item's watcher, validated by `read` so stored garbage becomes
 * the default instead of a crash. `undefined` until the first read lands.
 */
export function useStoredItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  read: (value: unknown) => T,
): [T | undefined, (next: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);

  useEffect(() => {
    let live = true;
    item.getValue().then(
      (stored) => live && setValue(read(stored)),
      () => live && setValue(read(item.fallback)),
    );
    const unwatch = item.watch((next) => setValue(read(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      item.setValue(next).catch((error: unknown) => console.error('Sidecue: could not save a setting', error));
    },
    [item],
  );

  return [value, update];
}
