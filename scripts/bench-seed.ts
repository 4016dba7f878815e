/**
 * Profiles that have been used for a while, for the cold open and the deck
 * switch: the user's own copy of the shipped deck (the active one) and more
 * decks of the same size, and optionally a rehearsal history, stored as the
 * panel stores them (one record per card, one per rehearsal), so the first
 * screen waits on a realistic storage read rather than an empty one. Each
 * deck but the active one names its first step after itself, so a switch to
 * it shows on screen.
 */
import type { BenchBrowser } from './bench-browser';
import { defaultDeck } from '../cards/default-deck';
import type { Card } from '../cards/schema';
import { sampleRecord } from '../cards/rehearsal/sample-record.fixtures';
import { ACTIVE_DECK_INDEX_STORAGE_NAME, cardKey, deckKey, rehearsalKey } from '../cards/storage/storage-keys';
import { RECORD_VERSION, type CardRecord, type DeckMeta } from '../cards/storage/stored-records';

interface Area {
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { local: Area; sync: Area } };

export const SEEDED_DECK_COUNT = 3;
export const SEEDED_ACTIVE_DECK = 'default-mine';

export const seededDeckId = (index: number) => (index === 0 ? SEEDED_ACTIVE_DECK : `loop-${index + 1}`);
export const seededDeckName = (index: number) => (index === 0 ? 'My Three-Lens deck' : `Interview loop ${index + 1}`);
/** The first step's title in the seeded deck `index` (the shipped one's in the active deck). */
export function seededFirstStep(index: number): string {
  const steps = defaultDeck.cards.find((card) => card.kind === 'steps');
  const title = steps?.kind === 'steps' ? steps.steps[0]!.title : '';
  return index === 0 ? title : `${title} (${seededDeckName(index)})`;
}

function seededCards(index: number): Card[] {
  if (index === 0) return defaultDeck.cards;
  return defaultDeck.cards.map((card) =>
    card.kind === 'steps' ? { ...card, steps: card.steps.map((step, at) => (at === 0 ? { ...step, title: seededFirstStep(index) } : step)) } : card,
  );
}

export function seededRecords(deckCount = SEEDED_DECK_COUNT, now = Date.now(), rehearsals = 0): Record<string, unknown> {
  const records: Record<string, unknown> = { activeDeckId: SEEDED_ACTIVE_DECK };
  for (let index = 0; index < deckCount; index++) {
    const id = seededDeckId(index);
    const meta: DeckMeta = {
      v: RECORD_VERSION,
      id,
      name: seededDeckName(index),
      description: '',
      basedOn: index === 0 ? defaultDeck.id : undefined,
      createdAt: now + index,
      updatedAt: now,
    };
    records[deckKey(id)] = meta;
    seededCards(index).forEach((card, order) => {
      const record: CardRecord = { v: RECORD_VERSION, order: order + 1, updatedAt: now, card };
      records[cardKey(id, card.id)] = record;
    });
  }
  // The active deck's index, as the panel keeps it once it has read the whole library (active-deck-index.ts).
  if (deckCount > 0) {
    records[ACTIVE_DECK_INDEX_STORAGE_NAME] = {
      deckId: SEEDED_ACTIVE_DECK,
      keys: [deckKey(SEEDED_ACTIVE_DECK), ...seededCards(0).map((card) => cardKey(SEEDED_ACTIVE_DECK, card.id))],
    };
  }
  // A year of practice, one record per finished rehearsal, as history.ts keeps them.
  for (let run = 0; run < rehearsals; run++) {
    const id = `r${run}`;
    records[rehearsalKey(id)] = { ...sampleRecord, id, startedAt: sampleRecord.startedAt - run * 4 * 3_600_000 };
  }
  return records;
}

export const seededCardCount = (deckCount = SEEDED_DECK_COUNT) => deckCount * defaultDeck.cards.length;

/**
 * Empties the extension's storage, local and sync, then (given `records`)
 * writes what it returns into local storage. The records are made after the
 * clear, stamped with a time after it: the background's sync counts every
 * record a clear removes as deleted at that moment, and a record stamped
 * earlier would lose to that deletion (a full run once found 15 of its 50
 * decks turned into tombstones mid-row).
 */
export async function setExtensionStorage(browser: BenchBrowser, records?: (now: number) => Record<string, unknown>): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(browser.url('bare.html'));
    await page.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    });
    if (!records) return;
    // Past the moment the background heard of the clear, even on a loaded machine.
    await page.waitForTimeout(1000);
    await page.evaluate(async (items) => chrome.storage.local.set(items), records(Date.now()));
  } finally {
    await page.close();
  }
}
