import { describe, expect, it } from 'vitest';
import { startOfDay, startOfNextDay } from './day';
import { drillDeck } from './drill.fixtures';
import { drillQueue, dueCount } from './drill-queue';
import type { ReviewRecord } from './review-record';
import { reviewItems } from './review-items';
import { gradeItem, previewDue, type DrillGrade } from './scheduler';

const DAY = 86_400_000;
// A Monday, 9:00 local time: the clock every test drives by hand.
const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();
const items = reviewItems(drillDeck());
const item = items[0]!;

/** Grades `item` each time it falls due with `grade`, for `days`; the due times it was given. */
function simulate(grade: DrillGrade, days: number, retention = 0.9) {
  let record: ReviewRecord | undefined;
  let now = T0;
  const gaps: number[] = [];
  while (now < T0 + days * DAY) {
    record = gradeItem(item, record, grade, now, retention);
    gaps.push(record.due - now);
    now = record.due;
  }
  return { record: record!, gaps };
}

describe('the FSRS schedule, with the clock in the test’s hand', () => {
  it('brings an item answered Good back later each time, over simulated weeks', () => {
    const { gaps, record } = simulate(3, 120);
    // Through the learning step (minutes) into review (days), then ever longer.
    expect(gaps[0]).toBeLessThan(DAY);
    const reviewGaps = gaps.filter((gap) => gap >= DAY);
    expect(reviewGaps.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < gaps.length; index += 1) expect(gaps[index]).toBeGreaterThan(gaps[index - 1]!);
    expect(record.state).toBe(2);
    expect(record.reps).toBe(gaps.length);
  });

  it('brings an item answered Again back the same day, even after weeks of Good', () => {
    let { record } = simulate(3, 30);
    const now = record.due;
    record = gradeItem(item, record, 1, now, 0.9);
    expect(record.due).toBeGreaterThan(now);
    expect(record.due).toBeLessThan(startOfNextDay(now));
    expect(record.lapses).toBe(1);
    // And Again on a new item, too.
    const fresh = gradeItem(item, undefined, 1, T0, 0.9);
    expect(fresh.due).toBeLessThan(startOfNextDay(T0));
  });

  it('orders the four grades: Again soonest, Easy latest; the preview is what grading gives', () => {
    const { record } = simulate(3, 20);
    const now = record.due + DAY;
    const preview = previewDue(item, record, now, 0.9);
    expect(preview[1]).toBeLessThan(preview[2]);
    expect(preview[2]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
    for (const grade of [1, 2, 3, 4] as const) expect(gradeItem(item, record, grade, now, 0.9).due).toBe(preview[grade]);
  });

  it('reviews more often for a higher desired retention', () => {
    const relaxed = simulate(3, 90, 0.8).gaps.at(-1)!;
    const strict = simulate(3, 90, 0.95).gaps.at(-1)!;
    expect(strict).toBeLessThan(relaxed);
    const gap = (retention: number) => {
      const { record } = simulate(3, 20);
      return previewDue(item, record, record.due, retention)[3] - record.due;
    };
    expect(gap(0.95)).toBeLessThan(gap(0.9));
    expect(gap(0.9)).toBeLessThan(gap(0.8));
  });

  it('starts an item over when its answer changed since it was graded, keeping the past grades', () => {
    const { record } = simulate(3, 30);
    const changed = { ...item, fingerprint: 'something-else' };
    const restarted = gradeItem(changed, record, 3, record.due, 0.9);
    expect(restarted.reps).toBe(1);
    expect(restarted.firstReview).toBe(record.due);
    expect(restarted.log).toHaveLength(record.log.length + 1);
  });
});

describe('the day’s queue', () => {
  const settings = { newPerDay: 3 };

  it('offers at most the day’s new items, and more the next day', () => {
    const records = new Map<string, ReviewRecord>();
    let queue = drillQueue(items, records, T0, settings);
    expect(queue.fresh.map((entry) => entry.id)).toEqual(items.slice(0, 3).map((entry) => entry.id));
    expect(queue.started).toBe(false);
    expect(dueCount(queue)).toBe(0);

    // Graded Easy: they leave the day, and the limit is spent.
    for (const entry of queue.fresh) records.set(entry.id, gradeItem(entry, undefined, 4, T0, 0.9));
    queue = drillQueue(items, records, T0 + 60_000, settings);
    expect(queue.newToday).toBe(3);
    expect(queue.fresh).toEqual([]);
    expect(queue.due).toEqual([]);
    expect(dueCount(queue)).toBe(0);

    // Tomorrow three more; the first three come back only when due.
    queue = drillQueue(items, records, startOfNextDay(T0) + 1, settings);
    expect(queue.fresh.map((entry) => entry.id)).toEqual(items.slice(3, 6).map((entry) => entry.id));
    expect(dueCount(queue)).toBe(3);
  });

  it('counts an item answered Again as due again within the day, most overdue first', () => {
    const records = new Map<string, ReviewRecord>();
    records.set(items[0]!.id, gradeItem(items[0]!, undefined, 1, T0, 0.9));
    records.set(items[1]!.id, gradeItem(items[1]!, undefined, 1, T0 + 1000, 0.9));
    const later = T0 + 60 * 60_000;
    expect(later).toBeLessThan(startOfNextDay(T0));
    const queue = drillQueue(items, records, later, { newPerDay: 0 });
    expect(queue.due.map((entry) => entry.id)).toEqual([items[0]!.id, items[1]!.id]);
    expect(dueCount(queue)).toBe(2);
    expect(startOfDay(later)).toBe(startOfDay(T0));
  });

  it('a new-items limit of 0 offers only what is due', () => {
    expect(drillQueue(items, new Map(), T0, { newPerDay: 0 }).fresh).toEqual([]);
  });
});
