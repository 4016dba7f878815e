import type { Utterance } from './utterance';
import { countWords } from './speakers';

/**
 * Words per minute, minute by minute: each caption's words are spread evenly
 * over its span, and a minute's rate is its words over the time spoken in it
 * (a minute with under 10 s of speech has no rate worth showing). Needs
 * captions with an end time; text exports have none, and get no pace.
 */
export function pacePerMinute(utterances: Utterance[], zeroMs: number): { minute: number; wpm: number }[] {
  const words = new Map<number, number>();
  const spoken = new Map<number, number>();
  for (const { startMs, endMs, text } of utterances) {
    if (startMs === undefined || endMs === undefined || endMs <= startMs) continue;
    const count = countWords(text);
    const from = startMs - zeroMs;
    const to = endMs - zeroMs;
    for (let minute = Math.floor(from / 60_000); minute * 60_000 < to; minute += 1) {
      const overlap = Math.min(to, (minute + 1) * 60_000) - Math.max(from, minute * 60_000);
      if (overlap <= 0) continue;
      words.set(minute, (words.get(minute) ?? 0) + (count * overlap) / (to - from));
      spoken.set(minute, (spoken.get(minute) ?? 0) + overlap);
    }
  }
  return [...spoken]
    .filter(([, ms]) => ms >= 10_000)
    .sort(([a], [b]) => a - b)
    .map(([minute, ms]) => ({ minute, wpm: Math.round((words.get(minute)! * 60_000) / ms) }));
}

/**
 * Silences over `minMs` inside the speaker's own talk: from the end of one of
 * their captions to the start of their next, when nobody else spoke between.
 */
export function longPauses(mine: Utterance[], everyone: Utterance[], zeroMs: number, minMs = 5000): { atMs: number; lengthMs: number }[] {
  const pauses: { atMs: number; lengthMs: number }[] = [];
  for (let index = 1; index < mine.length; index += 1) {
    const end = mine[index - 1]!.endMs;
    const next = mine[index]!.startMs;
    if (end === undefined || next === undefined || next - end <= minMs) continue;
    const someoneElse = everyone.some((u) => u.speaker !== mine[index]!.speaker && u.startMs !== undefined && u.startMs >= end && u.startMs < next);
    if (!someoneElse) pauses.push({ atMs: end - zeroMs, lengthMs: next - end });
  }
  return pauses;
}
