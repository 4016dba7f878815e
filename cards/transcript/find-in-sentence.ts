import { findCue, firstCue, type CompiledCue } from './match-cue';
import type { ReviewRules } from './review-rules';
import { hasFigure } from './words';

export type SignalId = 'impact' | 'feasibility' | 'tradeoff';

/** What one sentence shows, by the deck's rules. The review is these, gathered over time. */
export interface SentenceFindings {
  signals: SignalId[];
  /** Phrasing card ids whose weak version the sentence says. */
  weak: string[];
  /** Levers named, each with whether a metric is tied to it in the same sentence. */
  levers: { id: string; metric: boolean }[];
  problem: boolean;
  /** A hard limit with a figure (the constraint lens). */
  constraint: boolean;
  close: boolean;
  hedges: number;
  fillers: number;
}

export function findInSentence(words: readonly string[], rules: ReviewRules): SentenceFindings {
  const { cues } = rules;
  const figure = hasFigure(words);
  const metric = firstCue(cues.impact, words) !== undefined;
  const constraint = figure && firstCue(cues.feasibility, words) !== undefined;
  const signals: SignalId[] = [];
  if (metric && figure) signals.push('impact');
  if (constraint || firstCue(cues.scope, words) !== undefined) signals.push('feasibility');
  if (firstCue(cues.tradeoff, words) !== undefined) signals.push('tradeoff');

  const weak = rules.weak
    .filter((rule) => firstCue(rule.patterns, words) !== undefined && firstCue(rule.unless, words, { allowNegated: true }) === undefined)
    .map((rule) => rule.cardId);

  // A lever counts when named, unless the word right before rules it out ("no Kafka", "without caching").
  const levers = rules.levers
    .filter((lever) => lever.cues.some((cue) => namedAt(cue, words)))
    .map((lever) => ({ id: lever.id, metric: metric || firstCue(lever.metricCues, words, { allowNegated: true }) !== undefined }));

  return {
    signals,
    weak,
    levers,
    problem: firstCue(cues.problem, words) !== undefined,
    constraint,
    close: firstCue(cues.close, words) !== undefined,
    hedges: countAll(cues.hedges, words),
    fillers: countAll(cues.fillers, words),
  };
}

const RULED_OUT = new Set(['no', 'not', 'without', 'never']);

function namedAt(cue: CompiledCue, words: readonly string[]): boolean {
  for (let found = findCue(cue, words); found; found = findCue(cue, words, found.start + 1)) {
    if (!RULED_OUT.has(words[found.start - 1] ?? '')) return true;
  }
  return false;
}

/** Every occurrence of the cues, left to right, without overlaps ("you know" is one filler, not two). */
function countAll(list: CompiledCue[], words: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < words.length; ) {
    const end = list.map((cue) => findCue(cue, words, index)).find((found) => found?.start === index)?.end;
    if (end === undefined) {
      index += 1;
    } else {
      count += 1;
      index = Math.max(end, index + 1);
    }
  }
  return count;
}
