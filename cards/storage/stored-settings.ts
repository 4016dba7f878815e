import { storage } from '@wxt-dev/storage';
import type { z } from '../zod-setup';

/**
 * A settings record kept per device: the storage item, and a read that never
 * throws. Its schema gives each field its own fallback (z.catch), so one bad
 * value does not reset the rest; a record that is not even an object reads as
 * the defaults. Rehearsal and drill settings are both made this way.
 */
export function storedSettings<T>(key: `local:${string}`, schema: z.ZodMiniType<T>, defaults: T) {
  return {
    item: storage.defineItem<T>(key, { fallback: defaults, version: 1 }),
    read(value: unknown): T {
      const result = schema.safeParse(value);
      return result.success ? result.data : defaults;
    },
  };
}
