import { useEffect, useState } from 'react';
import { fieldWord } from '../../cards/storage/conflict-notice';
import { quoteValue } from '../../cards/quote-value';
import { dismissLostEdit, watchLostEdits, type LostEdit } from '../../cards/sync/lost-edits';
import { copyText } from '../shared/copy-text';
import './LostEditNotice.css';

interface Props {
  announce(message: string): void;
}

/** The user's own words for what was replaced: text quoted short, a list by its count. */
function yours(value: unknown): string {
  if (typeof value === 'string') return quoteValue(value, 80);
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  return 'a different version';
}

/**
 * When sync replaced something typed on this device with another device's
 * edit of the same field (made without having seen it), the text is kept
 * here until the user puts it back or keeps the other version. It stays until
 * answered: it holds words that exist nowhere else.
 */
export function LostEditNotice({ announce }: Props) {
  const [edits, setEdits] = useState<LostEdit[]>([]);
  const [problem, setProblem] = useState<string>();
  useEffect(() => watchLostEdits(setEdits), []);

  const edit = edits[0];
  if (!edit) return null;
  const word = fieldWord(edit.field);
  const more = edits.length > 1 ? ` (${edits.length - 1} more after this)` : '';

  const putBack = async () => {
    try {
      const { putBackLostEdit } = await import('../../cards/sync/put-back-lost-edit');
      await putBackLostEdit(edit);
      setProblem(undefined);
      announce(`Your ${word} is back in “${edit.title}”`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const copy = async () => {
    try {
      await copyText(String(edit.mine));
      announce(`Your ${word} is on the clipboard`);
    } catch {
      setProblem('The clipboard refused the text. Select it in the card editor instead.');
    }
  };
  const keepTheirs = async () => {
    try {
      await dismissLostEdit(edit);
      setProblem(undefined);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="sync-notice lost-edit" aria-label="An edit replaced by another device" data-testid="lost-edit">
      <p>
        Another device changed the {word} of “{edit.title}” while you were editing it here. Yours was {yours(edit.mine)}
        {more}.
      </p>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="lost-edit-actions">
        <button type="button" className="primary" onClick={() => void putBack()}>
          Put mine back
        </button>
        {typeof edit.mine === 'string' && (
          <button type="button" onClick={() => void copy()}>
            Copy mine
          </button>
        )}
        <button type="button" onClick={() => void keepTheirs()}>
          Keep theirs
        </button>
      </div>
    </section>
  );
}
