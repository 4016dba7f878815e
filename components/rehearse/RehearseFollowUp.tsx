import { renderTemplateParts } from '../../cards/render-template';
import type { BankEntry } from '../../cards/rehearsal/follow-up-bank';
import type { TemplateCard, TemplateVariant } from '../../cards/schema';

interface Props {
  current: BankEntry | undefined;
  template: { card: TemplateCard; variant: TemplateVariant } | undefined;
  spent: boolean;
  /** One line when the question comes from another prompt than the one rehearsed. */
  sourceNote: string | undefined;
  templateOpen: boolean;
  onNext(): void;
  onToggleTemplate(): void;
}

/**
 * The follow-up drill: one question from the deck's bank, its answer template
 * one key away. It sits at the top of a run: the question is what to answer now.
 */
export function RehearseFollowUp({ current, template, spent, sourceNote, templateOpen, onNext, onToggleTemplate }: Props) {
  return (
    <section className="rehearse-followup" aria-labelledby="rehearse-followup-title">
      <h3 id="rehearse-followup-title" className="rehearse-eyebrow">
        Follow-up drill
      </h3>
      {current ? (
        <p className="rehearse-question" data-testid="rehearse-question">
          {current.question}
        </p>
      ) : (
        <p className="rehearse-hint">This deck's practice prompts have no follow-ups yet.</p>
      )}
      {sourceNote && (
        <p className="rehearse-hint" data-testid="rehearse-drill-source">
          {sourceNote}
        </p>
      )}
      {spent && current && <p className="rehearse-hint">That was the last one: every follow-up in the bank has been asked.</p>}
      <div className="rehearse-actions">
        <button type="button" className="rehearse-primary" onClick={onNext} disabled={spent} aria-keyshortcuts="n">
          Next follow-up <kbd>n</kbd>
        </button>
        {template && (
          <button
            type="button"
            onClick={onToggleTemplate}
            aria-expanded={templateOpen}
            aria-controls="rehearse-template"
            aria-keyshortcuts="t"
          >
            Template<span className="visually-hidden">: {template.variant.name}</span> <kbd>t</kbd>
          </button>
        )}
      </div>
      {template && templateOpen && (
        <div id="rehearse-template" className="rehearse-template">
          {template.card.shape.length > 0 && (
            <ol className="rehearse-shape">
              {template.card.shape.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          )}
          <p className="rehearse-sentence">
            {renderTemplateParts(template.variant).map((part, index) =>
              part.slotId ? (
                <strong key={index} className="rehearse-slot">
                  {part.text}
                </strong>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      )}
    </section>
  );
}
