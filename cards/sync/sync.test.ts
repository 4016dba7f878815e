import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Deck } from '../schema';
import { deleteCard, deleteDeck, loadLibrary, saveCard, saveDeck } from '../storage/store';
import { createSyncer, type Syncer } from './sync';
import { syncChunkKey, syncGoneKey, syncKey } from '../storage/storage-keys';
import { readSyncStatus, type SyncStatus } from './status';
import { cardRecord, meta, note } from './records.fixtures';

const deck: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [note('a'), note('b')] };
let syncer: Syncer | undefined;

// A long debounce: tests run each round with flush(), never on a timer.
async function started() {
  syncer = createSyncer({ debounceMs: 60_000 });
  await syncer.start();
  return syncer;
}
const syncItems = () => browser.storage.sync.get(null);
const cardsOf = async (deckId: string) =>
  (await loadLibrary()).decks.find((entry) => entry.meta.id === deckId)?.deck.cards ?? [];

afterEach(() => syncer?.stop());

describe('syncing decks through browser sync', () => {
  it('mirrors local decks into sync and says they are synced', async () => {
    await saveDeck(deck, { now: 1 });
    const running = await started();
    expect(Object.keys(await syncItems()).sort()).toEqual([syncKey('card:acme:a'), syncKey('card:acme:b'), syncKey('deck:acme')]);
    expect(running.status()).toMatchObject({ state: 'synced', skipped: [] });
    expect(await readSyncStatus()).toEqual(running.status());
  });

  it('pulls the decks from sync on a new device', async () => {
    await browser.storage.sync.set({
      [syncKey('deck:acme')]: meta('acme', 5, 'Acme loop'),
      [syncKey('card:acme:a')]: cardRecord(note('a'), 5),
    });
    await started();
    expect(await cardsOf('acme')).toEqual([note('a')]);
  });

  it('batches many edits into one write', async () => {
    await saveDeck(deck, { now: 1 });
    const running = await started();
    const set = vi.spyOn(browser.storage.sync, 'set');
    for (let index = 0; index < 10; index += 1) await saveCard('acme', note('a', `draft ${index}`), 1, 10 + index);
    await saveCard('acme', note('b', 'other card'), 2, 30);
    await running.flush();
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0])).toEqual([syncKey('card:acme:a'), syncKey('card:acme:b')]);
    expect((await syncItems())[syncKey('card:acme:a')]).toMatchObject({ card: { body: 'draft 9' } });
  });

  it('writes nothing when nothing changed', async () => {
    await saveDeck(deck, { now: 1 });
    const running = await started();
    const set = vi.spyOn(browser.storage.sync, 'set');
    await running.flush();
    expect(set).not.toHaveBeenCalled();
  });

  it('syncs part of a deck too big for sync, keeps it all here, and says so plainly', async () => {
    const cards = Array.from({ length: 150 }, (_, index) => note(`c${index}`, 'k'.repeat(1_000)));
    await saveDeck({ id: 'big', name: 'Big prep', description: '', cards }, { now: 1 });
    const running = await started();

    const status = running.status();
    expect(status.state).toBe('partial');
    const left = status.skipped.length;
    expect(left).toBeGreaterThan(40);
    expect(status.message).toBe(
      `Your deck “Big prep” is larger than browser sync allows: ${left} cards stay on this device only. Everything is saved on this device.`,
    );
    const inSync = Object.keys(await syncItems()).filter((key) => key.startsWith('sync:card:big:'));
    expect(inSync).toHaveLength(150 - left);
    for (const item of status.skipped) expect(inSync).not.toContain(syncKey(`card:big:${item.cardId}`));
    expect(await cardsOf('big')).toHaveLength(150);
  });

  it('round-trips a chunked card to another device', async () => {
    const essay = note('a', '“Quoted”, \\escaped\\ and 🚀 '.repeat(900));
    await saveDeck({ ...deck, cards: [essay] }, { now: 1 });
    await started();
    const items = await syncItems();
    expect(items[syncKey('card:acme:a')]).toMatchObject({ chunks: expect.any(Number) });
    expect(items[syncChunkKey('card:acme:a', 1)]).toEqual(expect.any(String));

    syncer!.stop();
    await browser.storage.local.clear();
    await started();
    expect(await cardsOf('acme')).toEqual([essay]);
  });

  it('on a quota error keeps local data intact and says it is not syncing', async () => {
    await saveDeck(deck, { now: 1 });
    const running = await started();
    const seen: SyncStatus[] = [];
    running.onStatus((status) => seen.push(status));
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));

    await saveCard('acme', note('a', 'edited here'), 1, 50);
    await running.flush();

    expect(running.status().state).toBe('local-only');
    expect(running.status().message).toMatch(/^Browser sync is full\. Your decks are all saved on this device/);
    expect(seen.map((status) => status.state)).toEqual(['local-only']);
    expect(await cardsOf('acme')).toEqual([note('a', 'edited here'), note('b')]);
    expect((await syncItems())[syncKey('card:acme:a')]).toMatchObject({ card: { body: 'About a' } });

    vi.mocked(browser.storage.sync.set).mockRestore();
    await running.flush();
    expect(running.status().state).toBe('synced');
    expect((await syncItems())[syncKey('card:acme:a')]).toMatchObject({ card: { body: 'edited here' } });
  });

  it('says so when the browser has no sync storage, and touches nothing local', async () => {
    await saveDeck(deck, { now: 1 });
    const sync = vi.spyOn(browser.storage, 'sync', 'get').mockReturnValue(undefined as never);
    const running = await started();
    sync.mockRestore();
    expect(running.status()).toMatchObject({ state: 'local-only', message: expect.stringMatching(/no sync storage/) });
    expect(await cardsOf('acme')).toHaveLength(2);
  });

  it('says so when sync throws (Firefox without an account may)', async () => {
    await saveDeck(deck, { now: 1 });
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('Sync is not available'));
    const running = await started();
    expect(running.status()).toMatchObject({ state: 'local-only', message: expect.stringMatching(/^Browser sync is not available \(Sync is not available\)/) });
    expect(await cardsOf('acme')).toHaveLength(2);
  });

  it('applies a newer card from another browser and ignores an older one', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    await browser.storage.sync.set({ [syncKey('card:acme:a')]: cardRecord(note('a', 'from the laptop'), 20, 1) });
    await running.idle();
    await browser.storage.sync.set({ [syncKey('card:acme:b')]: cardRecord(note('b', 'stale'), 5, 2) });
    await running.idle();
    expect(await cardsOf('acme')).toEqual([note('a', 'from the laptop'), note('b')]);
  });

  it('ignores garbage in sync without crashing', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    await browser.storage.sync.set({
      [syncKey('card:acme:a')]: 'garbage',
      [syncKey('deck:acme')]: { v: 7 },
      [syncKey('card:acme:c')]: { chunks: 3, sum: 'x', updatedAt: 99 },
      [syncChunkKey('card:acme:c', 0)]: '{"v":1,',
      [syncGoneKey('card:acme:b')]: { at: 'tomorrow' },
      'sync:what': [1, 2],
    });
    await running.idle();
    await running.flush();
    expect((await loadLibrary()).decks[0]!.deck).toEqual(deck);
    expect(running.status().state).toBe('synced');
  });

  it('does not let a sync change arriving mid-edit clobber the newer local edit', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    // The user types; the debounced push has not run yet.
    await saveCard('acme', note('a', 'typed just now'), 1, 300);
    await browser.storage.sync.set({ [syncKey('card:acme:a')]: cardRecord(note('a', 'older, from the phone'), 200, 1) });
    await running.idle();
    expect((await cardsOf('acme'))[0]).toEqual(note('a', 'typed just now'));
    await running.flush();
    expect((await syncItems())[syncKey('card:acme:a')]).toMatchObject({ updatedAt: 300, card: { body: 'typed just now' } });
  });

  it('sends a deletion as a marker, and another browser applies it', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    await deleteCard('acme', 'b');
    await running.flush();
    const items = await syncItems();
    expect(items).not.toHaveProperty(syncKey('card:acme:b'));
    expect(items[syncGoneKey('card:acme:b')]).toEqual({ at: expect.any(Number) });

    // Another browser, which still had the card, takes the deletion.
    running.stop();
    await browser.storage.local.clear();
    await saveDeck(deck, { now: 10 });
    await started();
    expect((await cardsOf('acme')).map((card) => card.id)).toEqual(['a']);
  });

  it('keeps a card edited after it was deleted elsewhere', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    await saveCard('acme', note('b', 'still wanted'), 2, 500);
    await browser.storage.sync.set({ [syncGoneKey('card:acme:b')]: { at: 400 } });
    await running.idle();
    expect((await cardsOf('acme')).map((card) => card.id)).toEqual(['a', 'b']);
  });

  it('does not treat the store setting garbage aside as a deletion', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    await browser.storage.local.set({ 'card:acme:b': { broken: true } });
    await loadLibrary(); // moves the broken record under a quarantine key
    await running.flush();
    const items = await syncItems();
    expect(items).not.toHaveProperty(syncGoneKey('card:acme:b'));
    expect(items[syncKey('card:acme:b')]).toBeDefined();
  });
});

describe('deleting a deck', () => {
  it('removes the deck and its cards from sync with a single marker', async () => {
    await saveDeck(deck, { now: 10 });
    const running = await started();
    const [user] = (await loadLibrary()).decks;
    await deleteDeck(user!);
    await running.flush();
    expect(await syncItems()).toEqual({ [syncGoneKey('deck:acme')]: { at: expect.any(Number) } });
  });
});

describe('the write rate', () => {
  it('holds a batch back rather than go over the write budget', async () => {
    await saveDeck(deck, { now: 10 });
    syncer = createSyncer({ debounceMs: 60_000, limits: { perMinute: 2, perHour: 100 } });
    await syncer.start(); // first write
    await saveCard('acme', note('a', 'second'), 1, 20);
    await syncer.flush(); // second write
    await saveCard('acme', note('a', 'third'), 1, 30);
    await syncer.flush(); // over budget: waits for the minute to pass
    expect((await syncItems())[syncKey('card:acme:a')]).toMatchObject({ card: { body: 'second' } });
    expect(await cardsOf('acme')).toEqual([note('a', 'third'), note('b')]);
  });
});
