import { browser } from 'wxt/browser';
import { idRecord } from '../id-record';
import type { Deck } from '../schema';
import type { z } from '../zod-setup';
import { storedKeys } from './read-matching';
import { migrateRecord } from './record-migrations';
import { fingerprint, sameValue } from './same-value';
import { isDeckRecordKey, parseKey, quarantineKey } from './storage-keys';
import {
  cardRecordSchema,
  deckMetaSchema,
  isTombstone,
  quarantineEntrySchema,
  RECORD_VERSION,
  type CardRecord,
  type DeckMeta,
  type QuarantineEntry,
} from './stored-records';

/**
 * The read half of the deck store (store.ts): the library as storage holds
 * it, validated record by record, and a watcher for its changes. The panel's
 * first screen needs these alone, so they are a module of their own: the
 * writes, with their merging, field clocks and cross-window locks, load with
 * the first edit (library-commands.ts). Everything else imports store.ts,
 * which holds both halves.
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
  /**
   * Set on the first screen's read of that one deck when only the cards the
   * Steps screen shows were checked and kept (loadFirstScreen): the deck's
   * other cards are read a moment after the first paint.
   */
  cardsPending?: true;
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
export async function loadDeckSlice(
  deckId: string,
  now = Date.now(),
  early?: Record<string, unknown>,
  only?: (card: unknown) => boolean,
): Promise<Library> {
  if (early) {
    // Records read before the panel's modules ran (raw-first-screen.ts). A
    // retry after setting a record aside reads storage itself.
    let first = true;
    const read = () => (first ? ((first = false), Promise.resolve(early)) : browser.storage.local.get(Object.keys(early)));
    const result = await readRecords(read, now, true, { only });
    return { decks: result.decks, quarantined: result.quarantined, partial: deckId, ...(only && { cardsPending: true as const }) };
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
  /**
   * Checks and keeps only the cards this accepts (looked at unchecked: see
   * steps-screen.ts), leaving the others for a later read; deck records and
   * anything that is not a card record are checked as ever.
   */
  only?: (card: unknown) => boolean;
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
  // Records that fail their schema, worded after the loop: the wording's code
  // loads only when one does (rarely, and never for the first screen's sake).
  const unreadable = new Map<string, { raw: unknown; issues: readonly z.core.$ZodIssue[] }>();
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
    const migrated = migrateRecord(raw);
    if (options.only && parsed.type === 'card' && isCardRecordShaped(migrated) && !options.only(migrated.card)) continue;
    const schema = parsed.type === 'deck' ? deckMetaSchema : cardRecordSchema;
    const result = schema.safeParse(migrated);
    const misplaced = result.success ? misplacedReason(parsed, result.data as DeckMeta | CardRecord) : undefined;
    if (!result.success) {
      unreadable.set(key, { raw, issues: result.error.issues });
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

  if (unreadable.size > 0) {
    const { describeIssues } = await import('../describe-issues');
    for (const [key, { raw, issues }] of unreadable) {
      setAside.set(key, { key, value: raw, reason: describeIssues(issues, 5, 'the saved item'), at: now });
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

/** A title or name as a message quotes it: cut at 60 characters. */
export function quoted(text: string) {
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

/** Calls back whenever any deck or card changes, from this window or another. */
export function watchLibrary(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((key) => parseKey(key).type !== 'other')) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether a record (unchecked) has a card to look at; one that has none is checked at once, and set aside if it fails. */
function isCardRecordShaped(record: unknown): record is { card: unknown } {
  return typeof record === 'object' && record !== null && 'card' in record;
}
