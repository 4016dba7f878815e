import type { z } from 'zod/mini';
import { quoteValue } from './quote-value';

/**
 * zod's path as a developer writes it: ['cards', 3, 'slots', 1, 'label'] →
 * "cards[3].slots[1].label". For logs and keys only; never shown to users
 * (they read describeIssue's words).
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/** A field as a person calls it. */
const FIELD_WORDS: Record<string, string> = {
  id: 'internal name',
  kind: 'kind',
  title: 'title',
  name: 'name',
  description: 'description',
  tags: 'tags',
  steps: 'steps',
  cue: 'cue',
  prompts: 'prompts',
  example: 'worked example',
  shape: 'shape',
  variants: 'variants',
  sentence: 'sentence',
  slots: 'slots',
  label: 'label',
  hint: 'hint',
  strong: 'strong phrasing',
  weak: 'weak phrasing',
  why: 'reason it works',
  domain: 'domain',
  question: 'question',
  hypothesis: 'hypothesis',
  constraints: 'constraints',
  levers: 'levers',
  followUps: 'follow-ups',
  answerWith: 'answer template',
  items: 'items',
  text: 'text',
  rows: 'rows',
  lever: 'lever',
  kpi: 'KPI',
  effect: 'expected effect',
  risk: 'risk',
  mitigation: 'mitigation',
  body: 'body',
  points: 'points',
  cards: 'cards',
  decks: 'decks',
  deck: 'deck',
  format: 'format',
  version: 'version',
  exportedAt: 'export date',
  updatedAt: 'last-changed date',
  createdAt: 'creation date',
};

/** One entry of a list, as a person counts it: ('slots', 0) → "slot 1". */
const ENTRY_WORDS: Record<string, string> = {
  cards: 'card',
  decks: 'deck',
  steps: 'step',
  variants: 'variant',
  slots: 'slot',
  levers: 'lever',
  followUps: 'follow-up',
  items: 'item',
  rows: 'row',
  constraints: 'constraint',
  prompts: 'prompt',
  points: 'point',
  tags: 'tag',
  shape: 'line',
};

const fieldWord = (key: string) => FIELD_WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * One issue as a sentence a user can act on, naming the card (by number and
 * title) and the field in words: "Card 4, “Latency is conversion”: its title
 * is empty". `input` is the value that was checked, to read a card's or a
 * deck's title from; `whole` names the value itself, for an issue with no path.
 */
export function describeIssue(issue: z.core.$ZodIssue, whole = 'the file', input?: unknown): string {
  const path = issue.path;
  if (path.length === 0) return `${whole} ${phraseIssue(issue)}`;
  const places: string[] = [];
  let value: unknown = input;
  let subject: string | undefined;
  for (let at = 0; at < path.length; at += 1) {
    const part = path[at]!;
    const next = path[at + 1];
    value = child(value, part);
    if (typeof part === 'number') continue;
    const key = String(part);
    if (typeof next === 'number') {
      // A list entry: "Card 4, “Title”", "step 2".
      value = child(value, next);
      at += 1;
      const entry = `${ENTRY_WORDS[key] ?? fieldWord(key)} ${next + 1}`;
      const named = key === 'cards' || key === 'decks' ? titleOf(value) : undefined;
      const place = named ? `${entry}, “${named}”` : entry;
      if (at === path.length - 1) subject = place;
      else places.push(place);
    } else if (at === path.length - 1) {
      subject = fieldWord(key);
    } else if (key === 'deck' && at === path.length - 2) {
      // A field of the file's one deck: "the deck: its name is empty".
      places.push('the deck');
    }
    // Other containers (the deck around a card) say nothing of their own.
  }
  const phrase = phraseIssue(issue, path.at(-1));
  const isEntry = typeof path.at(-1) === 'number';
  // "needs at least one step" is said of what holds the list, not of the list.
  if (/^needs at least one /.test(phrase) && !isEntry) {
    return places.length === 0 ? `the card ${phrase}` : `${capitalize(places.join(', '))}: it ${phrase}`;
  }
  const what = subject ?? whole;
  if (places.length === 0) return `${isEntry ? capitalize(what) : what} ${phrase}`;
  return `${capitalize(places.join(', '))}: ${isEntry ? what : `its ${what}`} ${phrase}`;
}

/** The first few issues, one a line, with a count of the rest. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5, whole = 'the file', input?: unknown): string {
  const lines = issues.slice(0, limit).map((issue) => describeIssue(issue, whole, input));
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more problems`);
  return lines.join('\n');
}

/** What is wrong, without saying where: "is empty", "is above 5". */
export function phraseIssue(issue: z.core.$ZodIssue, field?: PropertyKey): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod keeps the input out of issues unless asked; its message says it.
      if (issue.input === undefined && /received undefined$/.test(issue.message)) return 'is missing';
      return `should be ${article(issue.expected)}${issue.expected}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'invalid_value':
      return `should be one of: ${issue.values.map((value) => quoteValue(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has fields Sidecue does not know: ${issue.keys.join(', ')}`;
    default: {
      // Our schemas word their own messages ("is empty", "is above 5"); an
      // internal name that repeats another is said without the word "id".
      const repeated = /^repeats the id ("[^"]*")/.exec(issue.message);
      if (repeated && field === 'id') return `is the same as another’s (${repeated[1]}); each needs its own`;
      return issue.message;
    }
  }
}

function child(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

function titleOf(value: unknown): string | undefined {
  const title = child(value, 'title') ?? child(value, 'name');
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 60) : undefined;
}

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(expected: string) {
  return /^[aeiou]/.test(expected) ? 'an ' : 'a ';
}
