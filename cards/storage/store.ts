import { browser } from 'wxt/browser';
import { describeIssues } from '../describe-issues';
import { cardSchema, type Card, type Deck } from '../schema';
import { stampFields } from './field-clock';
import { quoted, type UserDeck } from './library-read';
import { DELETED_ELSEWHERE, mergeCard, type FieldConflict } from './merge-card';
import { migrateRecord } from './record-migrations';
import { cardKey, deckKey, parseKey } from './storage-keys';
import { StoreError, toStoreError } from './store-error';
import { cardRecordSchema, deckMetaSchema, isTombstone, tombstone, RECORD_VERSION, type CardRecord, type DeckMeta } from './stored-records';
import { withLock } from './with-lock';

/**
 * The user's decks in extension storage (local: the source of truth on this
 * device). Every write is one storage call, validated before it is made, so a
 * failed write leaves the previous state whole and no partial deck is stored.
 * The reads live in library-read.ts (the first screen loads them alone) and
 * are exported from here too: the rest of the app knows one store.
 */
export * from './library-read';

/** Writes a whole deck in one call (new deck, duplicate, import, undo of a delete). */
export async function saveDeck(
  deck: Deck,
  options: { basedOn?: string; createdAt?: number; now?: number; keepExisting?: boolean } = {},
): Promise<void> {
  const now = options.now ?? Date.now();
  const parsed = deckMetaSchema.safeParse({
    v: RECORD_VERSION,
    id: deck.id,
    name: deck.name,
    description: deck.description,
    basedOn: options.basedOn,
    createdAt: options.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.success) throw new Error(`This deck cannot be saved: ${describeIssues(parsed.error.issues)}`);
  refuseRepeats(deck.cards, 'This deck cannot be saved');
  const meta: DeckMeta = parsed.data;
  const items: Record<string, unknown> = { [deckKey(deck.id)]: meta };
  deck.cards.forEach((card, index) => {
    items[cardKey(deck.id, card.id)] = record(card, index + 1, now, meta.createdAt);
  });
  if (options.keepExisting) {
    // Another window may have written this deck a moment ago: never write over what it saved.
    const existing = await browser.storage.local.get(Object.keys(items));
    // A deletion's marker is not a record: writing over it is what an undo does.
    for (const [key, value] of Object.entries(existing)) if (value !== undefined && !isTombstone(value)) delete items[key];
    if (Object.keys(items).length === 0) return;
  }
  await write(items, `the deck “${deck.name}”`);
}

/** Saves one card (new or edited); touches no other card. The fields it changes are stamped now (./field-clock.ts). */
export async function saveCard(deckId: string, card: Card, order: number, now = Date.now()): Promise<void> {
  const key = cardKey(deckId, card.id);
  const stored = await readCardRecords([key], `the card “${quoted(card.title)}”`);
  await write({ [key]: stampFields(stored.get(key), record(card, order, now), now) }, `the card “${card.title}”`);
}

/**
 * Saves an edit made from `base` (the card as the editor last read it): the
 * stored card is read again and merged by field (see ./merge-card.ts), so
 * another window's edit to a different field is kept. Resolves to the fields
 * both changed, with the other window's text, for the editor to offer back.
 */
export async function saveCardEdit(
  deckId: string,
  base: Card,
  mine: Card,
  order: number,
  now = Date.now(),
): Promise<FieldConflict[]> {
  const key = cardKey(deckId, mine.id);
  // Read, merge and write as one step across windows: two saves started at
  // the same instant would otherwise both merge against the same stored card.
  return withLock(key, async () => {
    let stored: CardRecord | undefined;
    let deletedElsewhere = false;
    try {
      const raw = (await browser.storage.local.get(key))[key];
      deletedElsewhere = isTombstone(raw);
      const parsed = cardRecordSchema.safeParse(migrateRecord(raw));
      stored = parsed.success && parsed.data.card.id === mine.id ? parsed.data : undefined;
    } catch (error) {
      throw toStoreError(error, `the card “${quoted(mine.title)}”`);
    }
    const { card, conflicts } = mergeCard(base, mine, stored?.card);
    await write({ [key]: stampFields(stored, record(card, order, now), now) }, `the card “${quoted(card.title)}”`);
    // The edit is kept (nothing the user typed is lost), and they are told it undid a deletion.
    return deletedElsewhere ? [...conflicts, { field: DELETED_ELSEWHERE, theirs: undefined }] : conflicts;
  });
}

/** Saves several cards of one deck in one call: all land, or none do (renumbering after moves). */
export async function saveCards(
  deckId: string,
  entries: readonly { card: Card; order: number }[],
  now = Date.now(),
): Promise<void> {
  refuseRepeats(entries.map((entry) => entry.card), 'These cards cannot be saved');
  const what = entries.length === 1 ? `the card “${entries[0]!.card.title}”` : 'the new card order';
  const keys = entries.map(({ card }) => cardKey(deckId, card.id));
  const stored = await readCardRecords(keys, what);
  const items = Object.fromEntries(
    entries.map(({ card, order }, index) => [keys[index]!, stampFields(stored.get(keys[index]!), record(card, order, now), now)]),
  );
  await write(items, what);
}

/**
 * Gives an existing deck new contents (import over it, reset to default,
 * undo of those). The new deck and every card land in one call; only then are
 * cards it no longer holds removed, so a failure at either step loses nothing:
 * at worst a few old cards stay beside the new ones, and the user is told.
 */
export async function replaceDeck(next: Deck, previous: UserDeck, now = Date.now()): Promise<void> {
  if (next.id !== previous.meta.id) throw new Error('replaceDeck keeps the deck id');
  await saveDeck(next, { basedOn: previous.meta.basedOn, createdAt: previous.meta.createdAt, now });
  const kept = new Set(next.cards.map((card) => card.id));
  const stale = previous.deck.cards.filter((card) => !kept.has(card.id)).map((card) => cardKey(next.id, card.id));
  if (stale.length === 0) return;
  try {
    await browser.storage.local.set(Object.fromEntries(stale.map((key) => [key, tombstone(now)])));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      `“${next.name}” was saved, but ${stale.length} of its old cards could not be removed (${detail}). Delete them by hand if you do not want them.`,
    );
  }
}

/** Deletes a card: its record is replaced by a tombstone in one write (see stored-records.ts). */
export async function deleteCard(deckId: string, cardId: string, now = Date.now()): Promise<void> {
  await write({ [cardKey(deckId, cardId)]: tombstone(now) }, 'the card deletion');
}

export async function renameDeck(meta: DeckMeta, name: string, now = Date.now()): Promise<void> {
  const next = deckMetaSchema.safeParse({ ...meta, name, updatedAt: now });
  if (!next.success) throw new Error(`This name cannot be saved: ${describeIssues(next.error.issues).replace(/^name /, 'it ')}`);
  await write({ [deckKey(meta.id)]: next.data }, `the name “${name}”`);
}

/** Removes a deck and its cards. The caller keeps the UserDeck to undo with saveDeck. */
export async function deleteDeck(deck: UserDeck, now = Date.now()): Promise<void> {
  const keys = [deckKey(deck.meta.id), ...deck.deck.cards.map((card) => cardKey(deck.meta.id, card.id))];
  await write(Object.fromEntries(keys.map((key) => [key, tombstone(now)])), `the deletion of “${deck.meta.name}”`);
}

/** Drops one set-aside copy for good, once the user has seen or exported it. */
export async function discardQuarantined(storageKey: string): Promise<void> {
  await remove([storageKey], 'discarding the broken record');
}

/** Two cards with one id would share one key: one would silently replace the other. */
function refuseRepeats(cards: readonly Card[], what: string) {
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) throw new Error(`${what}: the card “${quoted(card.title)}” appears twice.`);
    seen.add(card.id);
  }
}

/** `createdAt` is kept only when later than `now` (a copy stamped 0: see aliveSince in stored-records.ts). */
function record(card: Card, order: number, now: number, createdAt?: number): CardRecord {
  // An order read from a table that lacked the card (a function, NaN) must never be stored.
  if (typeof order !== 'number' || !Number.isFinite(order)) {
    throw new Error(`This card cannot be saved: its place in the deck is unknown. Reload the panel and try again.`);
  }
  const result = cardSchema.safeParse(card);
  if (!result.success) {
    throw new Error(`This card cannot be saved: ${describeIssues(result.error.issues)}`);
  }
  const created = createdAt !== undefined && createdAt > now ? { createdAt } : {};
  return { v: RECORD_VERSION, order, updatedAt: now, ...created, card: result.data };
}

/** The valid card records under `keys` (a missing, deleted or unreadable one is simply absent). */
async function readCardRecords(keys: string[], what: string): Promise<Map<string, CardRecord>> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.local.get(keys);
  } catch (error) {
    throw toStoreError(error, what);
  }
  const records = new Map<string, CardRecord>();
  for (const key of keys) {
    const parsed = cardRecordSchema.safeParse(migrateRecord(raw[key]));
    const named = parseKey(key);
    // A record whose content names another card is not this card's to build on (see loadLibrary).
    if (parsed.success && named.type === 'card' && named.cardId === parsed.data.card.id) records.set(key, parsed.data);
  }
  return records;
}

async function write(items: Record<string, unknown>, what: string) {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    throw toStoreError(error, what);
  }
}

async function remove(keys: string[], what: string) {
  try {
    await browser.storage.local.remove(keys);
  } catch (error) {
    throw toStoreError(error, what);
  }
}
