import { spellOut, speechWords } from './words';

/**
 * A cue from the deck (schema.ts reviewCuesSchema), compiled once: its words,
 * each matched exactly, by prefix ("shard*"), or as a gap of up to three
 * words (a lone "*"). Sentences are matched word by word, never as regular
 * expressions, so a cue a user types can neither break nor stall the review.
 */
export type CueToken = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap' };
export interface CompiledCue {
  source: string;
  tokens: CueToken[];
}

const MAX_GAP = 3;

export function compileCue(source: string): CompiledCue {
  const tokens = spellOut(source)
    .split(/\s+/)
    .flatMap((part): CueToken[] => {
      if (part === '*') return [{ kind: 'gap' }];
      const prefix = part.endsWith('*');
      const words = speechWords(part);
      if (words.length === 0) return [];
      if (prefix) return [...words.slice(0, -1).map((word): CueToken => ({ kind: 'word', word })), { kind: 'prefix', prefix: words.at(-1)! }];
      return words.map((word): CueToken => ({ kind: 'word', word }));
    });
  // A gap at either end adds nothing.
  while (tokens[0]?.kind === 'gap') tokens.shift();
  while (tokens.at(-1)?.kind === 'gap') tokens.pop();
  return { source, tokens };
}

/** Where the cue first occurs in the words, as [start, end) indices; undefined if it does not. */
export function findCue(cue: CompiledCue, words: readonly string[], from = 0): { start: number; end: number } | undefined {
  if (cue.tokens.length === 0) return undefined;
  for (let start = from; start < words.length; start += 1) {
    const end = matchAt(cue.tokens, 0, words, start);
    if (end !== undefined) return { start, end };
  }
  return undefined;
}

function matchAt(tokens: CueToken[], t: number, words: readonly string[], w: number): number | undefined {
  if (t === tokens.length) return w;
  const token = tokens[t]!;
  if (token.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP && w + skip <= words.length; skip += 1) {
      const end = matchAt(tokens, t + 1, words, w + skip);
      if (end !== undefined) return end;
    }
    return undefined;
  }
  const word = words[w];
  if (word === undefined) return undefined;
  const ok = token.kind === 'word' ? word === token.word : word.startsWith(token.prefix);
  return ok ? matchAt(tokens, t + 1, words, w + 1) : undefined;
}

const NEGATIONS = new Set(['not', 'never', 'no', 'without', 'nor']);

/** Whether a negation ("not", "never", "without"…) comes in the three words before `start`. */
export function negatedAt(words: readonly string[], start: number): boolean {
  return words.slice(Math.max(0, start - 3), start).some((word) => NEGATIONS.has(word));
}

/** The first of the cues that occurs un-negated in the words, if any. */
export function firstCue(cues: readonly CompiledCue[], words: readonly string[], { allowNegated = false } = {}): CompiledCue | undefined {
  for (const cue of cues) {
    let from = 0;
    for (let found = findCue(cue, words, from); found; found = findCue(cue, words, from)) {
      if (allowNegated || !negatedAt(words, found.start)) return cue;
      from = found.start + 1;
    }
  }
  return undefined;
}
