import type { NoteCard, ReviewCues } from '../../../cards/schema';
import { CUE_HINT } from './cue-hint';
import type { EditorProps } from './editor-props';
import { errorWithin } from './field-errors';
import { ListTextField, TextField } from './fields';

const REVIEW_FIELDS: [keyof ReviewCues, string][] = [
  ['problem', 'Problem or hypothesis'],
  ['impact', 'Business metric (impact, with a number)'],
  ['feasibility', 'Hard limit (feasibility, with a number)'],
  ['scope', 'MVP scope (feasibility)'],
  ['tradeoff', 'Choice with its price (trade-off)'],
  ['close', 'Start of the close'],
  ['hedges', 'Hedges'],
  ['fillers', 'Fillers'],
];

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
      {card.review && (
        <details>
          <summary>Transcript review words</summary>
          <p className="field-hint">What the review listens for. {CUE_HINT} A list left empty finds nothing.</p>
          {REVIEW_FIELDS.map(([key, label]) => (
            <ListTextField
              key={key}
              label={label}
              rows={2}
              value={card.review?.[key] ?? []}
              error={errorWithin(errors, `review.${key}`)}
              onChange={(list) => onChange({ ...card, review: { ...card.review, [key]: list } })}
            />
          ))}
        </details>
      )}
    </>
  );
}
