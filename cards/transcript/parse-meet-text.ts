import { clockTextToMs } from './clock-text';
import { MEET_FOOTER, MEET_STAMP } from './detect-format';
import { splitSpeakerPrefix } from './speaker-prefix';
import type { Utterance } from './utterance';

/**
 * The text of a Meet transcript document: a title, then `Name: text` lines
 * with a standalone `00:05:00` stamp every few minutes, and a footer
 * "Transcription ended after 00:11:02". Lines between two stamps get times
 * spread by word count between them, which is as close as the document allows.
 */
export function parseMeetText(text: string): { utterances: Utterance[]; skipped: number } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const utterances: Utterance[] = [];
  const stamps: { index: number; ms: number }[] = [];
  let sawStamp = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (MEET_FOOTER.test(line)) {
      const end = clockTextToMs(line.replace(MEET_FOOTER, '').trim());
      if (end !== undefined) stamps.push({ index: utterances.length, ms: end });
      break;
    }
    if (MEET_STAMP.test(line)) {
      sawStamp = true;
      stamps.push({ index: utterances.length, ms: clockTextToMs(line)! });
      continue;
    }
    // The document's title and attendee lines come before the first stamp.
    if (!sawStamp) continue;
    const { speaker, text: said } = splitSpeakerPrefix(line);
    const last = utterances.at(-1);
    if (speaker === undefined && last) last.text = `${last.text} ${said}`;
    else utterances.push({ ...(speaker === undefined ? {} : { speaker }), text: said });
  }
  spreadTimes(utterances, stamps);
  return { utterances, skipped: 0 };
}

/** Each utterance starts where the words before it, spread evenly between two stamps, end. */
function spreadTimes(utterances: Utterance[], stamps: { index: number; ms: number }[]) {
  stamps.forEach((stamp, n) => {
    const next = stamps[n + 1];
    const until = next ? next.index : utterances.length;
    const span = utterances.slice(stamp.index, until);
    const words = span.map((u) => countWords(u.text));
    const total = words.reduce((a, b) => a + b, 0) || 1;
    // After the last stamp there is nothing to spread towards: about 150 words a minute.
    const length = next ? Math.max(0, next.ms - stamp.ms) : (total * 60_000) / 150;
    let before = 0;
    span.forEach((utterance, i) => {
      utterance.startMs = Math.round(stamp.ms + (length * before) / total);
      before += words[i]!;
      utterance.endMs = Math.round(stamp.ms + (length * before) / total);
    });
  });
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
