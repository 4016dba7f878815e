import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { localRecords } from './records';
import { SYNC_STATUS_KEY } from '../storage/storage-keys';
import { describePlan, describeSyncError, watchSyncStatus, type SyncStatus } from './status';
import { cardRecord, deckRecords, note } from './records.fixtures';

const records = localRecords({
  ...deckRecords('acme', [cardRecord(note('essay', '', 'My long story'))]),
  ...deckRecords('old', []),
});

describe('what the panel says about sync', () => {
  it('says all is synced', () => {
    expect(describePlan([], records)).toEqual({ state: 'synced', message: 'Your decks sync across your browsers.', skipped: [] });
  });

  it('names the deck, the cards and the reason, in plain words', () => {
    const skipped = [
      { deckId: 'acme', cardId: 'x', reason: 'sync-full' as const },
      { deckId: 'acme', cardId: 'essay', reason: 'card-too-big' as const },
      { deckId: 'old', reason: 'sync-full' as const },
    ];
    expect(describePlan(skipped, records).message).toBe(
      'Your deck “Deck acme” is larger than browser sync allows: 1 card stays on this device only. ' +
        'The card “My long story” in “Deck acme” is too large for browser sync: it stays on this device only. ' +
        'Your deck “Deck old” does not fit in browser sync: it stays on this device only. ' +
        'Everything is saved on this device.',
    );
  });

  it('tells a full sync from a write-rate pause from a missing sync', () => {
    expect(describeSyncError(new Error('QUOTA_BYTES quota exceeded')).message).toMatch(/^Browser sync is full/);
    expect(describeSyncError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded')).message).toMatch(/pausing/);
    expect(describeSyncError('nope')).toMatchObject({ state: 'local-only', message: expect.stringMatching(/^Browser sync is not available \(nope\)/) });
  });

  it('lets a panel follow the status the background writes', async () => {
    const seen: SyncStatus[] = [];
    const stop = watchSyncStatus((status) => seen.push(status));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const partial: SyncStatus = { state: 'partial', message: 'Some stay here.', skipped: [] };
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: partial });
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: 'garbage' });
    stop();
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: partial });
    expect(seen.map((status) => status.state)).toEqual(['off', 'partial', 'off']);
  });
});
