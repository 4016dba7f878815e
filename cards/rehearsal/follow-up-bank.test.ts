import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import { answerTemplate } from '../answer-template';
import { drawFollowUp, drillSourceNote, followUpBank, pickPrompt } from './follow-up-bank';

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
      const entry = drawFollowUp(bank, asked, 'prompt-flash-sale', () => 0.999);
      expect(entry).toBeDefined();
      expect(asked).not.toContain(entry!.key);
      asked.push(entry!.key);
    }
    expect(drawFollowUp(bank, asked, 'prompt-flash-sale')).toBeUndefined();
  });

  it("asks the chosen prompt's own follow-ups first, whatever the dice say, then the others", () => {
    const own = bank.filter((entry) => entry.promptId === 'prompt-flash-sale');
    expect(own.length).toBeGreaterThan(0);
    const asked: string[] = [];
    for (const random of [() => 0, () => 0.999, () => 0.5]) {
      for (let index = 0; index < bank.length; index += 1) {
        const entry = drawFollowUp(bank, asked, 'prompt-flash-sale', random)!;
        asked.push(entry.key);
      }
      // Every draw order puts all of the prompt's own questions before any other.
      expect(asked.slice(0, own.length).every((key) => key.startsWith('prompt-flash-sale/'))).toBe(true);
      expect(asked.slice(own.length).some((key) => key.startsWith('prompt-flash-sale/'))).toBe(false);
      expect(new Set(asked).size).toBe(bank.length);
      asked.length = 0;
    }
    // The question from the issue: the watch-party one is never first for flash sales.
    const first = drawFollowUp(bank, [], 'prompt-flash-sale', () => 0)!;
    expect(first.question).not.toMatch(/sub-second sync/);
    expect(first.promptId).toBe('prompt-flash-sale');
  });

  it('draws from the whole bank when the prompt has no follow-ups of its own', () => {
    expect(drawFollowUp(bank, [], 'free', () => 0)).toBe(bank[0]);
    expect(drawFollowUp(bank, [], 'free', () => 0.999)).toBe(bank.at(-1));
  });

  it('says so, in one line, when the drill moves on to other prompts', () => {
    const own = bank.find((entry) => entry.promptId === 'prompt-flash-sale')!;
    const other = bank.find((entry) => entry.promptId === 'prompt-watch-party')!;
    expect(drillSourceNote(bank, 'prompt-flash-sale', own)).toBeUndefined();
    expect(drillSourceNote(bank, 'prompt-flash-sale', undefined)).toBeUndefined();
    expect(drillSourceNote(bank, 'prompt-flash-sale', other)).toBe("This prompt's follow-ups are done; now from other prompts.");
    expect(drillSourceNote(bank, 'free', other)).toMatch(/no follow-ups of its own/);
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
