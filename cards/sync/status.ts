import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { SYNC_NOTICE_SEEN_KEY, SYNC_STATUS_KEY } from '../storage/storage-keys';
import { z } from '../zod-setup';
import type { SkippedItem } from './plan';
import type { SyncRecord } from './records';

/**
 * What the panel says about sync. The syncer runs in the background and
 * writes its status to local storage, so every panel (any window) can read it
 * and hear when it changes.
 */
export const syncStatusSchema = z.object({
  state: z.enum(['synced', 'partial', 'local-only', 'off']),
  message: z.string(),
  skipped: z.array(
    z.object({
      deckId: z.string(),
      cardId: z.optional(z.string()),
      reason: z.enum(['sync-full', 'card-too-big']),
    }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;


export const SYNC_OFF: SyncStatus = { state: 'off', message: 'Sync is not running.', skipped: [] };

/** When not even a short status fits in local storage: say so, never an old "synced". */
export const SYNC_STATUS_LOST: SyncStatus = {
  state: 'local-only',
  message:
    'Storage on this device is full, so Sidecue cannot tell whether your decks synced. ' +
    'Everything saved before is intact. Export and delete a deck you no longer need to make room.',
  skipped: [],
};

/**
 * The same status in a few bytes: a long list of cards left out of sync is
 * what fails to fit when storage is nearly full, so the short form keeps the
 * state and the count, never a stale "synced".
 */
export function compactStatus(status: SyncStatus): SyncStatus {
  if (status.state !== 'partial') return { ...status, message: status.message.slice(0, 300), skipped: [] };
  const count = status.skipped.length;
  return {
    state: 'partial',
    message: `${count} ${count === 1 ? 'item stays' : 'items stay'} on this device only: browser sync cannot hold ${count === 1 ? 'it' : 'them'}, and storage here is too full to list ${count === 1 ? 'it' : 'them'}. Everything is saved on this device.`,
    skipped: [],
  };
}

/**
 * Stores the status for every panel. A write that fails is not ignored: the
 * short form is tried, and if even that fails the old status is removed (a
 * removal frees space, so it lands) and panels hear SYNC_STATUS_LOST. Resolves
 * to the status panels will see.
 */
export async function storeSyncStatus(status: SyncStatus): Promise<SyncStatus> {
  for (const attempt of [status, compactStatus(status)]) {
    try {
      await browser.storage.local.set({ [SYNC_STATUS_KEY]: attempt });
      return attempt;
    } catch {
      // Too big, or storage refuses writes: try the shorter form, then give up on storing it.
    }
  }
  try {
    await browser.storage.local.remove(SYNC_STATUS_KEY);
  } catch {
    // Nothing else can be done here; panels already hear the removal or keep "not known".
  }
  return SYNC_STATUS_LOST;
}

/** After a successful write: all synced, or which decks and cards stay here, in plain words. */
export function describePlan(skipped: SkippedItem[], records: Map<string, SyncRecord>): SyncStatus {
  if (skipped.length === 0) return { state: 'synced', message: 'Your decks sync across your browsers.', skipped };
  const names = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const { deckId, cardId, record } of records.values()) {
    if ('name' in record) names.set(deckId, record.name);
    if ('card' in record) titles.set(`${deckId}/${cardId}`, record.card.title);
  }
  const deckName = (deckId: string) => `“${names.get(deckId) ?? deckId}”`;

  const sentences: string[] = [];
  const byDeck = new Map<string, SkippedItem[]>();
  for (const item of skipped) byDeck.set(item.deckId, [...(byDeck.get(item.deckId) ?? []), item]);
  for (const [deckId, items] of byDeck) {
    if (items.some((item) => item.cardId === undefined)) {
      sentences.push(`Your deck ${deckName(deckId)} does not fit in browser sync: it stays on this device only.`);
      continue;
    }
    const full = items.filter((item) => item.reason === 'sync-full').length;
    if (full > 0) {
      sentences.push(
        `Your deck ${deckName(deckId)} is larger than browser sync allows: ${full} ${full === 1 ? 'card stays' : 'cards stay'} on this device only.`,
      );
    }
    for (const item of items.filter((entry) => entry.reason === 'card-too-big')) {
      const title = titles.get(`${deckId}/${item.cardId}`) ?? item.cardId;
      sentences.push(`The card “${title}” in ${deckName(deckId)} is too large for browser sync: it stays on this device only.`);
    }
  }
  sentences.push('Everything is saved on this device.');
  return { state: 'partial', message: sentences.join(' '), skipped };
}

/** When sync is missing or refuses a write: nothing is lost, it just does not leave this device. */
export function describeSyncError(error: unknown): SyncStatus {
  const detail = error instanceof Error ? error.message : String(error);
  const safe = 'Your decks are all saved on this device; they just do not sync to your other browsers right now.';
  if (/MAX_WRITE_OPERATIONS/i.test(detail)) {
    return { state: 'local-only', message: `Browser sync is pausing Sidecue after many changes in a short time. ${safe}`, skipped: [] };
  }
  if (/quota/i.test(detail)) {
    // The browser's own words ("Resource::kQuotaBytes quota exceeded") tell the user nothing more.
    return { state: 'local-only', message: `Browser sync is full. ${safe}`, skipped: [] };
  }
  return { state: 'local-only', message: `Browser sync is not available (${detail}). ${safe}`, skipped: [] };
}

export const SYNC_MISSING: SyncStatus = {
  state: 'local-only',
  message: 'This browser offers no sync storage, so your decks stay on this device only.',
  skipped: [],
};

/** The syncer's last status, as any extension page can read it. */
export async function readSyncStatus(): Promise<SyncStatus> {
  try {
    const stored = await browser.storage.local.get(SYNC_STATUS_KEY);
    const parsed = syncStatusSchema.safeParse(stored[SYNC_STATUS_KEY]);
    return parsed.success ? parsed.data : SYNC_OFF;
  } catch {
    return SYNC_OFF;
  }
}

/** Calls back with the status now and whenever the syncer changes it. */
export function watchSyncStatus(onStatus: (status: SyncStatus) => void): () => void {
  let live = true;
  void readSyncStatus().then((status) => live && onStatus(status));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SYNC_STATUS_KEY in changes)) return;
    const change = changes[SYNC_STATUS_KEY] as { newValue?: unknown; oldValue?: unknown } | undefined;
    const parsed = syncStatusSchema.safeParse(change?.newValue);
    // A status removed by the syncer means it could not store the new one (see storeSyncStatus).
    const removed = change?.newValue == null;
    onStatus(parsed.success ? parsed.data : removed ? SYNC_STATUS_LOST : SYNC_OFF);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The words of the last notice the user dismissed: a new status shows again, the same one does not. */
export const syncNoticeSeen = storage.defineItem<string>(SYNC_NOTICE_SEEN_KEY, { fallback: '' });
export const readSyncNoticeSeen = (value: unknown) => (typeof value === 'string' ? value : '');
