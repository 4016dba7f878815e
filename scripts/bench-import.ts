/**
 * Import of a 1 MB deck file: the shipped deck's cards (every kind) plus
 * synthetic phrasings until the file written by writeDeckFile reaches 1 MB,
 * then readDeckFile (parse, migrate, validate every card) timed in Node's V8,
 * the engine Chromium runs the panel on. The first read is reported apart:
 * it is what a user importing once would wait.
 */
import { performance } from 'node:perf_hooks';
import { defaultDeck } from '../cards/default-deck';
import { MAX_CARDS_PER_DECK, readDeckFile, writeDeckFile } from '../cards/deck-file/deck-file';
import type { Deck } from '../cards/schema';
import { median } from './bench-browser';
import { syntheticCards } from './bench-search';

/** Picking a file should feel instant: under a tenth of a second (ours; the issue sets none). */
export const IMPORT_TARGET_MS = 100;
export const IMPORT_BYTES = 1024 * 1024;

export interface ImportResult {
  bytes: number;
  cards: number;
  firstMs: number;
  medianMs: number;
}

/** A valid deck file of about `bytes` bytes. */
export function deckFileOfSize(bytes: number): { text: string; deck: Deck } {
  const now = new Date('2025-01-01T00:00:00Z');
  const base = writeDeckFile([{ ...defaultDeck, id: 'bench-1mb' }], now).length;
  // A synthetic phrasing takes about 500 bytes once pretty-printed; grow to size.
  let count = Math.max(0, Math.round((bytes - base) / 500));
  for (;;) {
    const cards = [...defaultDeck.cards, ...syntheticCards(count, 7)];
    // Decks of at most MAX_CARDS_PER_DECK cards, as an import takes them.
    const decks: Deck[] = [];
    for (let at = 0; at < cards.length; at += MAX_CARDS_PER_DECK) {
      const part = decks.length + 1;
      decks.push({ ...defaultDeck, id: `bench-1mb-${part}`, name: `Bench 1 MB, part ${part}`, cards: cards.slice(at, at + MAX_CARDS_PER_DECK) });
    }
    const deck: Deck = { ...defaultDeck, id: 'bench-1mb', name: 'Bench 1 MB', cards };
    const text = writeDeckFile(decks, now);
    const size = Buffer.byteLength(text);
    if (Math.abs(size - bytes) < 4096 || count === 0) return { text, deck };
    count = Math.max(0, Math.round(count * (bytes / size)));
  }
}

export function benchImport(repeats = 9): ImportResult {
  const { text, deck } = deckFileOfSize(IMPORT_BYTES);
  const time = () => {
    const start = performance.now();
    const result = readDeckFile(text);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`The bench's own deck file was refused: ${result.error}`);
    return ms;
  };
  const firstMs = time();
  const times = Array.from({ length: repeats }, time);
  return { bytes: Buffer.byteLength(text), cards: deck.cards.length, firstMs, medianMs: median(times) };
}
