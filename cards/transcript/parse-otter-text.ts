import { clockTextToMs } from './clock-text';
import { OTTER_TURN } from './detect-format';
import type { Utterance } from './utterance';

/**
 * Otter's text export: a turn header `Speaker 1  0:03` (a name, two spaces,
 * the time), then what was said until the next header. Turns carry a start
 * only; the end is left unknown rather than guessed.
 */
export function parseOtterText(text: string): { utterances: Utterance[]; skipped: number } {
  const utterances: Utterance[] = [];
  let current: Utterance | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const header = OTTER_TURN.exec(raw);
    const startMs = header ? clockTextToMs(header[2]!) : undefined;
    if (header && startMs !== undefined) {
      if (current && current.text) utterances.push(current);
      current = { speaker: header[1]!.trim(), startMs, text: '' };
      continue;
    }
    const line = raw.trim();
    if (line === '') continue;
    if (!current) current = { text: '' };
    current.text = current.text ? `${current.text} ${line}` : line;
  }
  if (current && current.text) utterances.push(current);
  return { utterances, skipped: 0 };
}
