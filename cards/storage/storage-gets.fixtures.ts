import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/**
 * Records every storage.local.get the code under test makes, by what it
 * asked for: null for "everything", else the key or keys. For tests that a
 * read touches only its own records (restored by vi.restoreAllMocks).
 */
export function spyOnGets(): unknown[] {
  const asked: unknown[] = [];
  const get = browser.storage.local.get.bind(browser.storage.local) as (keys: unknown) => Promise<Record<string, unknown>>;
  vi.spyOn(browser.storage.local, 'get').mockImplementation(((keys?: unknown) => {
    asked.push(keys ?? null);
    return get(keys);
  }) as typeof browser.storage.local.get);
  return asked;
}

/** The keys those calls named, one list (a call for everything shows as null). */
export function keysAsked(asked: readonly unknown[]): unknown[] {
  return asked.flatMap((keys) => (Array.isArray(keys) ? keys : [keys]));
}
