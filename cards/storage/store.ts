import { browser } from 'wxt/browser';
import { describeIssues } from '../describe-issues';
import { idRecord } from '../id-record';
import { migrateRecord } from './record-migrations';
import { fingerprint, sameValue } from './same-value';
import { DELETED_ELSEWHERE, mergeCard, type FieldConflict } from './merge-card';
import { stampFields } from './field-clock';
import { storedKeys } from './read-matching';
import { withLock } from './with-lock';
import { cardSchema, type Card, type Deck } from '../schema';
import { StoreError, toStoreError } from './store-error';
import { cardKey, deckKey, isDeckRecordKey, parseKey, quarantineKey } from './storage-keys';
import {
  cardRecordSchema,
  deckMetaSchema,
  isTombstone,
  quarantineEntrySchema,
  tombstone,
  RECORD_VERSION,
  type CardRecord,
  type DeckMeta,
  type QuarantineEntry,
} from './stored-records';

/**
 * The user's decks in extension storage (local: the source of truth on this
 * device). Every write is one storage call, validated before it is made, so a
 * failed write leaves the previous state whole and no partial deck is stored.
 */

export interface UserDeck {
  meta: DeckMeta;
  deck: Deck;
  /** Sort keys of the cards, by card id. */
  order: Record<string, number>;
}

/** A record set aside, with the storage key it is kept under (to discard that one copy). */
export type SetAside = QuarantineEntry & { storageKey: string };

export interface Library {
  decks: UserDeck[];
  /** Records that failed validation, set aside (never deleted) for the user. */
  quarantined: SetAside[];
  /**
   * Set when only one deck was read (the first screen's, see loadDeckSlice):
   * the id of that deck. Such a library lists no other deck and no set-aside
   * record; anything that needs the whole library reads it first.
   */
  partial?: string;
}

/** Reads the whole library: every deck, every card, every set-aside record. */
export function loadLibrary(now = Date.now(), options: ReadOptions = {}): Promise<Library> {
  return readLibrary(now, true, options);
}

/**
 * One deck alone (its record and its cards, validated), for the first
 * screen and a deck switch: it reads that deck's keys only, so its cost does
 * not grow with the other decks or the rehearsal history stored beside it.
 * Where the browser cannot list keys without their values, it reads the
 * whole library instead (complete, so nothing is missed either way).
 */
export async function loadDeckSlice(deckId: string, now = Date.now(), early?: Record<string, unknown>): Promise<Library> {
  if (early) {
    // Records read before the panel's modules ran (raw-first-screen.ts). A
    // retry after setting a record aside reads storage itself.
    let first = true;
    const read = () => (first ? ((first = false), Promise.resolve(early)) : browser.storage.local.get(Object.keys(early)));
    const result = await readRecords(read, now, true, {});
    return { decks: result.decks, quarantined: result.quarantined, partial: deckId };
  }
  const keys = await storedKeys();
  if (!keys) return loadLibrary(now);
  const wanted = keys.filter((key) => isDeckRecordKey(key, deckId));
  const read = await readRecords(() => browser.storage.local.get(wanted), now, true, {});
  return { decks: read.decks, quarantined: read.quarantined, partial: deckId };
}

export interface ReadOptions {
  /**
   * Lets the page breathe between slices of a long read (the whole library
   * read in idle time): called about every few milliseconds of work.
   */
  yieldToPage?: () => Promise<void>;
}

/** How many records one storage call of the whole-library read asks for. */
const READ_BATCH = 400;
/** Work between two yields of a paced read, in ms (well under a 50 ms long task). */
const SLICE_MS = 8;

async function readLibrary(now: number, mayRetry: boolean, options: ReadOptions): Promise<Library> {
  const { yieldToPage } = options;
  const keys = await storedKeys();
  const read = keys
    ? // The store's own keys only (not the rehearsal history, not settings),
      // a batch per call, so no single task deserialises every record at once.
      async () => {
        const ours = keys.filter((key) => parseKey(key).type !== 'other');
        const all: Record<string, unknown> = {};
        for (let at = 0; at < ours.length; at += READ_BATCH) {
          Object.assign(all, await browser.storage.local.get(ours.slice(at, at + READ_BATCH)));
          await yieldToPage?.();
        }
        return all;
      }
    : () => browser.storage.local.get(null);
  return readRecords(read, now, mayRetry, options);
}

async function readRecords(
  read: () => Promise<Record<string, unknown>>,
  now: number,
  mayRetry: boolean,
  options: ReadOptions,
): Promise<Library> {
  const all = await read();
  const metas = new Map<string, DeckMeta>();
  const cards = new Map<string, CardRecord[]>();
  const quarantined: SetAside[] = [];
  const setAside = new Map<string, QuarantineEntry>();
  let sliceStart = performance.now();

  for (const [key, raw] of Object.entries(all)) {
    if (options.yieldToPage && performance.now() - sliceStart > SLICE_MS) {
      await options.yieldToPage();
      sliceStart = performance.now();
    }
    const parsed = parseKey(key);
    if (parsed.type === 'quarantine') {
      const entry = quarantineEntrySchema.safeParse(raw);
      if (entry.success) quarantined.push({ ...entry.data, storageKey: key });
      continue;
    }
    if (parsed.type !== 'deck' && parsed.type !== 'card') continue;
    // A deletion, kept for sync: nothing to show.
    if (isTombstone(raw)) continue;
    const schema = parsed.type === 'deck' ? deckMetaSchema : cardRecordSchema;
    const result = schema.safeParse(migrateRecord(raw));
    const misplaced = result.success ? misplacedReason(parsed, result.data as DeckMeta | CardRecord) : undefined;
    if (!result.success) {
      setAside.set(key, { key, value: raw, reason: describeIssues(result.error.issues, 5, 'the saved item'), at: now });
    } else if (misplaced) {
      // A record copied under another key would make a second card with the
      // same id, and editing it would overwrite the original: set it aside.
      setAside.set(key, { key, value: raw, reason: misplaced, at: now });
    } else if (parsed.type === 'deck') {
      metas.set(parsed.deckId, result.data as DeckMeta);
    } else {
      const list = cards.get(parsed.deckId) ?? [];
      list.push(result.data as CardRecord);
      cards.set(parsed.deckId, list);
    }
  }

  if (setAside.size > 0) {
    const moved = await quarantine(setAside);
    // Storage no longer holds what this read saw (a garbled read, another
    // window's write): read again rather than show a deck missing a card.
    if (moved.length < setAside.size && mayRetry) return readRecords(read, now, false, options);
    quarantined.push(...moved);
  }

  // Cards whose deck record was lost still belong to the user: give them a deck.
  for (const deckId of cards.keys()) {
    if (!metas.has(deckId)) metas.set(deckId, recoveredMeta(deckId, now));
  }

  const decks = [...metas.values()]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((meta) => assemble(meta, cards.get(meta.id) ?? []));
  return { decks, quarantined: quarantined.sort((a, b) => a.at - b.at) };
}

/**
 * Moves broken records under quarantine keys: copy first, then remove, so
 * nothing is lost in between. Only records storage still holds as they were
 * read are moved: a read that came back garbled once, or a record another
 * window has just rewritten, must not cost the user a good record.
 */
async function quarantine(entries: Map<string, QuarantineEntry>): Promise<SetAside[]> {
  try {
    const current = await browser.storage.local.get([...entries.keys()]);
    const confirmed = [...entries].filter(
      ([key, entry]) => Object.hasOwn(current, key) && sameValue(current[key], entry.value),
    );
    if (confirmed.length === 0) return [];
    const moved = confirmed.map(([key, entry]) => ({ ...entry, storageKey: quarantineKey(key, fingerprint(entry.value)) }));
    await browser.storage.local.set(Object.fromEntries(moved.map(({ storageKey, ...entry }) => [storageKey, entry])));
    await browser.storage.local.remove(confirmed.map(([key]) => key));
    return moved;
  } catch (error) {
    // Could not move them: they stay where they were, still unread, still safe.
    console.warn('Sidecue: could not set broken records aside', error);
    return [...entries].map(([key, entry]) => ({ ...entry, storageKey: key }));
  }
}

/** Why a valid record cannot be trusted where it is stored: its content names another key. */
function misplacedReason(key: { type: 'deck' | 'card'; deckId: string; cardId?: string }, data: DeckMeta | CardRecord) {
  if (key.type === 'deck') {
    const meta = data as DeckMeta;
    return meta.id === key.deckId ? undefined : `it holds the deck “${quoted(meta.name)}”, which is stored in its own place.`;
  }
  const card = (data as CardRecord).card;
  return card.id === key.cardId ? undefined : `it is a copy of the card “${quoted(card.title)}”, which is stored in its own place.`;
}

function quoted(text: string) {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function recoveredMeta(deckId: string, now: number): DeckMeta {
  return { v: RECORD_VERSION, id: deckId, name: `Recovered deck (${deckId})`, description: '', createdAt: now, updatedAt: now };
}

function assemble(meta: DeckMeta, records: CardRecord[]): UserDeck {
  const sorted = [...records].sort((a, b) => a.order - b.order || a.card.id.localeCompare(b.card.id));
  return {
    meta,
    deck: { id: meta.id, name: meta.name, description: meta.description, cards: sorted.map((record) => record.card) },
    order: idRecord(sorted.map((record) => [record.card.id, record.order] as const)),
  };
}

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

/** Calls back whenever any deck or card changes, from this window or another. */
export function watchLibrary(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((key) => parseKey(key).type !== 'other')) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
