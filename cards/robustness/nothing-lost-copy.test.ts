import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { defaultDeck } from '../default-deck';
import * as commands from '../library-commands';
import { DEFAULT_COPY_ID, DEFAULT_DECK_ID } from '../shipped-deck';
import { deckKey, syncGoneKey, syncKey } from '../storage/storage-keys';
import * as store from '../storage/store';
import { createSyncer, type Syncer } from '../sync/sync';

/**
 * The user's copy of the shipped deck is written with its untouched cards
 * stamped time 0 (so a real edit elsewhere always wins over them). A copy
 * deleted earlier leaves deletions under the very same keys, with a later
 * time: a new copy made after that deletion must not be eaten by it, on this
 * device or on another, and the old deletion must still hold for records
 * that existed when it was made.
 */

const shippedIds = defaultDeck.cards.map((card) => card.id);
const pacing = defaultDeck.cards.find((card) => card.title === 'Pacing')!;
let syncer: Syncer | undefined;
let clock = 0;

/** The panel's idea of the active deck, as library-commands drive it. */
function panel(id: string = DEFAULT_DECK_ID) {
  const active = { id: id as string | undefined, switchTo: (next: string) => (active.id = next) };
  return active;
}

const copyCards = async () =>
  (await store.loadLibrary()).decks.find((entry) => entry.meta.id === DEFAULT_COPY_ID)?.deck.cards.map((card) => card.id) ?? [];

/** Makes the copy the way the panel does: the user duplicates "Pacing" in the shipped deck. */
async function copyByEditingShipped() {
  const active = panel();
  const { value } = await commands.duplicateCard(await store.loadLibrary(), active, pacing.id);
  expect(active.id).toBe(DEFAULT_COPY_ID);
  return value!;
}

async function deleteCopy() {
  const active = panel(DEFAULT_COPY_ID);
  expect((await commands.deleteDeck(await store.loadLibrary(), active)).value).toBe(true);
}

/** Moves time on (the store reads Date.now, the syncer its own clock: both follow this one). */
function later(ms = 60_000) {
  clock += ms;
  vi.setSystemTime(clock);
}

async function started() {
  syncer = createSyncer({ debounceMs: 60_000, now: () => Date.now() });
  await syncer.start();
  return syncer;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = Date.UTC(2026, 11, 2, 9);
  vi.setSystemTime(clock);
});

afterEach(() => {
  syncer?.stop();
  syncer = undefined;
  vi.useRealTimers();
});

describe('a new copy of the shipped deck is never eaten by the deletion of an earlier copy', () => {
  it('on one device: delete the copy, sync, edit the shipped deck again, sync: every card of the new copy stays', async () => {
    const running = await started();
    later();
    await copyByEditingShipped();
    await running.flush();
    later();
    await deleteCopy();
    await running.flush();
    expect(await copyCards()).toEqual([]);
    expect(Object.keys(await browser.storage.sync.get(null))).toContain(syncGoneKey(deckKey(DEFAULT_COPY_ID)));

    later();
    const duplicate = await copyByEditingShipped();
    await running.flush();
    later();
    await running.flush();
    expect(await copyCards()).toEqual(expect.arrayContaining([...shippedIds, duplicate.id]));
    expect(await copyCards()).toHaveLength(shippedIds.length + 1);
    // And the new copy reaches sync whole, for the user's other browsers.
    const synced = await browser.storage.sync.get(null);
    expect(synced).toHaveProperty([syncKey(deckKey(DEFAULT_COPY_ID))]);
    for (const id of shippedIds) expect(Object.keys(synced)).toContain(syncKey(`card:${DEFAULT_COPY_ID}:${id}`));
  });

  it('the same after a restart: the deletion read back from storage does not eat the new copy', async () => {
    await started();
    later();
    await copyByEditingShipped();
    later();
    await deleteCopy();
    await syncer!.flush();
    syncer!.stop();

    later();
    const duplicate = await copyByEditingShipped();
    await started();
    later();
    await syncer!.flush();
    expect(await copyCards()).toHaveLength(shippedIds.length + 1);
    expect(await copyCards()).toContain(duplicate.id);
  });

  it('on two devices: the deletion arrives from sync after this device made its new copy, and every card stays', async () => {
    // Device A: makes a copy, syncs it, deletes it, syncs the deletion.
    await started();
    later();
    await copyByEditingShipped();
    await syncer!.flush();
    later();
    await deleteCopy();
    await syncer!.flush();
    syncer!.stop();
    const fromA = await browser.storage.sync.get(null);
    expect(Object.keys(fromA)).toContain(syncGoneKey(deckKey(DEFAULT_COPY_ID)));

    // Device B, offline until now, had never seen either: its user edits the shipped deck later.
    await browser.storage.local.clear();
    await browser.storage.sync.clear();
    later();
    const duplicate = await copyByEditingShipped();
    // B comes online: sync holds A's deletion, older than B's copy.
    await browser.storage.sync.set(fromA);
    await started();
    later();
    await syncer!.flush();
    expect(await copyCards()).toHaveLength(shippedIds.length + 1);
    expect(await copyCards()).toContain(duplicate.id);
  });

  it('on two devices, the other way: a device that deleted the copy takes the other device’s newer copy whole', async () => {
    // Device A deleted its copy; its deletion is kept locally.
    await started();
    later();
    await copyByEditingShipped();
    later();
    await deleteCopy();
    await syncer!.flush();
    syncer!.stop();
    const aLocal = await browser.storage.local.get(null);

    // Device B makes a new copy later, and syncs it.
    await browser.storage.local.clear();
    await browser.storage.sync.clear();
    later();
    const duplicate = await copyByEditingShipped();
    await started();
    syncer!.stop();
    const fromB = await browser.storage.sync.get(null);

    // Device A pulls B's copy.
    await browser.storage.local.clear();
    await browser.storage.local.set(aLocal);
    await browser.storage.sync.set(fromB);
    later();
    await started();
    await syncer!.flush();
    expect(await copyCards()).toHaveLength(shippedIds.length + 1);
    expect(await copyCards()).toContain(duplicate.id);
  });

  it('the deletion still holds for the copy that existed when it was made, here and arriving from sync', async () => {
    // Device B pulled A's copy before A deleted it.
    await started();
    later();
    await copyByEditingShipped();
    await syncer!.flush();
    const bLocal = await browser.storage.local.get(null);
    later();
    await deleteCopy();
    await syncer!.flush();
    syncer!.stop();
    const fromA = await browser.storage.sync.get(null);

    await browser.storage.local.clear();
    await browser.storage.local.set(bLocal);
    await browser.storage.sync.clear();
    await browser.storage.sync.set(fromA);
    later();
    await started();
    await syncer!.flush();
    expect(await copyCards()).toEqual([]);
    expect((await store.loadLibrary()).decks).toEqual([]);
  });
});

describe('storage wiped under a running syncer (how each end-to-end journey starts)', () => {
  it('counts the wipe as deletions, yet a copy made after it keeps every card', async () => {
    const running = await started();
    later();
    await copyByEditingShipped();
    await running.flush();
    later();
    await browser.storage.sync.clear();
    await browser.storage.local.clear();
    later();
    const duplicate = await copyByEditingShipped();
    later();
    await running.flush();
    expect(await copyCards()).toHaveLength(shippedIds.length + 1);
    expect(await copyCards()).toContain(duplicate.id);
  });
});
