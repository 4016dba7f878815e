import type { PhrasingCard } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { errorWithin } from './field-errors';
import { ListTextField, TextField } from './fields';
import { CUE_HINT } from './cue-hint';

export function PhrasingEditor({ card, onChange, errors }: EditorProps<PhrasingCard>) {
  return (
    <>
      <TextField
        label="Strong phrasing"
        placeholder="What you would say, in one sentence"
        hint="The judgment: what you would say."
        value={card.strong}
        error={errors.strong}
        multiline
        onChange={(strong) => onChange({ ...card, strong })}
      />
      <TextField
        label="Weak phrasing"
        hint="The recommendation to avoid, shown beside it. Optional."
        value={card.weak ?? ''}
        error={errors.weak}
        multiline
        rows={2}
        onChange={(weak) => onChange({ ...card, weak })}
      />
      <TextField label="Why it works" value={card.why} error={errors.why} multiline rows={2} onChange={(why) => onChange({ ...card, why })} />
      <ListTextField
        label="Also weak when said as"
        hint={`For the transcript review, besides the weak phrasing itself. ${CUE_HINT}`}
        rows={2}
        value={card.weakPatterns ?? []}
        error={errorWithin(errors, 'weakPatterns')}
        onChange={(list) => onChange({ ...card, weakPatterns: list.length > 0 ? list : undefined })}
      />
      <ListTextField
        label="Not weak when it also says"
        hint="A reason or a price that makes it a judgment (because, I accept…). One a line."
        rows={2}
        value={card.weakUnless ?? []}
        error={errorWithin(errors, 'weakUnless')}
        onChange={(list) => onChange({ ...card, weakUnless: list.length > 0 ? list : undefined })}
      />
    </>
  );
}
