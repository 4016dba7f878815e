import type { Utterance } from './utterance';
import { speechWords } from './words';

/** One sentence of the speaker's, with its words as the review compares them and its time when known. */
export interface Sentence {
  text: string;
  words: string[];
  startMs?: number;
  endMs?: number;
}

// A full stop, question or exclamation mark followed by a space ends a
// sentence; "99.9" and "e.g." inside words do not. Captions without
// punctuation stay one sentence per caption, which is short anyway.
const BOUNDARY = /(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“'‘(])/u;

export function toSentences(utterances: Utterance[]): Sentence[] {
  return utterances.flatMap((utterance) => {
    const parts = utterance.text.split(BOUNDARY).map((part) => part.trim()).filter(Boolean);
    const counts = parts.map((part) => Math.max(1, speechWords(part).length));
    const total = counts.reduce((a, b) => a + b, 0);
    const { startMs, endMs } = utterance;
    let before = 0;
    return parts.map((text, index): Sentence => {
      const sentence: Sentence = { text, words: speechWords(text) };
      // Within a caption, time is spread by words: as close as the file allows.
      if (startMs !== undefined) {
        const span = endMs !== undefined && endMs > startMs ? endMs - startMs : 0;
        sentence.startMs = Math.round(startMs + (span * before) / total);
        if (endMs !== undefined) sentence.endMs = Math.round(startMs + (span * (before + counts[index]!)) / total);
      }
      before += counts[index]!;
      return sentence;
    });
  });
}
