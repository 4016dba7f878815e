import { browser } from 'wxt/browser';
import { z } from '../zod-setup';
import { SYNC_PREFIX, SYNC_STATUS_KEY, TOMBSTONES_KEY } from '../storage/storage-keys';
import { goneAt, isRecordKey, parseSyncKey } from './keys';
import { planPull } from './pull';
import { planSync, TOMBSTONE_TTL_MS } from './plan';
import type { SyncBudget } from './quota';
import { createWriteBudget, type WriteLimits } from './rate';
import { localRecords, localTombstones, parseRecord, withLocalTombstones, type SyncRecord } from './records';
import { recordLostEdits } from './lost-edits';
import { mergeCardRecords } from './merge-records';
import { sameValue } from '../storage/same-value';
import { aliveSince, tombstone } from '../storage/stored-records';
import {
  describePlan,
  describeSyncError,
  SYNC_MISSING,
  SYNC_OFF,
  storeSyncStatus,
  type SyncStatus,
} from './status';

/**
 * Mirrors the user's decks through browser.storage.sync. Local storage stays
 * the source of truth on this device; sync is a copy that other browsers
 * signed in to the same account pull from. Runs in the background page.
 *
 * - Local changes are debounced and sent as one sync.set (plus one
 *   sync.remove when something went away), within Chrome's write rate.
 * - Every round first reads sync and takes what is newer (see ./sync-pull.ts),
 *   so this device never overwrites a newer edit made elsewhere.
 * - Deletions travel as markers (sync:gone:<local key>), kept 30 days, and
 *   also kept locally so a deletion made while sync was failing still counts.
 * - When sync is missing or refuses a write, nothing local is touched and the
 *   status says so; the next change tries again, as does a retry a few minutes on
 *   where the page lives that long (a Chrome service worker idle for 30 s is
 *   stopped first, so there the next change or browser start is what retries).
 */
export interface SyncerOptions {
  /** Quiet time after the last local change before writing to sync. */
  debounceMs?: number;
  /** Wait before trying again after sync refused a write. */
  retryMs?: number;
  budget?: SyncBudget;
  limits?: WriteLimits;
  now?: () => number;
}

export interface Syncer {
  /** Pulls what sync holds (a new device gets the user's decks here), then pushes, then follows changes. */
  start(): Promise<void>;
  stop(): void;
  status(): SyncStatus;
  onStatus(callback: (status: SyncStatus) => void): () => void;
  /** Runs a round now instead of after the debounce. */
  flush(): Promise<void>;
  /** Resolves once everything queued so far has run. */
  idle(): Promise<void>;
}

const tombstonesSchema = z.record(z.string(), z.number());

type StorageChange = { oldValue?: unknown; newValue?: unknown };
type SyncArea = typeof browser.storage.sync;

export function createSyncer(options: SyncerOptions = {}): Syncer {
  const debounceMs = options.debounceMs ?? 3_000;
  const retryMs = options.retryMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const writes = createWriteBudget(options.limits);
  const listeners = new Set<(status: SyncStatus) => void>();
  let current: SyncStatus = SYNC_OFF;
  let area: SyncArea | undefined;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  /** What sync holds (our keys only), as last read or written. */
  let known: Record<string, unknown> = {};
  let tombstones: Record<string, number> = {};
  let savedTombstones = '{}';

  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch(async (error: unknown) => {
      await setStatus(describeSyncError(error));
      schedule(retryMs);
    });
    return chain;
  };

  async function setStatus(next: SyncStatus) {
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    for (const listener of listeners) listener(next);
    // Panels in other windows read it from here (see watchSyncStatus); a
    // failed write is never ignored: panels then hear a short or "not known" status.
    const stored = await storeSyncStatus(next);
    if (stored !== next) {
      current = stored;
      for (const listener of listeners) listener(stored);
    }
  }

  function schedule(delay = debounceMs) {
    if (!running) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  function flush() {
    clearTimeout(timer);
    return enqueue(async () => {
      await pull();
      await push();
    });
  }

  async function pull() {
    if (!area) return;
    known = ours(await area.get(null));
    const local = await browser.storage.local.get(null);
    const plan = planPull(known, local, tombstones, now());
    tombstones = plan.tombstones;
    const keys = Object.keys(plan.set);
    if (keys.length > 0) {
      // Re-read just before writing: a panel may have saved a newer edit meanwhile.
      const fresh = localRecords(await browser.storage.local.get(keys));
      const writes: Record<string, unknown> = {};
      for (const [key, planned] of Object.entries(plan.set)) {
        const next = settle(fresh.get(key), parseRecord(key, planned));
        if (next) writes[key] = next;
      }
      if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
      // Told only once the merged card is stored: the user's text then waits in the panel's notice.
      for (const [key, fields] of plan.lost) {
        const written = parseRecord(key, writes[key]);
        if (written?.cardId === undefined || !('card' in written.record)) continue;
        await recordLostEdits({ deckId: written.deckId, cardId: written.cardId, title: written.record.card.title, by: 'device' }, fields, now());
      }
    }
    if (plan.remove.length > 0) {
      // Re-read here too: a record saved again (an Undo, say) since the marker is not the one it deleted.
      const fresh = localRecords(await browser.storage.local.get(plan.remove));
      const stale = plan.remove.filter((key) => {
        const record = fresh.get(key)?.record;
        const here = record && aliveSince(record);
        const gone = goneAt(tombstones, key);
        return here !== undefined && gone !== undefined && here <= gone;
      });
      // A tombstone, not a removal: the deletion stays known here after a restart.
      if (stale.length > 0) {
        await browser.storage.local.set(Object.fromEntries(stale.map((key) => [key, tombstone(goneAt(tombstones, key)!)])));
      }
    }
  }

  async function push() {
    if (!area) return;
    const at = now();
    const local = await browser.storage.local.get(null);
    tombstones = withLocalTombstones(tombstones, local);
    for (const [key, when] of Object.entries(tombstones)) if (at - when > TOMBSTONE_TTL_MS) delete tombstones[key];
    // Local tombstones past their time have done their job everywhere: let them go.
    const expired = [...localTombstones(local)].filter(([, when]) => at - when > TOMBSTONE_TTL_MS).map(([key]) => key);
    if (expired.length > 0) await browser.storage.local.remove(expired);
    const plan = planSync(local, { tombstones, now: at, budget: options.budget });
    const changed = Object.fromEntries(
      Object.entries(plan.items).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(known[key])),
    );
    const stale = Object.keys(known).filter((key) => !(key in plan.items) && oursToRemove(key, local));
    const ops = (Object.keys(changed).length > 0 ? 1 : 0) + (stale.length > 0 ? 1 : 0);

    if (ops > 0) {
      const wait = writes.delay(ops, at);
      if (wait > 0) return schedule(wait);
      await saveTombstones();
      writes.spend(ops, at);
      try {
        // Set before remove: if the second call fails, sync holds extra items, never missing ones.
        if (Object.keys(changed).length > 0) {
          await area.set(changed);
          Object.assign(known, changed);
        }
        if (stale.length > 0) {
          await area.remove(stale);
          for (const key of stale) delete known[key];
        }
      } catch (error) {
        await setStatus(describeSyncError(error));
        return schedule(retryMs);
      }
    }
    await setStatus(describePlan(plan.skipped, localRecords(local)));
  }

  /**
   * What to store for a key, given what the panel stored meanwhile: a card is
   * merged with it again by field; a deck record only replaces an older one.
   * Undefined when nothing changes.
   */
  function settle(here: SyncRecord | undefined, planned: SyncRecord | undefined) {
    if (!planned) return undefined;
    if (!here) return planned.record;
    if ('card' in here.record && 'card' in planned.record) {
      const merged = mergeCardRecords(here.record, planned.record).record;
      return sameValue(merged, here.record) ? undefined : merged;
    }
    return here.record.updatedAt < planned.record.updatedAt ? planned.record : undefined;
  }

  /** Only items this device has a say over: its own records, and deletions. Unknown items stay. */
  function oursToRemove(key: string, local: Record<string, unknown>) {
    const parsed = parseSyncKey(key);
    if (parsed.type === 'other') return false;
    if (parsed.type === 'gone') return true;
    return local[parsed.localKey] !== undefined || goneAt(tombstones, parsed.localKey) !== undefined;
  }

  async function saveTombstones() {
    const text = JSON.stringify(tombstones);
    if (text === savedTombstones) return;
    await browser.storage.local.set({ [TOMBSTONES_KEY]: tombstones });
    savedTombstones = text;
  }

  function noteDeletion(key: string, oldValue: unknown, at: number) {
    // Only a valid record's removal is a deletion: the store moving garbage aside is not one.
    const record = parseRecord(key, oldValue);
    if (!record) return;
    const existing = tombstones[key];
    const since = aliveSince(record.record);
    if (existing !== undefined && existing >= since) return;
    tombstones[key] = Math.max(at, since);
  }

  const onChanged = (changes: Record<string, StorageChange>, areaName: string) => {
    if (areaName === 'local') {
      let dirty = false;
      // One time for the whole event, so a deck's marker covers the cards deleted with it.
      const at = now();
      for (const [key, change] of Object.entries(changes)) {
        if (!isRecordKey(key)) continue;
        dirty = true;
        if (change.newValue == null && change.oldValue != null) noteDeletion(key, change.oldValue, at);
      }
      if (dirty) schedule();
    } else if (areaName === 'sync') {
      // Our own writes echo back here; only news from elsewhere is worth a round.
      const news = Object.entries(changes).some(
        ([key, change]) =>
          key.startsWith(SYNC_PREFIX) && JSON.stringify(change.newValue ?? null) !== JSON.stringify(known[key] ?? null),
      );
      if (news) {
        void enqueue(pull);
        schedule();
      }
    }
  };

  return {
    start() {
      if (running) return chain;
      running = true;
      // Registered before any await, so a background service worker is woken by changes.
      browser.storage.onChanged.addListener(onChanged);
      return enqueue(async () => {
        area = syncArea();
        if (!area) return setStatus(SYNC_MISSING);
        const stored = tombstonesSchema.safeParse((await browser.storage.local.get(TOMBSTONES_KEY))[TOMBSTONES_KEY]);
        if (stored.success) {
          tombstones = { ...stored.data, ...tombstones };
          savedTombstones = JSON.stringify(stored.data);
        }
        await pull();
        await push();
      });
    },
    stop() {
      running = false;
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
      current = SYNC_OFF;
      for (const listener of listeners) listener(SYNC_OFF);
    },
    status: () => current,
    onStatus(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    flush,
    idle: () => chain,
  };
}

/** One line for the background entrypoint: `startSync()`. */
export function startSync(options?: SyncerOptions): Syncer {
  const syncer = createSyncer(options);
  void syncer.start();
  return syncer;
}

function syncArea(): SyncArea | undefined {
  try {
    return browser.storage.sync ?? undefined;
  } catch {
    return undefined;
  }
}

function ours(snapshot: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => key.startsWith(SYNC_PREFIX)));
}
