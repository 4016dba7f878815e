import { useEffect, useState } from 'react';
import { fieldWord } from '../../cards/storage/conflict-notice';
import { showInvisible } from '../../cards/quote-value';
import { dismissLostEdit, watchLostEdits, type LostEdit } from '../../cards/sync/lost-edits';
import { copyText } from '../shared/copy-text';
import './LostEditNotice.css';

interface Props {
  announce(message: string): void;
}

/** The user's own words for what was replaced: text quoted short, a list by its count. */
function yours(value: unknown): string {
  if (typeof value === 'string') return `“${showInvisible(value.length > 80 ? `${value.slice(0, 80)}…` : value)}”`;
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  return 'a different version';
}

/** How the notice speaks of the replaced text: the user's own, or the other window's. */
const WORDS = {
  device: { label: 'An edit replaced by another device', putBack: 'Put mine back', copy: 'Copy mine', keep: 'Keep theirs', whose: 'Your' },
  window: { label: 'An edit replaced by another window', putBack: 'Use the other', copy: 'Copy the other', keep: 'Keep as is', whose: 'The other' },
  closed: { label: 'An edit overtaken by a newer one', putBack: 'Put mine back', copy: 'Copy mine', keep: 'Keep the newer', whose: 'Your' },
} as const;

/** What happened, in a sentence, for each way an edit is replaced. */
function whatHappened(edit: LostEdit, field: string, more: string): string {
  if (edit.by === 'device') return `Another device changed the ${field} of “${edit.title}” while you were editing it here. Yours was ${yours(edit.replaced)}${more}.`;
  if (edit.by === 'closed')
    return `A panel closed before your change to the ${field} of “${edit.title}” was saved, and another window changed it later: the newer text was kept. Yours was ${yours(edit.replaced)}${more}.`;
  return `Two windows saved the ${field} of “${edit.title}” at the same moment, and the later save was kept. The other was ${yours(edit.replaced)}${more}.`;
}

/**
 * When an edit replaced text without having seen it (another device's edit
 * through sync, or another window's save of the same field at the same
 * moment), the replaced text waits here until the user puts it back or keeps
 * what is there. It stays until answered: it holds words found nowhere else.
 */
export function LostEditNotice({ announce }: Props) {
  const [edits, setEdits] = useState<LostEdit[]>([]);
  const [problem, setProblem] = useState<string>();
  useEffect(() => watchLostEdits(setEdits), []);

  const edit = edits[0];
  if (!edit) return null;
  const words = WORDS[edit.by];
  const field = fieldWord(edit.field);
  const more = edits.length > 1 ? ` (${edits.length - 1} more after this)` : '';

  const act = async (action: () => Promise<void>, said: string) => {
    try {
      await action();
      setProblem(undefined);
      announce(said);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const putBack = () =>
    act(async () => {
      const { putBackLostEdit } = await import('../../cards/sync/put-back-lost-edit');
      await putBackLostEdit(edit);
    }, `${words.whose} ${field} is back in “${edit.title}”`);
  const copy = () =>
    act(
      () => copyText(String(edit.replaced)).catch(() => Promise.reject(new Error('The clipboard refused the text. Try again, or put it back and edit the card.'))),
      `${words.whose} ${field} is on the clipboard`,
    );
  const keep = () => act(() => dismissLostEdit(edit), `Kept “${edit.title}” as it is`);

  return (
    <section className="sync-notice lost-edit" aria-label={words.label} data-testid="lost-edit">
      <p>{whatHappened(edit, field, more)}</p>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="lost-edit-actions">
        <button type="button" className="primary" onClick={() => void putBack()}>
          {words.putBack}
        </button>
        {typeof edit.replaced === 'string' && (
          <button type="button" onClick={() => void copy()}>
            {words.copy}
          </button>
        )}
        <button type="button" onClick={() => void keep()}>
          {words.keep}
        </button>
      </div>
    </section>
  );
}
