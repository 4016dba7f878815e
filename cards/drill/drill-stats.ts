import { startOfDayAfter } from './day';
import { currentRecord, STATE, type ReviewRecord } from './review-record';
import type { ReviewItem } from './review-items';

const THIRTY_DAYS = 30 * 86_400_000;
export const FORECAST_DAYS = 7;

export interface DrillStats {
  /** Items of the deck that have left the learning steps (FSRS's Review state). */
  learned: number;
  /** Every item the deck yields. */
  total: number;
  /**
   * Of the reviews of learned items in the last 30 days, the share recalled
   * (any grade but Again): the retention FSRS aims at. Undefined with none.
   */
  retention?: { rate: number; reviews: number };
  /** Items coming due on each of the next days, today first (today counts what is overdue too). */
  forecast: { dayStart: number; count: number }[];
}

export function drillStats(items: readonly ReviewItem[], records: ReadonlyMap<string, ReviewRecord>, now: number): DrillStats {
  let learned = 0;
  let reviews = 0;
  let recalled = 0;
  const forecast = Array.from({ length: FORECAST_DAYS }, (_, day) => ({ dayStart: startOfDayAfter(now, day), count: 0 }));
  const lastDayEnd = startOfDayAfter(now, FORECAST_DAYS);
  for (const item of items) {
    const stored = records.get(item.id);
    for (const entry of stored?.log ?? []) {
      if (entry.state !== STATE.review || entry.at < now - THIRTY_DAYS || entry.at > now) continue;
      reviews += 1;
      if (entry.grade > 1) recalled += 1;
    }
    const record = currentRecord(stored, item.fingerprint);
    if (!record) continue;
    if (record.state === STATE.review) learned += 1;
    if (record.due >= lastDayEnd) continue;
    const day = forecast.findLastIndex((entry) => entry.dayStart <= record.due);
    forecast[Math.max(0, day)]!.count += 1;
  }
  return {
    learned,
    total: items.length,
    retention: reviews > 0 ? { rate: recalled / reviews, reviews } : undefined,
    forecast,
  };
}
