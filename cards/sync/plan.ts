import { deckKey, parseKey } from '../storage/storage-keys';
import { splitRecord } from './chunks';
import { syncGoneKey } from '../storage/storage-keys';
import { goneAt } from './keys';
import { itemBytes, SYNC_BUDGET, type SyncBudget } from './quota';
import { localRecords, type SyncRecord } from './records';
import { aliveSince } from '../storage/stored-records';

/** Something that stays on this device only, and why. */
export interface SkippedItem {
  deckId: string;
  /** Absent when the whole deck stays behind. */
  cardId?: string;
  reason: 'sync-full' | 'card-too-big';
}

export interface SyncPlan {
  /** Every sync item that should exist, by sync key. */
  items: Record<string, unknown>;
  skipped: SkippedItem[];
  bytes: number;
}

/** Deletion markers older than this are dropped: a browser offline longer may bring a deleted card back. */
export const TOMBSTONE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface PlanOptions {
  /** Deletions made on this device or seen from others: local key → when. */
  tombstones?: Record<string, number>;
  now?: number;
  budget?: SyncBudget;
}

interface Entry {
  record: SyncRecord;
  items: Record<string, unknown> | undefined;
  bytes: number;
  count: number;
}

/**
 * What browser sync should hold, given this device's records. Pure.
 *
 * Within the budget, deletion markers go first (they are tiny and stop a
 * deleted card coming back), then whole decks, most recently changed first;
 * then, of each deck that did not fit whole, its record and its most recently
 * changed cards, while they fit. Everything left out is listed in `skipped`.
 */
export function planSync(local: Record<string, unknown>, options: PlanOptions = {}): SyncPlan {
  const budget = options.budget ?? SYNC_BUDGET;
  const now = options.now ?? Date.now();
  const records = localRecords(local);
  const items: Record<string, unknown> = {};
  const skipped: SkippedItem[] = [];
  let bytes = 0;
  let count = 0;
  const fits = (entryBytes: number, entryCount: number) =>
    bytes + entryBytes <= budget.bytes && count + entryCount <= budget.maxItems;
  const take = (entryItems: Record<string, unknown>, entryBytes: number, entryCount: number) => {
    Object.assign(items, entryItems);
    bytes += entryBytes;
    count += entryCount;
  };

  for (const [localKey, at] of liveTombstones(records, options.tombstones ?? {}, now)) {
    const key = syncGoneKey(localKey);
    const size = itemBytes(key, { at });
    if (fits(size, 1)) take({ [key]: { at } }, size, 1);
  }

  const decks = groupByDeck(records, options.tombstones ?? {}, budget);
  const partial: typeof decks = [];
  for (const deck of decks) {
    const whole = deck.entries.every((entry) => entry.items);
    const size = sum(deck.entries, (entry) => entry.bytes);
    const itemCount = sum(deck.entries, (entry) => entry.count);
    if (whole && fits(size, itemCount)) {
      for (const entry of deck.entries) take(entry.items!, entry.bytes, entry.count);
    } else {
      partial.push(deck);
    }
  }

  for (const deck of partial) {
    const head = deck.entries.find((entry) => entry.record.cardId === undefined);
    const cards = deck.entries.filter((entry) => entry.record.cardId !== undefined);
    if (head) {
      // Cards without their deck would arrive elsewhere as a "recovered" deck: no room for it, no cards.
      if (!head.items || !fits(head.bytes, head.count)) {
        skipped.push({ deckId: deck.deckId, reason: 'sync-full' });
        continue;
      }
      take(head.items, head.bytes, head.count);
    }
    for (const entry of cards.sort(newestFirst)) {
      if (!entry.items) {
        skipped.push({ deckId: deck.deckId, cardId: entry.record.cardId, reason: 'card-too-big' });
      } else if (fits(entry.bytes, entry.count)) {
        take(entry.items, entry.bytes, entry.count);
      } else {
        skipped.push({ deckId: deck.deckId, cardId: entry.record.cardId, reason: 'sync-full' });
      }
    }
  }

  return { items, skipped, bytes };
}

/** Markers still worth keeping: recent, and not overtaken by the record coming back (an undo). */
function liveTombstones(records: Map<string, SyncRecord>, tombstones: Record<string, number>, now: number) {
  return Object.entries(tombstones)
    .filter(([localKey, at]) => {
      const comeBack = records.get(localKey);
      const key = parseKey(localKey);
      const deck = key.type === 'card' ? tombstones[deckKey(key.deckId)] : undefined;
      // A card's marker is redundant beside a later marker for its whole deck.
      const covered = deck !== undefined && deck >= at;
      return now - at <= TOMBSTONE_TTL_MS && !covered && !(comeBack && aliveSince(comeBack.record) > at);
    })
    .sort((a, b) => b[1] - a[1]);
}

function groupByDeck(records: Map<string, SyncRecord>, tombstones: Record<string, number>, budget: SyncBudget) {
  const decks = new Map<string, Entry[]>();
  for (const record of records.values()) {
    // A record its own deletion marker outdates is on its way out: do not send it.
    const gone = goneAt(tombstones, record.localKey);
    if (gone !== undefined && gone >= aliveSince(record.record)) continue;
    const items = splitRecord(record.localKey, record.record, budget);
    const entry: Entry = {
      record,
      items,
      bytes: items ? sum(Object.entries(items), ([key, value]) => itemBytes(key, value)) : 0,
      count: items ? Object.keys(items).length : 0,
    };
    const list = decks.get(record.deckId) ?? [];
    list.push(entry);
    decks.set(record.deckId, list);
  }
  return [...decks.entries()]
    .map(([deckId, entries]) => ({
      deckId,
      // The deck record first, then the cards in their deck order.
      entries: entries.sort((a, b) => rank(a) - rank(b) || a.record.localKey.localeCompare(b.record.localKey)),
      changed: Math.max(...entries.map((entry) => entry.record.record.updatedAt)),
    }))
    .sort((a, b) => b.changed - a.changed || a.deckId.localeCompare(b.deckId));
}

function rank(entry: Entry): number {
  const record = entry.record.record;
  return 'order' in record ? record.order : Number.NEGATIVE_INFINITY;
}

function newestFirst(a: Entry, b: Entry): number {
  return b.record.record.updatedAt - a.record.record.updatedAt || rank(a) - rank(b);
}

function sum<T>(list: readonly T[], of: (item: T) => number): number {
  return list.reduce((total, item) => total + of(item), 0);
}
