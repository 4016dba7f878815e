import { browser } from 'wxt/browser';
import type { Deck } from '../schema';
import { DRILL_SETTINGS_KEY, REVIEW_PREFIX } from '../storage/storage-keys';
import { startOfNextDay } from './day';
import { drillQueue, dueCount, nextDueAt } from './drill-queue';
import { drillSettings, readDrillSettings } from './drill-settings';
import { progressDeckId } from './progress-deck-id';
import { reviewItems } from './review-items';
import { loadReviews } from './review-store';
import { followLatest } from '../follow-latest';

export interface DueSummary {
  /** Items seen before and due now. */
  due: number;
  /** New items the day still allows. */
  fresh: number;
  /** What the badge and the header say: due, plus the new ones once this deck has been drilled (see dueCount). */
  count: number;
  /** When the count next changes with no grade: an item falls due, or the day turns. */
  changesAt: number;
}

/**
 * The drill count of a deck at `now`, read from storage. Needs no scheduler
 * (it reads the due times the scheduler stored), so the header and the
 * background can show it without loading ts-fsrs. Read only: unreadable
 * records are set aside by the drill itself, where the user sees it.
 */
export async function dueSummary(deck: Deck, now: number): Promise<DueSummary> {
  const items = reviewItems(deck);
  const [records, settings] = await Promise.all([
    loadReviews(progressDeckId(deck.id), now, { setAside: false }),
    drillSettings.getValue().then(readDrillSettings),
  ]);
  const queue = drillQueue(items, records, now, settings);
  return {
    due: queue.due.length,
    fresh: queue.fresh.length,
    count: dueCount(queue),
    changesAt: Math.min(nextDueAt(items, records, now) ?? Infinity, startOfNextDay(now)),
  };
}

/** The storage keys whose change can change a due count: review records and the drill settings. */
export function changesDueCount(keys: readonly string[]): boolean {
  const settingsKey = DRILL_SETTINGS_KEY.replace(/^local:/, '');
  return keys.some((key) => key.startsWith(REVIEW_PREFIX) || key === settingsKey);
}

/** Calls back when a grade or a drill setting changes, from any window. */
export function watchDueCount(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && changesDueCount(Object.keys(changes))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// Longer timeouts overflow setTimeout's 32-bit delay.
const MAX_WAIT = 2 ** 31 - 1;

/**
 * Keeps `deck`'s due summary current for `onSummary`: on any grade (this
 * window or another), on a settings change, and when the next item falls due
 * or the day turns. Returns the stop.
 */
export function followDueSummary(deck: Deck, onSummary: (summary: DueSummary) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reads = followLatest(
    watchDueCount,
    () => dueSummary(deck, Date.now()),
    (next) => {
      onSummary(next);
      clearTimeout(timer);
      timer = setTimeout(() => reads.reload(), Math.min(MAX_WAIT, Math.max(1000, next.changesAt - Date.now() + 500)));
    },
    (error) => console.error('Sidecue: could not count the drill items due', error),
  );
  return () => {
    clearTimeout(timer);
    reads.stop();
  };
}
