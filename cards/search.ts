import MiniSearch, { type Query, type QueryCombination, type SearchOptions as MiniSearchOptions, type SearchResult } from 'minisearch';
import { cardText } from './card-text';
import { PERCENTILE, PERCENTILE_WORD, SYNONYM_GROUPS } from './search-synonyms';
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
 *    accents are ignored;
 *  - hyphenated, spaced and joined words match alike: "tradeoff",
 *    "trade-off" and "trade off" find each other (hyphenated compounds are
 *    also indexed joined; a joined query word splits in two where some card
 *    writes the two words side by side);
 *  - the field's abbreviations match the words they stand for (p99 and
 *    percentiles, QPS and requests per second, GDPR and data residency, SLA
 *    and uptime: cards/search-synonyms.ts), scoring under the words typed.
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
/** A joined word split in two ("tradeoff" → "trade off") scores a little under the word as written. */
const SPLIT_WEIGHT = 0.8;
const HALF_SPLIT_WEIGHT = SPLIT_WEIGHT / 2;
/** An abbreviation's words (or the other way round) score under the words typed. */
const SYNONYM_WEIGHT = 0.6;
/** Each part of a split word has at least two letters: "tradeoff" splits, "into" does not. */
const MIN_PART = 2;
const P = 'p'.charCodeAt(0);

/** Split at anything that is not a letter, digit or combining mark. */
const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
const HYPHEN = /[-\u2010\u2011]/;
const HYPHENS = /[-\u2010\u2011]/g;
/** Words joined by hyphens: "trade-off", "at-least-once", "data-residency". */
const COMPOUND = /[\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}]+)+/gu;
const ONLY_FIGURES = /^[\p{N}\-\u2010\u2011]+$/u;
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
  // The deck's short percentiles ("p99", "p80"), which "percentile" stands for.
  const percentileWords = new Set<string>();
  // Each hyphenated compound, joined ("tradeoff"), with the length of its first part ("trade" = 5).
  const compounds = new Map<string, number>();

  const mini = new MiniSearch<Card>({
    fields: ['title', 'tags', 'body'],
    extractField: (card, field) => {
      if (field === 'id') return card.id;
      if (field === 'title') return card.title;
      if (field === 'tags') return card.tags.join(' ');
      return cardText(card, { title: false });
    },
    tokenize: (text) => tokenizeForIndex(text, compounds),
    processTerm: (term) => {
      const normalized = normalizeTerm(term);
      if (normalized) {
        vocabulary.add(normalized);
        if (normalized.charCodeAt(0) === P && PERCENTILE_WORD.test(normalized)) percentileWords.add(normalized);
      }
      return normalized;
    },
    searchOptions: {
      tokenize,
      processTerm: normalizeTerm,
      boost: FIELD_BOOST,
      // A one-letter prefix matches most of the deck and costs the most.
      prefix: (term) => term.length > 1,
      fuzzy: fuzziness,
    },
  });

  for (const card of cards) byId.set(card.id, card);
  mini.addAll([...byId.values()]);

  // Set while grouping a query when a word gained alternatives that MiniSearch
  // would count as extra words matched (splits, synonyms, joins), so the
  // results need ranking again; typo swaps never needed it, and skipping the
  // re-sort keeps large decks fast.
  let widened = false;

  /** One word as typed: exact, prefix, typo, swapped letters, and split in two when the deck writes it apart. */
  function wordQuery(term: string, typing: boolean): Query {
    const known = vocabulary.has(term);
    const swaps = known || HAS_DIGIT.test(term) ? [] : transpositions(term).filter((swap) => vocabulary.has(swap));
    const singular = stem(term);
    const splits = term.length <= 2 * MIN_PART ? [] : splitQueries(term, typing);
    // "tradeoffs": the deck writes "trade off" once and "trade-offs" elsewhere.
    if (singular !== term && singular.length > 2 * MIN_PART) splits.push(...splitQueries(singular, false));
    if (swaps.length === 0 && splits.length === 0) return term;
    if (splits.length > 0) widened = true;
    const queries: Query[] = [{ queries: [term], prefix: term.length > 1, fuzzy: fuzziness(term) }];
    if (swaps.length > 0) queries.push(exact(swaps, 'OR', SWAP_WEIGHT));
    return { combineWith: 'OR', queries: [...queries, ...splits] };
  }

  /**
   * "tradeoff" → "trade" and "off", when the deck holds both words and does
   * not hold the joined word, or holds it only as a hyphenated compound
   * ("trade-off"): so "checkout" or "into", words of their own, never split.
   * While the word is still being typed its second part may be a word start:
   * "tradeof".
   */
  function splitQueries(term: string, typing: boolean): Query[] {
    const known = vocabulary.has(term);
    const splittable = !known || compounds.has(term);
    if (!splittable) return [];
    const splits: Query[] = [];
    for (let at = MIN_PART; at <= term.length - MIN_PART; at++) {
      const left = term.slice(0, at);
      if (!vocabulary.has(left)) continue;
      const right = term.slice(at);
      if (left.length + right.length <= 2 * MIN_PART) continue; // "in to" is not "into"
      // Each half weighs half: the two together count as the one word typed.
      if (typing && !HAS_DIGIT.test(right))
        splits.push({
          combineWith: 'AND',
          queries: [exact([left], 'AND', HALF_SPLIT_WEIGHT), { ...exact([right], 'AND', HALF_SPLIT_WEIGHT), prefix: true }],
        });
      else if (vocabulary.has(right)) splits.push(exact([left, right], 'AND', HALF_SPLIT_WEIGHT));
    }
    return splits;
  }

  /** The query words grouped: an abbreviation or its words, two words the deck writes joined, or one word. */
  function groupQueries(words: string[], typing: boolean): Query[] {
    widened = false;
    const groups: Query[] = [];
    for (let i = 0; i < words.length; ) {
      const lastTyped = (at: number) => typing && at === words.length - 1;
      const synonym = matchSynonym(words, i, typing);
      if (synonym) {
        const said = words.slice(i, i + synonym.length).map((word, k) => wordQuery(word, lastTyped(i + k)));
        // A phrase's words share the weight: "requests per second" counts as one "qps".
        const alternatives = synonym.alternatives.map((phrase) => exact(phrase, 'AND', SYNONYM_WEIGHT / phrase.length, true));
        groups.push({ combineWith: 'OR', queries: [all(said), ...alternatives] });
        widened = true;
        i += synonym.length;
        continue;
      }
      const joined = i + 1 < words.length ? words[i]! + words[i + 1]! : '';
      if (joined && vocabulary.has(joined)) {
        const apart = all([wordQuery(words[i]!, false), wordQuery(words[i + 1]!, lastTyped(i + 1))]);
        groups.push({ combineWith: 'OR', queries: [apart, exact([joined], 'AND', 1)] });
        widened = true;
        i += 2;
        continue;
      }
      groups.push(wordQuery(words[i]!, lastTyped(i)));
      i += 1;
    }
    return groups;
  }

  /** The abbreviation (or the words it stands for) starting at words[at], longest phrase first. */
  function matchSynonym(words: string[], at: number, typing: boolean): SynonymMatch | undefined {
    const word = stem(words[at]!);
    const lastTyped = typing && at === words.length - 1;
    if (PERCENTILE_WORD.test(word)) return { length: 1, alternatives: [[PERCENTILE]] };
    if (word === PERCENTILE || (lastTyped && startsLongWord(PERCENTILE, word))) {
      return percentileWords.size > 0 ? { length: 1, alternatives: [...percentileWords].map((w) => [w]) } : undefined;
    }
    for (const phrase of SYNONYM_PHRASES) {
      if (at + phrase.words.length > words.length) continue;
      const matches = phrase.words.every((part, k) => {
        const typed = stem(words[at + k]!);
        return typed === part || (typing && at + k === words.length - 1 && startsLongWord(part, typed));
      });
      if (matches) return { length: phrase.words.length, alternatives: phrase.alternatives };
    }
    return undefined;
  }

  /**
   * The card's matched words, less the joined compounds that only matched as
   * the start of their first part: "at" matches "atleastonce" as a word
   * start, but only "at" should be marked, not all of "at-least-once".
   */
  function wordsToMark(matched: string[], typed: string[]): string[] {
    if (compounds.size === 0) return matched;
    return matched.filter((term) => {
      const firstPart = compounds.get(term);
      return firstPart === undefined || !typed.some((word) => word.length <= firstPart && term.startsWith(word));
    });
  }

  function run(groups: Query[], combineWith: 'AND' | 'OR', options: MiniSearchOptions) {
    return mini.search({ combineWith, queries: groups }, options);
  }

  return {
    search(query, filter = {}) {
      const words = tokenize(query).map(normalizeTerm).filter(Boolean);
      // The last word is still being typed unless a space or mark follows it.
      const typing = !WORD_SEPARATOR.test(query.slice(-1));
      // A last word of one letter is still being typed: leave it out until the
      // next keystroke rather than match every word starting with it.
      if (words.length > 1 && words.at(-1)!.length === 1 && typing) words.pop();
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
      const groups = groupQueries(terms, typing);
      let results = run(groups, 'AND', options);
      if (results.length === 0 && groups.length > 1) results = run(groups, 'OR', options);
      if (widened) results = rankByWordsMatched(results, groups);
      return results.map((result) => ({ id: result.id as string, score: result.score, terms: wordsToMark(result.terms, terms) }));
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

/**
 * MiniSearch multiplies a card's score by how many query terms it matched,
 * which would count "trade" and "off" (the split of "tradeoff") or "qps" and
 * "rps" (a synonym) as more words matched. Rank instead by how many of the
 * words the user typed each card matched, each word's alternatives counting once.
 */
function rankByWordsMatched(results: SearchResult[], groups: Query[]): SearchResult[] {
  const groupsOf = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const term of leaves(group)) groupsOf.set(term, [...(groupsOf.get(term) ?? []), index]);
  });
  for (const result of results) {
    const matched = new Set(result.queryTerms.flatMap((term) => groupsOf.get(term) ?? []));
    result.score = (result.score / Math.max(1, result.queryTerms.length)) * Math.max(1, matched.size);
  }
  return results.sort((a, b) => b.score - a.score);
}

/** The words of a query tree. */
function leaves(query: Query): string[] {
  if (typeof query === 'string') return [query];
  return typeof query === 'object' ? query.queries.flatMap(leaves) : [];
}

interface SynonymMatch {
  /** How many query words the phrase took. */
  length: number;
  /** The other phrases of its group, as words. */
  alternatives: string[][];
}

/** Each phrase of every synonym group, longest first, with the phrases it stands for. */
const SYNONYM_PHRASES = SYNONYM_GROUPS.flatMap((group) =>
  group.map((phrase) => ({
    words: phrase.split(' ').map(stem),
    // A phrase holding every word of this one ("data residency" for "residency")
    // finds nothing more than the words typed: leave it out, it only costs time.
    alternatives: group
      .filter((other) => other !== phrase)
      .map((other) => other.split(' '))
      .filter((other) => !phrase.split(' ').every((word) => other.includes(word))),
  })),
).sort((a, b) => b.words.length - a.words.length);

/** Plural to singular, roughly: enough for "percentiles", "requests", "seconds", "KPIs". */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** A word still being typed stands for a long one once five letters make it unambiguous. */
function startsLongWord(word: string, typed: string): boolean {
  return typed.length >= 5 && word.startsWith(typed);
}

/**
 * Words matched without typos, scoring `weight` times a typed word. With
 * `prefix`, words of four letters or more also match as word starts
 * ("percentile" finds "percentiles"); shorter ones ("ms", "db") only whole.
 */
function exact(words: string[], combineWith: 'AND' | 'OR', weight: number, prefix = false): QueryCombination {
  return {
    combineWith,
    queries: words,
    prefix: prefix ? (term: string) => term.length >= 4 : false,
    fuzzy: false,
    boostTerm: () => weight,
  };
}

function all(queries: Query[]): Query {
  return queries.length === 1 ? queries[0]! : { combineWith: 'AND', queries };
}

/**
 * Indexing splits words like the query does, and also keeps each hyphenated
 * compound joined: "trade-off" is indexed as "trade", "off" and "tradeoff",
 * so typing the joined word finds it. Compounds of figures only ("2-3") are
 * ranges, not words, and are not joined.
 */
function tokenizeForIndex(text: string, compounds: Map<string, number>): string[] {
  const words = tokenize(text);
  if (!HYPHEN.test(text)) return words;
  for (const [compound] of text.matchAll(COMPOUND)) {
    if (ONLY_FIGURES.test(compound)) continue;
    const joined = normalizeTerm(compound.replace(HYPHENS, ''));
    words.push(joined);
    if (!compounds.has(joined)) compounds.set(joined, normalizeTerm(compound.split(HYPHEN, 1)[0]!).length);
  }
  return words;
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
