import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadFirstScreen } from './first-screen';
import { startRawFirstScreen, takeRawFirstScreen, takeRawSession } from './raw-first-screen';
import { ACTIVE_DECK_STORAGE_NAME, cardKey, deckKey, REHEARSAL_SESSION_STORAGE_NAME } from './storage-keys';
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
  await browser.storage.local.set({ [ACTIVE_DECK_STORAGE_NAME]: 'mine' });
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
    expect(get.mock.calls.map(([keys]) => keys)).toEqual([[ACTIVE_DECK_STORAGE_NAME, REHEARSAL_SESSION_STORAGE_NAME], mine, [cardKey('mine', 'n1')]]);
  });

  it('hands over the rehearsal under way, read in the same call, once', async () => {
    await browser.storage.local.set({ [REHEARSAL_SESSION_STORAGE_NAME]: { id: 'run' } });
    startRawFirstScreen(fakeBrowser);
    await expect(takeRawSession()).resolves.toEqual({ id: 'run' });
    expect(takeRawSession()).toBeUndefined();
  });
});
