import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ImportStep } from './deck-file/import-plan';
import { defaultDeck } from './default-deck';
import * as commands from './library-commands';
import type { ActiveDeck } from './library-commands';
import type { Card, Deck } from './schema';
import { DEFAULT_COPY_ID, DEFAULT_DECK_ID } from './shipped-deck';
import * as store from './storage/store';
import { readLostEdits } from './sync/lost-edits';

const phrasing = (id: string, strong = `Say ${id}`): Card => ({ kind: 'phrasing', id, title: `Card ${id}`, tags: [], strong, why: '' });
const acme: Deck = { id: 'acme', name: 'Acme loop', description: 'Onsite', cards: [phrasing('a'), phrasing('b'), phrasing('c')] };
const globex: Deck = { id: 'globex', name: 'Globex final', description: '', cards: [phrasing('x')] };

const QUOTA = () => new Error('QUOTA_BYTES quota exceeded');

/** The panel's active deck, as the hook keeps it. */
function showing(id: string | undefined): ActiveDeck & { id: string | undefined } {
  return { id, switchTo(next) { this.id = next; } };
}

const library = () => store.loadLibrary();
const deckOf = async (id: string) => (await library()).decks.find((entry) => entry.meta.id === id);
const titles = async (id: string) => (await deckOf(id))?.deck.cards.map((card) => card.title);
/**
 * Everything live in local storage, but times, which every write moves on.
 * Tombstones are left out: taking a deck back writes them, so sync never
 * brings the half-import back from another device.
 */
const snapshot = async () => {
  const live = Object.entries(await browser.storage.local.get(null)).filter(
    ([, value]) => !(value && typeof value === 'object' && 'deletedAt' in value),
  );
  return JSON.parse(JSON.stringify(Object.fromEntries(live), (key, value) => (key === 'updatedAt' ? 0 : value)));
};

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.fail('the command should have failed'),
    (error: unknown) => error as Error,
  );
}

/** Lets the first `count` writes through, then refuses the next one as a full storage would. */
function refuseWriteAfter(count: number) {
  const set = browser.storage.local.set.bind(browser.storage.local);
  const spy = vi.spyOn(browser.storage.local, 'set');
  for (let n = 0; n < count; n += 1) spy.mockImplementationOnce((items) => set(items));
  spy.mockRejectedValueOnce(QUOTA());
}

describe('importing several decks is all or nothing', () => {
  it('a refused second deck leaves the first unwritten, and says nothing was imported and why', async () => {
    const before = await snapshot();
    refuseWriteAfter(1);
    const steps: ImportStep[] = [
      { type: 'add', deck: acme },
      { type: 'add', deck: globex },
    ];
    const error = await failureOf(commands.importDecks(await library(), showing('default'), steps));
    expect(error.message).toBe(
      'Nothing was imported. Storage is full, so the deck “Globex final” was not saved. Everything saved before is intact. ' +
        'Export and delete a deck you no longer need to make room.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a deck the import replaced is restored when a later deck is refused', async () => {
    await store.saveDeck(acme, { now: 1 });
    const previous = (await deckOf('acme'))!;
    const before = await titles('acme');
    // Replacing takes two writes: the new cards, then tombstones for the old ones.
    refuseWriteAfter(2);
    const active = showing('acme');
    const steps: ImportStep[] = [
      { type: 'replace', deck: { ...acme, name: 'Acme, imported', cards: [phrasing('z')] }, previous },
      { type: 'add', deck: globex },
    ];
    const error = await failureOf(commands.importDecks(await library(), active, steps));
    expect(error.message).toMatch(/^Nothing was imported\. Storage is full/);
    expect(await titles('acme')).toEqual(before);
    expect((await deckOf('acme'))!.meta.name).toBe('Acme loop');
    expect(await deckOf('globex')).toBeUndefined();
    expect(active.id).toBe('acme');
  });

  it('writes every deck, shows the first, and its undo puts back the replaced deck and removes the added one', async () => {
    await store.saveDeck(acme, { now: 1 });
    const previous = (await deckOf('acme'))!;
    const active = showing('default');
    const steps: ImportStep[] = [
      { type: 'add', deck: globex },
      { type: 'replace', deck: { ...acme, cards: [phrasing('z')] }, previous },
    ];
    const { undo } = await commands.importDecks(await library(), active, steps);
    expect(active.id).toBe('globex');
    expect(await titles('acme')).toEqual(['Card z']);
    expect(await titles('globex')).toEqual(['Card x']);

    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
    expect(await deckOf('globex')).toBeUndefined();
  });
});

describe('saving a card', () => {
  it('saves into the active deck at its place, and its undo puts the old text back', async () => {
    await store.saveDeck(acme, { now: 1 });
    const { undo } = await commands.saveCard(await library(), showing('acme'), phrasing('b', 'Edited'));
    expect((await deckOf('acme'))!.deck.cards[1]).toMatchObject({ id: 'b', strong: 'Edited' });
    await undo!();
    expect((await deckOf('acme'))!.deck.cards[1]).toMatchObject({ id: 'b', strong: 'Say b' });
  });

  it('keeps the other window’s whole text of a field both saved at once on offer, for either window to put back', async () => {
    await store.saveDeck(acme, { now: 1 });
    const base = phrasing('a');
    const long = `Window A's phrasing, ${'much longer than any message quotes. '.repeat(5)}end`;
    await commands.saveCard(await library(), showing('acme'), { ...base, strong: long } as Card, undefined, 'acme', base);
    const saved = await commands.saveCard(await library(), showing('acme'), { ...base, strong: 'Window B' } as Card, undefined, 'acme', base);
    expect(saved.value).toMatch(/^Saved\. Another window changed this card at the same time/);
    expect(await readLostEdits()).toEqual([
      expect.objectContaining({ deckId: 'acme', cardId: 'a', field: 'strong', replaced: long, by: 'window' }),
    ]);
  });

  it('refuses a save into a deck deleted in another window, in the same words, and writes nothing', async () => {
    await store.saveDeck(acme, { now: 1 });
    const stale = await library();
    await store.deleteDeck(stale.decks[0]!);
    const before = await snapshot();
    const error = await failureOf(commands.saveCard(await library(), showing('globex'), phrasing('a', 'Edited'), undefined, 'acme'));
    expect(error.message).toBe('“Card a” was not saved: its deck was deleted, perhaps in another window.');
    expect(await snapshot()).toEqual(before);
  });

  it('copies the shipped deck on the first edit and shows the copy; the undo keeps the copy, with the shipped text', async () => {
    const shipped = defaultDeck.cards[1]!;
    const active = showing(DEFAULT_DECK_ID);
    const { undo } = await commands.saveCard(await library(), active, { ...shipped, title: 'My own title' });
    expect(active.id).toBe(DEFAULT_COPY_ID);
    const copy = (await deckOf(DEFAULT_COPY_ID))!;
    expect(copy.meta.basedOn).toBe(DEFAULT_DECK_ID);
    expect(copy.deck.cards.map((card) => card.id)).toEqual(defaultDeck.cards.map((card) => card.id));
    expect(copy.deck.cards[1]!.title).toBe('My own title');

    await undo!();
    expect((await deckOf(DEFAULT_COPY_ID))!.deck.cards[1]).toEqual(shipped);
  });

  it('never lands an edit made from the shipped view on the user’s own version of that card', async () => {
    const shipped = defaultDeck.cards[1]!;
    await commands.saveCard(await library(), showing(DEFAULT_DECK_ID), { ...shipped, title: 'My own title' });
    const before = await snapshot();
    // Another window still shows the shipped deck, and saves the shipped card from it.
    const error = await failureOf(commands.saveCard(await library(), showing(DEFAULT_DECK_ID), { ...shipped, title: 'From the old view' }));
    expect(error.message).toMatch(/has its own version of “My own title”.*nothing was changed/);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps both edits when two windows save different cards from the same view of the deck', async () => {
    await store.saveDeck(acme, { now: 1 });
    const seen = await library();
    await Promise.all([
      commands.saveCard(seen, showing('acme'), phrasing('a', 'From window one')),
      commands.saveCard(seen, showing('acme'), phrasing('c', 'From window two')),
    ]);
    const cards = (await deckOf('acme'))!.deck.cards;
    expect(cards.map((card) => card.kind === 'phrasing' && card.strong)).toEqual(['From window one', 'Say b', 'From window two']);
  });

  it('makes one copy of the shipped deck when two windows make their first edit at once', async () => {
    const [one, two] = [defaultDeck.cards[0]!, defaultDeck.cards[1]!];
    const seen = await library();
    await commands.saveCard(seen, showing(DEFAULT_DECK_ID), { ...one, title: 'Edited in window one' });
    // The second window still has the library from before the copy was made.
    await commands.saveCard(seen, showing(DEFAULT_DECK_ID), { ...two, title: 'Edited in window two' });
    const decks = (await library()).decks;
    expect(decks.map((entry) => entry.meta.id)).toEqual([DEFAULT_COPY_ID]);
    expect(decks[0]!.deck.cards.slice(0, 2).map((card) => card.title)).toEqual(['Edited in window one', 'Edited in window two']);
  });

  it('says plainly when storage is full, and keeps what was saved', async () => {
    await store.saveDeck(acme, { now: 1 });
    const before = await snapshot();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(QUOTA());
    const error = await failureOf(commands.saveCard(await library(), showing('acme'), phrasing('a', 'Longer')));
    expect(error.message).toMatch(/^Storage is full, so the card “Card a” was not saved\. Everything saved before is intact\./);
    expect(await snapshot()).toEqual(before);
  });
});

describe('editing the cards of the active deck', () => {
  it('adds a card at the end; the undo takes it away', async () => {
    await store.saveDeck(acme, { now: 1 });
    const { undo } = await commands.addCard(await library(), showing('acme'), phrasing('d'));
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c', 'Card d']);
    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
  });

  it('duplicates a card right after the original; the undo takes the copy away', async () => {
    await store.saveDeck(acme, { now: 1 });
    const { value: copy, undo } = await commands.duplicateCard(await library(), showing('acme'), 'a');
    expect(copy).toMatchObject({ id: 'a-copy', title: 'Card a (copy)', strong: 'Say a' });
    expect(await titles('acme')).toEqual(['Card a', 'Card a (copy)', 'Card b', 'Card c']);
    // The last card's copy goes to the end.
    await commands.duplicateCard(await library(), showing('acme'), 'c');
    expect((await titles('acme'))!.at(-1)).toBe('Card c (copy)');
    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c', 'Card c (copy)']);
  });

  it('duplicates nothing for a card that is not there', async () => {
    await store.saveDeck(acme, { now: 1 });
    expect(await commands.duplicateCard(await library(), showing('acme'), 'nope')).toEqual({ value: undefined, undo: undefined });
  });

  it('deletes a card; the undo puts it back in its place', async () => {
    await store.saveDeck(acme, { now: 1 });
    const { value, undo } = await commands.deleteCard(await library(), showing('acme'), 'b');
    expect(value).toBe(true);
    expect(await titles('acme')).toEqual(['Card a', 'Card c']);
    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
  });

  it('moves a card by rewriting its own place only; the undo puts it back', async () => {
    await store.saveDeck(acme, { now: 1 });
    const set = vi.spyOn(browser.storage.local, 'set');
    const { value, undo } = await commands.moveCard(await library(), showing('acme'), 'a', 1);
    expect(value).toBe(true);
    expect(Object.keys(set.mock.calls[0]![0])).toEqual(['card:acme:a']);
    expect(await titles('acme')).toEqual(['Card b', 'Card a', 'Card c']);
    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
  });

  it('does not move a card past the end', async () => {
    await store.saveDeck(acme, { now: 1 });
    expect((await commands.moveCard(await library(), showing('acme'), 'c', 1)).value).toBe(false);
    expect((await commands.moveCard(await library(), showing('acme'), 'a', -1)).value).toBe(false);
  });

  it('renumbers the deck when places are squeezed too close, and the undo keeps an edit made since', async () => {
    await store.saveDeck(acme, { now: 1 });
    await store.saveCards('acme', [
      { card: phrasing('a'), order: 1 },
      { card: phrasing('b'), order: 1 + 1e-9 },
      { card: phrasing('c'), order: 1 + 2e-9 },
    ]);
    const { undo } = await commands.moveCard(await library(), showing('acme'), 'c', -1);
    expect(await titles('acme')).toEqual(['Card a', 'Card c', 'Card b']);
    expect((await deckOf('acme'))!.order).toEqual({ a: 1, c: 2, b: 3 });
    await store.saveCard('acme', phrasing('c', 'Edited after the move'), 2);
    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
    expect((await deckOf('acme'))!.deck.cards[2]).toMatchObject({ strong: 'Edited after the move' });
  });

  it('resets a card to its shipped version; the undo brings the edit back', async () => {
    const shipped = defaultDeck.cards[1]!;
    const active = showing(DEFAULT_DECK_ID);
    await commands.saveCard(await library(), active, { ...shipped, title: 'My own title' });
    const { value, undo } = await commands.resetCard(await library(), active, shipped.id);
    expect(value).toBe(true);
    expect((await deckOf(DEFAULT_COPY_ID))!.deck.cards[1]).toEqual(shipped);
    await undo!();
    expect((await deckOf(DEFAULT_COPY_ID))!.deck.cards[1]!.title).toBe('My own title');
  });

  it('undoes a reset without writing over what was typed since: a field the reset changed takes the old text back and the typed text waits on offer; the others keep the typing', async () => {
    const shipped = defaultDeck.cards[1]!;
    const active = showing(DEFAULT_DECK_ID);
    await commands.saveCard(await library(), active, { ...shipped, title: 'My own title' });
    const { undo } = await commands.resetCard(await library(), active, shipped.id);
    const typed = { ...shipped, title: 'Typed after the reset', tags: ['typed-too'] } as Card;
    await commands.saveCard(await library(), showing(DEFAULT_COPY_ID), typed, undefined, DEFAULT_COPY_ID, shipped);
    await undo!();
    expect((await deckOf(DEFAULT_COPY_ID))!.deck.cards[1]).toMatchObject({ title: 'My own title', tags: ['typed-too'] });
    expect(await readLostEdits()).toEqual([expect.objectContaining({ cardId: shipped.id, field: 'title', replaced: 'Typed after the reset' })]);
  });

  it('undoes a deletion without writing over the card another window brought back by editing it', async () => {
    await store.saveDeck(acme, { now: 1 });
    const { undo } = await commands.deleteCard(await library(), showing('acme'), 'b');
    const base = phrasing('b');
    await commands.saveCard(await library(), showing('acme'), { ...base, strong: 'Typed in the other window' } as Card, undefined, 'acme', base);
    await undo!();
    expect((await deckOf('acme'))!.deck.cards[1]).toMatchObject({ id: 'b', strong: 'Typed in the other window' });
    expect(await readLostEdits()).toEqual([]);
  });

  it('does not reset a card the shipped deck does not have', async () => {
    await store.saveDeck(acme, { now: 1 });
    expect(await commands.resetCard(await library(), showing('acme'), 'a')).toEqual({ value: false, undo: undefined });
  });
});

describe('decks', () => {
  it('resets a copy of the shipped deck as a whole; the undo restores its cards, added ones too', async () => {
    const active = showing(DEFAULT_DECK_ID);
    await commands.saveCard(await library(), active, { ...defaultDeck.cards[0]!, title: 'Mine' });
    await commands.addCard(await library(), active, phrasing('extra'));
    const edited = await titles(DEFAULT_COPY_ID);
    const { value, undo } = await commands.resetDeck(await library(), active);
    expect(value).toBe(true);
    expect((await deckOf(DEFAULT_COPY_ID))!.deck.cards).toEqual(defaultDeck.cards);
    await undo!();
    expect(await titles(DEFAULT_COPY_ID)).toEqual(edited);
  });

  it('undoes an import without writing over what was done in the deck since: an edited card merges, a new card stays', async () => {
    await store.saveDeck(acme, { now: 1 });
    const previous = (await deckOf('acme'))!;
    const imported = { ...acme, cards: [phrasing('a', 'Imported a'), phrasing('b')] };
    const { undo } = await commands.importDecks(await library(), showing('acme'), [{ type: 'replace', deck: imported, previous }]);
    // Since the import: b's title edited (the import left it as it was), a's line retyped, a card added.
    const active = showing('acme');
    await commands.saveCard(await library(), active, { ...phrasing('b'), title: 'B, retitled since' }, undefined, 'acme', phrasing('b'));
    await commands.saveCard(await library(), active, phrasing('a', 'Typed since'), undefined, 'acme', phrasing('a', 'Imported a'));
    await commands.addCard(await library(), active, phrasing('new'));
    await undo!();
    const cards = (await deckOf('acme'))!.deck.cards;
    expect(cards.map((card) => [card.id, card.title, (card as { strong: string }).strong])).toEqual([
      ['a', 'Card a', 'Say a'],
      ['b', 'B, retitled since', 'Say b'],
      ['c', 'Card c', 'Say c'],
      ['new', 'Card new', 'Say new'],
    ]);
    // a's line: the import and the later typing both changed it; the undo's text is kept and the typing waits on offer.
    expect(await readLostEdits()).toEqual([expect.objectContaining({ deckId: 'acme', cardId: 'a', field: 'strong', replaced: 'Typed since' })]);
  });

  it('does not reset a deck that did not start as the shipped one', async () => {
    await store.saveDeck(acme, { now: 1 });
    expect((await commands.resetDeck(await library(), showing('acme'))).value).toBe(false);
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
  });

  it('creates a deck from the shipped deck, the current one, or nothing, and shows it; the undo removes it', async () => {
    await store.saveDeck(acme, { now: 1 });
    const active = showing('acme');
    const shipped = await commands.createDeck(await library(), active, 'Acme', 'shipped');
    expect(shipped.value).toBe('acme-2');
    expect(active.id).toBe('acme-2');
    expect((await deckOf('acme-2'))!.meta.basedOn).toBe(DEFAULT_DECK_ID);
    expect((await deckOf('acme-2'))!.deck.cards).toEqual(defaultDeck.cards);

    active.switchTo('acme');
    const current = await commands.createDeck(await library(), active, 'Copy', 'current');
    expect(await titles(current.value)).toEqual(['Card a', 'Card b', 'Card c']);
    expect((await deckOf(current.value))!.meta.basedOn).toBeUndefined();

    const empty = await commands.createDeck(await library(), active, 'Blank', 'empty');
    expect(await deckOf(empty.value)).toMatchObject({ deck: { cards: [], description: '' } });

    await empty.undo!();
    expect(await deckOf(empty.value)).toBeUndefined();
    expect(active.id).toBe(current.value);
  });

  it('renames the active deck; the undo puts the old name back', async () => {
    await store.saveDeck(acme, { now: 1 });
    const { undo } = await commands.renameDeck(await library(), showing('acme'), 'Acme, round two');
    expect((await deckOf('acme'))!.meta.name).toBe('Acme, round two');
    await undo!();
    expect((await deckOf('acme'))!.meta.name).toBe('Acme loop');
  });

  it('renaming the shipped deck renames the user’s copy of it', async () => {
    const active = showing(DEFAULT_DECK_ID);
    await commands.renameDeck(await library(), active, 'My loop');
    expect(active.id).toBe(DEFAULT_COPY_ID);
    expect((await deckOf(DEFAULT_COPY_ID))!.meta.name).toBe('My loop');
  });

  it('deletes the active deck and shows the next; the undo brings it back and shows it', async () => {
    await store.saveDeck(acme, { now: 1 });
    await store.saveDeck(globex, { now: 2 });
    const active = showing('acme');
    const { value, undo } = await commands.deleteDeck(await library(), active);
    expect(value).toBe(true);
    expect(await deckOf('acme')).toBeUndefined();
    expect(active.id).toBe('globex');
    await undo!();
    expect(await titles('acme')).toEqual(['Card a', 'Card b', 'Card c']);
    expect(active.id).toBe('acme');
  });

  it('deleting the last deck shows the shipped one; the shipped deck itself cannot be deleted', async () => {
    await store.saveDeck(acme, { now: 1 });
    const active = showing('acme');
    await commands.deleteDeck(await library(), active);
    expect(active.id).toBe(DEFAULT_DECK_ID);
    expect((await commands.deleteDeck(await library(), active)).value).toBe(false);
  });

  it('discards a set-aside record for good', async () => {
    await browser.storage.local.set({ 'card:acme:a': { broken: true } });
    const [setAside] = (await library()).quarantined;
    await commands.discardQuarantined(await library(), showing('acme'), setAside!.storageKey);
    expect((await library()).quarantined).toEqual([]);
  });
});
