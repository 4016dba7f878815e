import { browser } from 'wxt/browser';
import { SYNC_STATUS_KEY } from '../storage/storage-keys';
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
      cardId: z.string().optional(),
      reason: z.enum(['sync-full', 'card-too-big']),
    }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;


export const SYNC_OFF: SyncStatus = { state: 'off', message: 'Sync is not running.', skipped: [] };

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
    return { state: 'local-only', message: `Browser sync is full (${detail}). ${safe}`, skipped: [] };
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
    const parsed = syncStatusSchema.safeParse(changes[SYNC_STATUS_KEY]?.newValue);
    onStatus(parsed.success ? parsed.data : SYNC_OFF);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
