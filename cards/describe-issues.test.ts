import { describe, expect, it } from 'vitest';
import { cardSchema, deckSchema } from './schema';
import { describeIssue, describeIssues, formatPath } from './describe-issues';

const deckIssues = (input: unknown) => {
  const result = deckSchema.safeParse(input);
  expect(result.success).toBe(false);
  return describeIssues(result.error!.issues, 5, 'the deck', input);
};

const note = (id: string, title: string) => ({ kind: 'note', id, title, body: '', points: [] });

describe('describing what is wrong, in words a person reads', () => {
  it('keeps the developer path for logs only', () => {
    expect(formatPath(['cards', 3, 'slots', 1, 'label'])).toBe('cards[3].slots[1].label');
    expect(formatPath([])).toBe('');
  });

  it('names the card by number and title, and the field in words', () => {
    const cards = [note('a', 'A'), note('b', 'B'), note('c', 'C'), { kind: 'phrasing', id: 'd', title: 'Latency is conversion', strong: ' ' }];
    expect(deckIssues({ id: 'd', name: 'Deck', cards })).toBe('Card 4, “Latency is conversion”: its strong phrasing is empty');
  });

  it('says a card with no title by its number alone', () => {
    expect(deckIssues({ id: 'd', name: 'Deck', cards: [{ ...note('a', ''), title: '' }] })).toBe('Card 1: its title is empty');
  });

  it('walks into a card, naming each entry it passes', () => {
    const template = { kind: 'template', id: 't', title: 'Follow-up', variants: [{ id: 'v', name: 'V', sentence: 'Say {x}', slots: [{ id: 'x' }] }] };
    expect(deckIssues({ id: 'd', name: 'Deck', cards: [template] })).toBe('Card 1, “Follow-up”, variant 1, slot 1: its label is missing');
  });

  it('keeps our own wording for limits, and names the KPI', () => {
    const matrix = { kind: 'matrix', id: 'm', title: 'M', rows: [{ id: 'r', lever: 'L', kpi: ' ', risk: 9 }] };
    expect(deckIssues({ id: 'd', name: 'Deck', cards: [matrix] })).toBe('Card 1, “M”, row 1: its KPI is empty\nCard 1, “M”, row 1: its risk is above 5');
  });

  it('never says "id" or shows a path', () => {
    const text = deckIssues({ id: 'd', name: 'Deck', cards: [note('same', 'One'), note('same', 'Two'), { ...note('bad id!', 'Three') }] });
    expect(text).not.toMatch(/\bid\b|\[\d+\]|cards\./);
    expect(text).toContain('Card 2, “Two”: its internal name is the same as another’s ("same"); each needs its own');
  });

  it('says which kind of card it could not recognise', () => {
    const text = deckIssues({ id: 'd', name: 'Deck', cards: [{ kind: 'poem', id: 'p', title: 'P' }] });
    expect(text).toMatch(/^Card 1, “P”: its kind /);
  });

  it('words a field of the card being edited on its own', () => {
    const result = cardSchema.safeParse({ kind: 'phrasing', id: 'p', title: 'P', strong: '' });
    expect(describeIssue(result.error!.issues[0]!)).toBe('strong phrasing is empty');
    const steps = cardSchema.safeParse({ kind: 'steps', id: 's', title: 'S', steps: [{ id: 'a', title: 'A', cue: 'C' }, { id: 'b', title: 'B', cue: '' }] });
    expect(describeIssue(steps.error!.issues[0]!)).toBe('Step 2: its cue is empty');
  });
});
