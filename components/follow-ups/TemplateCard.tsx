import { ownValue } from '../../cards/id-record';
import { forwardRef, useId, useState } from 'react';
import { renderTemplate, renderTemplateParts, type SlotValues } from '../../cards/render-template';
import type { TemplateCard as TemplateCardData } from '../../cards/schema';
import { copyText } from '../shared/copy-text';

interface Props {
  card: TemplateCardData;
  variantId: string;
  onVariantChange(variantId: string): void;
  open: boolean;
  onToggle(open: boolean): void;
  announce(message: string): void;
  onEdit(): void;
}

/**
 * A response template as a real disclosure: its shape, a variant picker, slot
 * fields, and the sentence they render, live, with one button to copy it.
 */
export const TemplateCard = forwardRef<HTMLDetailsElement, Props>(function TemplateCard(
  { card, variantId, onVariantChange, open, onToggle, announce, onEdit },
  ref,
) {
  const id = useId();
  // What the user typed, per variant, kept while the panel is open.
  const [values, setValues] = useState<Record<string, SlotValues>>({});
  const variant = card.variants.find((entry) => entry.id === variantId) ?? card.variants[0]!;
  const typed = ownValue(values, variant.id) ?? {};
  const setSlot = (slotId: string, value: string) =>
    setValues((current) => ({ ...current, [variant.id]: { ...current[variant.id], [slotId]: value } }));

  const copy = async () => {
    try {
      await copyText(renderTemplate(variant, typed));
      announce('Sentence copied');
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };

  return (
    <details
      ref={ref}
      className="template-card"
      open={open}
      onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="template-title">{card.title}</span>
        {card.shape.length > 0 && (
          <span className="template-shape-inline">
            {card.shape.map((stage) => stage.split(':')[0]).join(' → ')}
          </span>
        )}
      </summary>
      {card.shape.length > 0 && (
        <ol className="template-shape" aria-label="Shape of the answer">
          {card.shape.map((stage) => (
            <li key={stage}>{stage}</li>
          ))}
        </ol>
      )}
      {card.variants.length > 1 && (
        <fieldset className="variant-picker">
          <legend>Kind of follow-up</legend>
          {card.variants.map((entry) => (
            <label key={entry.id}>
              <input
                type="radio"
                name={`${id}-variant`}
                value={entry.id}
                checked={entry.id === variant.id}
                onChange={() => onVariantChange(entry.id)}
              />
              {entry.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="slots">
        {variant.slots.map((slot) => (
          <div className="slot" key={slot.id}>
            <label htmlFor={`${id}-${slot.id}`}>{slot.label}</label>
            <input
              id={`${id}-${slot.id}`}
              type="text"
              value={typed[slot.id] ?? ''}
              placeholder={slot.example}
              aria-describedby={slot.hint ? `${id}-${slot.id}-hint` : undefined}
              onChange={(event) => setSlot(slot.id, event.target.value)}
            />
            {slot.hint && (
              <p className="slot-hint" id={`${id}-${slot.id}-hint`}>
                {slot.hint}
              </p>
            )}
          </div>
        ))}
      </div>
      <p className="rendered-label" id={`${id}-rendered`}>
        Ready to say
      </p>
      {/* Not an <output>: that is a live region, and would speak at every keystroke. */}
      <p className="rendered-sentence" aria-labelledby={`${id}-rendered`}>
        {renderTemplateParts(variant, typed).map((part, index) =>
          part.slotId ? (
            <strong key={index} className={typed[part.slotId]?.trim() ? 'slot-filled' : 'slot-example'}>
              {part.text}
            </strong>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      <div className="template-actions">
        <button type="button" className="primary" onClick={copy}>
          Copy sentence
        </button>
        <button type="button" className="edit-card" onClick={onEdit} aria-label={`Edit template “${card.title}”`}>
          Edit template
        </button>
      </div>
    </details>
  );
});
