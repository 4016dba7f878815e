import { deckKey, parseKey, SYNC_GONE_PREFIX as GONE, SYNC_PREFIX } from '../storage/storage-keys';

/**
 * Reading keys of browser.storage.sync back (their layout, and the builders,
 * are declared in storage-keys.ts with every other storage name).
 */

export type ParsedSyncKey =
  | { type: 'record'; localKey: string }
  | { type: 'chunk'; localKey: string; index: number }
  | { type: 'gone'; localKey: string }
  | { type: 'other' };

export function parseSyncKey(key: string): ParsedSyncKey {
  if (!key.startsWith(SYNC_PREFIX)) return { type: 'other' };
  if (key.startsWith(GONE)) {
    const localKey = key.slice(GONE.length);
    return isRecordKey(localKey) ? { type: 'gone', localKey } : { type: 'other' };
  }
  const [localKey = '', index, ...extra] = key.slice(SYNC_PREFIX.length).split('#');
  if (!isRecordKey(localKey) || extra.length > 0) return { type: 'other' };
  if (index === undefined) return { type: 'record', localKey };
  return /^\d{1,3}$/.test(index) ? { type: 'chunk', localKey, index: Number(index) } : { type: 'other' };
}

/** Local keys that sync carries: deck and card records, nothing else. */
export function isRecordKey(localKey: string): boolean {
  const type = parseKey(localKey).type;
  return type === 'deck' || type === 'card';
}

/**
 * When a record was deleted, if it was: its own marker, or for a card its
 * deck's marker, since deleting a deck deletes its cards and one marker per
 * card would eat sync's 512 items.
 */
export function goneAt(tombstones: Record<string, number>, localKey: string): number | undefined {
  const key = parseKey(localKey);
  const own = tombstones[localKey];
  const deck = key.type === 'card' ? tombstones[deckKey(key.deckId)] : undefined;
  if (own === undefined) return deck;
  return deck === undefined ? own : Math.max(own, deck);
}
