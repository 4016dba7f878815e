import {
  ACTIVE_DECK_INDEX_STORAGE_NAME,
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
export function startRawFirstScreen(api: StorageApi | undefined): void {
  const local = api?.storage?.local;
  const changed = api?.storage?.onChanged;
  if (!local || typeof local.getKeys !== 'function' || !changed) return;
  const handoff: Handoff = { read: Promise.resolve(undefined), stale: false };
  const onChange = (_changes: object, area: string) => {
    if (area === 'local') handoff.stale = true;
  };
  changed.addListener(onChange);
  const named = local.get([...RAW_SETTINGS, REHEARSAL_SESSION_STORAGE_NAME, ACTIVE_DECK_INDEX_STORAGE_NAME]);
  (globalThis as Holder)[SESSION] = named.then((found) => found[REHEARSAL_SESSION_STORAGE_NAME]).catch(() => undefined);
  (globalThis as Holder)[SETTINGS] = { read: named.catch(() => undefined), handoff };
  handoff.read = (async () => {
    const found = await named;
    const stored = found[ACTIVE_DECK_STORAGE_NAME];
    const deckId = typeof stored === 'string' && stored ? stored : undefined;
    if (deckId === undefined) return { deckId, records: {} };
    // The deck's own keys from its index; listing every key stored (thousands
    // with fifty decks and a year of rehearsals) only when there is none.
    const wanted = indexedKeys(found[ACTIVE_DECK_INDEX_STORAGE_NAME], deckId) ?? (await local.getKeys!()).filter((key) => isDeckRecordKey(key, deckId));
    return { deckId, records: wanted.length > 0 ? await local.get(wanted) : {} };
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
