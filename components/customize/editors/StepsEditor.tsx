import type { Step, StepsCard } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { errorsUnder, hasErrorsUnder, errorWithin } from './field-errors';
import { ListTextField, TextField } from './fields';
import { newRowId } from './new-row-id';
import { RowList } from './RowList';

export function StepsEditor({ card, onChange, errors }: EditorProps<StepsCard>) {
  return (
    <RowList<Step>
      label="Steps"
      itemName="Step"
      items={card.steps}
      error={errors.steps}
      describe={(step) => step.title}
      collapsible
      hasError={(index) => hasErrorsUnder(errors, `steps.${index}`)}
      onChange={(steps) => onChange({ ...card, steps })}
      newItem={(steps) => ({ id: newRowId('step', steps), title: `Step ${steps.length + 1}`, cue: 'What to say.', prompts: [], example: '' })}
      render={(step, index, update) => {
        const own = errorsUnder(errors, `steps.${index}`);
        return (
          <>
            <TextField label="Title" placeholder="Name this step" value={step.title} error={own.title} onChange={(title) => update({ ...step, title })} />
            <TextField label="Cue" placeholder="What to say at this step" value={step.cue} error={own.cue} multiline rows={2} onChange={(cue) => update({ ...step, cue })} />
            <ListTextField
              label="Ask yourself"
              hint="One prompt a line."
              value={step.prompts}
              error={errorWithin(own, 'prompts')}
              onChange={(prompts) => update({ ...step, prompts })}
            />
            <TextField
              label="Worked example"
              value={step.example}
              error={own.example}
              multiline
              onChange={(example) => update({ ...step, example })}
            />
          </>
        );
      }}
    />
  );
}
