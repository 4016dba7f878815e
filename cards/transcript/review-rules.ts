import { defaultDeck } from '../default-deck';
import type { Deck, MatrixRow, NoteCard, ReviewCues } from '../schema';
import { compileCue, type CompiledCue } from './match-cue';

/**
 * The review's rules, all read from the deck: the first note card carrying
 * `review` cues (the shipped deck's three-signals card), the phrasing cards'
 * weak versions and patterns, and the chosen prompt's levers with their
 * metrics (or, with no prompt, the decision matrix's). A cue list a deck
 * leaves out falls back to the shipped deck's, so an older deck still gets a
 * review; a list it leaves empty stays empty, because that was a choice.
 */
export type CueKind = keyof ReviewCues;
export const CUE_KINDS: CueKind[] = ['problem', 'impact', 'feasibility', 'scope', 'tradeoff', 'close', 'hedges', 'fillers'];

export interface WeakRule {
  cardId: string;
  title: string;
  strong: string;
  patterns: CompiledCue[];
  unless: CompiledCue[];
}

export interface LeverRule {
  id: string;
  label: string;
  kpi: string;
  cues: CompiledCue[];
  metricCues: CompiledCue[];
}

export interface ReviewRules {
  cues: Record<CueKind, CompiledCue[]>;
  weak: WeakRule[];
  levers: LeverRule[];
}

export function rulesFromDeck(deck: Deck, promptId?: string): ReviewRules {
  const own = findReviewCues(deck);
  const shipped = findReviewCues(defaultDeck) ?? {};
  const cues = Object.fromEntries(CUE_KINDS.map((kind) => [kind, (own?.[kind] ?? shipped[kind] ?? []).map(compileCue)])) as Record<CueKind, CompiledCue[]>;
  const weak = deck.cards.flatMap((card): WeakRule[] => {
    if (card.kind !== 'phrasing') return [];
    const patterns = [...(card.weak?.trim() ? [card.weak] : []), ...(card.weakPatterns ?? [])].map(compileCue).filter((cue) => cue.tokens.length > 0);
    if (patterns.length === 0) return [];
    return [{ cardId: card.id, title: card.title, strong: card.strong, patterns, unless: (card.weakUnless ?? []).map(compileCue) }];
  });
  return { cues, weak, levers: leversOf(deck, promptId).map(leverRule) };
}

function findReviewCues(deck: Deck): ReviewCues | undefined {
  return deck.cards.find((card): card is NoteCard & { review: ReviewCues } => card.kind === 'note' && card.review !== undefined)?.review;
}

function leversOf(deck: Deck, promptId: string | undefined): MatrixRow[] {
  const prompt = deck.cards.find((card) => card.kind === 'prompt' && card.id === promptId);
  if (prompt?.kind === 'prompt' && prompt.levers.length > 0) return prompt.levers;
  return deck.cards.find((card) => card.kind === 'matrix')?.kind === 'matrix'
    ? (deck.cards.find((card) => card.kind === 'matrix') as { rows: MatrixRow[] }).rows
    : [];
}

// A lever with no cues of its own is found by the first word of its name
// ("Caching show metadata" → "caching"), its metric by the words of its KPI.
function leverRule(row: MatrixRow): LeverRule {
  const cues = row.cues ?? [row.lever.split(/\s+/)[0]!];
  const metricCues = row.metricCues ?? row.kpi.split(/[→/()+,;]|\s-\s/).map((part) => part.trim()).filter((part) => /\p{L}{3}/u.test(part));
  return {
    id: row.id,
    label: row.lever,
    kpi: row.kpi,
    cues: cues.map(compileCue).filter((cue) => cue.tokens.length > 0),
    metricCues: metricCues.map(compileCue).filter((cue) => cue.tokens.length > 0),
  };
}
