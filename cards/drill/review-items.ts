import { answerTemplate } from '../answer-template';
import type { Deck } from '../schema';
import { answerFingerprint } from './answer-fingerprint';
import { clozeFigures } from './cloze';
import { progressDeckId } from './progress-deck-id';

/** One thing to recall: a prompt shown first, an answer the user says, then reveals. */
export interface ReviewItem {
  /** deck + card + item kind: stable across edits, so the schedule stays with it. */
  id: string;
  /** Whose progress this is (the shipped deck and the user's copy of it share one). */
  deckId: string;
  cardId: string;
  /** What in the card this item asks for: "strong", "cloze-1", "step-<id>", "follow-up-<id>". */
  kind: string;
  /** The card's title, as context above the prompt. */
  source: string;
  /** What the user is asked to do, in a few words. */
  ask: string;
  /** What the user sees before revealing. */
  prompt: string;
  /** What the user should have said: one line, or the template's stages. */
  answer: string[];
  /** Names the answer's meaning: when it changes, the item starts over. */
  fingerprint: string;
}

// Ids never hold ':' (idSchema), so these ids split back unambiguously.
export const reviewItemId = (deckId: string, cardId: string, kind: string) => `${progressDeckId(deckId)}:${cardId}:${kind}`;

function item(deckId: string, cardId: string, kind: string, fields: Omit<ReviewItem, 'id' | 'deckId' | 'cardId' | 'kind' | 'fingerprint'>): ReviewItem {
  return {
    id: reviewItemId(deckId, cardId, kind),
    deckId: progressDeckId(deckId),
    cardId,
    kind,
    ...fields,
    fingerprint: answerFingerprint(fields.answer.join('\n')),
  };
}

/**
 * Every review item of a deck, in deck order: a phrasing asks for its strong
 * version (from the weak one, or from its situation when it has none) and for
 * each figure in it; a step asks for its cue; a follow-up asks for the shape
 * of the template that answers it. Notes, checklists and matrices hold nothing
 * to say back word for word, so they yield none.
 */
export function reviewItems(deck: Deck): ReviewItem[] {
  return deck.cards.flatMap((card): ReviewItem[] => {
    switch (card.kind) {
      case 'phrasing': {
        const weak = card.weak?.trim();
        const strong = item(deck.id, card.id, 'strong', {
          source: card.title,
          ask: weak ? 'Say it the strong way' : 'Say the strong phrasing',
          prompt: weak || card.title,
          answer: [card.strong],
        });
        const clozes = clozeFigures(card.strong).map((cloze, index) => ({
          ...item(deck.id, card.id, `cloze-${index + 1}`, {
            source: card.title,
            ask: 'Fill in the figure',
            prompt: cloze.text,
            answer: [cloze.answer],
          }),
          // The gap only makes sense in this sentence: a reworded sentence starts the cloze over.
          fingerprint: answerFingerprint(`${cloze.answer}\n${card.strong}`),
        }));
        return [strong, ...clozes];
      }
      case 'steps':
        return card.steps.map((step) =>
          item(deck.id, card.id, `step-${step.id}`, { source: card.title, ask: 'Say its cue', prompt: step.title, answer: [step.cue] }),
        );
      case 'prompt':
        return card.followUps.flatMap((followUp) => {
          const template = answerTemplate(deck, followUp.answerWith);
          if (!template) return [];
          const shape = template.card.shape.length > 0 ? template.card.shape : [template.variant.sentence];
          return [
            item(deck.id, card.id, `follow-up-${followUp.id}`, {
              source: card.title,
              ask: `Answer in the shape of “${template.card.title}”`,
              prompt: followUp.question,
              answer: shape,
            }),
          ];
        });
      default:
        return [];
    }
  });
}
