import { Copy, Pencil, RotateCcw } from '../shared/icons';
import { ownValue } from '../../cards/id-record';
import { forwardRef, useId, useRef, useState } from 'react';
import { renderTemplate, renderTemplateParts, type SlotValues } from '../../cards/render-template';
import { followUpFills, readFollowUpFills, updateVariantFills, withVariantFills, type CardFills } from '../../cards/storage/follow-up-fills';
import type { TemplateCard as TemplateCardData } from '../../cards/schema';
import { copyText } from '../shared/copy-text';
import { useStoredItem } from '../shared/use-stored-item';
import type { UndoOffer } from '../shared/UndoToast';
import { OverflowMenu } from '../shared/OverflowMenu';
import { SentenceBlank } from './SentenceBlank';
import './TemplateCard.css';

interface Props {
  card: TemplateCardData;
  variantId: string;
  onVariantChange(variantId: string): void;
  announce(message: string): void;
  /** Offers Undo for putting the worked example back over the user's words. */
  offerUndo(offer: UndoOffer): void;
  onEdit(): void;
}

/**
 * A response template that speaks first: the ready sentence, filled with the
 * worked example, each blank editable where it stands, and Copy. The kind of
 * follow-up is one compact choice above it; the shape of the answer one line
 * below the title, its stages a click away.
 */
export const TemplateCard = forwardRef<HTMLElement, Props>(function TemplateCard(
  { card, variantId, onVariantChange, announce, offerUndo, onEdit },
  ref,
) {
  const id = useId();
  // What the user typed, per variant, kept on this device (the worked example until then).
  // Once the user types, this card's own copy leads on screen (storage's echo of an earlier
  // keystroke must never stand in for a later one); each change is written into what storage
  // holds, one blank at a time, so another window's words in other blanks stay.
  const [stored] = useStoredItem(followUpFills, readFollowUpFills);
  const [mine, setMine] = useState<CardFills>();
  const values = mine ?? (stored && ownValue(stored, card.id)) ?? {};
  const latest = useRef(values);
  latest.current = values;
  const setVariant = (variantId: string, change: (values: SlotValues) => SlotValues) => {
    const next = withVariantFills(latest.current, variantId, change(latest.current[variantId] ?? {}));
    latest.current = next;
    setMine(next);
    updateVariantFills(card.id, variantId, change).catch((error: unknown) => {
      console.error('Sidecue: could not keep the words in the blanks', error);
      announce('Could not keep your words in the blanks: storage refused them. Copy the sentence to keep it.');
    });
  };
  const [editingSlot, setEditingSlot] = useState<string | null>(null);
  const variant = card.variants.find((entry) => entry.id === variantId) ?? card.variants[0]!;
  const typed = ownValue(values, variant.id) ?? {};
  const changed = Object.values(typed).some((value) => value.trim());
  const setSlot = (slotId: string, value: string) => setVariant(variant.id, (values) => ({ ...values, [slotId]: value }));
  const editing = variant.slots.find((slot) => slot.id === editingSlot);
  const hintId = `${id}-hint`;

  const copy = async () => {
    try {
      await copyText(renderTemplate(variant, typed));
      announce('Sentence copied');
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };
  const reset = () => {
    // The user's words are found nowhere else: they come back with Undo (or u).
    const theirs = typed;
    const variantId = variant.id;
    setVariant(variantId, () => ({}));
    offerUndo({ message: 'Back to the worked example', undo: async () => setVariant(variantId, () => theirs) });
  };

  return (
    <article ref={ref} className="template-card" aria-labelledby={`${id}-title`}>
      <div className="template-head">
        <h3 id={`${id}-title`} className="template-title">
          {card.title}
        </h3>
        <OverflowMenu
          label={`More actions for ${card.title}`}
          actions={[
            {
              label: 'Back to the worked example',
              icon: <RotateCcw aria-hidden="true" size={16} />,
              disabled: !changed,
              onSelect: reset,
            },
            { label: 'Edit template', icon: <Pencil aria-hidden="true" size={16} />, onSelect: onEdit },
          ]}
        />
      </div>
      {card.shape.length > 0 && (
        <details className="template-shape">
          <summary>
            <span className="visually-hidden">Shape of the answer: </span>
            {card.shape.map((stage) => stage.split(':')[0]).join(' → ')}
          </summary>
          <ol aria-label="Shape of the answer">
            {card.shape.map((stage) => (
              <li key={stage}>{stage}</li>
            ))}
          </ol>
        </details>
      )}
      {card.variants.length > 1 && (
        <div className="variant-choice">
          <label htmlFor={`${id}-variant`}>Follow-up</label>
          <select id={`${id}-variant`} value={variant.id} onChange={(event) => onVariantChange(event.target.value)}>
            {card.variants.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {/* A group, not an <output>: a live region would speak at every keystroke. */}
      <div
        className="ready-sentence"
        role="group"
        aria-label={`Ready to say: ${variant.name}`}
        tabIndex={-1}
        data-variant={variant.id}
      >
        {renderTemplateParts(variant, typed).map((part, index) => {
          const slot = part.slotId ? variant.slots.find((entry) => entry.id === part.slotId) : undefined;
          if (!slot) return <span key={index}>{part.text}</span>;
          return (
            <SentenceBlank
              key={`${variant.id}-${index}`}
              slot={slot}
              text={part.text}
              typed={typed[slot.id]}
              onChange={(value) => setSlot(slot.id, value)}
              hintId={hintId}
              onEditingChange={(on) => setEditingSlot(on ? slot.id : null)}
            />
          );
        })}
      </div>
      <div className="template-actions">
        <button type="button" className="primary" onClick={copy}>
          <Copy aria-hidden="true" size={16} /> Copy sentence
        </button>
        <p className="template-hint" id={hintId}>
          {editing ? (
            <>
              <strong>{editing.label}:</strong> {editing.hint && `${editing.hint} `}Enter keeps it, Esc undoes.
            </>
          ) : (
            'Select a highlighted part to change it.'
          )}
        </p>
      </div>
    </article>
  );
});
