import type { Deck, TemplateCard, TemplateVariant } from './schema';

/** The template variant named by a follow-up's "cardId/variantId", if the deck still has it. */
export function answerTemplate(
  deck: Deck,
  answerWith: string | undefined,
): { card: TemplateCard; variant: TemplateVariant } | undefined {
  if (!answerWith) return undefined;
  const [cardId, variantId] = answerWith.split('/');
  const card = deck.cards.find((entry): entry is TemplateCard => entry.kind === 'template' && entry.id === cardId);
  const variant = card?.variants.find((entry) => entry.id === variantId);
  return card && variant ? { card, variant } : undefined;
}
