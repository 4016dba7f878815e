const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A wait as a grade button says it: "1 min", "10 min", "3 h", "4 d", "2 mo",
 * "1.5 y". Short, so four buttons fit a 320 px row.
 */
export function intervalLabel(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)} d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))} mo`;
  const years = ms / (365 * DAY);
  return `${years < 10 ? years.toFixed(1).replace(/\.0$/, '') : Math.round(years)} y`;
}

/** The same wait in words for a screen reader: "in 10 minutes", "in 4 days". */
export function intervalWords(ms: number): string {
  const [amount, unit] = intervalLabel(ms).split(' ') as [string, string];
  const words: Record<string, string> = { min: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };
  return `in ${amount} ${words[unit]}${amount === '1' ? '' : 's'}`;
}
