import type { PhrasingCard } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { TextField } from './fields';

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
    </>
  );
}
