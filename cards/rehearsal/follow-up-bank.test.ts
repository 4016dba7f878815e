import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import { answerTemplate } from '../answer-template';
import { drawFollowUp, followUpBank, pickPrompt } from './follow-up-bank';

describe('follow-up bank', () => {
  const bank = followUpBank(defaultDeck);

  it('gathers every practice prompt follow-up with a unique key', () => {
    expect(bank.length).toBeGreaterThanOrEqual(16);
    expect(new Set(bank.map((entry) => entry.key)).size).toBe(bank.length);
    expect(bank.map((entry) => entry.key)).toContain('prompt-flash-sale/cache-invalidation');
  });

  it('draws without repeats until the bank is spent', () => {
    const asked: string[] = [];
    for (let index = 0; index < bank.length; index += 1) {
      const entry = drawFollowUp(bank, asked, () => 0.999);
      expect(entry).toBeDefined();
      expect(asked).not.toContain(entry!.key);
      asked.push(entry!.key);
    }
    expect(drawFollowUp(bank, asked)).toBeUndefined();
  });

  it('finds the template variant that answers each follow-up', () => {
    for (const entry of bank) {
      const found = answerTemplate(defaultDeck, entry.answerWith);
      expect(found?.variant.id, entry.key).toBe(entry.answerWith?.split('/')[1]);
    }
    expect(answerTemplate(defaultDeck, 'follow-up-template/nope')).toBeUndefined();
    expect(answerTemplate(defaultDeck, undefined)).toBeUndefined();
  });

  it('picks a practice prompt for "surprise me"', () => {
    expect(pickPrompt(defaultDeck, () => 0)?.kind).toBe('prompt');
    expect(pickPrompt(defaultDeck, () => 0.9999)?.kind).toBe('prompt');
    expect(pickPrompt({ ...defaultDeck, cards: [] })).toBeUndefined();
  });
});
