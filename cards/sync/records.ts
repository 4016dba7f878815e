import { migrateRecord } from '../storage/record-migrations';
import { parseKey } from '../storage/storage-keys';
import { cardRecordSchema, deckMetaSchema, type CardRecord, type DeckMeta } from '../storage/stored-records';

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
