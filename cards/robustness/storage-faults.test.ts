import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardSchema, deckSchema, type Card, type Deck } from '../schema';
import * as store from '../storage/store';
import { StoreError } from '../storage/store-error';
import { cardKey, deckKey, quarantineKey } from '../storage/storage-keys';
import { fingerprint } from '../storage/same-value';
import { card as cardInput, deckInput } from './arbitraries.fixtures';

/**
 * Storage that fails: full, refusing, failing half way through, handing back
 * garbage, or changed by another device while the user edits. Each time,
 * what the user had saved is still there, and the error is a sentence for them.
 */

const phrasing = (id: string, strong = `Say ${id}`): Card => ({ kind: 'phrasing', id, title: `Card ${id}`, tags: [], strong, why: '' });
const acme: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a'), phrasing('b'), phrasing('c')] };

const snapshot = () => browser.storage.local.get(null);

/** Worded for the user: says what was not saved and that the rest is safe; no stack, no object dump. */
function expectWorded(error: unknown) {
  expect(error).toBeInstanceOf(StoreError);
  const message = (error as Error).message;
  expect(message).toMatch(/not saved|refused to save|could not be removed/);
  expect(message).toMatch(/intact|Delete them by hand/);
  expect(message).not.toMatch(/\[object |undefined|at \S+ \(/);
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the write should have failed'),
    (error: unknown) => error,
  );
}

const QUOTA = () => new Error('QUOTA_BYTES quota exceeded');
const REFUSED = () => new Error('IO error: .../000123.ldb: No space left on device');

/** The copies of `key` set aside in `stored`, one per time it was set aside. */
const setAsideCopies = (stored: Record<string, unknown>, key: string) =>
  Object.keys(stored)
    .filter((storageKey) => storageKey.startsWith(`quarantine:${key}@`))
    .map((storageKey) => stored[storageKey]);

describe('storage that refuses a write', () => {
  it('full storage: the edit is refused in words, and every deck reads back as before', async () => {
    await store.saveDeck(acme, { now: 1 });
    const before = await snapshot();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(QUOTA());

    const error = await failureOf(store.saveCard('acme', phrasing('a', 'A long new answer'), 1));
    expectWorded(error);
    expect((error as Error).message).toBe(
      'Storage is full, so the card “Card a” was not saved. Everything saved before is intact. Export and delete a deck you no longer need to make room.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('any edit, refused in any way, leaves storage exactly as it was', async () => {
    const edit = fc.oneof(
      cardInput.map((card) => ({ type: 'saveCard' as const, card: cardSchema.parse(card) })),
      deckInput.map((deck) => ({ type: 'saveDeck' as const, deck: deckSchema.parse(deck) })),
      fc.constantFrom(
        { type: 'deleteCard' as const },
        { type: 'deleteDeck' as const },
        { type: 'rename' as const },
        { type: 'reorder' as const },
      ),
    );
    await fc.assert(
      fc.asyncProperty(edit, fc.constantFrom(QUOTA, REFUSED), async (change, failure) => {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        await store.saveDeck(acme, { now: 1 });
        const [mine] = (await store.loadLibrary()).decks;
        const before = await snapshot();
        vi.spyOn(browser.storage.local, 'set').mockRejectedValue(failure());
        vi.spyOn(browser.storage.local, 'remove').mockRejectedValue(failure());

        const attempt =
          change.type === 'saveCard'
            ? store.saveCard('acme', change.card, 9)
            : change.type === 'saveDeck'
              ? store.saveDeck(change.deck)
              : change.type === 'deleteCard'
                ? store.deleteCard('acme', 'b')
                : change.type === 'deleteDeck'
                  ? store.deleteDeck(mine!)
                  : change.type === 'rename'
                    ? store.renameDeck(mine!.meta, 'Renamed')
                    : store.saveCards('acme', [{ card: acme.cards[2]!, order: 0.5 }, { card: acme.cards[0]!, order: 2 }]);
        expectWorded(await failureOf(attempt));
        vi.restoreAllMocks();
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a write that fails half way', () => {
  it('replacing a deck: the new cards land, the old ones stay, and the user is told to tidy up', async () => {
    await store.saveDeck(acme, { now: 1 });
    const [previous] = (await store.loadLibrary()).decks;
    // The old cards go as tombstones, in the second write.
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set')
      .mockImplementationOnce((items) => set(items))
      .mockRejectedValueOnce(new Error('The browser is shutting down'));
    const next: Deck = { ...acme, name: 'Acme, imported', cards: [phrasing('d', 'From the file')] };

    const error = await failureOf(store.replaceDeck(next, previous!, 2));
    expectWorded(error);
    expect((error as Error).message).toBe(
      '“Acme, imported” was saved, but 3 of its old cards could not be removed (The browser is shutting down). Delete them by hand if you do not want them.',
    );
    const [after] = (await store.loadLibrary()).decks;
    expect(after!.deck.cards.map((card) => card.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(after!.meta.name).toBe('Acme, imported');
  });

  it('importing two decks: the first stays when the second is refused, and the error names the second', async () => {
    const second: Deck = { id: 'globex', name: 'Globex final', description: '', cards: [phrasing('x')] };
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set')
      .mockImplementationOnce((items) => set(items))
      .mockRejectedValueOnce(QUOTA());

    await store.saveDeck(acme, { now: 1 });
    const error = await failureOf(store.saveDeck(second, { now: 2 }));
    expectWorded(error);
    expect((error as Error).message).toContain('the deck “Globex final” was not saved');
    expect((await store.loadLibrary()).decks.map((entry) => entry.deck)).toEqual([acme]);
  });

  it('a storage call that lands part of a batch, then throws: nothing saved before is lost, nothing is broken', async () => {
    await fc.assert(
      fc.asyncProperty(deckInput, fc.integer({ min: 0, max: 100 }), async (input, percent) => {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        await store.saveDeck(acme, { now: 1 });
        const before = await snapshot();
        const incoming = { ...deckSchema.parse(input), id: 'acme' };
        const set = browser.storage.local.set.bind(browser.storage.local);
        vi.spyOn(browser.storage.local, 'set').mockImplementationOnce(async (items) => {
          const entries = Object.entries(items);
          await set(Object.fromEntries(entries.slice(0, Math.floor((entries.length * percent) / 100))));
          throw new Error('Write interrupted');
        });

        expectWorded(await failureOf(store.saveDeck(incoming, { now: 2 })));
        vi.restoreAllMocks();
        const after = await snapshot();
        // Every earlier record is either untouched or replaced by a whole, valid new one.
        for (const [key, value] of Object.entries(before)) expect(after[key]).toBeDefined();
        const library = await store.loadLibrary();
        expect(library.quarantined).toEqual([]);
        for (const entry of library.decks) expect(deckSchema.parse(entry.deck)).toEqual(entry.deck);
        const ids = library.decks.flatMap((entry) => entry.deck.cards.map((card) => card.id));
        for (const card of acme.cards) expect(ids).toContain(card.id);
      }),
      { numRuns: 150 },
    );
  });
});

describe('storage that hands back garbage', () => {
  // Browser storage keeps JSON, so a value is stored as its JSON round trip (-0 comes back as 0).
  const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  it('garbage records are set aside with their value kept, and every good card still loads', async () => {
    const garbageKey = fc.oneof(
      fc.constantFrom('deck:acme', 'deck:other'),
      fc.stringMatching(/^[a-z]{1,4}$/).map((id) => cardKey('acme', `g${id}`)),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(garbageKey, fc.jsonValue({ maxDepth: 3 }).filter((value) => value !== null).map(asStored), { minKeys: 1, maxKeys: 5 }), async (garbage) => {
        fakeBrowser.reset();
        await store.saveDeck(acme, { now: 1 });
        await browser.storage.local.set(garbage);
        // What storage really holds (it may drop a null, say), before anything is set aside.
        const held = await browser.storage.local.get(Object.keys(garbage));

        const library = await store.loadLibrary(5);
        const cards = library.decks.flatMap((entry) => entry.deck.cards);
        for (const good of acme.cards) expect(cards).toContainEqual(good);
        // Each bad record sits under a quarantine key with its exact value; none is deleted.
        const stored = await snapshot();
        for (const entry of library.quarantined) {
          expect(entry.value).toEqual(garbage[entry.key]);
          const { storageKey, ...kept } = entry;
          expect(storageKey).toBe(quarantineKey(entry.key, fingerprint(entry.value)));
          expect(stored[storageKey]).toEqual(kept);
          expect(entry.reason).not.toBe('');
        }
        expect(library.quarantined.map((entry) => entry.key).sort()).toEqual(Object.keys(held).sort());
        expect(stored[deckKey('acme')] === undefined).toBe(deckKey('acme') in held);
      }),
      { numRuns: 200 },
    );
  });

  it('a read that returns nonsense or fails never leads to a write that loses data', async () => {
    await store.saveDeck(acme, { now: 1 });
    const before = await snapshot();
    // A whole read that makes no sense, and a read that garbles one good record once.
    for (const nonsense of [null, undefined, 'garbage', 42, [1, 2], { ...before, [deckKey('acme')]: 'garbled' }]) {
      vi.spyOn(browser.storage.local, 'get').mockResolvedValueOnce(nonsense as never);
      const remove = vi.spyOn(browser.storage.local, 'remove');
      await store.loadLibrary().catch(() => undefined);
      // Setting aside copies first; a record is removed only once its copy is stored.
      for (const [keys] of remove.mock.calls) {
        for (const key of [keys].flat()) expect(setAsideCopies(await snapshot(), key)).not.toEqual([]);
      }
      vi.restoreAllMocks();
    }
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('Storage is corrupt'));
    await expect(store.loadLibrary()).rejects.toThrow('Storage is corrupt');
    vi.restoreAllMocks();
    const after = await snapshot();
    for (const key of Object.keys(before)) expect(after[key] ?? setAsideCopies(after, key)[0]).toBeDefined();
    expect((await store.loadLibrary()).decks.map((entry) => entry.deck)).toEqual([acme]);
  });
});

describe('a change from another device arriving mid-edit', () => {
  it('keeps both: the user’s edit to one card and the synced changes to the others', async () => {
    await store.saveDeck(acme, { now: 1 });
    const [opened] = (await store.loadLibrary()).decks;
    const changed = vi.fn();
    const stop = store.watchLibrary(changed);

    // While the user types into card a, a sync pull lands: b edited, c removed, d added.
    await browser.storage.local.set({
      [cardKey('acme', 'b')]: { v: 1, order: 2, updatedAt: 5, card: phrasing('b', 'Edited on the laptop') },
      [cardKey('acme', 'd')]: { v: 1, order: 4, updatedAt: 5, card: phrasing('d', 'Added on the laptop') },
    });
    await browser.storage.local.remove(cardKey('acme', 'c'));
    // The user's save, made from the screen they opened before the pull.
    await store.saveCard('acme', phrasing('a', 'Edited here'), opened!.order.a!, 6);
    stop();

    expect(changed).toHaveBeenCalled();
    const [after] = (await store.loadLibrary()).decks;
    expect(after!.deck.cards).toEqual([phrasing('a', 'Edited here'), phrasing('b', 'Edited on the laptop'), phrasing('d', 'Added on the laptop')]);
  });

  it('the user’s save of the same card, made after the synced one arrived, is the one kept', async () => {
    await store.saveDeck(acme, { now: 1 });
    await browser.storage.local.set({ [cardKey('acme', 'a')]: { v: 1, order: 1, updatedAt: 5, card: phrasing('a', 'From the laptop') } });
    await store.saveCard('acme', phrasing('a', 'Typed here, later'), 1, 6);
    const [after] = (await store.loadLibrary()).decks;
    expect(after!.deck.cards[0]).toEqual(phrasing('a', 'Typed here, later'));
  });
});
