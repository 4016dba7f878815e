import { describe, expect, it } from 'vitest';
import { startOfDayAfter } from './day';
import { drillDeck } from './drill.fixtures';
import { drillStats } from './drill-stats';
import type { ReviewRecord } from './review-record';
import { reviewItems } from './review-items';
import { gradeItem, type DrillGrade } from './scheduler';

const DAY = 86_400_000;
const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();
const items = reviewItems(drillDeck());

/** Grades item `index` with `grades` in turn, each when it falls due. */
function drilled(index: number, grades: DrillGrade[]): ReviewRecord {
  let record: ReviewRecord | undefined;
  let now = T0;
  for (const grade of grades) {
    record = gradeItem(items[index]!, record, grade, now, 0.9);
    now = record.due;
  }
  return record!;
}

describe('drill stats', () => {
  it('counts learned items, the 30-day retention of learned ones and the week’s forecast', () => {
    const records = new Map<string, ReviewRecord>([
      [items[0]!.id, drilled(0, [4, 3])],
      [items[1]!.id, drilled(1, [4, 1])],
      [items[2]!.id, drilled(2, [3])],
    ]);
    const now = Math.max(...[...records.values()].map((record) => record.lastReview!)) + 60_000;
    const stats = drillStats(items, records, now);
    expect(stats.total).toBe(items.length);
    // Item 0 is in review; item 1 lapsed into relearning; item 2 is still learning.
    expect(stats.learned).toBe(1);
    // Reviews of learned items: item 0 once (Good), item 1 once (Again).
    expect(stats.retention).toEqual({ rate: 1 / 2, reviews: 2 });
    expect(stats.forecast).toHaveLength(7);
    expect(stats.forecast[0]!.dayStart).toBe(startOfDayAfter(now, 0));
    const inWeek = [...records.values()].filter((record) => record.due < startOfDayAfter(now, 7)).length;
    expect(stats.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(inWeek);
  });

  it('leaves reviews older than 30 days out of the retention', () => {
    const record = drilled(0, [4, 3]);
    const map = new Map([[items[0]!.id, record]]);
    expect(drillStats(items, map, record.lastReview! + 29 * DAY).retention).toEqual({ rate: 1, reviews: 1 });
    expect(drillStats(items, map, record.lastReview! + 31 * DAY).retention).toBeUndefined();
  });

  it('has no retention figure before any learned item was reviewed', () => {
    expect(drillStats(items, new Map(), T0)).toMatchObject({ learned: 0, retention: undefined });
  });
});
