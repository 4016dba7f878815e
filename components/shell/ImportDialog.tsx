import { useState } from 'react';
import { defaultDeck } from '../../cards/default-deck';
import { planImport, resolveImport, suggestedChoice, type ImportChoice, type ImportItem, type ImportStep } from '../../cards/deck-file/import-plan';
import type { Deck } from '../../cards/schema';
import type { UserDeck } from '../../cards/storage/store';
import { Dialog } from '../shared/Dialog';
import { FormButtons } from '../shared/FormButtons';
import './ImportDialog.css';
import type { DrillProgress } from '../../cards/drill/progress-schema';

export interface PendingImport {
  fileName: string;
  decks: Deck[];
  migratedFrom?: number;
  /** Drill progress the file carries (exported on request); merged with the user's on import. */
  progress?: DrillProgress;
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
 * card count, and which deck in the user's list it looks like; then, per
 * deck, add it as a new deck (under a name of its own) or put it in place
 * of one of the user's.
 */
export function ImportDialog({ pending, existing, onImport, onCancel }: ImportDialogProps) {
  const items = planImport(pending.decks, existing, defaultDeck.name);
  const [choices, setChoices] = useState<ImportChoice[]>(() => items.map(suggestedChoice));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
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
    <Dialog open onClose={onCancel} title={`Import ${items.length === 1 ? 'a deck' : `${items.length} decks`}`} className="import-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="hint">
          From <span className="file-name">{pending.fileName}</span>
          {pending.migratedFrom !== undefined && ' (an older kind of deck file, brought up to date)'}. Nothing is saved until you
          choose Import.
        </p>
        {pending.progress && pending.progress.length > 0 && (
          <p className="hint">
            It also holds drill progress for {pending.progress.length} {pending.progress.length === 1 ? 'item' : 'items'}; it joins yours, and
            where both have graded an item, the later grade counts.
          </p>
        )}
        <ul className="import-items">
          {items.map((item, index) => (
            <li key={index}>
              <p className="import-deck">
                <strong>{item.deck.name}</strong> · {cards(item.cardCount)}
              </p>
              {item.conflict && <p className="import-conflict">{conflictWords(item.conflict)}</p>}
              <label className="import-choice">
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
    </Dialog>
  );
}

/** Why a deck in the file is set beside one of the user's, in plain words. */
function conflictWords(conflict: NonNullable<ImportItem['conflict']>): string {
  if (conflict.shipped) return 'It is a copy of the deck that comes with Sidecue; it will be added as a deck of your own.';
  if (conflict.sameName) return `A deck named “${conflict.name}” is already in your list. Replace it, or add this one as a new deck.`;
  return `It looks like your deck “${conflict.name}” (exported from it, perhaps before a rename). Replace it, or add this one as a new deck.`;
}
