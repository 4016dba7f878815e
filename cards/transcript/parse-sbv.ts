import { clockTextToMs } from './clock-text';
import { splitSpeakerPrefix } from './speaker-prefix';
import type { Utterance } from './utterance';

/**
 * YouTube's SBV: a `0:00:09.000,0:00:21.500` line, then the caption's lines,
 * then a blank line. No registry parser reads it, and its shape is this small.
 * A block whose time line does not read is counted as skipped.
 */
export function parseSbv(text: string): { utterances: Utterance[]; skipped: number } {
  const utterances: Utterance[] = [];
  let skipped = 0;
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const [timing = '', ...lines] = block.trim().split('\n');
    if (timing === '' ) continue;
    const [from = '', to = ''] = timing.split(',');
    const startMs = clockTextToMs(from);
    const endMs = clockTextToMs(to);
    const words = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (startMs === undefined || endMs === undefined || words === '') {
      skipped += 1;
      continue;
    }
    const { speaker, text: said } = splitSpeakerPrefix(words.replace(/^>>\s*/, ''));
    utterances.push({ ...(speaker === undefined ? {} : { speaker }), startMs, endMs, text: said });
  }
  return { utterances, skipped };
}
