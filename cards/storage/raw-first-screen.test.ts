import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadFirstScreen, readSettingEarly } from './first-screen';
import { activeDeckId, DEFAULT_PANEL_VIEW, panelView } from './preferences';
import { keepActiveDeckIndex } from './active-deck-index';
import { loadDeckSlice, loadLibrary } from './library-read';
import { defaultDeck } from '../default-deck';
import { indexedKeys, startRawFirstScreen, takeRawFirstScreen, takeRawSession } from './raw-first-screen';
import {
  ACTIVE_DECK_INDEX_STORAGE_NAME,
  ACTIVE_DECK_STORAGE_NAME,
  cardKey,
  deckKey,
  PANEL_VIEW_STORAGE_NAME,
  REHEARSAL_SESSION_STORAGE_NAME,
} from './storage-keys';
import { saveDeck } from './store';
import type { Deck } from '../schema';

const deck = (id: string, cards: number): Deck => ({
  id,
  name: `Deck ${id}`,
  description: '',
  cards: Array.from({ length: cards }, (_, index) => ({ kind: 'note' as const, id: `n${index}`, title: `Note ${index}`, tags: [], body: '', points: [] })),
});

async function twoDecks() {
  await saveDeck(deck('mine', 3), { now: 1 });
  await saveDeck(deck('other', 2), { now: 2 });
  // Left on a section that shows every card (on Steps, only that screen's cards are read first: see below).
  await browser.storage.local.set({ [ACTIVE_DECK_STORAGE_NAME]: 'mine', [PANEL_VIEW_STORAGE_NAME]: { section: 'phrasings', glance: false } });
}

describe('the first screen read from the page head', () => {
  it("reads the active deck's records alone, and hands them over once", async () => {
    await twoDecks();
    startRawFirstScreen(fakeBrowser);
    const raw = await takeRawFirstScreen();
    expect(raw?.deckId).toBe('mine');
    expect(Object.keys(raw!.records).sort()).toEqual([cardKey('mine', 'n0'), cardKey('mine', 'n1'), cardKey('mine', 'n2'), deckKey('mine')].sort());
    expect(await takeRawFirstScreen()).toBeUndefined();
  });

  it('is given up when storage changes before the panel takes it over, so nothing stale is shown', async () => {
    await twoDecks();
    startRawFirstScreen(fakeBrowser);
    await browser.storage.local.set({ [ACTIVE_DECK_STORAGE_NAME]: 'other' });
    expect(await takeRawFirstScreen()).toBeUndefined();
    // The panel then reads storage itself, and shows what it holds now.
    const library = await loadFirstScreen();
    expect(library.partial).toBe('other');
    expect(library.decks.map((entry) => entry.deck.cards.length)).toEqual([2]);
  });

  it('starts nothing where the browser cannot list keys alone', async () => {
    const local = fakeBrowser.storage.local as { getKeys?: unknown };
    delete local.getKeys;
    startRawFirstScreen(fakeBrowser);
    expect(await takeRawFirstScreen()).toBeUndefined();
  });

  it('lets the first screen show the deck without reading storage again, checked as any read is', async () => {
    await twoDecks();
    // A broken card is still set aside, never shown and never dropped.
    await browser.storage.local.set({ [cardKey('mine', 'n1')]: { v: 1, order: 2, updatedAt: 1, card: { kind: 'note', id: 'n1' } } });
    const get = vi.spyOn(browser.storage.local, 'get');
    startRawFirstScreen(fakeBrowser);
    const library = await loadFirstScreen();
    expect(library.partial).toBe('mine');
    expect(library.decks[0]!.deck.cards.map((card) => card.id)).toEqual(['n0', 'n2']);
    expect(library.quarantined.map((entry) => entry.key)).toEqual([cardKey('mine', 'n1')]);
    // The head's two reads (the active deck's id asked with the rehearsal under way), then only the
    // setting-aside's own check: the panel read nothing again.
    const mine = [deckKey('mine'), cardKey('mine', 'n0'), cardKey('mine', 'n1'), cardKey('mine', 'n2')];
    expect(get.mock.calls.map(([keys]) => keys)).toEqual([
      [ACTIVE_DECK_STORAGE_NAME, PANEL_VIEW_STORAGE_NAME, REHEARSAL_SESSION_STORAGE_NAME, ACTIVE_DECK_INDEX_STORAGE_NAME],
      mine,
      [cardKey('mine', 'n1')],
    ]);
  });

  it('hands over the rehearsal under way, read in the same call, once', async () => {
    await browser.storage.local.set({ [REHEARSAL_SESSION_STORAGE_NAME]: { id: 'run' } });
    startRawFirstScreen(fakeBrowser);
    await expect(takeRawSession()).resolves.toEqual({ id: 'run' });
    expect(takeRawSession()).toBeUndefined();
  });
});

describe("the active deck's index", () => {
  const getKeys = () => vi.spyOn(fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> }, 'getKeys');

  it('is written from the whole library, and lets the next first read skip listing every key', async () => {
    await twoDecks();
    await keepActiveDeckIndex(await loadLibrary(), 'mine');
    expect((await browser.storage.local.get(ACTIVE_DECK_INDEX_STORAGE_NAME))[ACTIVE_DECK_INDEX_STORAGE_NAME]).toEqual({
      deckId: 'mine',
      keys: [deckKey('mine'), cardKey('mine', 'n0'), cardKey('mine', 'n1'), cardKey('mine', 'n2')],
    });
    const listed = getKeys();
    startRawFirstScreen(fakeBrowser);
    const library = await loadFirstScreen();
    expect(listed).not.toHaveBeenCalled();
    expect(library.decks[0]!.deck.cards.map((card) => card.id)).toEqual(['n0', 'n1', 'n2']);
  });

  it('is written again only when the deck\'s keys change', async () => {
    await twoDecks();
    await keepActiveDeckIndex(await loadLibrary(), 'mine');
    const set = vi.spyOn(browser.storage.local, 'set');
    await keepActiveDeckIndex(await loadLibrary(), 'mine');
    expect(set).not.toHaveBeenCalled();
    await saveDeck(deck('mine', 4), { now: 3 });
    set.mockClear();
    await keepActiveDeckIndex(await loadLibrary(), 'mine');
    expect(set).toHaveBeenCalledTimes(1);
    // A deck read alone may be missing what the index should list: never written from one.
    set.mockClear();
    await keepActiveDeckIndex({ ...(await loadLibrary()), partial: 'mine' }, 'other');
    expect(set).not.toHaveBeenCalled();
  });

  it('falls back to listing the keys when it is missing, garbled or another deck\'s (an install from before it)', async () => {
    const listed = getKeys();
    for (const index of [
      undefined,
      'garbled',
      { deckId: 'mine', keys: 'n0' },
      { deckId: 'other', keys: [deckKey('other')] },
      // Not one the panel wrote: it always lists the deck's own record.
      { deckId: 'mine', keys: [] },
      { deckId: 'mine', keys: [cardKey('mine', 'n0')] },
    ]) {
      await browser.storage.local.clear();
      await twoDecks();
      if (index !== undefined) await browser.storage.local.set({ [ACTIVE_DECK_INDEX_STORAGE_NAME]: index });
      listed.mockClear();
      startRawFirstScreen(fakeBrowser);
      const raw = await takeRawFirstScreen();
      expect(listed).toHaveBeenCalledTimes(1);
      expect(Object.keys(raw!.records)).toHaveLength(4);
    }
  });

  it("never reads another deck's records through it, and a stale one costs a card only until the whole read", async () => {
    expect(
      indexedKeys({ deckId: 'mine', keys: [deckKey('mine'), deckKey('other'), cardKey('other', 'n0'), 'activeDeckId', 7, cardKey('mine', 'n0')] }, 'mine'),
    ).toEqual([deckKey('mine'), cardKey('mine', 'n0')]);
    await twoDecks();
    // Written before a card was added (say, by sync while no panel was open).
    await browser.storage.local.set({ [ACTIVE_DECK_INDEX_STORAGE_NAME]: { deckId: 'mine', keys: [deckKey('mine'), cardKey('mine', 'n0'), cardKey('mine', 'gone')] } });
    startRawFirstScreen(fakeBrowser);
    const first = await loadFirstScreen();
    expect(first.partial).toBe('mine');
    expect(first.decks[0]!.deck.cards.map((card) => card.id)).toEqual(['n0']);
    // The whole library, read next, has every card; the index is mended from it.
    const whole = await loadLibrary();
    expect(whole.decks.find((entry) => entry.meta.id === 'mine')!.deck.cards).toHaveLength(3);
    await keepActiveDeckIndex(whole, 'mine');
    expect((await browser.storage.local.get(ACTIVE_DECK_INDEX_STORAGE_NAME))[ACTIVE_DECK_INDEX_STORAGE_NAME]).toMatchObject({
      keys: [deckKey('mine'), cardKey('mine', 'n0'), cardKey('mine', 'n1'), cardKey('mine', 'n2')],
    });
  });
});

describe('the settings the first screen is shown by', () => {
  it('come from the head\'s first call, with no read of their own, and the fallback when none is stored', async () => {
    await browser.storage.local.set({ [PANEL_VIEW_STORAGE_NAME]: { section: 'phrasings', glance: false } });
    startRawFirstScreen(fakeBrowser);
    const get = vi.spyOn(browser.storage.local, 'get');
    expect(await readSettingEarly(panelView)).toEqual({ section: 'phrasings', glance: false });
    expect(await readSettingEarly(activeDeckId)).toBe('default');
    expect(get).not.toHaveBeenCalled();
  });

  it('are read afresh when storage changed after the head read them', async () => {
    await browser.storage.local.set({ [PANEL_VIEW_STORAGE_NAME]: { section: 'phrasings', glance: false } });
    startRawFirstScreen(fakeBrowser);
    await panelView.setValue(DEFAULT_PANEL_VIEW);
    expect(await readSettingEarly(panelView)).toEqual(DEFAULT_PANEL_VIEW);
  });
});

describe('the first screen on Steps', () => {
  it('checks only the cards the Steps screen shows before the first paint; the rest of the deck comes after, and a broken one is still set aside', async () => {
    const steps = defaultDeck.cards.find((card) => card.kind === 'steps')!;
    const mine: Deck = {
      id: 'mine',
      name: 'Mine',
      description: '',
      cards: [...deck('mine', 3).cards, steps, { kind: 'note', id: 'pacing', title: 'Pacing', tags: [], body: '', points: [] }],
    };
    await saveDeck(mine, { now: 1 });
    await browser.storage.local.set({ [ACTIVE_DECK_STORAGE_NAME]: 'mine' });
    // A broken card the Steps screen does not show.
    await browser.storage.local.set({ [cardKey('mine', 'n1')]: { v: 1, order: 2, updatedAt: 1, card: { kind: 'note', id: 'n1' } } });
    startRawFirstScreen(fakeBrowser);
    const first = await loadFirstScreen();
    expect(first.cardsPending).toBe(true);
    expect(first.decks[0]!.deck.cards.map((card) => card.id).sort()).toEqual(['pacing', steps.id].sort());
    expect(first.quarantined).toEqual([]);
    // The deck read whole (as the panel does just after the first paint): every card, the broken one set aside.
    const whole = await loadDeckSlice('mine');
    expect(whole.cardsPending).toBeUndefined();
    expect(whole.decks[0]!.deck.cards.map((card) => card.id)).toEqual(['n0', 'n2', steps.id, 'pacing']);
    expect(whole.quarantined.map((entry) => entry.key)).toEqual([cardKey('mine', 'n1')]);
  });

  it('checks a broken steps card before the first paint, and sets it aside', async () => {
    await saveDeck(deck('mine', 2), { now: 1 });
    await browser.storage.local.set({
      [ACTIVE_DECK_STORAGE_NAME]: 'mine',
      [cardKey('mine', 'three-lens')]: { v: 1, order: 3, updatedAt: 1, card: { kind: 'steps', id: 'three-lens', title: 7 } },
    });
    startRawFirstScreen(fakeBrowser);
    const first = await loadFirstScreen();
    expect(first.decks[0]!.deck.cards).toEqual([]);
    expect(first.quarantined.map((entry) => entry.key)).toEqual([cardKey('mine', 'three-lens')]);
  });
});
