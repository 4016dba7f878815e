import MiniSearch, { type Query, type SearchOptions as MiniSearchOptions } from 'minisearch';
import { cardText } from './card-text';
import type { Card, CardKind } from './schema';

/**
 * Search over every card of a deck: typo-tolerant, ranked, title and tag
 * matches counting more than body matches. Built on MiniSearch, which
 * scripts/bench-search.ts measured fastest of MiniSearch, uFuzzy and Fuse.js.
 *
 * Matching, for each word of the query:
 *  - exact words score highest, then words it starts (prefix, from two
 *    letters on, so results follow every keystroke), then words within a
 *    typo (Levenshtein distance round(0.2 × length): 1 for 3–7 letters,
 *    2 for 8–12);
 *  - words holding a digit ("150", "p99") match exactly or as a prefix,
 *    never as a typo: 150 ms is not 120 ms;
 *  - a word the deck does not hold is also tried with two neighbouring
 *    letters swapped ("kafak" → "kafka"), which edit distance counts as two
 *    typos;
 *  - words are split at anything that is not a letter or digit, so
 *    "at least once" finds "at-least-once" and the other way round; case and
 *    accents are ignored.
 * Every query word must match; when no card holds them all, cards holding
 * some of them are returned instead, the ones holding most ranked first.
 * A one-letter last word still being typed ("at least o") is left out until
 * its next letter, rather than matching every word that starts with it.
 */

export interface SearchFilter {
  /** Only cards carrying every one of these tags (case is ignored). */
  tags?: string[];
  /** Only cards of one of these kinds. */
  kinds?: CardKind[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** The words of the card that matched, lower-cased, for highlighting. */
  terms: string[];
}

export interface SearchIndex {
  /** Hits best first; an empty or blank query gives []. */
  search(query: string, filter?: SearchFilter): SearchHit[];
  /** Adds the card, or re-indexes it if a card with its id is indexed. */
  replace(card: Card): void;
  /** Forgets the card with this id; unknown ids are ignored. */
  remove(id: string): void;
  /** How many cards are indexed. */
  readonly size: number;
}

const FIELD_BOOST = { title: 3, tags: 2, body: 1 };
/** MiniSearch's default: distance = round(0.2 × word length). */
const FUZZY = 0.2;
/** A swapped-letters match scores like an edit-distance typo (MiniSearch's fuzzy weight). */
const SWAP_WEIGHT = 0.45;
const MIN_SWAP_LENGTH = 4;
/** Figures are not typo'd words: "150" must not find "120", nor "p99" "p95". */
const HAS_DIGIT = /\p{N}/u;
const fuzziness = (term: string) => (HAS_DIGIT.test(term) ? false : FUZZY);

/** Split at anything that is not a letter, digit or combining mark. */
const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARK = /\p{M}/gu;

export function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR);
}

/** Lower-case, accents stripped: "Résidency" → "residency". */
export function normalizeTerm(term: string): string {
  const lower = term.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARK, '') : lower;
}

export function createSearchIndex(cards: Card[]): SearchIndex {
  const byId = new Map<string, Card>();
  // Every word ever indexed (never pruned: a stale word only costs a lookup).
  const vocabulary = new Set<string>();

  const mini = new MiniSearch<Card>({
    fields: ['title', 'tags', 'body'],
    extractField: (card, field) => {
      if (field === 'id') return card.id;
      if (field === 'title') return card.title;
      if (field === 'tags') return card.tags.join(' ');
      return cardText(card, { title: false });
    },
    tokenize,
    processTerm: (term) => {
      const normalized = normalizeTerm(term);
      if (normalized) vocabulary.add(normalized);
      return normalized;
    },
    searchOptions: {
      processTerm: normalizeTerm,
      boost: FIELD_BOOST,
      // A one-letter prefix matches most of the deck and costs the most.
      prefix: (term) => term.length > 1,
      fuzzy: fuzziness,
    },
  });

  for (const card of cards) byId.set(card.id, card);
  mini.addAll([...byId.values()]);

  function termQuery(term: string): Query {
    const swaps =
      vocabulary.has(term) || HAS_DIGIT.test(term) ? [] : transpositions(term).filter((swap) => vocabulary.has(swap));
    if (swaps.length === 0) return term;
    return {
      combineWith: 'OR',
      queries: [
        { queries: [term], prefix: true, fuzzy: fuzziness(term) },
        { queries: swaps, combineWith: 'OR', prefix: false, fuzzy: false, boostTerm: () => SWAP_WEIGHT },
      ],
    };
  }

  function run(terms: string[], combineWith: 'AND' | 'OR', options: MiniSearchOptions) {
    return mini.search({ combineWith, queries: terms.map(termQuery) }, options);
  }

  return {
    search(query, filter = {}) {
      const words = tokenize(query).map(normalizeTerm).filter(Boolean);
      // A last word of one letter is still being typed: leave it out until the
      // next keystroke rather than match every word starting with it.
      if (words.length > 1 && words.at(-1)!.length === 1 && !WORD_SEPARATOR.test(query.slice(-1))) words.pop();
      const terms = [...new Set(words)];
      if (terms.length === 0) return [];
      const options: MiniSearchOptions = {};
      const allowed = filterFor(filter);
      if (allowed) {
        // A zero boost makes MiniSearch skip the card before scoring it.
        options.boostDocument = (id: string) => {
          const card = byId.get(id);
          return card && allowed(card) ? 1 : 0;
        };
      }
      let results = run(terms, 'AND', options);
      if (results.length === 0 && terms.length > 1) results = run(terms, 'OR', options);
      return results.map((result) => ({ id: result.id as string, score: result.score, terms: result.terms }));
    },
    replace(card) {
      if (byId.has(card.id)) mini.discard(card.id);
      byId.set(card.id, card);
      mini.add(card);
    },
    remove(id) {
      if (!byId.has(id)) return;
      byId.delete(id);
      mini.discard(id);
    },
    get size() {
      return byId.size;
    },
  };
}

function filterFor({ tags = [], kinds = [] }: SearchFilter): ((card: Card) => boolean) | undefined {
  const wantedTags = tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  if (wantedTags.length === 0 && kinds.length === 0) return undefined;
  const wantedKinds = new Set(kinds);
  return (card) => {
    if (wantedKinds.size > 0 && !wantedKinds.has(card.kind)) return false;
    if (wantedTags.length === 0) return true;
    const cardTags = new Set(card.tags.map((tag) => tag.trim().toLowerCase()));
    return wantedTags.every((tag) => cardTags.has(tag));
  };
}

/** The word with each pair of neighbouring letters swapped: "kafak" → "akfak", …, "kafka". */
export function transpositions(term: string): string[] {
  if (term.length < MIN_SWAP_LENGTH) return [];
  const chars = [...term];
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = chars.slice();
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    swaps.add(swapped.join(''));
  }
  return [...swaps];
}
