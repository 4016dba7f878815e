import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Card, Deck } from '../schema';
import * as store from '../storage/store';
import { createSyncer, type Syncer } from '../sync/sync';
import { SYNC_BUDGET } from '../sync/quota';
import { SYNC_STATUS_KEY } from '../storage/storage-keys';
import { readSyncStatus, watchSyncStatus, type SyncStatus } from '../sync/status';

/**
 * Issue 18, case 5: the sync status lists every card left out of sync, so
 * it is the write that fails when storage is nearly full. The panel must then
 * never keep saying "synced".
 */

const note = (id: string, body: string): Card => ({ kind: 'note', id, title: `Card ${id}`, tags: [], body, points: [] });
let syncer: Syncer | undefined;
afterEach(() => syncer?.stop());

/** Local storage that refuses any status write holding more than `limit` bytes of JSON. */
function nearlyFull(limit: number) {
  const set = browser.storage.local.set.bind(browser.storage.local);
  return vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (SYNC_STATUS_KEY in items && JSON.stringify(items).length > limit) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

async function syncedThenTooBig() {
  await store.saveDeck({ id: 'acme', name: 'Acme loop', description: '', cards: [note('a', 'short')] } satisfies Deck, { now: 1 });
  // A small sync budget, so the next cards stay on this device and the status lists them.
  syncer = createSyncer({ debounceMs: 60_000, budget: { ...SYNC_BUDGET, bytes: 3_000 } });
  await syncer.start();
  expect((await readSyncStatus()).state).toBe('synced');
  const big = Array.from({ length: 12 }, (_, index) => ({ card: note(`big${index}`, 'x'.repeat(400)), order: index + 2 }));
  await store.saveCards('acme', big, 2);
  return syncer;
}

describe('case 5: the sync notice never lies when storage is nearly full', () => {
  it('stores a short status when the full list does not fit, and never says synced', async () => {
    const running = await syncedThenTooBig();
    nearlyFull(400);
    const heard: SyncStatus[] = [];
    const stop = watchSyncStatus((status) => heard.push(status));
    await vi.waitFor(() => expect(heard).toHaveLength(1)); // the panel has read the status once
    await running.flush();
    stop();
    const stored = await readSyncStatus();
    expect(stored.state).toBe('partial');
    expect(stored.skipped).toEqual([]); // the short form: the long list did not fit
    expect(stored.message).toMatch(/stay on this device only/);
    expect(running.status().state).toBe('partial');
    expect(heard.at(-1)?.state).toBe('partial');
  });

  it('when no status fits at all, panels hear that sync cannot be confirmed', async () => {
    const running = await syncedThenTooBig();
    nearlyFull(0);
    const heard: SyncStatus[] = [];
    const stop = watchSyncStatus((status) => heard.push(status));
    await vi.waitFor(() => expect(heard).toHaveLength(1)); // the panel has read the status once
    await running.flush();
    stop();
    expect((await readSyncStatus()).state).not.toBe('synced');
    expect(running.status().state).not.toBe('synced');
    expect(heard.at(-1)?.message).toMatch(/cannot tell whether your decks synced/);
  });
});
