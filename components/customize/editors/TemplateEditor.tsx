import type { Slot, TemplateCard, TemplateVariant } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { errorsUnder, hasErrorsUnder, errorWithin } from './field-errors';
import { ListTextField, TextField } from './fields';
import { newRowId } from './new-row-id';
import { RowList } from './RowList';

export function TemplateEditor({ card, onChange, errors }: EditorProps<TemplateCard>) {
  return (
    <>
      <ListTextField
        label="Shape"
        hint="The stages every variant walks through, one a line."
        rows={4}
        value={card.shape}
        error={errorWithin(errors, 'shape')}
        onChange={(shape) => onChange({ ...card, shape })}
      />
      <RowList<TemplateVariant>
        label="Variants"
        itemName="Variant"
        items={card.variants}
        error={errors.variants}
        describe={(variant) => variant.name}
        collapsible
        hasError={(index) => hasErrorsUnder(errors, `variants.${index}`)}
        onChange={(variants) => onChange({ ...card, variants })}
        newItem={(variants) => ({ id: newRowId('variant', variants), name: 'New variant', sentence: 'If {failure} happens…', slots: [] })}
        render={(variant, index, update) => {
          const own = errorsUnder(errors, `variants.${index}`);
          const missing = missingSlots(variant);
          return (
            <>
              <TextField label="Name" placeholder="Name this variant" value={variant.name} error={own.name} onChange={(name) => update({ ...variant, name })} />
              <TextField
                label="Sentence"
                placeholder="If {failure} happens, we fall back to {fallback}."
                hint={
                  missing.length > 0
                    ? `Name each slot in braces. Not yet a slot: ${missing.map((id) => `{${id}}`).join(', ')}.`
                    : 'Name each slot in braces, e.g. {failure}.'
                }
                value={variant.sentence}
                error={own.sentence}
                multiline
                onChange={(sentence) => update({ ...variant, sentence })}
              />
              <RowList<Slot>
                label="Slots"
                itemName="Slot"
                items={variant.slots}
                error={own.slots}
                describe={(slot) => slot.label}
                collapsible
                hasError={(slotIndex) => hasErrorsUnder(own, `slots.${slotIndex}`)}
                onChange={(slots) => update({ ...variant, slots })}
                newItem={(slots) => ({ id: newRowId('slot', slots), label: 'Slot', hint: '', example: '' })}
                render={(slot, slotIndex, updateSlot) => {
                  const slotErrors = errorsUnder(own, `slots.${slotIndex}`);
                  return (
                    <>
                      <TextField
                        label="Placeholder"
                        hint="The name used in braces in the sentence."
                        value={slot.id}
                        error={slotErrors.id}
                        onChange={(id) => updateSlot({ ...slot, id })}
                      />
                      <TextField label="Label" value={slot.label} error={slotErrors.label} onChange={(label) => updateSlot({ ...slot, label })} />
                      <TextField label="Hint" value={slot.hint} error={slotErrors.hint} onChange={(hint) => updateSlot({ ...slot, hint })} />
                      <TextField
                        label="Example"
                        value={slot.example}
                        error={slotErrors.example}
                        onChange={(example) => updateSlot({ ...slot, example })}
                      />
                    </>
                  );
                }}
              />
            </>
          );
        }}
      />
    </>
  );
}

/** Braced names in the sentence that no slot has, so the user sees a typo before rehearsing with it. */
function missingSlots(variant: TemplateVariant): string[] {
  const ids = new Set(variant.slots.map((slot) => slot.id));
  const named = [...variant.sentence.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
  return [...new Set(named)].filter((id) => !ids.has(id));
}
