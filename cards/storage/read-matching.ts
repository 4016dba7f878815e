import { browser } from 'wxt/browser';

/**
 * Every key of local storage without its value, or undefined where the
 * browser cannot list keys alone (storage.local.getKeys: Chrome 130,
 * Firefox 143; older releases read everything, as before).
 */
export async function storedKeys(): Promise<string[] | undefined> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (typeof local.getKeys !== 'function') return undefined;
  try {
    const keys = await local.getKeys();
    return Array.isArray(keys) ? keys : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The records whose keys `wanted` accepts. Where keys can be listed alone,
 * only those records are read: a deck's drill schedule or the rehearsal
 * history then costs the same with 1 deck stored as with 50 (each record
 * read is copied across from the browser, so reading everything grows with
 * everything). Elsewhere it reads all of storage and keeps the wanted keys.
 */
export async function readMatching(wanted: (key: string) => boolean): Promise<Record<string, unknown>> {
  const keys = await storedKeys();
  if (!keys) {
    const all = await browser.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => wanted(key)));
  }
  const matching = keys.filter(wanted);
  return matching.length === 0 ? {} : browser.storage.local.get(matching);
}
