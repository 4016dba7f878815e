import { browser } from 'wxt/browser';
import { quarantineKey } from '../storage/storage-keys';
import { fingerprint, sameValue } from '../storage/same-value';
import type { QuarantineEntry } from '../storage/stored-records';

/**
 * Moves unreadable rehearsal records under quarantine keys, as the deck store
 * does with cards (see ../storage/store.ts): copy first, then remove, so
 * nothing is lost in between; only records storage still holds as they were
 * read are moved, so another window's fresh save is never taken away. The
 * panel lists set-aside records with the deck store's (one key per value).
 * Resolves to how many were moved; a failure leaves them where they were.
 */
export async function setAsideRecords(entries: ReadonlyMap<string, QuarantineEntry>): Promise<number> {
  if (entries.size === 0) return 0;
  try {
    const current = await browser.storage.local.get([...entries.keys()]);
    const confirmed = [...entries].filter(([key, entry]) => current[key] !== undefined && sameValue(current[key], entry.value));
    if (confirmed.length === 0) return 0;
    await browser.storage.local.set(
      Object.fromEntries(confirmed.map(([key, entry]) => [quarantineKey(key, fingerprint(entry.value)), entry])),
    );
    await browser.storage.local.remove(confirmed.map(([key]) => key));
    return confirmed.length;
  } catch (error) {
    console.warn('Sidecue: could not set broken rehearsals aside', error);
    return 0;
  }
}
