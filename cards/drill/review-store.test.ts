import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import * as store from '../storage/store';
import { StoreError } from '../storage/store-error';
import { reviewKey } from '../storage/storage-keys';
import { keysAsked, spyOnGets } from '../storage/storage-gets.fixtures';
import { drillDeck } from './drill.fixtures';
import { drillQueue } from './drill-queue';
import { ReviewOutbox } from './review-outbox';
import { reviewItems } from './review-items';
import { loadReviews, saveReview } from './review-store';
import { gradeItem } from './scheduler';

const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();
const QUOTA = () => new Error('QUOTA_BYTES quota exceeded');

async function gradeAll(deck = drillDeck(), now = T0) {
  for (const item of reviewItems(deck)) await saveReview(gradeItem(item, undefined, 4, now, 0.9), now);
}

/** What a drill of the deck as stored now would ask, `now`. */
async function asked(now: number) {
  const { decks } = await store.loadLibrary(now);
  const deck = decks.find((entry) => entry.meta.id === 'acme')!.deck;
  const queue = drillQueue(reviewItems(deck), await loadReviews('acme', now), now, { newPerDay: 50 });
  return [...queue.due, ...queue.fresh].map((item) => item.id);
}

describe('review records in storage', () => {
  it('reads back what was graded, one key per item', async () => {
    await gradeAll();
    const records = await loadReviews('acme', T0);
    expect([...records.keys()]).toEqual(reviewItems(drillDeck()).map((item) => item.id));
    expect(await browser.storage.local.get(reviewKey('acme:latency:strong'))).toHaveProperty(['review:acme:latency:strong', 'item'], 'acme:latency:strong');
  });

  it("reads the deck's own records, not the rest of storage (the header's count must not grow with other decks)", async () => {
    await gradeAll();
    await browser.storage.local.set({ 'card:globex:a': { big: 'x'.repeat(1000) }, 'review:globex:a': { item: 'globex:a' } });
    const asked = spyOnGets();
    await loadReviews('acme', T0);
    vi.restoreAllMocks();
    const keys = keysAsked(asked);
    expect(keys).not.toContain(null);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => typeof key === 'string' && key.startsWith('review:acme:'))).toBe(true);
  });

  it('survives an edit that keeps the meaning, a deletion undone and an import of the same cards', async () => {
    await store.saveDeck(drillDeck(), { now: 1 });
    await gradeAll();
    expect(await asked(T0 + 1000)).toEqual([]);

    // A comma and a capital: the item keeps its schedule.
    const edited = drillDeck();
    const phrasing = edited.cards[1]!;
    if (phrasing.kind !== 'phrasing') throw new Error('fixture');
    phrasing.strong = 'I set the constraints, and I own the trade-off!';
    await store.saveCard('acme', phrasing, 2, 2);
    expect(await asked(T0 + 1000)).toEqual(['acme:own:strong']);
    phrasing.strong = 'i set the constraints and own the trade-off';
    await store.saveCard('acme', phrasing, 2, 3);
    expect(await asked(T0 + 1000)).toEqual([]);

    // Deleted, then put back (Undo): the schedule was never removed.
    await store.deleteCard('acme', 'latency', 4);
    expect(await asked(T0 + 1000)).toEqual([]);
    await store.saveCard('acme', drillDeck().cards[0]!, 1, 5);
    expect(await asked(T0 + 1000)).toEqual([]);

    // The same deck imported over itself: same ids, same answers, same schedule.
    await store.saveDeck(drillDeck(), { now: 6 });
    expect(await asked(T0 + 1000)).toEqual([]);
  });

  it('sets an unreadable record aside, never drops it, and the item starts over', async () => {
    await gradeAll();
    const key = reviewKey('acme:own:strong');
    await browser.storage.local.set({ [key]: { v: 1, item: 'acme:own:strong', due: 'tomorrow' } });
    const records = await loadReviews('acme', T0);
    expect(records.has('acme:own:strong')).toBe(false);
    const stored = await browser.storage.local.get(null);
    expect(stored[key]).toBeUndefined();
    const aside = Object.entries(stored).filter(([name]) => name.startsWith(`quarantine:${key}@`));
    expect(aside).toHaveLength(1);
    expect(aside[0]![1]).toMatchObject({ key, value: { due: 'tomorrow' } });
    expect((aside[0]![1] as { reason: string }).reason).toMatch(/could not be read: [\s\S]*due should be a number/);
  });

  it('keeps both windows’ grades of one item: the later schedules, both stay in the log', async () => {
    const item = reviewItems(drillDeck())[0]!;
    const first = gradeItem(item, undefined, 1, T0, 0.9);
    const second = gradeItem(item, undefined, 4, T0 + 5000, 0.9);
    await saveReview(second, T0 + 5000);
    await saveReview(first, T0 + 6000);
    const stored = (await loadReviews('acme', T0 + 7000)).get(item.id)!;
    expect(stored.due).toBe(second.due);
    expect(stored.log.map((entry) => entry.grade)).toEqual([1, 4]);
  });

  it('on a full storage, says so in words and keeps the grade to write again', async () => {
    const [a, b] = reviewItems(drillDeck());
    const outbox = new ReviewOutbox();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(QUOTA());
    const error = await outbox.submit(gradeItem(a!, undefined, 3, T0, 0.9), T0).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toBe(
      'Storage is full, so this grade was not saved. Everything saved before is intact. Export and delete a deck you no longer need to make room.',
    );
    expect([...outbox.waiting.keys()]).toEqual([a!.id]);
    expect((await loadReviews('acme', T0)).size).toBe(0);

    // The next grade writes both.
    await outbox.submit(gradeItem(b!, undefined, 3, T0 + 1000, 0.9), T0 + 1000);
    expect(outbox.waiting.size).toBe(0);
    expect([...(await loadReviews('acme', T0)).keys()].sort()).toEqual([a!.id, b!.id].sort());
  });
});
