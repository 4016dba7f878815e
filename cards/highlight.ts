/**
 * Splits `text` into segments for the UI to render, the matching ones inside
 * <mark>. Pure data, never HTML: the UI renders each segment as a text node.
 *
 * - Case and accents are ignored ("kafka" marks "Kafka", "resume" marks "résumé").
 * - A term matches where a word starts: "at" marks "at" in "at least" and
 *   "at-least-once", not inside "data"; "shard" marks the start of "sharding".
 *   (A term that starts with a symbol, like "$45", may match anywhere.)
 * - Overlapping or touching matches merge into one marked segment.
 * - A term also matches across hyphens: "tradeoff" marks "trade-off", the
 *   way search finds the one with the other.
 * - Terms are plain text: regex characters in them mean nothing special.
 * - Joining the segments' text gives back `text` exactly.
 */
export interface Segment {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/gu;

function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '');
}

const HYPHEN_BETWEEN_WORDS = /[\p{L}\p{N}][-\u2010\u2011][\p{L}\p{N}]/u;
const HYPHEN = /[-\u2010\u2011]/;

/** The text less the hyphens between two letters or digits, and where each of its characters was. */
function withoutHyphens(folded: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i]!;
    const between = i > 0 && i + 1 < folded.length && WORD_CHAR.test(folded[i - 1]!) && WORD_CHAR.test(folded[i + 1]!);
    if (between && HYPHEN.test(char)) continue;
    text += char;
    at.push(i);
  }
  return { text, at };
}

export function highlight(text: string, terms: string[]): Segment[] {
  if (text === '') return [];

  // The folded text, and for each of its characters the slice of `text` it came from.
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = fold(char);
    if (f === '' && to.length > 0) {
      to[to.length - 1] = offset + char.length; // a lone accent belongs to the letter before it
    }
    for (let k = 0; k < f.length; k++) {
      from.push(offset);
      to.push(offset + char.length);
    }
    folded += f;
    offset += char.length;
  }

  const ranges: [number, number][] = [];
  const joined = HYPHEN_BETWEEN_WORDS.test(folded) ? withoutHyphens(folded) : undefined;
  for (const term of new Set(terms.map(fold))) {
    if (term === '') continue;
    const atWordStart = WORD_CHAR.test(term[0]!);
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (atWordStart && at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
      ranges.push([from[at]!, to[at + term.length - 1]!]);
    }
    if (!joined || !atWordStart) continue;
    // The same over the text with its hyphens taken out, keeping only matches that span one.
    const { text: squashed, at: position } = joined;
    for (let at = squashed.indexOf(term); at !== -1; at = squashed.indexOf(term, at + 1)) {
      if (at > 0 && WORD_CHAR.test(squashed[at - 1]!)) continue;
      const [first, last] = [position[at]!, position[at + term.length - 1]!];
      if (last - first === term.length - 1) continue; // no hyphen inside: found above
      ranges.push([from[first]!, to[last]!]);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];

  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: Segment[] = [];
  let cursor = 0;
  let [start, end] = ranges[0]!;
  const flush = () => {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  };
  for (const [s, e] of ranges.slice(1)) {
    if (s <= end) {
      end = Math.max(end, e);
    } else {
      flush();
      [start, end] = [s, e];
    }
  }
  flush();
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
