import { useId, useState, type ReactNode } from 'react';
import { deckNameProblem } from '../../cards/deck-name';
import { Dialog } from '../shared/Dialog';
import { FormButtons } from '../shared/FormButtons';
import type { UndoOffer } from '../shared/UndoToast';
import { useShippedDeck } from '../shared/use-shipped-deck';
import type { DeckStart, LibraryApi } from './use-library';
import './DeckDialogs.css';

export type DeckDialog = 'new' | 'rename' | 'reset';

interface Props {
  open: DeckDialog | 'none';
  onClose(): void;
  library: LibraryApi;
  announce(message: string): void;
  offerUndo(offer: UndoOffer): void;
  /** Runs a library command; its failure is already worded in the panel's alert. */
  attempt(task: () => Promise<void>): Promise<void>;
}

/**
 * What the deck menu asks before it acts: a new deck's name and start, a new
 * name, and whether to reset a copy of the shipped deck. A module of its own,
 * loaded when the menu first opens one, so the header's first load carries
 * only the menu.
 */
export function DeckDialogs({ open, onClose, library, announce, offerUndo, attempt }: Props) {
  const deck = library.deck;
  const own = library.userDeck;
  return (
    <>
      <Dialog open={open === 'new'} onClose={onClose} title="New deck">
        {open === 'new' && (
          <NewDeckForm
            currentName={deck.name}
            currentIsShipped={!own}
            onCancel={onClose}
            onCreate={(name, from) =>
              attempt(async () => {
                await library.createDeck(name, from);
                onClose();
                announce(`Created the deck “${name}”`);
              })
            }
          />
        )}
      </Dialog>
      <Dialog open={open === 'rename'} onClose={onClose} title="Rename deck">
        {open === 'rename' && (
          <NameForm
            label="New name"
            initial={deck.name}
            submitLabel="Save name"
            onCancel={onClose}
            onSubmit={(name) =>
              attempt(async () => {
                await library.renameDeck(name);
                onClose();
                announce(`Renamed to “${name}”`);
              })
            }
          />
        )}
      </Dialog>
      <Dialog open={open === 'reset'} onClose={onClose} title="Reset this deck to the shipped cards?">
        <p>
          Every card in “{deck.name}” goes back to the shipped version, and cards you added are removed. You can undo it for
          a few seconds afterwards.
        </p>
        <div className="form-buttons">
          <button
            type="button"
            className="primary"
            onClick={() => {
              onClose();
              void attempt(async () => {
                const undo = await library.resetDeck();
                if (undo) offerUndo({ message: `Reset “${deck.name}” to the shipped cards`, undo });
              });
            }}
          >
            Reset deck
          </button>
          <button type="button" className="secondary" onClick={onClose} autoFocus>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}

function NewDeckForm({
  currentName,
  currentIsShipped,
  onCreate,
  onCancel,
}: {
  currentName: string;
  currentIsShipped: boolean;
  onCreate(name: string, from: DeckStart): Promise<void>;
  onCancel(): void;
}) {
  const [from, setFrom] = useState<DeckStart>('shipped');
  const fromId = useId();
  const shipped = useShippedDeck();
  const options: { value: DeckStart; label: string }[] = [
    { value: 'shipped', label: shipped ? `The shipped deck (${shipped.cards.length} cards)` : 'The shipped deck' },
    ...(currentIsShipped ? [] : [{ value: 'current' as const, label: `A copy of “${currentName}”` }]),
    { value: 'empty', label: 'No cards' },
  ];
  return (
    <NameForm label="Name" initial="" submitLabel="Create deck" onCancel={onCancel} onSubmit={(name) => onCreate(name, from)}>
      <div className="deck-form-field">
        <label htmlFor={fromId}>Start from</label>
        <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value as DeckStart)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </NameForm>
  );
}

/** A deck name to type, checked against the schema's rule and said in words when wrong. */
function NameForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit(name: string): Promise<void>;
  onCancel(): void;
  children?: ReactNode;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const id = useId();
  return (
    <form
      className="deck-form"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = deckNameProblem(value);
        if (problem) return setError(problem);
        void onSubmit(value.trim());
      }}
    >
      <div className="deck-form-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={value}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(undefined);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            The name {error}
          </p>
        )}
      </div>
      {children}
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
