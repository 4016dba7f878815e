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

/**
 * The next follow-up not asked yet in this rehearsal: one of the chosen
 * prompt's own first (at random among them), then, once those are spent, one
 * from the other prompts. Undefined when the whole bank is spent.
 */
export function drawFollowUp(
  bank: BankEntry[],
  asked: string[],
  promptId: string,
  random: () => number = Math.random,
): BankEntry | undefined {
  const seen = new Set(asked);
  const fresh = bank.filter((entry) => !seen.has(entry.key));
  const own = fresh.filter((entry) => entry.promptId === promptId);
  const pool = own.length > 0 ? own : fresh;
  if (pool.length === 0) return undefined;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}

/**
 * One line for the drill when the question on screen is not the chosen
 * prompt's own, so the user knows why the subject changed. Nothing while the
 * drill is still on the prompt's own follow-ups.
 */
export function drillSourceNote(bank: BankEntry[], promptId: string, current: BankEntry | undefined): string | undefined {
  if (!current || current.promptId === promptId) return undefined;
  return bank.some((entry) => entry.promptId === promptId)
    ? "This prompt's follow-ups are done; now from other prompts."
    : "This prompt has no follow-ups of its own; these come from the deck's other prompts.";
}

/** "Surprise me": any practice prompt, at random. */
export function pickPrompt(deck: Deck, random: () => number = Math.random): PromptCard | undefined {
  const prompts = deck.cards.filter((card): card is PromptCard => card.kind === 'prompt');
  return prompts[Math.min(prompts.length - 1, Math.floor(random() * prompts.length))];
}
