import type { Deck, PromptCard } from '../schema';

/** One follow-up question the drill can ask, from any practice prompt in the deck. */
export interface BankEntry {
  /** "promptCardId/followUpId": follow-up ids are only unique within their card. */
  key: string;
  promptId: string;
  question: string;
  answerWith?: string;
}

export function followUpBank(deck: Deck): BankEntry[] {
  return deck.cards
    .filter((card): card is PromptCard => card.kind === 'prompt')
    .flatMap((card) =>
      card.followUps.map((followUp) => ({
        key: `${card.id}/${followUp.id}`,
        promptId: card.id,
        question: followUp.question,
        answerWith: followUp.answerWith,
      })),
    );
}

/** A random follow-up not asked yet in this rehearsal; undefined when the bank is spent. */
export function drawFollowUp(bank: BankEntry[], asked: string[], random: () => number = Math.random): BankEntry | undefined {
  const seen = new Set(asked);
  const fresh = bank.filter((entry) => !seen.has(entry.key));
  if (fresh.length === 0) return undefined;
  return fresh[Math.min(fresh.length - 1, Math.floor(random() * fresh.length))];
}

/** "Surprise me": any practice prompt, at random. */
export function pickPrompt(deck: Deck, random: () => number = Math.random): PromptCard | undefined {
  const prompts = deck.cards.filter((card): card is PromptCard => card.kind === 'prompt');
  return prompts[Math.min(prompts.length - 1, Math.floor(random() * prompts.length))];
}
