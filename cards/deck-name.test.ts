import { describe, expect, it } from 'vitest';
import { deckNameProblem } from './deck-name';

describe('deck names', () => {
  it('accepts a name', () => expect(deckNameProblem('Acme loop')).toBeUndefined());
  it('refuses a blank one', () => expect(deckNameProblem('   ')).toBe('is empty'));
  it('refuses a very long one', () => expect(deckNameProblem('x'.repeat(201))).toMatch(/200/));
});
