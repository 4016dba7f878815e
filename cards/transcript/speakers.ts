import type { Utterance } from './utterance';

/** Everyone who speaks in the transcript, the most words first. */
export function listSpeakers(utterances: Utterance[]): { name: string; words: number }[] {
  const words = new Map<string, number>();
  for (const utterance of utterances) {
    if (utterance.speaker === undefined) continue;
    words.set(utterance.speaker, (words.get(utterance.speaker) ?? 0) + countWords(utterance.text));
  }
  return [...words].map(([name, count]) => ({ name, words: count })).sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}

/**
 * The utterances to review: the chosen speaker's, or all of them when the
 * transcript names nobody. A sentence when the speaker said nothing.
 */
export function utterancesOf(utterances: Utterance[], speaker: string | undefined): { ok: true; utterances: Utterance[] } | { ok: false; error: string } {
  if (speaker === undefined) return { ok: true, utterances };
  const mine = utterances.filter((utterance) => utterance.speaker === speaker && countWords(utterance.text) > 0);
  if (mine.length === 0) return { ok: false, error: `${speaker} says nothing in this transcript; pick another speaker.` };
  return { ok: true, utterances: mine };
}

export const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
