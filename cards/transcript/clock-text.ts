/**
 * "0:03", "12:40", "1:02:05", "00:05:00.500" or "00:00:09,000" as
 * milliseconds; undefined for anything else. Transcript formats write their
 * times in all of these shapes.
 */
export function clockTextToMs(text: string): number | undefined {
  const match = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*$/.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return undefined;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + ms;
}
