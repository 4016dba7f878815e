import { describe, expect, it } from 'vitest';
import { syncChunkKey, syncGoneKey, syncKey } from '../storage/storage-keys';
import { planSync, TOMBSTONE_TTL_MS } from './plan';
import { itemBytes, SYNC_BUDGET } from './quota';
import { cardRecord, deckRecords, note } from './records.fixtures';

const kilobyteNote = (id: string) => note(id, 'k'.repeat(1_000));

describe('planning what goes to browser sync', () => {
  it('mirrors a small library whole, under sync keys', () => {
    const local = deckRecords('acme', [cardRecord(note('a')), cardRecord(note('b'), 1, 2)]);
    const plan = planSync(local);
    expect(plan.items).toEqual(Object.fromEntries(Object.entries(local).map(([key, value]) => [syncKey(key), value])));
    expect(plan.skipped).toEqual([]);
    expect(plan.bytes).toBe(Object.entries(plan.items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0));
  });

  it('syncs whole decks first, newest first, then the newest cards of a deck too big for sync', () => {
    // 150 cards of about 1 KB: half again what sync holds.
    const big = Array.from({ length: 150 }, (_, index) => cardRecord(kilobyteNote(`c${index}`), 100 + index, index));
    const local = {
      ...deckRecords('big', big, 100),
      ...deckRecords('small', [cardRecord(note('s'), 50)], 50),
    };
    const plan = planSync(local);

    expect(plan.items[syncKey('deck:small')]).toBeDefined();
    expect(plan.items[syncKey('card:small:s')]).toBeDefined();
    expect(plan.items[syncKey('deck:big')]).toBeDefined();
    expect(plan.bytes).toBeLessThanOrEqual(SYNC_BUDGET.bytes);

    const synced = big.filter((record) => syncKey(`card:big:${record.card.id}`) in plan.items).length;
    expect(synced).toBeGreaterThan(80);
    // The ones left behind are exactly the least recently changed, and each is listed.
    expect(plan.skipped).toEqual(
      big
        .slice(0, 150 - synced)
        .reverse()
        .map((record) => ({ deckId: 'big', cardId: record.card.id, reason: 'sync-full' })),
    );
  });

  it('stays under the item count limit', () => {
    const tiny = Array.from({ length: 600 }, (_, index) => cardRecord(note(`t${index}`, ''), 1, index));
    const plan = planSync(deckRecords('many', tiny));
    expect(Object.keys(plan.items)).toHaveLength(SYNC_BUDGET.maxItems);
    expect(plan.skipped).toHaveLength(600 - (SYNC_BUDGET.maxItems - 1));
  });

  it('leaves a whole deck behind when not even its own record fits', () => {
    const budget = { ...SYNC_BUDGET, maxItems: 2 };
    const plan = planSync({ ...deckRecords('new', [cardRecord(note('n'), 9)], 9), ...deckRecords('old', [cardRecord(note('o'))]) }, { budget });
    expect(Object.keys(plan.items)).toEqual([syncKey('deck:new'), syncKey('card:new:n')]);
    expect(plan.skipped).toEqual([{ deckId: 'old', reason: 'sync-full' }]);
  });

  it('chunks a large card and leaves a huge one on the device', () => {
    const local = deckRecords('acme', [
      cardRecord(note('long', 'l'.repeat(20_000))),
      cardRecord(note('huge', 'h'.repeat(90_000)), 1, 2),
    ]);
    const plan = planSync(local);
    expect(plan.items[syncKey('card:acme:long')]).toMatchObject({ chunks: 3 });
    expect(plan.items[syncChunkKey('card:acme:long', 2)]).toEqual(expect.any(String));
    expect(plan.skipped).toEqual([{ deckId: 'acme', cardId: 'huge', reason: 'card-too-big' }]);
  });

  it('carries deletion markers, drops expired ones and ones an undo overtook', () => {
    const now = 10 * TOMBSTONE_TTL_MS;
    const local = deckRecords('acme', [cardRecord(note('back'), now - 5)], now);
    const tombstones = {
      'card:acme:gone': now - 100,
      'card:acme:ancient': now - TOMBSTONE_TTL_MS - 1,
      'card:acme:back': now - 10,
    };
    const plan = planSync(local, { tombstones, now });
    expect(plan.items[syncGoneKey('card:acme:gone')]).toEqual({ at: now - 100 });
    expect(plan.items).not.toHaveProperty(syncGoneKey('card:acme:ancient'));
    expect(plan.items).not.toHaveProperty(syncGoneKey('card:acme:back'));
    expect(plan.items[syncKey('card:acme:back')]).toBeDefined();
  });

  it('does not send a record its deletion marker outdates', () => {
    const local = deckRecords('acme', [cardRecord(note('a'), 5)]);
    const plan = planSync(local, { tombstones: { 'card:acme:a': 6 }, now: 7 });
    expect(plan.items).not.toHaveProperty(syncKey('card:acme:a'));
    expect(plan.items[syncGoneKey('card:acme:a')]).toEqual({ at: 6 });
  });

  it('ignores garbage and keys that are not decks or cards', () => {
    const plan = planSync({ 'card:acme:bad': { nonsense: true }, 'quarantine:card:x:y': {}, 'sync-status': {}, theme: 'dark' });
    expect(plan).toEqual({ items: {}, skipped: [], bytes: 0 });
  });
});

describe('deleting a whole deck', () => {
  it('sends one marker for the deck, not one per card', () => {
    const tombstones = { 'deck:old': 100, 'card:old:a': 100, 'card:old:b': 99, 'card:old:later': 101 };
    const plan = planSync({}, { tombstones, now: 200 });
    expect(Object.keys(plan.items).sort()).toEqual([syncGoneKey('card:old:later'), syncGoneKey('deck:old')]);
  });
});
