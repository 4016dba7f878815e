import type { NoteCard } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { errorWithin } from './field-errors';
import { ListTextField, TextField } from './fields';

export function NoteEditor({ card, onChange, errors }: EditorProps<NoteCard>) {
  return (
    <>
      <TextField label="Body" value={card.body} error={errors.body} multiline onChange={(body) => onChange({ ...card, body })} />
      <ListTextField
        label="Points"
        hint="One point a line."
        rows={5}
        value={card.points}
        error={errorWithin(errors, 'points')}
        onChange={(points) => onChange({ ...card, points })}
      />
    </>
  );
}
