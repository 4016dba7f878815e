import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { deckSchema, idSchema, type Card, type Deck } from '../schema';
import { createSession, firstOpenStep, toggleStepDone } from '../rehearsal/session';
import * as store from '../storage/store';
import { cardKey, syncKey } from '../storage/storage-keys';
import { createSyncer, type Syncer } from '../sync/sync';

/**
 * Issue 18, the store's cases: a record under the wrong key (6), ids that are
 * names of Object.prototype members (7), and deletions that must survive a
 * browser quitting before sync heard of them (2).
 */

const phrasing = (id: string, strong = `Say ${id}`): Card => ({ kind: 'phrasing', id, title: `Card ${id}`, tags: [], strong, why: '' });

describe('case 6: a record under the wrong key is not trusted', () => {
  it('sets aside a card record copied into another card’s key, so the deck never holds one id twice', async () => {
    const acme: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('x'), phrasing('y')] };
    await store.saveDeck(acme, { now: 1 });
    const stored = await browser.storage.local.get(cardKey('acme', 'x'));
    await browser.storage.local.set({ [cardKey('acme', 'y')]: stored[cardKey('acme', 'x')] });

    const { decks, quarantined } = await store.loadLibrary(5);
    const cards = decks[0]!.deck.cards;
    expect(cards.map((card) => card.id)).toEqual(['x']);
    // Export validates the deck: it must not fail on a repeated id.
    expect(deckSchema.safeParse(decks[0]!.deck).success).toBe(true);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ key: cardKey('acme', 'y') });
    expect(quarantined[0]!.reason).toMatch(/copy of the card “Card x”/);
  });

  it('sets aside a deck record stored under another deck’s key', async () => {
    await store.saveDeck({ id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a')] }, { now: 1 });
    const stored = await browser.storage.local.get('deck:acme');
    await browser.storage.local.set({ 'deck:globex': stored['deck:acme'] });
    const { decks, quarantined } = await store.loadLibrary(5);
    expect(decks.map((deck) => deck.meta.id)).toEqual(['acme']);
    expect(quarantined.map((entry) => entry.key)).toEqual(['deck:globex']);
  });

  it('refuses a deck whose cards repeat an id, writing nothing', async () => {
    const before = await browser.storage.local.get(null);
    const twice: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a', 'first'), phrasing('a', 'second')] };
    await expect(store.saveDeck(twice)).rejects.toThrow(/appears twice/);
    await expect(store.saveCards('acme', [{ card: phrasing('b'), order: 1 }, { card: phrasing('b'), order: 2 }])).rejects.toThrow(/appears twice/);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });
});

describe('case 7: ids that are names of Object.prototype members', () => {
  const memberIds = Object.getOwnPropertyNames(Object.prototype).filter((name) => idSchema.safeParse(name).success);

  it('covers the member names an id may take', () => {
    expect(memberIds).toEqual(expect.arrayContaining(['constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf']));
  });

  it('imports a deck whose ids are every Object.prototype member, keeps their order, and knows a deleted one is gone', async () => {
    const deck: Deck = { id: 'protos', name: 'Prototype names', description: '', cards: memberIds.map((id) => phrasing(id)) };
    await store.saveDeck(deck, { now: 1 });
    const [loaded] = (await store.loadLibrary()).decks;
    expect(loaded!.deck.cards.map((card) => card.id)).toEqual(memberIds);
    for (const id of memberIds) expect(typeof loaded!.order[id]).toBe('number');

    // Window B deletes "constructor"; window A, editing it, looks up its place in the fresh library.
    await store.deleteCard('protos', 'constructor');
    const [after] = (await store.loadLibrary()).decks;
    expect(after!.order.constructor).toBeUndefined();
    expect(after!.deck.cards.map((card) => card.id)).not.toContain('constructor');
  });

  it('never stores a card whose place is not a number, so the edit is not set aside later', async () => {
    await store.saveDeck({ id: 'protos', name: 'Prototype names', description: '', cards: [phrasing('valueOf')] }, { now: 1 });
    const before = await browser.storage.local.get(null);
    // What `order[card.id]` gave for a missing "constructor" card on a plain object.
    const inherited = ({} as Record<string, number>)['constructor'] as unknown as number;
    await expect(store.saveCard('protos', phrasing('constructor'), inherited)).rejects.toThrow(/place in the deck/);
    expect(await browser.storage.local.get(null)).toEqual(before);
    expect((await store.loadLibrary()).quarantined).toEqual([]);
  });

  it('marks a rehearsal step named "constructor" done', () => {
    const session = createSession({
      now: 0,
      lengthMs: 60_000,
      deckId: 'protos',
      prompt: { id: 'p', title: 'Prompt', question: 'Design it' },
      steps: [{ id: 'constructor', title: 'Build' }, { id: 'toString', title: 'Say' }],
      checkpoints: [],
      sound: false,
    });
    expect(firstOpenStep(session)).toBe('constructor');
    const done = toggleStepDone(session, 'constructor', 1_000);
    expect(firstOpenStep(done)).toBe('toString');
  });
});

describe('case 2: deletions stick', () => {
  let syncer: Syncer | undefined;

  it('a card deleted just before the browser quits does not come back from sync on restart', async () => {
    const acme: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a'), phrasing('b')] };
    await store.saveDeck(acme, { now: Date.now() - 10_000 });
    syncer = createSyncer({ debounceMs: 3_000 });
    await syncer.start();
    expect(Object.keys(await browser.storage.sync.get(null))).toContain(syncKey(cardKey('acme', 'a')));

    // Delete, then quit within a second: the syncer's debounce never fires.
    await store.deleteCard('acme', 'a');
    syncer.stop();

    // Restart: a fresh syncer (nothing in memory) pulls what sync holds.
    syncer = createSyncer({ debounceMs: 60_000 });
    await syncer.start();
    const [loaded] = (await store.loadLibrary()).decks;
    expect(loaded!.deck.cards.map((card) => card.id)).toEqual(['b']);
    // And the deletion reaches sync, so other devices drop the card too.
    await syncer.flush();
    expect(Object.keys(await browser.storage.sync.get(null))).not.toContain(syncKey(cardKey('acme', 'a')));
    syncer.stop();
  });

  it('a whole deck deleted just before the browser quits does not come back either', async () => {
    const acme: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a'), phrasing('b')] };
    await store.saveDeck(acme, { now: Date.now() - 10_000 });
    syncer = createSyncer({ debounceMs: 3_000 });
    await syncer.start();
    const [loaded] = (await store.loadLibrary()).decks;
    await store.deleteDeck(loaded!);
    syncer.stop();

    syncer = createSyncer({ debounceMs: 60_000 });
    await syncer.start();
    expect((await store.loadLibrary()).decks).toEqual([]);
    syncer.stop();
  });

  it('an undo after the deletion brings the card back and keeps it', async () => {
    const acme: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [phrasing('a')] };
    await store.saveDeck(acme, { now: Date.now() - 10_000 });
    await store.deleteCard('acme', 'a', Date.now() - 5_000);
    await store.saveCard('acme', phrasing('a', 'back'), 1);
    syncer = createSyncer({ debounceMs: 60_000 });
    await syncer.start();
    const [loaded] = (await store.loadLibrary()).decks;
    expect(loaded!.deck.cards).toEqual([phrasing('a', 'back')]);
    syncer.stop();
    vi.restoreAllMocks();
  });
});

describe('case 4: a rehearsal on a full storage', () => {
  it('saving it to the history on a full storage fails in words, never a raw quota error', async () => {
    const { appendRehearsal } = await import('../rehearsal/history');
    const { sampleRecord } = await import('../rehearsal/sample-record.fixtures');
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(appendRehearsal(sampleRecord)).rejects.toThrow(/^Storage is full, so this rehearsal was not saved\./);
    vi.restoreAllMocks();
  });
});
