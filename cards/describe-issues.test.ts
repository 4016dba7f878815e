import { describe, expect, it } from 'vitest';
import { deckSchema } from './schema';
import { describeIssues, formatPath } from './describe-issues';

describe('describing what is wrong', () => {
  it('writes paths the way a reader expects', () => {
    expect(formatPath(['cards', 3, 'slots', 1, 'label'])).toBe('cards[3].slots[1].label');
    expect(formatPath([])).toBe('');
  });

  it('names the missing field', () => {
    const result = deckSchema.safeParse({
      id: 'd',
      name: 'Deck',
      cards: [
        {
          kind: 'template',
          id: 't',
          title: 'T',
          variants: [{ id: 'v', name: 'V', sentence: 'Say {x}', slots: [{ id: 'x' }] }],
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!.issues)).toBe('cards[0].variants[0].slots[0].label is missing');
  });

  it('says which kind of card it could not recognise', () => {
    const result = deckSchema.safeParse({ id: 'd', name: 'Deck', cards: [{ kind: 'poem', id: 'p', title: 'P' }] });
    expect(describeIssues(result.error!.issues)).toMatch(/^cards\[0\]\.kind /);
  });

  it('keeps our own wording for limits', () => {
    const result = deckSchema.safeParse({
      id: 'd',
      name: 'Deck',
      cards: [{ kind: 'matrix', id: 'm', title: 'M', rows: [{ id: 'r', lever: 'L', kpi: 'K', risk: 9 }] }],
    });
    expect(describeIssues(result.error!.issues)).toBe('cards[0].rows[0].risk is above 5');
  });
});
