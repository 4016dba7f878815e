import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { deckFileName, writeDeckFile } from '../../cards/deck-file/deck-file';
import { defaultDeck } from '../../cards/default-deck';
import { isShippedCopy } from '../../cards/editable-deck';
import type { Deck } from '../../cards/schema';
import { deckNameProblem } from '../../cards/deck-name';
import { downloadFile } from '../shared/download-file';
import { SelectField, TextField } from './editors/fields';
import { FormButtons } from '../shared/FormButtons';
import type { UndoOffer } from '../shared/UndoToast';
import type { DeckStart, LibraryApi } from '../shell/use-library';

interface DeckManagerProps {
  library: LibraryApi;
  announce(message: string): void;
  offerUndo(offer: UndoOffer): void;
  /** A file the user picked to import. */
  onImportFile(file: File): void;
  /** Something about a file went wrong (an export that could not be written). */
  onFileError(message: string): void;
}

type Panel = 'none' | 'new' | 'rename';

/** The active deck's name and everything done to decks as a whole: new, rename, duplicate, delete, reset, export, import. */
export function DeckManager({ library, announce, offerUndo, onImportFile, onFileError }: DeckManagerProps) {
  const [panel, setPanel] = useState<Panel>('none');
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const deck = library.deck;
  const own = library.userDeck;
  const headingId = useId();

  const attempt = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch {
      // use-library has put the worded reason in the panel's alert.
    }
  };

  const exportDecks = (decks: Deck[], what: string) => {
    try {
      downloadFile(deckFileName(decks), writeDeckFile(decks));
      announce(`Exported ${what}`);
    } catch (error) {
      onFileError(error instanceof Error ? error.message : String(error));
    }
  };
  const allDecks = () => {
    const mine = library.library?.decks.map((entry) => entry.deck) ?? [];
    return mine.length > 0 ? mine : [defaultDeck];
  };

  return (
    <section className="deck-manager" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        <span className="badge deck-label">Deck</span> {deck.name}
      </h2>
      <p className="hint">
        {own
          ? `${deck.cards.length} ${deck.cards.length === 1 ? 'card' : 'cards'} · yours to edit`
          : `${deck.cards.length} cards · the shipped deck is read-only; your first edit makes your own copy`}
      </p>
      <div className="deck-actions" role="group" aria-label="Deck actions">
        <button type="button" aria-expanded={panel === 'new'} onClick={() => setPanel(panel === 'new' ? 'none' : 'new')}>
          New deck
        </button>
        <button
          type="button"
          aria-label="Rename deck"
          aria-expanded={panel === 'rename'}
          onClick={() => setPanel(panel === 'rename' ? 'none' : 'rename')}
        >
          Rename
        </button>
        <button
          type="button"
          aria-label="Duplicate deck"
          onClick={() =>
            void attempt(async () => {
              await library.createDeck(`${deck.name} (copy)`.slice(0, 200), 'current');
              announce(`Duplicated “${deck.name}”`);
            })
          }
        >
          Duplicate
        </button>
        {own && (
          <button
            type="button"
            onClick={() =>
              void attempt(async () => {
                const undo = await library.deleteDeck();
                if (undo) offerUndo({ message: `Deleted the deck “${own.meta.name}”`, undo });
              })
            }
          >
            Delete deck
          </button>
        )}
        {isShippedCopy(own) && (
          <button type="button" onClick={() => setConfirmReset(true)}>
            Reset deck to default
          </button>
        )}
      </div>
      <div className="deck-actions" role="group" aria-label="Files">
        <button type="button" onClick={() => exportDecks([deck], `“${deck.name}”`)}>
          Export deck
        </button>
        <button type="button" onClick={() => exportDecks(allDecks(), 'all decks')}>
          Export all decks
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Deck file to import"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onImportFile(file);
          }}
        />
      </div>
      {panel === 'new' && (
        <NewDeckForm
          currentName={deck.name}
          currentIsShipped={!own}
          onCancel={() => setPanel('none')}
          onCreate={(name, from) =>
            attempt(async () => {
              await library.createDeck(name, from);
              setPanel('none');
              announce(`Created the deck “${name}”`);
            })
          }
        />
      )}
      {panel === 'rename' && (
        <RenameForm
          name={deck.name}
          onCancel={() => setPanel('none')}
          onRename={(name) =>
            attempt(async () => {
              await library.renameDeck(name);
              setPanel('none');
              announce(`Renamed to “${name}”`);
            })
          }
        />
      )}
      <ConfirmDialog
        open={confirmReset}
        title="Reset this deck to the default?"
        confirmLabel="Reset deck"
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          void attempt(async () => {
            const undo = await library.resetDeck();
            if (undo) offerUndo({ message: `Reset “${deck.name}” to the default`, undo });
          });
        }}
      >
        Every card in “{deck.name}” goes back to the shipped version, and cards you added are removed. You can undo it for a
        few seconds afterwards.
      </ConfirmDialog>
    </section>
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
  const [name, setName] = useState('');
  const [from, setFrom] = useState<DeckStart>('shipped');
  const [error, setError] = useState<string>();
  const options: { value: DeckStart; label: string }[] = [
    { value: 'shipped', label: `The default deck (${defaultDeck.cards.length} cards)` },
    ...(currentIsShipped ? [] : [{ value: 'current' as const, label: `A copy of “${currentName}”` }]),
    { value: 'empty', label: 'No cards' },
  ];
  return (
    <form
      className="deck-form"
      aria-label="New deck"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = deckNameProblem(name);
        if (problem) return setError(problem);
        void onCreate(name.trim(), from);
      }}
    >
      <AutoFocus>
        <TextField label="Name" value={name} error={error} onChange={(next) => (setName(next), setError(undefined))} />
      </AutoFocus>
      <SelectField<DeckStart> label="Start from" value={from} options={options} onChange={setFrom} />
      <FormButtons submitLabel="Create deck" onCancel={onCancel} />
    </form>
  );
}

function RenameForm({ name, onRename, onCancel }: { name: string; onRename(name: string): Promise<void>; onCancel(): void }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  return (
    <form
      className="deck-form"
      aria-label="Rename deck"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = deckNameProblem(value);
        if (problem) return setError(problem);
        void onRename(value.trim());
      }}
    >
      <AutoFocus>
        <TextField label="New name" value={value} error={error} onChange={(next) => (setValue(next), setError(undefined))} />
      </AutoFocus>
      <FormButtons submitLabel="Save name" onCancel={onCancel} />
    </form>
  );
}

/** Moves focus into a form that just opened, so keyboard users land where they will type. */
function AutoFocus({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return <div ref={box}>{children}</div>;
}

/** A real modal question (native <dialog>: focus stays inside, Esc cancels), not window.confirm. */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  children,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) {
      if (element.close) element.close();
      else element.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={bodyId}>{children}</p>
      <div className="form-buttons">
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
