import { ownValue } from '../../cards/id-record';
import { useRef, useState } from 'react';
import { answerTemplate } from '../../cards/answer-template';
import type { PromptCard, TemplateCard as TemplateCardData } from '../../cards/schema';
import type { SectionProps } from '../shared/section-props';
import { TemplateCard } from './TemplateCard';
import './FollowUpSection.css';

/** The follow-up template (closed until wanted) and the follow-ups each practice prompt invites. */
export function FollowUpSection({ library, announce, updateView }: SectionProps) {
  const templates = library.deck.cards.filter((card): card is TemplateCardData => card.kind === 'template');
  const prompts = library.deck.cards.filter((card): card is PromptCard => card.kind === 'prompt');
  const [openId, setOpenId] = useState<string | null>(null);
  const [variants, setVariants] = useState<Record<string, string>>({});
  const refs = useRef<Record<string, HTMLDetailsElement | null>>({});

  // Open the template that answers a follow-up, at its variant, with the first slot focused.
  const answerWith = (target: string) => {
    const answer = answerTemplate(library.deck, target);
    if (!answer) return;
    setVariants((current) => ({ ...current, [answer.card.id]: answer.variant.id }));
    setOpenId(answer.card.id);
    requestAnimationFrame(() => {
      const details = ownValue(refs.current, answer.card.id);
      details?.scrollIntoView({ block: 'start' });
      details?.querySelector<HTMLInputElement>('.slot input')?.focus();
    });
  };

  return (
    <section aria-labelledby="follow-ups-heading" className="follow-ups">
      <h2 id="follow-ups-heading" className="section-title">
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
          open={openId === template.id}
          onToggle={(open) => setOpenId(open ? template.id : openId === template.id ? null : openId)}
          announce={announce}
          onEdit={() => updateView({ section: 'customize', editCardId: template.id })}
        />
      ))}
      {prompts.length > 0 && (
        <>
          <h3 className="subhead">Follow-ups to expect</h3>
          {prompts.map((prompt) => (
            <div key={prompt.id} className="follow-up-group">
              <h4>{prompt.domain}</h4>
              <ul className="follow-up-list">
                {prompt.followUps.map((followUp) => {
                  const name = answerTemplate(library.deck, followUp.answerWith)?.variant.name;
                  return (
                    <li key={followUp.id}>
                      <span>{followUp.question}</span>
                      {followUp.answerWith && name && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => answerWith(followUp.answerWith!)}
                        >
                          Answer with: {name}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
