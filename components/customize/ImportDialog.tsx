import { useEffect, useId, useRef, useState } from 'react';
import { defaultDeck } from '../../cards/default-deck';
import { planImport, resolveImport, suggestedChoice, type ImportChoice, type ImportStep } from '../../cards/deck-file/import-plan';
import type { Deck } from '../../cards/schema';
import type { UserDeck } from '../../cards/storage/store';
import { FormButtons } from '../shared/FormButtons';

export interface PendingImport {
  fileName: string;
  decks: Deck[];
  migratedFrom?: number;
}

interface ImportDialogProps {
  pending: PendingImport;
  existing: readonly UserDeck[];
  onImport(steps: ImportStep[]): Promise<void>;
  onCancel(): void;
}

const encode = (choice: ImportChoice) => (choice.type === 'replace' ? `replace:${choice.targetId}` : choice.type);
const decode = (value: string): ImportChoice =>
  value.startsWith('replace:') ? { type: 'replace', targetId: value.slice('replace:'.length) } : value === 'skip' ? { type: 'skip' } : { type: 'add' };

/**
 * What a deck file holds, before anything is written: each deck's name, its
 * card count, and whether its id is one the user already has; then, per
 * deck, add it as a new deck or put it in place of one of the user's.
 */
export function ImportDialog({ pending, existing, onImport, onCancel }: ImportDialogProps) {
  const items = planImport(pending.decks, existing, defaultDeck.name);
  const [choices, setChoices] = useState<ImportChoice[]>(() => items.map(suggestedChoice));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    // Where the user was (the Import… button, usually): focus goes back there when the dialog goes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
    }
    return () => {
      element?.close?.();
      if (before?.isConnected) before.focus();
    };
  }, []);

  const submit = async () => {
    const result = resolveImport(items, choices, existing);
    if (!result.ok) return setError(result.error);
    setBusy(true);
    try {
      await onImport(result.steps);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  const cards = (count: number) => `${count} ${count === 1 ? 'card' : 'cards'}`;

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>Import {items.length === 1 ? 'a deck' : `${items.length} decks`}</h2>
        <p className="hint">
          From <span className="file-name">{pending.fileName}</span>
          {pending.migratedFrom !== undefined && ` (an older format, version ${pending.migratedFrom}, brought up to date)`}.
          Nothing is saved until you choose Import.
        </p>
        <ul className="import-items">
          {items.map((item, index) => (
            <li key={index}>
              <p className="import-deck">
                <strong>{item.deck.name}</strong> · {cards(item.cardCount)}
              </p>
              {item.conflict && (
                <p className="import-conflict">
                  {item.conflict.shipped
                    ? 'Its id is the shipped deck’s; it will be added with an id of its own.'
                    : `Same id as your deck “${item.conflict.name}”.`}
                </p>
              )}
              <label className="field">
                <span>What to do with “{item.deck.name}”</span>
                <select
                  value={encode(choices[index]!)}
                  onChange={(event) => {
                    setError(undefined);
                    setChoices(choices.map((choice, at) => (at === index ? decode(event.target.value) : choice)));
                  }}
                >
                  <option value="add">Add as a new deck</option>
                  {existing.map((entry) => (
                    <option key={entry.meta.id} value={`replace:${entry.meta.id}`}>
                      Replace “{entry.meta.name}” ({cards(entry.deck.cards.length)})
                    </option>
                  ))}
                  {items.length > 1 && <option value="skip">Skip it</option>}
                </select>
              </label>
            </li>
          ))}
        </ul>
        {error && (
          <p role="alert" className="import-error">
            {error}
          </p>
        )}
        <FormButtons submitLabel="Import" onCancel={onCancel} busy={busy} />
      </form>
    </dialog>
  );
}
