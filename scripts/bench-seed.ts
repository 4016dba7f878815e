/**
 * A profile that has been used for a while, for the cold open: the user's own
 * copy of the shipped deck (the active one) and more decks of the same size
 * (three in all unless asked), stored as the panel stores them (one record
 * per card), so the first screen waits on a realistic storage read rather
 * than an empty one.
 */
import type { BenchBrowser } from './bench-browser';
import { defaultDeck } from '../cards/default-deck';
import { cardKey, deckKey } from '../cards/storage/storage-keys';
import { RECORD_VERSION, type CardRecord, type DeckMeta } from '../cards/storage/stored-records';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };

export const SEEDED_DECK_COUNT = 3;
const SEEDED_ACTIVE_DECK = 'default-mine';

function seededDecks(count: number): { id: string; name: string; basedOn?: string }[] {
  const others = Array.from({ length: count - 1 }, (_, index) => ({ id: `loop-${index + 2}`, name: `Interview loop ${index + 2}` }));
  return [{ id: SEEDED_ACTIVE_DECK, name: 'My Three-Lens deck', basedOn: defaultDeck.id }, ...others];
}

export function seededRecords(deckCount = SEEDED_DECK_COUNT, now = Date.now()): Record<string, unknown> {
  const records: Record<string, unknown> = { activeDeckId: SEEDED_ACTIVE_DECK };
  for (const { id, name, basedOn } of seededDecks(deckCount)) {
    const meta: DeckMeta = { v: RECORD_VERSION, id, name, description: '', basedOn, createdAt: now, updatedAt: now };
    records[deckKey(id)] = meta;
    defaultDeck.cards.forEach((card, index) => {
      const record: CardRecord = { v: RECORD_VERSION, order: index + 1, updatedAt: now, card };
      records[cardKey(id, card.id)] = record;
    });
  }
  return records;
}

export const seededCardCount = (deckCount = SEEDED_DECK_COUNT) => deckCount * defaultDeck.cards.length;

/** Writes `records` into the extension's local storage (or empties it when none are given). */
export async function setExtensionStorage(browser: BenchBrowser, records?: Record<string, unknown>): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(browser.url('bare.html'));
    await page.evaluate(async (items) => {
      await chrome.storage.local.clear();
      if (items) await chrome.storage.local.set(items);
    }, records);
  } finally {
    await page.close();
  }
}
