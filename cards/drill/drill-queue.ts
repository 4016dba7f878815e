import { startOfDay } from './day';
import { currentRecord, type ReviewRecord } from './review-record';
import type { ReviewItem } from './review-items';
import type { DrillSettings } from './drill-settings';

export interface DrillQueue {
  /** Items seen before whose time has come, the most overdue first. */
  due: ReviewItem[];
  /** Never-seen (or started-over) items the day's new limit still allows, in deck order. */
  fresh: ReviewItem[];
  /** New items already started today. */
  newToday: number;
  /** Whether any item of the deck has ever been graded. */
  started: boolean;
}

/**
 * What a drill would show now. Knows nothing of FSRS: it reads the due times
 * the scheduler stored, so the panel's count and the background's badge can
 * be worked out without loading the scheduler.
 */
export function drillQueue(
  items: readonly ReviewItem[],
  records: ReadonlyMap<string, ReviewRecord>,
  now: number,
  settings: Pick<DrillSettings, 'newPerDay'>,
): DrillQueue {
  const today = startOfDay(now);
  const due: { item: ReviewItem; at: number }[] = [];
  const unseen: ReviewItem[] = [];
  let newToday = 0;
  for (const item of items) {
    const record = currentRecord(records.get(item.id), item.fingerprint);
    if (!record) {
      unseen.push(item);
      continue;
    }
    if (record.firstReview >= today) newToday += 1;
    if (record.due <= now) due.push({ item, at: record.due });
  }
  due.sort((a, b) => a.at - b.at);
  const allowed = Math.max(0, settings.newPerDay - newToday);
  return {
    due: due.map((entry) => entry.item),
    fresh: unseen.slice(0, allowed),
    newToday,
    started: items.some((item) => records.has(item.id)),
  };
}

/**
 * The number on the toolbar badge and in the panel: items due plus the new
 * ones allowed today, but new ones only once the user has started drilling
 * this deck, so an install that never drills is not nagged by a number.
 */
export function dueCount(queue: DrillQueue): number {
  return queue.due.length + (queue.started ? queue.fresh.length : 0);
}

/** When the next item already seen falls due, after `now`: the badge rechecks then. */
export function nextDueAt(items: readonly ReviewItem[], records: ReadonlyMap<string, ReviewRecord>, now: number): number | undefined {
  let next: number | undefined;
  for (const item of items) {
    const record = currentRecord(records.get(item.id), item.fingerprint);
    if (record && record.due > now && (next === undefined || record.due < next)) next = record.due;
  }
  return next;
}
