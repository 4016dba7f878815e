import type { FollowUp, MatrixRow, PromptCard } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { errorsUnder, hasErrorsUnder, errorWithin } from './field-errors';
import { ListTextField, TextField } from './fields';
import { MatrixRowFields, newMatrixRow } from './MatrixRowFields';
import { newRowId } from './new-row-id';
import { RowList } from './RowList';

export function PromptEditor({ card, onChange, errors }: EditorProps<PromptCard>) {
  return (
    <>
      <TextField label="Domain" placeholder="e.g. Flash-sale checkout" value={card.domain} error={errors.domain} onChange={(domain) => onChange({ ...card, domain })} />
      <TextField
        label="Question"
        placeholder="The question the interviewer asks"
        value={card.question}
        error={errors.question}
        multiline
        rows={2}
        onChange={(question) => onChange({ ...card, question })}
      />
      <TextField
        label="Hypothesis"
        placeholder="Your bet, with a number in it"
        value={card.hypothesis}
        error={errors.hypothesis}
        multiline
        rows={2}
        onChange={(hypothesis) => onChange({ ...card, hypothesis })}
      />
      <ListTextField
        label="Constraints"
        hint="One constraint a line."
        value={card.constraints}
        error={errorWithin(errors, 'constraints')}
        onChange={(constraints) => onChange({ ...card, constraints })}
      />
      <RowList<MatrixRow>
        label="Levers"
        itemName="Lever"
        items={card.levers}
        error={errors.levers}
        describe={(row) => row.lever}
        collapsible
        hasError={(index) => hasErrorsUnder(errors, `levers.${index}`)}
        onChange={(levers) => onChange({ ...card, levers })}
        newItem={(levers) => newMatrixRow(newRowId('lever', levers))}
        render={(row, index, update) => <MatrixRowFields row={row} update={update} errors={errorsUnder(errors, `levers.${index}`)} />}
      />
      <RowList<FollowUp>
        label="Follow-ups"
        itemName="Follow-up"
        items={card.followUps}
        error={errors.followUps}
        describe={(followUp) => followUp.question}
        collapsible
        hasError={(index) => hasErrorsUnder(errors, `followUps.${index}`)}
        onChange={(followUps) => onChange({ ...card, followUps })}
        newItem={(followUps) => ({ id: newRowId('follow-up', followUps), question: 'What if…?' })}
        render={(followUp, index, update) => {
          const own = errorsUnder(errors, `followUps.${index}`);
          return (
            <>
              <TextField
                label="Question"
                value={followUp.question}
                error={own.question}
                onChange={(question) => update({ ...followUp, question })}
              />
              <TextField
                label="Answer with"
                hint="A template variant as card/variant, e.g. follow-up-template/latency. Optional."
                value={followUp.answerWith ?? ''}
                error={own.answerWith}
                onChange={(answerWith) => update({ ...followUp, answerWith: answerWith || undefined })}
              />
            </>
          );
        }}
      />
    </>
  );
}
