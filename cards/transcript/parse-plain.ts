import { splitSpeakerPrefix } from './speaker-prefix';
import type { Utterance } from './utterance';

/**
 * Pasted notes or a transcript without times: one utterance a line, with the
 * speaker when the line starts `Name: `. The review then leaves out timing.
 */
export function parsePlain(text: string): { utterances: Utterance[]; skipped: number } {
  const utterances = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line): Utterance => {
      const { speaker, text: said } = splitSpeakerPrefix(line);
      return speaker === undefined ? { text: said } : { speaker, text: said };
    });
  return { utterances, skipped: 0 };
}
