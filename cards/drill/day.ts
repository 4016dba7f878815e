/**
 * The user's day, in local time: new items are limited per day and the
 * badge changes when it turns. `now` is always passed in (tests drive the
 * clock); new Date(ms) only reads the calendar, never the time.
 */
export function startOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The first moment of the next day (DST-safe: the calendar moves, not 24 h). */
export function startOfNextDay(now: number): number {
  const date = new Date(startOfDay(now));
  date.setDate(date.getDate() + 1);
  return date.getTime();
}

/** The start of the day `days` after today's. */
export function startOfDayAfter(now: number, days: number): number {
  const date = new Date(startOfDay(now));
  date.setDate(date.getDate() + days);
  return date.getTime();
}
