import { ownValue } from '../../cards/id-record';
import { useRef, useState } from 'react';
import { answerTemplate } from '../../cards/answer-template';
import type { PromptCard, TemplateCard as TemplateCardData } from '../../cards/schema';
import type { SectionProps } from '../shared/section-props';
import { LikelyFollowUps } from './LikelyFollowUps';
import { TemplateCard } from './TemplateCard';

/** The follow-up template, ready to say, and the follow-ups each practice prompt invites. */
export function FollowUpSection({ library, announce, updateView, offerUndo }: SectionProps) {
  const templates = library.deck.cards.filter((card): card is TemplateCardData => card.kind === 'template');
  const prompts = library.deck.cards.filter((card): card is PromptCard => card.kind === 'prompt');
  const [variants, setVariants] = useState<Record<string, string>>({});
  const refs = useRef<Record<string, HTMLElement | null>>({});

  // Show the variant that answers a follow-up, its sentence on screen and focused.
  const answerWith = (target: string) => {
    const answer = answerTemplate(library.deck, target);
    if (!answer) return;
    setVariants((current) => ({ ...current, [answer.card.id]: answer.variant.id }));
    requestAnimationFrame(() => {
      const card = ownValue(refs.current, answer.card.id);
      const sentence = card?.querySelector<HTMLElement>('.ready-sentence');
      card?.scrollIntoView?.({ block: 'start' });
      sentence?.focus({ preventScroll: true });
      sentence?.classList.remove('arrived');
      // Restart the highlight even when the same follow-up is chosen twice.
      void sentence?.offsetWidth;
      sentence?.classList.add('arrived');
    });
  };

  return (
    <section aria-labelledby="follow-ups-heading" className="follow-ups">
      <h2 id="follow-ups-heading" className="visually-hidden">
        Follow-ups
      </h2>
      {templates.length === 0 && <p className="empty">This deck has no response template. Add one in Customize.</p>}
      {templates.map((template) => (
        <TemplateCard
          key={template.id}
          ref={(element) => {
            refs.current[template.id] = element;
          }}
          card={template}
          variantId={ownValue(variants, template.id) ?? template.variants[0]!.id}
          onVariantChange={(variantId) => setVariants((current) => ({ ...current, [template.id]: variantId }))}
          announce={announce}
          offerUndo={offerUndo}
          onEdit={() => updateView({ section: 'customize', editCardId: template.id })}
        />
      ))}
      {prompts.some((prompt) => prompt.followUps.length > 0) && (
        <LikelyFollowUps deck={library.deck} prompts={prompts.filter((prompt) => prompt.followUps.length > 0)} onAnswer={answerWith} />
      )}
    </section>
  );
}
