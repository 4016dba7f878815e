import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fingerprint } from './same-value';
import { loadDeckSlice, loadLibrary, saveDeck } from './store';
import { cardKey, deckKey, quarantineKey, rehearsalKey } from './storage-keys';
import { keysAsked, spyOnGets } from './storage-gets.fixtures';
import { BROKEN_ACME_CARD, BROKEN_GLOBEX_CARD, EARLIER_SET_ASIDE, phrasing, todaysLayout } from './stored-layout.fixtures';

const ids = (library: Awaited<ReturnType<typeof loadLibrary>>, deckId: string) =>
  library.decks.find((entry) => entry.meta.id === deckId)?.deck.cards.map((card) => card.id);

describe('reading one deck alone (the first screen)', () => {
  it('reads that deck’s keys and nothing else: no other deck, no history, never everything', async () => {
    await browser.storage.local.set(todaysLayout());
    const asked = spyOnGets();
    const slice = await loadDeckSlice('acme', 7);

    expect(slice.partial).toBe('acme');
    expect(slice.decks.map((entry) => entry.meta.name)).toEqual(['Acme loop']);
    // The broken card is left out, the legacy one migrated, the deleted one absent.
    expect(ids(slice, 'acme')).toEqual(['a', 'b', 'legacy']);
    expect(asked).not.toContain(null);
    const read = keysAsked(asked) as string[];
    expect(read.filter((key) => !key.startsWith('card:acme:') && key !== deckKey('acme') && !key.startsWith('quarantine:'))).toEqual([]);
    expect(read).not.toContain(rehearsalKey('r1'));
  });

  it('sets the deck’s broken card aside (never drops it) and leaves the other decks’ records as they are', async () => {
    await browser.storage.local.set(todaysLayout());
    const slice = await loadDeckSlice('acme', 7);
    expect(slice.quarantined).toMatchObject([{ key: cardKey('acme', 'c'), value: BROKEN_ACME_CARD, at: 7 }]);

    const stored = await browser.storage.local.get(null);
    expect(stored[cardKey('acme', 'c')]).toBeUndefined();
    expect(stored[quarantineKey(cardKey('acme', 'c'), fingerprint(BROKEN_ACME_CARD))]).toMatchObject({ value: BROKEN_ACME_CARD });
    // Globex is not read yet: its broken card is still where it was.
    expect(stored[cardKey('globex', 'y')]).toEqual(BROKEN_GLOBEX_CARD);
  });

  it('loses nothing: the whole read after it finds every deck, the lost deck’s cards and every set-aside record', async () => {
    await browser.storage.local.set(todaysLayout());
    await loadDeckSlice('acme', 7);
    const library = await loadLibrary(8);

    expect(library.partial).toBeUndefined();
    expect(library.decks.map((entry) => entry.meta.id)).toEqual(['initech', 'acme', 'globex']);
    expect(library.decks[0]!.meta.name).toBe('Recovered deck (initech)');
    expect(ids(library, 'acme')).toEqual(['a', 'b', 'legacy']);
    expect(ids(library, 'globex')).toEqual(['x']);
    expect(ids(library, 'initech')).toEqual(['i']);
    expect(library.quarantined.map((entry) => entry.key).sort()).toEqual(
      [EARLIER_SET_ASIDE.key, cardKey('acme', 'c'), cardKey('globex', 'y')].sort(),
    );
  });

  it('finds a card written under the deck by another window or by sync, with no list to keep up to date', async () => {
    await browser.storage.local.set(todaysLayout());
    // As the background's sync writes it: the card's own key, nothing else.
    await browser.storage.local.set({ [cardKey('acme', 'from-sync')]: { v: 1, order: 5, updatedAt: 9, card: phrasing('from-sync') } });
    expect(ids(await loadDeckSlice('acme'), 'acme')).toEqual(['a', 'b', 'legacy', 'from-sync']);
  });

  it('after a crash between copying a broken card aside and removing it, keeps one copy and the card stays out of the deck', async () => {
    const layout = todaysLayout();
    // The copy landed; the removal did not (the panel was closed in between).
    layout[quarantineKey(cardKey('acme', 'c'), fingerprint(BROKEN_ACME_CARD))] = {
      key: cardKey('acme', 'c'),
      value: BROKEN_ACME_CARD,
      reason: 'its last-changed date is missing',
      at: 3,
    };
    await browser.storage.local.set(layout);
    expect(ids(await loadDeckSlice('acme', 7), 'acme')).toEqual(['a', 'b', 'legacy']);
    const stored = await browser.storage.local.get(null);
    expect(stored[cardKey('acme', 'c')]).toBeUndefined();
    const copies = Object.keys(stored).filter((key) => key.startsWith(`quarantine:${cardKey('acme', 'c')}@`));
    expect(copies).toHaveLength(1);
  });

  it('gives a deck whose record is lost a recovered name, as the whole read does', async () => {
    await browser.storage.local.set(todaysLayout());
    const slice = await loadDeckSlice('initech', 7);
    expect(slice.decks.map((entry) => [entry.meta.name, entry.deck.cards.length])).toEqual([['Recovered deck (initech)', 1]]);
  });

  it('is empty for a deck storage does not hold (the shipped one)', async () => {
    await browser.storage.local.set(todaysLayout());
    expect(await loadDeckSlice('default')).toEqual({ decks: [], quarantined: [], partial: 'default' });
  });

  it('reads the whole library where the browser cannot list keys alone, so nothing is missed there either', async () => {
    await browser.storage.local.set(todaysLayout());
    delete (fakeBrowser.storage.local as { getKeys?: unknown }).getKeys;
    const library = await loadDeckSlice('acme', 7);
    expect(library.partial).toBeUndefined();
    expect(library.decks.map((entry) => entry.meta.id)).toEqual(['initech', 'acme', 'globex']);
  });
});

describe('reading the whole library in idle time', () => {
  it('gives the page turns while it reads, and the same library as a read in one go', async () => {
    for (let deck = 0; deck < 6; deck++) {
      await saveDeck(
        { id: `d${deck}`, name: `Deck ${deck}`, description: '', cards: Array.from({ length: 150 }, (_, index) => phrasing(`c${index}`)) },
        { now: deck + 1 },
      );
    }
    await browser.storage.local.set({ [cardKey('d3', 'bad')]: BROKEN_GLOBEX_CARD });
    const turns = vi.fn(() => Promise.resolve());
    const paced = await loadLibrary(4, { yieldToPage: turns });
    // 901 records: read in batches, each followed by a turn.
    expect(turns.mock.calls.length).toBeGreaterThanOrEqual(3);
    await browser.storage.local.set({ [cardKey('d3', 'bad')]: BROKEN_GLOBEX_CARD });
    await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('quarantine:')));
    expect(paced).toEqual(await loadLibrary(4));
    expect(paced.quarantined.map((entry) => entry.key)).toEqual([cardKey('d3', 'bad')]);
  });
});
