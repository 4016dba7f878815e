import { browser } from 'wxt/browser';
import type { ImportStep } from '../deck-file/import-plan';
import type { Deck } from '../schema';
import { fingerprint } from '../storage/same-value';
import { quarantineKey, reviewKey } from '../storage/storage-keys';
import { toStoreError } from '../storage/store-error';
import { progressDeckId } from './progress-deck-id';
import type { DrillProgress } from './progress-schema';
import { reviewRecordSchema, type ReviewRecord } from './review-record';
import { loadReviews, mergeReview } from './review-store';


/** The stored progress of these decks, for the file. */
export async function progressForExport(decks: readonly Deck[], now: number): Promise<DrillProgress> {
  const records: ReviewRecord[] = [];
  for (const deck of decks) {
    const fromId = progressDeckId(deck.id);
    for (const record of (await loadReviews(fromId, now)).values()) records.push(renamed(record, fromId, deck.id));
  }
  return records;
}

/**
 * The file's progress, moved to where the import put each deck: a deck added
 * under a new id (its id was taken) or written over one of the user's decks
 * takes its progress along. Progress for a deck not imported (skipped) is
 * left out. resolveImport spreads the file's deck into each step, so a step
 * holds the file deck's own cards array: that is how a step is matched to it.
 */
export function progressForImport(progress: DrillProgress, fileDecks: readonly Deck[], steps: readonly ImportStep[]): DrillProgress {
  const moved: ReviewRecord[] = [];
  for (const step of steps) {
    const source = fileDecks.find((deck) => deck.cards === step.deck.cards) ?? fileDecks.find((deck) => deck.id === step.deck.id);
    if (!source) continue;
    for (const record of progress) {
      if (record.item.startsWith(`${source.id}:`)) moved.push(renamed(record, source.id, progressDeckId(step.deck.id)));
    }
  }
  return moved;
}

/**
 * Writes imported progress beside what is stored: an item graded both here
 * and in the file keeps the later grade's schedule and both logs (as two
 * windows do). Something unreadable under a key is set aside in the same
 * write. One write, so a full storage refuses all of it, in words, and leaves
 * the stored progress as it was.
 */
export async function importProgress(progress: DrillProgress, now: number): Promise<number> {
  if (progress.length === 0) return 0;
  const keys = progress.map((record) => reviewKey(record.item));
  try {
    const stored = await browser.storage.local.get(keys);
    const items: Record<string, unknown> = {};
    for (const record of progress) {
      const key = reviewKey(record.item);
      const raw = stored[key];
      const parsed = reviewRecordSchema.safeParse(raw);
      if (raw !== undefined && (!parsed.success || parsed.data.item !== record.item)) {
        items[quarantineKey(key, fingerprint(raw))] = { key, value: raw, reason: "A drill item's schedule could not be read", at: now };
      }
      const base = (items[key] as ReviewRecord | undefined) ?? (parsed.success && parsed.data.item === record.item ? parsed.data : undefined);
      items[key] = base ? mergeReview(base, record) : record;
    }
    await browser.storage.local.set(items);
    return progress.length;
  } catch (error) {
    throw toStoreError(error, 'the drill progress from this file');
  }
}

function renamed(record: ReviewRecord, fromDeck: string, toDeck: string): ReviewRecord {
  return fromDeck === toDeck ? record : { ...record, item: `${toDeck}${record.item.slice(fromDeck.length)}` };
}
