import { migrateRecord } from '../storage/record-migrations';
import { parseKey } from '../storage/storage-keys';
import { cardRecordSchema, deckMetaSchema, tombstoneSchema, type CardRecord, type DeckMeta } from '../storage/stored-records';

/** A deck or card record as sync sees it: where it lives locally, and when it last changed. */
export interface SyncRecord {
  localKey: string;
  deckId: string;
  /** Absent for the deck record itself. */
  cardId?: string;
  record: DeckMeta | CardRecord;
}

/**
 * Validates one stored value, from either side, the way the store does.
 * Anything that fails (garbage, a record from a newer release) is undefined:
 * sync leaves it alone rather than guess.
 */
export function parseRecord(localKey: string, raw: unknown): SyncRecord | undefined {
  const key = parseKey(localKey);
  if (key.type === 'deck') {
    const result = deckMetaSchema.safeParse(migrateRecord(raw));
    return result.success ? { localKey, deckId: key.deckId, record: result.data } : undefined;
  }
  if (key.type === 'card') {
    const result = cardRecordSchema.safeParse(migrateRecord(raw));
    return result.success ? { localKey, deckId: key.deckId, cardId: key.cardId, record: result.data } : undefined;
  }
  return undefined;
}

/** Every valid deck and card record in a local storage snapshot, by local key. */
export function localRecords(snapshot: Record<string, unknown>): Map<string, SyncRecord> {
  const records = new Map<string, SyncRecord>();
  for (const [key, raw] of Object.entries(snapshot)) {
    const parsed = parseRecord(key, raw);
    if (parsed) records.set(key, parsed);
  }
  return records;
}

/**
 * The deletions the store wrote locally (a tombstone under the deleted
 * record's own key), by local key: when each was deleted. Read on every
 * round, so a deletion counts even if the browser quit before sync heard of it.
 */
export function localTombstones(snapshot: Record<string, unknown>): Map<string, number> {
  const gone = new Map<string, number>();
  for (const [key, raw] of Object.entries(snapshot)) {
    const type = parseKey(key).type;
    if (type !== 'deck' && type !== 'card') continue;
    const marker = tombstoneSchema.safeParse(raw);
    if (marker.success) gone.set(key, marker.data.deletedAt);
  }
  return gone;
}

/** `tombstones` with the local ones added (the later time wins), as a new prototype-free table. */
export function withLocalTombstones(tombstones: Record<string, number>, snapshot: Record<string, unknown>): Record<string, number> {
  const merged: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, tombstones);
  for (const [key, at] of localTombstones(snapshot)) merged[key] = Math.max(merged[key] ?? 0, at);
  return merged;
}
