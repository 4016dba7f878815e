import { hashText } from './same-value';
import {
  ACTIVE_DECK_INDEX_PAGE_COPY,
  ACTIVE_DECK_INDEX_STORAGE_NAME,
  FIRST_SCREEN_SNAPSHOT_STORAGE_NAME,
  ACTIVE_DECK_STORAGE_NAME,
  deckKey,
  isDeckRecordKey,
  PANEL_VIEW_STORAGE_NAME,
  REHEARSAL_SESSION_STORAGE_NAME,
} from './storage-keys';

/*
 * The first screen's storage reads, started by a tiny classic script in the
 * panel's <head> (entrypoints/first-screen-reads.ts) while the browser is
 * still fetching and compiling the panel's modules. Module scripts run only
 * after all of React DOM has been evaluated; three storage round trips made
 * then (the active deck's id, the list of keys, the deck's records) kept a
 * user's own deck off the screen for most of 100 ms. Here they are made
 * 150 ms sooner, and the panel finds their answers waiting.
 *
 * Nothing is trusted: the records are raw, and the panel checks them as it
 * checks any read (store.loadDeckSlice). A change to storage before the
 * panel takes them over makes them stale, and the panel reads afresh.
 */

/** The active deck's raw records, as storage held them. */
export interface RawFirstScreen {
  /** Undefined when none is stored: the shipped deck, which has no records. */
  deckId: string | undefined;
  records: Record<string, unknown>;
}

interface Handoff {
  read: Promise<RawFirstScreen | undefined>;
  /** What the first screen is drawn from, fingerprinted, and the stored snapshot's (see FirstScreenKey). */
  key?: FirstScreenKey;
  /**
   * Set by any change to local storage after the reads started. The listener
   * stays for the page's life (it only sets this): the reads and the settings
   * are taken over at different moments, and each must know.
   */
  stale: boolean;
}

interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  getKeys?: () => Promise<string[]>;
}
interface StorageApi {
  storage?: {
    local?: StorageArea;
    onChanged?: {
      addListener(listener: (changes: object, area: string) => void): void;
      removeListener(listener: (changes: object, area: string) => void): void;
    };
  };
}

const HANDOFF = Symbol.for('sidecue.firstScreenReads');
/** The rehearsal under way, raw, read in the same call as the active deck's id (see takeRawSession). */
const SESSION = Symbol.for('sidecue.firstScreenSession');

/** The settings the first screen is shown by, raw, read in that same call (see takeRawSetting). */
const SETTINGS = Symbol.for('sidecue.firstScreenSettings');
/** The names takeRawSetting answers for. */
export const RAW_SETTINGS = [ACTIVE_DECK_STORAGE_NAME, PANEL_VIEW_STORAGE_NAME] as const;

/**
 * The fingerprint of everything the Steps screen is drawn from (the build,
 * the active deck's records, the panel's view), as the head read it; and that
 * of the snapshot stored (shell/first-screen-replay.ts). None while a
 * rehearsal runs: its strip shows a clock.
 */
export interface FirstScreenKey {
  key: string;
  storedKey: unknown;
}

/** What the head does with its reads besides handing them over: shows the stored first screen when its key matches. */
export interface FirstScreenReplay {
  /** The build the page runs (its scripts' and stylesheets' hashed names): a snapshot of another build's markup is not shown. */
  build: string;
  show(snapshot: unknown, key: string): void;
}

type Holder = {
  [HANDOFF]?: Handoff;
  [SESSION]?: Promise<unknown>;
  [SETTINGS]?: { read: Promise<Record<string, unknown> | undefined>; handoff: Handoff };
};

/**
 * Starts the reads with the browser's own storage API (no polyfill: this runs
 * before any module). Where the browser cannot list keys alone, does nothing,
 * and the panel reads as it always has.
 */
export function startRawFirstScreen(api: StorageApi | undefined, replay?: FirstScreenReplay, pageCopy = pageCopyOfIndex()): void {
  const local = api?.storage?.local;
  const changed = api?.storage?.onChanged;
  if (!local || typeof local.getKeys !== 'function' || !changed) return;
  const handoff: Handoff = { read: Promise.resolve(undefined), stale: false };
  const onChange = (_changes: object, area: string) => {
    if (area === 'local') handoff.stale = true;
  };
  changed.addListener(onChange);
  // The deck's records are asked for in the same call when the pages' copy of the index names
  // them: one round trip instead of two. Which of them count is the stored index's answer.
  const guessed = pageCopy?.keys ?? [];
  const named = local.get([...RAW_SETTINGS, REHEARSAL_SESSION_STORAGE_NAME, ACTIVE_DECK_INDEX_STORAGE_NAME, FIRST_SCREEN_SNAPSHOT_STORAGE_NAME, ...guessed]);
  (globalThis as Holder)[SESSION] = named.then((found) => found[REHEARSAL_SESSION_STORAGE_NAME]).catch(() => undefined);
  (globalThis as Holder)[SETTINGS] = { read: named.catch(() => undefined), handoff };
  handoff.read = (async () => {
    const found = await named;
    const stored = found[ACTIVE_DECK_STORAGE_NAME];
    const deckId = typeof stored === 'string' && stored ? stored : undefined;
    // The deck's own keys from its index; listing every key stored (thousands
    // with fifty decks and a year of rehearsals) only when there is none.
    const wanted =
      deckId === undefined
        ? []
        : (indexedKeys(found[ACTIVE_DECK_INDEX_STORAGE_NAME], deckId) ?? (await local.getKeys!()).filter((key) => isDeckRecordKey(key, deckId)));
    const read = { deckId, records: wanted.every((key) => guessed.includes(key)) ? pick(found, wanted) : await local.get(wanted) };
    if (replay && found[REHEARSAL_SESSION_STORAGE_NAME] == null) {
      const snapshot = found[FIRST_SCREEN_SNAPSHOT_STORAGE_NAME] as { key?: unknown } | null | undefined;
      // The values as storage gave them, key order and all (JSON.stringify, not fingerprint's sorted
      // copy: a few ms less before the picture shows). The same data written in another order only
      // makes a picture that matches nothing, drawn afresh once.
      const key = hashText(JSON.stringify([replay.build, deckId, found[PANEL_VIEW_STORAGE_NAME] ?? null, read.records]));
      handoff.key = { key, storedKey: snapshot?.key };
      // Before handing anything over: a change since the reads began means the picture may be old.
      if (!handoff.stale) replay.show(snapshot, key);
    }
    return read;
  })().catch(() => undefined);
  (globalThis as Holder)[HANDOFF] = handoff;
}

/**
 * Takes the early reads over, once: their answer, or undefined when there
 * were none, they failed, or storage changed since (read afresh then).
 */
export async function takeRawFirstScreen(): Promise<RawFirstScreen | undefined> {
  const holder = globalThis as Holder;
  const handoff = holder[HANDOFF];
  if (!handoff) return undefined;
  delete holder[HANDOFF];
  const read = await handoff.read;
  return handoff.stale ? undefined : read;
}

/**
 * The first screen's key as the head read it (FirstScreenKey), while nothing
 * in local storage has changed since; otherwise undefined, and what the panel
 * drew is not the picture of what the head read.
 */
export function takeFirstScreenKey(): FirstScreenKey | undefined {
  const handoff = (globalThis as Holder)[SETTINGS]?.handoff;
  return handoff && !handoff.stale ? handoff.key : undefined;
}

/**
 * A setting (one of RAW_SETTINGS) as the head's first call found it, raw:
 * `{ value }` (undefined when none is stored), or undefined when there was no
 * early read, it failed, or storage changed before the panel took the reads
 * over (then the caller reads the setting itself). It saves the first render
 * a round trip of its own per setting, made only once React DOM has loaded.
 */
export async function takeRawSetting(name: (typeof RAW_SETTINGS)[number]): Promise<{ value: unknown } | undefined> {
  const settings = (globalThis as Holder)[SETTINGS];
  if (!settings) return undefined;
  const found = await settings.read;
  return found && !settings.handoff.stale ? { value: found[name] } : undefined;
}

/**
 * The rehearsal session as the early read found it, raw, once; undefined when
 * there was no early read. Only a hint (whether to load the now strip before
 * the first render): the strip reads and checks the session itself.
 */
export function takeRawSession(): Promise<unknown> | undefined {
  const holder = globalThis as Holder;
  const session = holder[SESSION];
  delete holder[SESSION];
  return session;
}

/** What `found` holds under `keys` (a key it lacks has no record: storage answers only for what it holds). */
function pick(found: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in found).map((key) => [key, found[key]]));
}

/** The pages' copy of the active deck's index (ACTIVE_DECK_INDEX_PAGE_COPY), or undefined; garbled, it is no copy. */
function pageCopyOfIndex(): { keys: string[] } | undefined {
  try {
    const copy = JSON.parse(globalThis.localStorage?.getItem(ACTIVE_DECK_INDEX_PAGE_COPY) ?? 'null') as { keys?: unknown } | null;
    return Array.isArray(copy?.keys) ? { keys: copy.keys.filter((key): key is string => typeof key === 'string') } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The keys the active deck's index lists for `deckId` (active-deck-index.ts),
 * or undefined when it has none for that deck. Read raw, before any module,
 * so checked by hand: only keys of that deck's own records are taken, so a
 * garbled index can make the first read miss a card for a moment (the whole
 * library is read after the first paint), never show another deck's.
 */
export function indexedKeys(raw: unknown, deckId: string): string[] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { deckId: indexed, keys } = raw as { deckId?: unknown; keys?: unknown };
  // The panel always lists the deck's own record: an index without it is not one it wrote.
  if (indexed !== deckId || !Array.isArray(keys) || !keys.includes(deckKey(deckId))) return undefined;
  return keys.filter((key): key is string => typeof key === 'string' && isDeckRecordKey(key, deckId));
}
